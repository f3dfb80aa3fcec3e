/**
 * `npm run atlas -- travel-time --from 黔江 --to 重庆 [--scenario 2025] [--mode rail|road|best] [--json]`
 * plus assumption flags (`--speed-share 0.85 --dwell-min 2`, see `--help`). Also holds the loader the
 * other network commands share.
 */
import type { ProjectEntry } from '../../src/lib/catalogue/types';
import {
	LINK_TABLE,
	STATIONS,
	buildNetwork,
	closeNames,
	describeAssumptions,
	modeOf,
	parseArgs,
	resolveName,
	route,
	scenarioOf,
	type NameMatch,
	type NetworkGraph,
	type NetworkPlace,
	type Route,
	type ScenarioId
} from '../../src/lib/analysis/network/index';
import { ASSUMPTION_SPECS, type Assumptions } from '../../src/lib/data/assumptions';
import { DataFileError, err, loadCatalogue, loadPlaces, out } from './_data';
import { normaliseNetworkArgs, UsageError } from './_args';

export const summary = 'Fastest time and route between two places by rail, road or both, per scenario';

/** Places and catalogue for the network model; a missing catalogue falls back to the link table's statuses. */
export interface NetworkInputs {
	places: NetworkPlace[];
	catalogue: Partial<ProjectEntry>[] | undefined;
	notes: string[];
}

/** Reads places.json and projects.json (see `_data.ts`; `WULING_GEO_DIR` points elsewhere). */
export function loadNetworkInputs(): NetworkInputs {
	const notes: string[] = [];
	const places = loadPlaces();
	let catalogue: Partial<ProjectEntry>[] | undefined;
	try {
		catalogue = loadCatalogue() as Partial<ProjectEntry>[];
	} catch (e) {
		if (!(e instanceof DataFileError)) throw e;
		notes.push(`catalogue not loaded (${e.message}); statuses come from the link table`);
	}
	return { places, catalogue, notes };
}

/**
 * Builds one scenario's graph from the inputs.
 *
 * @param inputs - places and catalogue
 * @param a - assumptions
 * @param scenario - which network
 * @returns the graph
 */
export function buildScenario(inputs: NetworkInputs, a: Assumptions, scenario: ScenarioId): NetworkGraph {
	return buildNetwork(inputs.places, LINK_TABLE, a, scenario, { catalogue: inputs.catalogue });
}

/**
 * Writes to stdout and waits until the text is handed over: atlas.ts exits right after `run`, which would
 * cut a large JSON answer written to a pipe.
 */
export function outFlushed(text: string): Promise<void> {
	return new Promise((done) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`, () => done()));
}

/** Resolves a name or prints close matches; null means "exit 1". */
export function resolveOrExplain(name: string, places: NetworkPlace[]): NameMatch | null {
	const hit = resolveName(name, places, STATIONS);
	if (hit) return hit;
	const near = closeNames(name, places, STATIONS);
	err(`Unknown place "${name}".${near.length ? ` Close matches:\n  ${near.join('\n  ')}` : ''}`);
	return null;
}

/** Text of a route: one line per leg. */
export function formatRoute(r: Route): string {
	return r.legs
		.map((l) => {
			const what = l.kind === 'ride' ? `${l.line?.zh ?? ''} ${l.ref ? `[${l.ref}]` : ''}`.trim() : l.kind;
			const km = l.km > 0 ? `${l.km.toFixed(0)} km${l.lengthSource && l.lengthSource !== 'stated' && l.lengthSource !== 'public-reference' ? ` (${l.lengthSource})` : ''}` : '';
			return `  ${l.fromLabel.zh} → ${l.toLabel.zh}  ${what}  ${l.minutes.toFixed(0)} min (${l.timeSource})${km ? `  ${km}` : ''}`;
		})
		.join('\n');
}

function usage(): string {
	return [
		'Usage: npm run atlas -- travel-time --from <name> --to <name> [--scenario 2020|2025|2030|long-term] [--mode rail|road|best] [--json]',
		'Assumption flags:',
		...ASSUMPTION_SPECS.map((s) => `  ${s.flag} <${s.kind === 'boolean' ? 'true|false' : s.unit}>  ${s.label.en}`),
		'  --chongqing-station, --czt-station, --gba-station <station id>;  --centres a,b,c'
	].join('\n');
}

export async function run(args: string[]): Promise<number> {
	let normalised: string[];
	try {
		normalised = normaliseNetworkArgs(args, ['from', 'to', 'scenario', 'mode']);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(e.message);
		return 2;
	}
	const parsed = parseArgs(normalised, ['--from', '--to', '--scenario', '--mode']);
	if (parsed.options.help) {
		out(usage());
		return 0;
	}
	const scenario = scenarioOf(parsed.options.scenario);
	const mode = modeOf(parsed.options.mode);
	if (parsed.errors.length || typeof parsed.options.from !== 'string' || typeof parsed.options.to !== 'string' || !scenario || !mode) {
		err([...parsed.errors, !scenario ? 'unknown --scenario' : '', !mode ? 'unknown --mode' : ''].filter(Boolean).join('\n'));
		err(usage());
		return 2;
	}
	const inputs = loadNetworkInputs();
	inputs.notes.forEach((n) => err(n));
	const from = resolveOrExplain(parsed.options.from, inputs.places);
	const to = resolveOrExplain(parsed.options.to, inputs.places);
	if (!from || !to) return 1;
	const graph = buildScenario(inputs, parsed.assumptions, scenario);
	const fromNode = from.kind === 'station' ? `rail:${from.id}:in` : from.node;
	const r = route(graph, fromNode, to.node, mode);
	if (parsed.options.json) {
		await outFlushed(JSON.stringify({ from, to, scenario, mode, minutes: r?.minutes ?? null, route: r, assumptions: parsed.assumptions, issues: graph.issues }, null, 2));
		return 0;
	}
	out(`${from.label} → ${to.label}, ${scenario}, ${mode}: ${r ? `${r.minutes.toFixed(0)} min` : 'not reachable'}`);
	if (r) out(formatRoute(r));
	out('\nAssumptions:');
	out(describeAssumptions(parsed.assumptions).map((l) => `  ${l}`).join('\n'));
	if (graph.issues.length) out(`\n${graph.issues.length} data notes (use --json to list them).`);
	return 0;
}
