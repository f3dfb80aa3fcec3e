/**
 * Checks the hand-written data of data/ (schema, citations) and the catalogue against the documents' text, the
 * inventory and the gazetteer. Usage: npm run check:data   (seeds from ../shared/seeds, or the folder in WULING_SEEDS)
 * Prints every problem as `file:line: what is wrong` and exits 1 on any; prints a one-line summary otherwise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Airport, Place, PlacesFile } from '../src/lib/geo/types';
import { parseInventoryRefs, validateCatalogue, type ValidationError, type ValidationInputs } from '../src/lib/catalogue/validate';
import {
	DATA_DIR,
	REPO_ROOT,
	UNRESOLVED,
	documentTexts,
	formatProblem,
	locateCitation,
	readAtlasData,
	type AtlasData,
	type DataProblem
} from './catalogue/data';
import { GENERATED_DIR, atlasFacts } from './build-catalogue';
import { checkNetwork, networkFiles, readNetworkData } from './catalogue/network';
import { seatReferences, type SeatReferenceRow } from '../src/lib/geo/seats';

// The repository, from catalogue/data.ts: that file lies two levels down as the CLI bundle (scripts/.atlas/) does, so
// the path is right both under tsx and in the bundle `npm run atlas` runs.
export { REPO_ROOT };

/**
 * Where the shared inputs live: seeds from WULING_SEEDS (else ../shared/seeds), the inventory from
 * WULING_INVENTORY (else ../shared/project-inventory.md), both relative to the repository.
 *
 * @param env - environment to read the overrides from
 * @returns absolute paths `{ seedsDir, inventory }`
 * @example
 * sharedPaths({}).seedsDir; // '/work/shared/seeds' for a repository at /work/main
 */
export function sharedPaths(env: NodeJS.ProcessEnv = process.env) {
	const seedsDir = env.WULING_SEEDS ? resolve(env.WULING_SEEDS) : resolve(REPO_ROOT, '../shared/seeds');
	const inventory = env.WULING_INVENTORY ? resolve(env.WULING_INVENTORY) : resolve(REPO_ROOT, '../shared/project-inventory.md');
	return { seedsDir, inventory };
}

