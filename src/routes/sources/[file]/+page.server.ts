import { readFileSync, readdirSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';
import { catalogue } from '$lib/catalogue/index';

/** Ids of the multi-line quotes the catalogue cites in a file (`L109-L110`), so their links resolve. */
function rangeIds(file: string): string[] {
	const ids = new Set<string>();
	for (const entry of catalogue) {
		const refs = [...entry.sources, ...entry.targets.map((t) => t.source), ...entry.status.map((c) => c.source)];
		for (const s of refs) if (s.file === file && s.lineEnd && s.lineEnd > s.line) ids.add(`L${s.line}-L${s.lineEnd}`);
	}
	return [...ids].sort();
}

const DIR = 'static/geo/sources';

export const entries: EntryGenerator = () =>
	readdirSync(DIR)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => ({ file: f.replace(/\.txt$/, '') }));

export const load: PageServerLoad = ({ params }) => {
	if (!/^\d{3}_[0-9a-f]+$/.test(params.file)) error(404, 'No such source document');
	let text: string;
	try {
		text = readFileSync(`${DIR}/${params.file}.txt`, 'utf8');
	} catch {
		error(404, 'No such source document');
	}
	const file = `${params.file}.txt`;
	return { file, lines: text.split('\n'), rangeIds: rangeIds(file) };
};
