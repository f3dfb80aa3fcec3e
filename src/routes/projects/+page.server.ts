import type { PageServerLoad } from './$types';
import { readCatalogue } from './catalogue.server';

export const load: PageServerLoad = () => ({ entries: readCatalogue().entries });