function readJson<T>(path: string): T {
	return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/**
 * Read every seed text of a folder as lines.
 *
 * @param seedsDir - folder holding the `*.txt` seeds
 * @returns lines by file name; line n of a file is index n - 1
 * @example
 * loadSeeds('/work/shared/seeds')['002_9e3621a23b2e2452.txt'][774]; // line 775
 */
export function loadSeeds(seedsDir: string): Record<string, string[]> {
	const seeds: Record<string, string[]> = {};
	for (const name of readdirSync(seedsDir)
		.filter((n) => n.endsWith('.txt'))
		.sort()) {
		seeds[name] = readFileSync(join(seedsDir, name), 'utf8').split(/\r?\n/);
	}
	return seeds;
}

/**
 * Everything the catalogue validation needs, read from disk; a missing input becomes a reported
 * problem rather than a crash.
 *
 * @returns the validation inputs and a list of problems (missing files)
 * @example
 * const { inputs, problems } = loadValidationInputs();
 */
export function loadValidationInputs(seedsOverride?: string): { inputs: ValidationInputs; problems: string[] } {
	const problems: string[] = [];
	const { inventory } = sharedPaths();
	const seedsDir = seedsOverride ?? sharedPaths().seedsDir;
	const placesPath = join(REPO_ROOT, 'static/geo/places.json');
	const airportsPath = join(REPO_ROOT, 'static/geo/airports.json');
	const seatsPath = join(REPO_ROOT, 'scripts/basemap/seat-references.json');
	if (!existsSync(seatsPath)) problems.push(`seat references not found: ${seatsPath}`);
	if (!existsSync(seedsDir)) problems.push(`seeds folder not found: ${seedsDir}`);
	if (!existsSync(inventory)) problems.push(`inventory not found: ${inventory}`);
	if (!existsSync(placesPath)) problems.push(`gazetteer not found: ${placesPath}`);
	if (!existsSync(airportsPath)) problems.push(`airports not found: ${airportsPath}`);
	const places: Place[] = existsSync(placesPath) ? readJson<PlacesFile>(placesPath).places : [];
	const airports: Airport[] = existsSync(airportsPath) ? readJson<{ airports: Airport[] }>(airportsPath).airports : [];
	return {
		inputs: {
			seeds: existsSync(seedsDir) ? loadSeeds(seedsDir) : {},
			places,
			airports,
			inventoryRefs: existsSync(inventory) ? parseInventoryRefs(readFileSync(inventory, 'utf8')) : [],
			seatReferences: existsSync(seatsPath) ? seatReferences(readJson<{ seats: SeatReferenceRow[] }>(seatsPath).seats) : []
		},
		problems
	};
}

/** What `checkAtlas` reads; every path has the repository's default. */
export interface CheckOptions {
	/** The data folder (data/). */
	dataDir?: string;
	/** The seeds folder (../shared/seeds, or WULING_SEEDS). */
	seedsDir?: string;
	/** Also check that src/lib/generated/ was built from this data (only for the repository's own data/). */
	checkGenerated?: boolean;
}

/**
 * Every problem of a data folder: its form (schema, citations), and every rule of the catalogue checked against the
 * documents' text, the gazetteer, the inventory and the seats, each as `{ file, line, message }`.
 *
 * @param options - which data and seeds to check
 * @returns the problems (empty when the data is sound) and the data read
 * @example
 * checkAtlas().problems.length; // 0
 */
export function checkAtlas(options: CheckOptions = {}): { problems: DataProblem[]; data: AtlasData; inputs: ValidationInputs } {
	const dataDir = options.dataDir ?? DATA_DIR;
	const data = readAtlasData(dataDir);
	const problems: DataProblem[] = [...data.problems];
	const loaded = loadValidationInputs(options.seedsDir);
	for (const p of loaded.problems) problems.push({ file: 'check-data', line: 0, message: p });
	const texts = { ...loaded.inputs.seeds, ...documentTexts(dataDir) };
	for (const d of data.documents) {
		if (!texts[d.file]) {
			const at = data.where.document(d.file);
			problems.push({
				...(at ?? { file: 'data/documents.yaml', line: 1 }),
				message: `no text for ${d.file}: put it in data/documents/ (or the seeds folder)`
			});
		}
	}
	const inputs: ValidationInputs = { ...loaded.inputs, seeds: texts, expectedItems: data.expected, documents: data.documents };
	// Entries whose form is wrong are reported by the schema; the rules run over those that were read.
	const errors = validateCatalogue(data.entries, inputs);
	const seen = new Set<string>();
	for (const e of errors) {
		if (e.message.includes(UNRESOLVED)) continue; // reported where the citation is written
		const at = locate(e, data);
		// A source an entry cites from a status, target or figure is also in its full source list: say it once.
		const key = `${at.file}:${at.line}:${e.rule}:${e.message.replace(/^[a-z]+(\[\d+\])?:? /, '')}`;
		if (seen.has(key)) continue;
		seen.add(key);
		problems.push({ ...at, message: `${e.message} [${e.rule}]` });
	}
	// The travel-time model's data: its form, and its stops, figures and assumptions against the gazetteer, the documents and the catalogue.
	const network = readNetworkData(dataDir, data);
	problems.push(
		...network.problems,
		...checkNetwork(network, { placeIds: new Set(inputs.places.map((p) => p.id)), texts, documents: data.documents, entries: data.entries })
	);
	if (options.checkGenerated && problems.length === 0) problems.push(...generatedProblems(data, networkFiles(network)));
	return { problems, data, inputs };
}

function locate(e: ValidationError, data: AtlasData): { file: string; line: number } {
	const part = /^(status|targets|stated|sources)\[(\d+)\]|^(opened|aliases)\b/.exec(e.message);
	if (e.rule === 'missing-expected-item') {
		const i = data.expected.findIndex((x) => e.message.startsWith(`"${x.words}"`) && x.ref === e.id);
		return data.where.expected(i) ?? { file: 'data/expected.yaml', line: 1 };
	}
	if (e.rule === 'missing-ref') return { file: relative(REPO_ROOT, sharedPaths().inventory), line: inventoryLine(e.id) };
	if (e.rule === 'seat-off-reference') return { file: 'scripts/basemap/seat-references.json', line: 1 };
	const entry = data.entries.find((x) => x.id === e.id);
	if (part?.[1] === 'sources' && entry) {
		const source = entry.sources[Number(part[2])];
		if (source) return locateCitation(data, e.id, source) ?? { file: 'data/projects', line: 0 };
	}
	if (/^(unresolved-place|outside-region|too-few-positions|no-geometry-method)$/.test(e.rule))
		return data.where.entry(e.id, 'geometry') ?? { file: 'data/projects', line: 0 };
	return data.where.entry(e.id, part ? (part[3] ?? `${part[1]}[${part[2]}]`) : undefined) ?? { file: 'data/projects', line: 0 };
}

function inventoryLine(ref: string): number {
	const { inventory } = sharedPaths();
	if (!existsSync(inventory)) return 0;
	const lines = readFileSync(inventory, 'utf8').split('\n');
	const i = lines.findIndex((l) => new RegExp(`\\b${ref}\\b`).test(l));
	return i + 1;
}

/** The generated JSON must be what the data gives: a planner who edited data/ and did not rebuild is told to. */
function generatedProblems(data: AtlasData, more: [string, unknown][] = []): DataProblem[] {
	const expect: [string, unknown][] = [
		['catalogue.json', data.entries],
		['documents.json', data.documents],
		['expected.json', data.expected],
		['atlas.json', atlasFacts(data)]
	];
	expect.push(...more);
	const out: DataProblem[] = [];
	for (const [name, value] of expect) {
		const path = join(GENERATED_DIR, name);
		const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
		if (text !== `${JSON.stringify(value, null, '\t')}\n`)
			out.push({
				file: `src/lib/generated/${name}`,
				line: 1,
				message: 'is not built from the current data/; run `npm run data` (or `npx tsx scripts/build-catalogue.ts`)'
			});
	}
	return out;
}

function main(): void {
	const { problems, data, inputs } = checkAtlas({ checkGenerated: true });
	for (const p of problems) console.error(formatProblem(p));
	if (problems.length > 0) {
		console.error(`check-data: ${problems.length} problem(s)`);
		process.exit(1);
	}
	const catalogue = data.entries;
	const refs = new Set(catalogue.map((e) => e.ref)).size;
	const sources = catalogue.reduce((n, e) => n + e.sources.length, 0);
	console.log(
		`check-data: ${catalogue.length} entries covering ${refs} refs (${data.expected.length} expected items beyond the inventory), ${sources} citations checked against ${data.documents.length} documents; ${inputs.places.length} places, seats within 3 km of ${inputs.seatReferences?.length ?? 0} references: ok`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
