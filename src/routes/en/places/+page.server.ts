import type { PageServerLoad } from './$types';
import { indexPageData } from '../../places/places.server';

export const load: PageServerLoad = () => indexPageData('en');
