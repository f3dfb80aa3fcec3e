/**
 * Reads the hand-written data of data/ (YAML) and writes it in the app's runtime form to src/lib/generated/:
 * catalogue.json (every entry, sources completed), documents.json and expected.json; and the travel-time model's
 * network-stations.json, network-facts.json, network-links.json (links resolved against the entries) and assumptions.json.
 * Usage: npx tsx scripts/build-catalogue.ts   (also run by `npm run data` and before every build)
 * Stops with `file:line: what is wrong` on any problem of form (schema, citations that name no document);
 * the checks against the documents' text are `npm run check:data`. Output is deterministic.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { networkFiles, readNetworkData } from './catalogue/network';
import { DATA_DIR, REPO_ROOT, formatProblem, readAtlasData, type AtlasData } from './catalogue/data';
import { dataDateOf } from '../src/lib/catalogue/documents';
import { PROJECT_KINDS } from '../src/lib/catalogue/kinds';

export const GENERATED_DIR = join(REPO_ROOT, 'src/lib/generated');

/** Facts about the data as a whole: its date (the newest document or public figure), for the manifest and the app. */
export function atlasFacts(data: AtlasData): { dataDate: string; dataDateOf: string } {
	const citations = data.entries.flatMap((e) => e.sources);
	const { date, of } = dataDateOf(data.documents, citations);
	return { dataDate: date, dataDateOf: of };
}

function writeIfChanged(path: string, text: string): boolean {
	if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
	writeFileSync(path, text);
	return true;
}

/**
 * Keep the schema's list of kinds equal to the kinds table (src/lib/catalogue/kinds.ts), so that adding a kind is one
 * row there: editors then complete it and the schema accepts it. Only that list of the schema file is rewritten.
 *
 * @param dataDir - the data folder whose schema/atlas.schema.json is kept
 * @returns whether the file changed
 */
export function syncSchemaKinds(dataDir = DATA_DIR): boolean {
	const path = join(dataDir, 'schema/atlas.schema.json');
	const text = readFileSync(path, 'utf8');
	const at = /("kind": \{\s*"description": "What the project is.",\s*"enum": \[)([^\]]*)(\])/.exec(text);
	if (!at) throw new Error(`${path}: no "kind" definition with an "enum" list`);
	const rows: string[] = [];
	let row: string[] = [];
	for (const k of PROJECT_KINDS) {
		row.push(JSON.stringify(k));
		if (row.join(', ').length > 100) {
			rows.push(row.join(', '));
			row = [];
		}
	}
	if (row.length) rows.push(row.join(', '));
	const list = `\n${rows.map((r) => `\t\t\t\t${r}`).join(',\n')}\n\t\t\t`;
	const next = text.slice(0, at.index) + at[1] + list + at[3] + text.slice(at.index + at[0].length);
	const changed = writeIfChanged(path, next);
	if (changed) console.error('build-catalogue: data/schema/atlas.schema.json kinds follow src/lib/catalogue/kinds.ts');
	return changed;
}

/**
 * Build the generated catalogue files from a data folder.
 *
 * @param dataDir - the data folder
 * @param outDir - where to write the JSON files
 * @returns the problems found (nothing is written when there are any)
 */
export function buildCatalogue(dataDir = DATA_DIR, outDir = GENERATED_DIR): string[] {
	syncSchemaKinds(dataDir);
	const data = readAtlasData(dataDir);
	if (data.problems.length) return data.problems.map(formatProblem);
	// The travel-time model's data (stations, public figures, link table, assumptions), its links resolved against the entries.
	const network = readNetworkData(dataDir, data);
	if (network.problems.length) return network.problems.map(formatProblem);
	mkdirSync(outDir, { recursive: true });
	const files: [string, unknown][] = [
		['catalogue.json', data.entries],
		['documents.json', data.documents],
		['expected.json', data.expected],
		['atlas.json', atlasFacts(data)]
	];
	files.push(...networkFiles(network));
	for (const [name, value] of files) {
		const changed = writeIfChanged(join(outDir, name), `${JSON.stringify(value, null, '\t')}\n`);
		console.error(`build-catalogue: ${name} ${changed ? 'written' : 'unchanged'}`);
	}
	return [];
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const problems = buildCatalogue();
	if (problems.length) {
		for (const p of problems) console.error(p);
		console.error(`build-catalogue: ${problems.length} problem(s) in data/; nothing written`);
		process.exit(1);
	}
}
