import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { readCatalogue } from '../catalogue.server';
import { placesServedBy } from '$lib/analysis/place-card';
import { readCards } from '../../places/places.server';

export const entries: EntryGenerator = () => readCatalogue().entries.map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const { entries, features } = readCatalogue();
	const entry = entries.find((e) => e.id === params.id);
	if (!entry) error(404, 'No such project');
	// The report cards this project appears on ("places this project serves").
	const places = placesServedBy(
		readCards().cards.map((c) => c.card),
		entry.id
	);
	return { entry, feature: features.get(entry.id) ?? null, places };
};
