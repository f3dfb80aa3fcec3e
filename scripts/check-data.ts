/**
 * Checks the project catalogue against the seed texts, the inventory and the gazetteer.
 * Usage: npm run check:data   (seeds from ../shared/seeds, or the folder in WULING_SEEDS)
 * Prints every problem and exits 1 on any; prints a one-line summary otherwise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Airport, Place, PlacesFile } from '../src/lib/geo/types';
import { catalogue } from '../src/lib/catalogue/index';
import { parseInventoryRefs, validateCatalogue, type ValidationInputs } from '../src/lib/catalogue/validate';
import { EXPECTED_ITEMS } from '../src/lib/catalogue/expected';
import { seatReferences, type SeatReferenceRow } from '../src/lib/geo/seats';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

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
	for (const name of readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).sort()) {
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
export function loadValidationInputs(): { inputs: ValidationInputs; problems: string[] } {
	const problems: string[] = [];
	const { seedsDir, inventory } = sharedPaths();
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
			expectedItems: EXPECTED_ITEMS,
			seatReferences: existsSync(seatsPath) ? seatReferences(readJson<{ seats: SeatReferenceRow[] }>(seatsPath).seats) : []
		},
		problems
	};
}

function main(): void {
	const { inputs, problems } = loadValidationInputs();
	const errors = validateCatalogue(catalogue, inputs);
	for (const problem of problems) console.error(`check-data: ${problem}`);
	for (const e of errors) console.error(`check-data: ${e.id} [${e.rule}] ${e.message}`);
	if (problems.length > 0 || errors.length > 0) {
		console.error(`check-data: ${problems.length + errors.length} problem(s)`);
		process.exit(1);
	}
	const refs = new Set(catalogue.map((e) => e.ref)).size;
	const sources = catalogue.reduce((n, e) => n + e.sources.length, 0);
	console.log(
		`check-data: ${catalogue.length} entries covering ${refs} refs (${EXPECTED_ITEMS.length} expected items beyond the inventory), ${sources} citations checked against ${Object.keys(inputs.seeds).length} seed files; ${inputs.places.length} places, seats within 3 km of ${inputs.seatReferences?.length ?? 0} references: ok`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
