import { readFileSync, readdirSync } from 'node:fs';
import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageServerLoad } from './$types';

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
	return { file: `${params.file}.txt`, lines: text.split('\n') };
};
