import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { DATA_YEAR } from '$lib/catalogue/status';
import type { EntryGenerator, PageServerLoad } from './$types';
import { cardPage, readCards } from '../../../places/places.server';

/** A card is a finished page: it needs no JavaScript, so it ships none (and no hydration data). */
export const csr = false;

export const entries: EntryGenerator = () => readCards().cards.map((c) => ({ id: c.card.place.id }));

export const load: PageServerLoad = async ({ params }) => {
	const page = await cardPage(params.id, 'en', base);
	if (!page) error(404, 'No such place');
	return { ...page, asOf: DATA_YEAR };
};
