import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { readCatalogue } from '../catalogue.server';

export const entries: EntryGenerator = () => readCatalogue().entries.map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const { entries, features } = readCatalogue();
	const entry = entries.find((e) => e.id === params.id);
	if (!entry) error(404, 'No such project');
	return { entry, feature: features.get(entry.id) ?? null };
};
