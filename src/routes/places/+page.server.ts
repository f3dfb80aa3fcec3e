import type { PageServerLoad } from './$types';
import { indexPageData } from './places.server';

export const load: PageServerLoad = () => indexPageData('zh');
