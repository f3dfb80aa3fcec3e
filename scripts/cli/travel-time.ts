/**
 * `npm run atlas -- travel-time --from 黔江 --to 重庆 [--scenario 2025] [--mode rail|road|best] [--json]`
 * plus assumption flags (`--speed-share 0.85 --dwell-min 2`, see `--help`), or `--pairs FILE.csv` (a
 * `from,to` header, one pair a row) to answer many pairs in one process. Also holds the loader the other
 * network commands share.
 */
import { csvParseRows } from 'd3-dsv';
import type { ProjectEntry } from '../../src/lib/catalogue/types';
import {
	LINK_TABLE,
	STATIONS,
	buildNetwork,
	closeNames,
	describeAssumptions,
	reachStatus,
	routeBreakdown,
	routeFrom,
	travelTimes,
	modeOf,
	parseArgs,
	resolveName,
	scenarioOf,
	type NameMatch,
	type NetworkGraph,
	type NetworkPlace,
	type Route,
	type ScenarioId,
	type TravelMode,
	type TravelTimes
} from '../../src/lib/analysis/network/index';
import { ASSUMPTION_SPECS, type Assumptions } from '../../src/lib/data/assumptions';
import { DataFileError, err, formatTable, loadCatalogue, loadPlaces, out } from './_data';
import { FileArgError, normaliseNetworkArgs, readUserText, UsageError } from './_args';
import { FILE_MAX_BYTES, PAIRS_MAX_FIELD_CHARS, PAIRS_MAX_ROWS } from '../../src/lib/limits';

export const summary = 'Fastest time and route between two places by rail, road or both, per scenario';

/** Places and catalogue for the network model; without the catalogue, the lines that take their status from it are left out. */
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
		notes.push(`catalogue not loaded (${e.message}); the lines that take their status from a catalogue entry are left out`);
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
			const km =
				l.km > 0
					? `${l.km.toFixed(0)} km${l.lengthSource && l.lengthSource !== 'stated' && l.lengthSource !== 'public-reference' ? ` (${l.lengthSource})` : ''}`
					: '';
			return `  ${l.fromLabel.zh} → ${l.toLabel.zh}  ${what}  ${l.minutes.toFixed(0)} min (${l.timeSource})${km ? `  ${km}` : ''}`;
		})
		.join('\n');
}

function usage(): string {
	return [
		'Usage: npm run atlas -- travel-time --from <name> --to <name> [--scenario 2020|2025|2030|long-term] [--mode rail|road|best] [--json]',
		'       npm run atlas -- travel-time --pairs FILE.csv [--scenario …] [--mode …] [--json]   (CSV header: from,to)',
		'Assumption flags:',
		...ASSUMPTION_SPECS.map((s) => `  ${s.flag} <${s.kind === 'boolean' ? 'true|false' : s.unit}>  ${s.label.en}`),
		'  --chongqing-station, --czt-station, --gba-station <place or station id>;  --centres a,b,c;  --line-speed <line>=<km/h>'
	].join('\n');
}

/** What a destination outside every line's reach is called: not "unreachable", which would be a claim about the ground. */
export const OUTSIDE_TEXT = "not in the model: beyond the region's network";

/** One answered pair. */
interface PairAnswer {
	row: number;
	from: string;
	to: string;
	fromLabel: string;
	toLabel: string;
	status: 'reached' | 'outside' | 'unreached' | 'same';
	minutes: number | null;
	breakdown: ReturnType<typeof routeBreakdown> | null;
	route: Route | null;
}

/** The node a trip from a name starts at: a station's street entrance, or the place. */
function originNode(m: NameMatch): string {
	return m.kind === 'station' ? `rail:${m.id}:in` : m.node;
}

/** Answers one pair on a graph, reusing shortest-path trees per origin. */
function answer(
	graph: NetworkGraph,
	trees: Map<string, TravelTimes>,
	mode: TravelMode,
	from: NameMatch,
	to: NameMatch
): Omit<PairAnswer, 'row' | 'from' | 'to'> {
	const labels = { fromLabel: from.label, toLabel: to.label };
	if (from.node === to.node) return { ...labels, status: 'same', minutes: 0, breakdown: null, route: null };
	const key = originNode(from);
	let tt = trees.get(key);
	if (!tt) {
		tt = travelTimes(graph, key, mode);
		trees.set(key, tt);
	}
	const r = routeFrom(graph, tt, to.node);
	if (r) return { ...labels, status: 'reached', minutes: r.minutes, breakdown: routeBreakdown(r), route: r };
	const status = to.kind === 'place' ? reachStatus(graph, tt, to.id) : 'unreached';
	return { ...labels, status, minutes: null, breakdown: null, route: null };
}

