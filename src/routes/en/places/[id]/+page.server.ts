import { base } from '$app/paths';
import type { EntryGenerator, PageServerLoad } from './$types';
import { cardEntries, cardPageData } from '../../../places/places.server';

/** A card is a finished page: it needs no JavaScript, so it ships none (and no hydration data). */
export const csr = false;

export const entries: EntryGenerator = cardEntries;

export const load: PageServerLoad = ({ params }) => cardPageData(params.id, 'en', base);
