import type { PageServerLoad } from './$types';
import { catalogue } from '$lib/catalogue/index';
import { DOCUMENTS } from '$lib/catalogue/documents';

/** Every source document with its record and how much of the catalogue cites it, newest first. */
export const load: PageServerLoad = () => {
	const documents = [...DOCUMENTS]
		.sort((a, b) => (b.published ?? String(b.year)).localeCompare(a.published ?? String(a.year)) || a.file.localeCompare(b.file))
		.map((doc) => {
			const citing = catalogue.filter((e) => e.sources.some((s) => s.file === doc.file));
			return {
				...doc,
				projects: citing.length,
				citations: citing.reduce((n, e) => n + e.sources.filter((s) => s.file === doc.file).length, 0)
			};
		});
	return { documents };
};