function statusText(a: Pick<PairAnswer, 'status' | 'minutes'>): string {
	if (a.status === 'reached' || a.status === 'same') return `${(a.minutes ?? 0).toFixed(0)} min`;
	return a.status === 'outside' ? OUTSIDE_TEXT : 'no route in this network by this mode';
}

function breakdownText(b: ReturnType<typeof routeBreakdown>): string {
	const parts = [
		b.accessMin >= 0.5 ? `access ${b.accessMin.toFixed(0)}` : '',
		b.waitTransferMin >= 0.5 ? `changes ${b.waitTransferMin.toFixed(0)}` : '',
		b.dwellMin >= 0.5 ? `dwell ${b.dwellMin.toFixed(0)}` : '',
		...b.inVehicle.map((v) => `${v.line.zh} ${v.minutes.toFixed(0)}`),
		b.egressMin >= 0.5 ? `egress ${b.egressMin.toFixed(0)}` : ''
	].filter(Boolean);
	return parts.join(' + ');
}

/** Reads the pairs file: good rows, and one message per bad row (file:line: what is wrong). */
export function readPairs(
	file: string,
	text: string,
	places: NetworkPlace[]
): { rows: { row: number; from: string; to: string; fromHit: NameMatch; toHit: NameMatch }[]; problems: string[] } {
	const problems: string[] = [];
	const rows: { row: number; from: string; to: string; fromHit: NameMatch; toHit: NameMatch }[] = [];
	const table = csvParseRows(text);
	if (table.length - 1 > PAIRS_MAX_ROWS)
		throw new FileArgError(
			`${file} has ${(table.length - 1).toLocaleString('en')} rows, more than the ${PAIRS_MAX_ROWS.toLocaleString('en')}-row limit`
		);
	const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
	const fi = header.indexOf('from');
	const ti = header.indexOf('to');
	if (fi < 0 || ti < 0)
		return {
			rows,
			problems: [`${file}:1: the header must name the columns "from" and "to" (found: ${header.join(',').slice(0, 120) || 'nothing'})`]
		};
	table.slice(1).forEach((cells, i) => {
		const line = i + 2;
		if (cells.every((c) => c.trim() === '')) return;
		if (cells.some((c) => c.length > PAIRS_MAX_FIELD_CHARS)) {
			problems.push(`${file}:${line}: a field is longer than the ${PAIRS_MAX_FIELD_CHARS}-character limit`);
			return;
		}
		const from = (cells[fi] ?? '').trim();
		const to = (cells[ti] ?? '').trim();
		if (cells.length !== header.length) {
			problems.push(`${file}:${line}: expected ${header.length} fields, found ${cells.length}`);
			return;
		}
		if (!from || !to) {
			problems.push(`${file}:${line}: ${!from ? 'from' : 'to'} is empty`);
			return;
		}
		const fromHit = resolveName(from, places, STATIONS);
		const toHit = resolveName(to, places, STATIONS);
		for (const [name, hit] of [
			[from, fromHit],
			[to, toHit]
		] as const) {
			if (hit) continue;
			const near = closeNames(name, places, STATIONS, 3);
			problems.push(`${file}:${line}: unknown place "${name}"${near.length ? ` (close: ${near.join('; ')})` : ''}`);
		}
		if (fromHit && toHit) rows.push({ row: line, from, to, fromHit, toHit });
	});
	return { rows, problems };
}

async function runPairs(file: string, scenario: ScenarioId, mode: TravelMode, json: boolean, assumptions: Assumptions): Promise<number> {
	let read: ReturnType<typeof readPairs>;
	let text: string;
	try {
		// The one checked reader, before any other work: a regular file within the size limit (a device, a pipe or
		// a folder is refused at once), decoded like the app's imports (UTF-8, UTF-16 with a byte-order mark,
		// GBK/GB18030).
		text = readUserText(file, { maxBytes: FILE_MAX_BYTES }).text;
	} catch (e) {
		if (!(e instanceof FileArgError)) throw e;
		err(e.message);
		return 2;
	}
	const inputs = loadNetworkInputs();
	inputs.notes.forEach((n) => err(n));
	try {
		read = readPairs(file, text, inputs.places);
	} catch (e) {
		err(e instanceof FileArgError ? e.message : `${file}: cannot read (${e instanceof Error ? e.message : String(e)})`);
		return 2;
	}
	read.problems.forEach((p) => err(p));
	const graph = buildScenario(inputs, assumptions, scenario);
	const trees = new Map<string, TravelTimes>();
	const answers: PairAnswer[] = read.rows.map((r) => ({
		row: r.row,
		from: r.from,
		to: r.to,
		...answer(graph, trees, mode, r.fromHit, r.toHit)
	}));
	if (json) {
		await outFlushed(
			JSON.stringify(
				{
					scenario,
					mode,
					pairs: answers.map(({ route, ...a }) => ({
						...a,
						minutes: a.minutes === null ? null : Math.round(a.minutes * 10) / 10,
						legs: route?.legs ?? []
					})),
					problems: read.problems,
					assumptions
				},
				null,
				2
			)
		);
	} else {
		out(`Pairs from ${file}, ${scenario}, ${mode} (modelled minutes, not timetables):`);
		out(
			formatTable(
				['row', 'from', 'to', 'time', 'made of'],
				answers.map((a) => [String(a.row), a.fromLabel, a.toLabel, statusText(a), a.breakdown ? breakdownText(a.breakdown) : ''])
			)
		);
		if (read.problems.length) out(`${read.problems.length} row(s) not answered: see the messages above.`);
	}
	return read.problems.length ? 1 : 0;
}

export async function run(args: string[]): Promise<number> {
	let normalised: string[];
	try {
		normalised = normaliseNetworkArgs(args, ['from', 'to', 'scenario', 'mode', 'pairs']);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(e.message);
		return 2;
	}
	const parsed = parseArgs(normalised, ['--from', '--to', '--scenario', '--mode', '--pairs']);
	if (parsed.options.help) {
		out(usage());
		return 0;
	}
	const scenario = scenarioOf(parsed.options.scenario);
	const mode = modeOf(parsed.options.mode);
	const pairs = typeof parsed.options.pairs === 'string' ? parsed.options.pairs : null;
	const single = typeof parsed.options.from === 'string' && typeof parsed.options.to === 'string';
	if (parsed.errors.length || (!pairs && !single) || !scenario || !mode) {
		err(
			[
				...parsed.errors,
				!scenario ? `unknown --scenario "${String(parsed.options.scenario)}" (2020, 2025, 2030 or long-term)` : '',
				!mode ? `unknown --mode "${String(parsed.options.mode)}" (rail, road or best)` : '',
				!pairs && !single ? 'give --from and --to, or --pairs FILE.csv' : ''
			]
				.filter(Boolean)
				.join('\n')
		);
		err(usage());
		return 2;
	}
	if (pairs) return runPairs(pairs, scenario, mode, Boolean(parsed.options.json), parsed.assumptions);
	const inputs = loadNetworkInputs();
	inputs.notes.forEach((n) => err(n));
	const from = resolveOrExplain(parsed.options.from as string, inputs.places);
	const to = resolveOrExplain(parsed.options.to as string, inputs.places);
	if (!from || !to) return 1;
	const graph = buildScenario(inputs, parsed.assumptions, scenario);
	const a = answer(graph, new Map(), mode, from, to);
	const r = a.route;
	if (parsed.options.json) {
		await outFlushed(
			JSON.stringify(
				{
					from,
					to,
					scenario,
					mode,
					status: a.status,
					minutes: a.minutes,
					breakdown: a.breakdown,
					route: r,
					assumptions: parsed.assumptions,
					issues: graph.issues
				},
				null,
				2
			)
		);
		return 0;
	}
	out(`${from.label} → ${to.label}, ${scenario}, ${mode}: ${statusText(a)}`);
	if (a.breakdown) out(`  made of: ${breakdownText(a.breakdown)} min`);
	if (r) out(formatRoute(r));
	out('\nAssumptions:');
	out(
		describeAssumptions(parsed.assumptions)
			.map((l) => `  ${l}`)
			.join('\n')
	);
	if (graph.issues.length) out(`\n${graph.issues.length} data notes (use --json to list them).`);
	return 0;
}
