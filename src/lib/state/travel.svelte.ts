/**
 * State of the travel-time and promises panels: the chosen places, network, mode and assumptions, and
 * everything the model derives from them. Graphs are built lazily, once per scenario and set of
 * structural assumptions; any other change of assumptions only re-times them.
 */
import { untrack } from 'svelte';
import type { Place } from '../geo/types';
import type { Bilingual } from '../catalogue/types';
import type { IndexEntry } from '../catalogue/view';
import {
	ASSUMED_SPEED_LINES,
	LINK_TABLE,
	SCENARIOS,
	accessByPhase,
	buildNetwork,
	changeReason,
	checkPromises,
	compareScenarios,
	reachStatus,
	retime,
	routeFrom,
	travelTimes,
	type AccessReport,
	type ChangeProject,
	type NetworkGraph,
	type PromiseCheck,
	type ReachStatus,
	type Route,
	type ScenarioId,
	type TravelMode,
	type TravelTimes
} from '../analysis/network/index';
import type { YearView } from '../catalogue/view';
import {
	ASSUMPTION_SPECS,
	DEFAULT_ASSUMPTIONS,
	LINE_SPEED_RANGE,
	REGION_STATION_CHOICES,
	withAssumptions,
	type Assumptions,
	type RegionStations
} from '../data/assumptions';
import type { ParamNotice, UrlStateful } from './url-state';
import { YEAR_VIEWS, yearViewRow } from '../catalogue/years';

export const TRAVEL_MODES: readonly TravelMode[] = ['best', 'rail', 'road'];
export const REGION_KEYS: readonly (keyof RegionStations)[] = ['chongqing', 'czt', 'gba'];

/** How the fastest route to a place travels. */
export type RouteMode = 'rail' | 'road' | 'mixed' | 'local' | 'none';
export type KindFilter = 'all' | 'seats' | 'townships';
export type SortKey = 'place' | 'minutes' | 'mode' | 'change';

/** One destination of the travel-time table. */
export interface TravelRow {
	place: Place;
	minutes: number | null;
	/** Reached, outside the modelled network ("not in the model"), or attached but with no route. */
	status: ReachStatus;
	/** Minutes on the baseline network, when there is one. */
	beforeMin: number | null;
	beforeStatus: ReachStatus | null;
	deltaMin: number | null;
	routeMode: RouteMode;
	/** Projects on the new route absent from the baseline network (never shown by internal id). */
	projects: ChangeProject[];
	/** Why the time changed, with both routes' figures, for changes of 30 minutes or more. */
	reason: Bilingual | null;
}

/** A project that shortens trips between the baseline and the chosen network. */
export interface DiffProject {
	key: string;
	/** Catalogue ref, or null for a line outside the catalogue. */
	ref: string | null;
	line: Bilingual;
	/** Places it makes faster (reached in both networks). */
	faster: number;
	/** Places it brings into reach (no route before). */
	newlyReached: number;
	/** Largest saving among the faster places, minutes; null when it makes none faster. */
	bestSavingMin: number | null;
}

/** Scenario names for explanations. */
const SCENARIO_WORDS: Record<ScenarioId, Bilingual> = {
	'2020': { zh: '2020', en: '2020' },
	'2025': { zh: '2025', en: '2025' },
	'2030': { zh: '2030', en: '2030' },
	'long-term': { zh: '远期', en: 'long term' }
};

/** The place the travel view starts from: the atlas is about Qianjiang. */
export const DEFAULT_ORIGIN = 'qianjiang';

/**
 * The network a year of the map's year control stands for (its row in catalogue/years.ts): 'now' and 2025 are
 * today's network, 2035 the long term.
 *
 * @param year - a year view of the map
 * @returns the scenario
 * @example
 * scenarioOfYear('2035') // 'long-term'
 */
export function scenarioOfYear(year: YearView): ScenarioId {
	return yearViewRow(year)?.scenario ?? '2025';
}

/**
 * The map's year view for a network, keeping 'now' when it already stands for the same network.
 *
 * @param scenario - a scenario
 * @param current - the year view shown now
 * @returns the year view
 * @example
 * yearOfScenario('long-term', 'now') // '2035'
 */
export function yearOfScenario(scenario: ScenarioId, current: YearView): YearView {
	if (scenarioOfYear(current) === scenario) return current;
	// The latest view that stands for the network.
	return (YEAR_VIEWS.filter((v) => scenarioOfYear(v) === scenario).at(-1) ?? current) as YearView;
}

/** A problem with the `ta` parameter. */
export interface OverrideProblem {
	item: string;
	reason: Bilingual;
}

const TOWNSHIP_KINDS = new Set(['township', 'subdistrict', 'town']);

/**
 * Writes the assumptions that differ from the defaults as `key:value,key:value`.
 *
 * @param a - the assumptions in force
 * @returns the compact text, empty when every assumption is at its default
 * @example
 * encodeOverrides(withAssumptions({ dwellMin: 2 })) // 'dwellMin:2'
 */
export function encodeOverrides(a: Assumptions): string {
	const parts: string[] = [];
	for (const s of ASSUMPTION_SPECS) {
		const v = a[s.key];
		if (v === DEFAULT_ASSUMPTIONS[s.key]) continue;
		parts.push(`${s.key}:${typeof v === 'boolean' ? (v ? 1 : 0) : String(v)}`);
	}
	for (const r of REGION_KEYS) {
		if (a.regionStations[r] !== DEFAULT_ASSUMPTIONS.regionStations[r]) parts.push(`${r}:${a.regionStations[r]}`);
	}
	if (a.regionalCentres.join('/') !== DEFAULT_ASSUMPTIONS.regionalCentres.join('/')) {
		parts.push(`centres:${a.regionalCentres.join('/')}`);
	}
	for (const [line, kmh] of Object.entries(a.lineSpeedKmh).sort()) parts.push(`speed.${line}:${kmh}`);
	return parts.join(',');
}

/**
 * Reads `key:value,key:value` assumption overrides, keeping the valid ones and listing the rest.
 *
 * @param text - the `ta` parameter
 * @param isPlace - whether an id is a gazetteer place (for `centres`)
 * @returns overrides and problems (unknown keys, values out of range)
 * @example
 * decodeOverrides('dwellMin:2,bogus:1', () => true).problems[0].item // 'bogus:1'
 */
export function decodeOverrides(
	text: string,
	isPlace: (id: string) => boolean
): { overrides: Partial<Assumptions>; problems: OverrideProblem[] } {
	const overrides: Partial<Assumptions> = {};
	const problems: OverrideProblem[] = [];
	const regions: Partial<RegionStations> = {};
	for (const item of text.split(',').filter(Boolean)) {
		const i = item.indexOf(':');
		const key = i < 0 ? item : item.slice(0, i);
		const raw = i < 0 ? '' : item.slice(i + 1);
		const spec = ASSUMPTION_SPECS.find((s) => s.key === key);
		if (spec?.kind === 'boolean') {
			if (['1', 'true'].includes(raw)) (overrides as Record<string, unknown>)[key] = true;
			else if (['0', 'false'].includes(raw)) (overrides as Record<string, unknown>)[key] = false;
			else problems.push({ item, reason: { zh: '只能是 1 或 0', en: 'must be 1 or 0' } });
		} else if (spec) {
			const v = Number(raw);
			if (raw === '' || !Number.isFinite(v) || (spec.min !== undefined && v < spec.min) || (spec.max !== undefined && v > spec.max)) {
				problems.push({ item, reason: { zh: `应在 ${spec.min} 至 ${spec.max} 之间`, en: `must be between ${spec.min} and ${spec.max}` } });
			} else (overrides as Record<string, unknown>)[key] = v;
		} else if ((REGION_KEYS as readonly string[]).includes(key)) {
			const r = key as keyof RegionStations;
			if (REGION_STATION_CHOICES[r].includes(raw)) regions[r] = raw;
			else
				problems.push({
					item,
					reason: {
						zh: `车站只能是 ${REGION_STATION_CHOICES[r].join('、')}`,
						en: `station must be one of ${REGION_STATION_CHOICES[r].join(', ')}`
					}
				});
		} else if (key.startsWith('speed.')) {
			const line = ASSUMED_SPEED_LINES.find((l) => l.id === key.slice(6));
			const v = Number(raw);
			if (!line)
				problems.push({
					item,
					reason: { zh: '该线路的设计速度有出处，不是假设', en: 'that line has a sourced design speed, not an assumed one' }
				});
			else if (raw === '' || !Number.isFinite(v) || v < LINE_SPEED_RANGE.min || v > LINE_SPEED_RANGE.max) {
				problems.push({
					item,
					reason: {
						zh: `应在 ${LINE_SPEED_RANGE.min} 至 ${LINE_SPEED_RANGE.max} 之间`,
						en: `must be between ${LINE_SPEED_RANGE.min} and ${LINE_SPEED_RANGE.max}`
					}
				});
			} else overrides.lineSpeedKmh = { ...(overrides.lineSpeedKmh ?? {}), [line.id]: v };
		} else if (key === 'centres') {
			const ids = raw.split('/').filter(Boolean);
			const known = ids.filter(isPlace);
			if (known.length < ids.length) {
				problems.push({ item, reason: { zh: '含有未知地点', en: 'names an unknown place' } });
			}
			if (known.length) overrides.regionalCentres = known;
		} else problems.push({ item, reason: { zh: '未知的假设', en: 'unknown assumption' } });
	}
	if (Object.keys(regions).length) overrides.regionStations = { ...DEFAULT_ASSUMPTIONS.regionStations, ...regions };
	return { overrides, problems };
}

/**
 * Overrides that differ from the defaults only, so that a reset key leaves the URL.
 *
 * @param a - assumptions
 * @returns the overrides
 * @example
 * overridesOf(DEFAULT_ASSUMPTIONS) // {}
 */
export function overridesOf(a: Assumptions): Partial<Assumptions> {
	const out: Record<string, unknown> = {};
	for (const s of ASSUMPTION_SPECS) if (a[s.key] !== DEFAULT_ASSUMPTIONS[s.key]) out[s.key] = a[s.key];
	if (REGION_KEYS.some((r) => a.regionStations[r] !== DEFAULT_ASSUMPTIONS.regionStations[r])) out.regionStations = { ...a.regionStations };
	if (a.regionalCentres.join('/') !== DEFAULT_ASSUMPTIONS.regionalCentres.join('/')) out.regionalCentres = [...a.regionalCentres];
	const speeds = Object.fromEntries(
		Object.entries(a.lineSpeedKmh).filter(([id, v]) => ASSUMED_SPEED_LINES.find((l) => l.id === id)?.designSpeedKmh !== v)
	);
	if (Object.keys(speeds).length) out.lineSpeedKmh = speeds;
	return out as Partial<Assumptions>;
}

function structuralKey(a: Assumptions): string {
	return ASSUMPTION_SPECS.filter((s) => s.structural)
		.map((s) => String(a[s.key]))
		.join('|');
}

function routeModeOf(route: Route | null): RouteMode {
	if (!route) return 'none';
	const modes = new Set(route.legs.filter((l) => l.kind === 'ride').map((l) => l.mode));
	if (modes.size === 0) return 'local';
	if (modes.size > 1) return 'mixed';
	return modes.has('rail') ? 'rail' : 'road';
}

/** Built graphs of one set of structural assumptions, one per scenario, built when first asked for. */
class GraphCache {
	#graphs = new Map<ScenarioId, NetworkGraph>();
	constructor(
		readonly places: readonly Place[],
		readonly catalogue: readonly IndexEntry[],
		readonly assumptions: Assumptions,
		readonly key: string
	) {}
	get(s: ScenarioId): NetworkGraph {
		let g = this.#graphs.get(s);
		if (!g) {
			g = buildNetwork(this.places, LINK_TABLE, this.assumptions, s, { catalogue: this.catalogue });
			this.#graphs.set(s, g);
		}
		return g;
	}
}

/** The cached graphs re-timed with the assumptions in force, per scenario on demand. */
class TimedGraphs {
	#timed = new Map<ScenarioId, NetworkGraph>();
	constructor(
		readonly base: GraphCache,
		readonly assumptions: Assumptions
	) {}
	get(s: ScenarioId): NetworkGraph {
		let g = this.#timed.get(s);
		if (!g) {
			g = retime(this.base.get(s), this.assumptions);
			this.#timed.set(s, g);
		}
		return g;
	}
	all(): Record<ScenarioId, NetworkGraph> {
		return Object.fromEntries(SCENARIOS.map((s) => [s, this.get(s)])) as Record<ScenarioId, NetworkGraph>;
	}
}

/** The result of one recompute of the travel view. */
export interface TravelResult {
	graph: NetworkGraph;
	times: TravelTimes;
	rows: TravelRow[];
	baseline: ScenarioId | null;
	/** Wall-clock milliseconds of the recompute (re-timing, shortest paths, comparison, routes). */
	ms: number;
}

/** Travel-time view state; the promises panel shares it. */
export class TravelState implements UrlStateful {
	readonly urlKeys = ['tf', 'ts', 'tb', 'tm', 'ta', 'tt', 'tv', 'th', 'tk'] as const;

	places = $state.raw<Place[]>([]);
	entries = $state.raw<IndexEntry[]>([]);
	fromId = $state<string | null>(DEFAULT_ORIGIN);
	/** What the travel tab shows: times from a place, or access gained per phase. */
	panelView = $state<'times' | 'access'>('times');
	/** Access view: the hub and threshold the map colours. */
	accessHub = $state('qianjiang');
	accessThreshold = $state(120);
	/** The promise destination whose route the map draws, while the promises tab is open. */
	openPromise = $state<{ id: string; to: string } | null>(null);
	toId = $state<string | null>(null);
	scenario = $state<ScenarioId>('2025');
	/** The earlier network of a before/after comparison; null when not comparing. */
	before = $state<ScenarioId | null>(null);
	mode = $state<TravelMode>('best');
	overrides = $state.raw<Partial<Assumptions>>({});
	kindFilter = $state<KindFilter>('all');
	sortKey = $state<SortKey>('minutes');
	sortAsc = $state(true);
	/** What a click on a town sets. */
	clickSets = $state<'from' | 'to'>('from');

	#pending: { key: string; value: string }[] = [];
	#notice: ParamNotice | null = null;

	assumptions = $derived(withAssumptions(this.overrides));
	#structural = $derived(structuralKey(this.assumptions));
	/** Kept outside the reactive graph so that a rebuild happens only when the structure really changes. */
	#cache: GraphCache | null = null;
	#base = $derived.by(() => {
		const key = this.#structural;
		const places = this.places;
		const entries = this.entries;
		const c = this.#cache;
		if (c && c.key === key && c.places === places && c.catalogue === entries) return c;
		this.#cache = new GraphCache(
			places,
			entries,
			untrack(() => this.assumptions),
			key
		);
		return this.#cache;
	});
	graphs = $derived(new TimedGraphs(this.#base, this.assumptions));

	placeById = $derived(new Map(this.places.map((p) => [p.id, p])));
	origin = $derived(this.fromId ? (this.placeById.get(this.fromId) ?? null) : null);
	target = $derived(this.toId ? (this.placeById.get(this.toId) ?? null) : null);
	/** The network the change column and the map compare with: only the one chosen ("不对比": none). */
	baseline = $derived<ScenarioId | null>(this.before);
	view = $derived<'time' | 'change'>(this.before ? 'change' : 'time');

	result = $derived.by((): TravelResult | null => {
		const origin = this.origin;
		if (!origin || this.places.length === 0) return null;
		const t0 = performance.now();
		const graph = this.graphs.get(this.scenario);
		const from = `place:${origin.id}`;
		const times = travelTimes(graph, from, this.mode);
		const baseline = this.baseline;
		const beforeGraph = baseline ? this.graphs.get(baseline) : null;
		const changes = beforeGraph ? compareScenarios(beforeGraph, graph, from, this.mode) : [];
		const beforeTimes = beforeGraph ? travelTimes(beforeGraph, from, this.mode) : null;
		const changeBy = new Map(changes.map((c) => [c.placeId, c]));
		const rows: TravelRow[] = [];
		for (const place of this.places) {
			if (place.id === origin.id) continue;
			const node = graph.nodeIndex.get(`place:${place.id}`);
			const m = node === undefined ? Infinity : times.minutes[node];
			const minutes = Number.isFinite(m) ? m : null;
			const c = changeBy.get(place.id);
			const after = minutes === null ? null : routeFrom(graph, times, `place:${place.id}`);
			const big = c && ((c.deltaMin !== null && Math.abs(c.deltaMin) >= 30) || (c.beforeMin === null) !== (c.afterMin === null));
			rows.push({
				place,
				minutes,
				status: minutes === null ? reachStatus(graph, times, place.id) : 'reached',
				beforeMin: c?.beforeMin ?? null,
				beforeStatus: c?.beforeStatus ?? null,
				deltaMin: c?.deltaMin ?? null,
				routeMode: routeModeOf(after),
				projects: c?.projects ?? [],
				reason:
					big && beforeGraph && beforeTimes && baseline
						? changeReason(routeFrom(beforeGraph, beforeTimes, `place:${place.id}`), after, {
								before: SCENARIO_WORDS[baseline],
								after: SCENARIO_WORDS[this.scenario]
							})
						: null
			});
		}
		return { graph, times, rows, baseline, ms: performance.now() - t0 };
	});

	route = $derived.by((): Route | null => {
		const r = this.result;
		const to = this.target;
		if (!r || !to) return null;
		return routeFrom(r.graph, r.times, `place:${to.id}`);
	});

	/** The chosen destination's row (status, change and its reason). */
	targetRow = $derived(this.result && this.target ? (this.result.rows.find((r) => r.place.id === this.target!.id) ?? null) : null);

	/** The route the map draws: the open promise's on the promises tab, else the chosen destination's. */
	promiseRoute = $derived.by((): { graph: NetworkGraph; route: Route } | null => {
		const open = this.openPromise;
		const checks = open ? this.promises?.checks : null;
		const check = checks?.find((c) => c.id === open!.id);
		const d = check?.destinations.find((x) => x.to === open!.to);
		if (!check || !d?.route) return null;
		return { graph: this.graphs.get(check.scenario), route: d.route };
	});

	/** Access gained per phase, for the access view (computed only while it is shown). */
	access = $derived.by((): { report: AccessReport; ms: number } | null => {
		if (this.panelView !== 'access' || this.places.length === 0) return null;
		const t0 = performance.now();
		const report = accessByPhase(this.graphs.all(), this.places, { mode: this.mode });
		return { report, ms: performance.now() - t0 };
	});

	visibleRows = $derived.by((): TravelRow[] => {
		const rows = this.result?.rows ?? [];
		const kept = rows.filter((r) =>
			this.kindFilter === 'all'
				? true
				: this.kindFilter === 'townships'
					? TOWNSHIP_KINDS.has(r.place.kind)
					: !TOWNSHIP_KINDS.has(r.place.kind)
		);
		const dir = this.sortAsc ? 1 : -1;
		const num = (v: number | null) => (v === null ? Infinity : v);
		const order: Record<RouteMode, number> = { rail: 0, mixed: 1, road: 2, local: 3, none: 4 };
		const cmp: Record<SortKey, (a: TravelRow, b: TravelRow) => number> = {
			place: (a, b) => a.place.pinyin.localeCompare(b.place.pinyin),
			minutes: (a, b) => num(a.minutes) - num(b.minutes),
			mode: (a, b) => order[a.routeMode] - order[b.routeMode] || num(a.minutes) - num(b.minutes),
			change: (a, b) => num(a.deltaMin) - num(b.deltaMin)
		};
		// Unreachable rows stay last whichever way the column sorts.
		return [...kept].sort((a, b) => {
			const ua = a.minutes === null ? 1 : 0;
			const ub = b.minutes === null ? 1 : 0;
			return ua - ub || dir * cmp[this.sortKey](a, b) || a.place.rank - b.place.rank;
		});
	});

	/** Projects on the new routes: how many places they bring into reach, how many they speed up, and by how much. */
	diffProjects = $derived.by((): DiffProject[] => {
		const r = this.result;
		if (!r || !r.baseline) return [];
		const by = new Map<string, DiffProject>();
		for (const row of r.rows) {
			if (row.minutes === null) continue;
			const isNew = row.beforeMin === null;
			const saving = isNew ? 0 : row.beforeMin! - row.minutes;
			if (!isNew && saving < 1) continue;
			for (const p of row.projects) {
				const d = by.get(p.key) ?? { key: p.key, ref: p.ref, line: p.line, faster: 0, newlyReached: 0, bestSavingMin: null };
				if (isNew) d.newlyReached += 1;
				else {
					d.faster += 1;
					d.bestSavingMin = Math.max(d.bestSavingMin ?? 0, saving);
				}
				by.set(p.key, d);
			}
		}
		return [...by.values()].sort(
			(a, b) => b.faster + b.newlyReached - (a.faster + a.newlyReached) || (b.bestSavingMin ?? 0) - (a.bestSavingMin ?? 0)
		);
	});

	promises = $derived.by((): { checks: PromiseCheck[]; ms: number } | null => {
		if (this.places.length === 0) return null;
		const t0 = performance.now();
		const checks = checkPromises(this.graphs.all(), this.assumptions);
		return { checks, ms: performance.now() - t0 };
	});

	/** Gives the state its data; ids read from the URL before it arrived are checked now. */
	attach(places: Place[], entries: IndexEntry[]): void {
		if (this.places !== places) this.places = places;
		if (this.entries !== entries) this.entries = entries;
		if (this.#pending.length) this.#checkPending();
	}

	/** The catalogue entry of a ref, for a link to the project. */
	projectOf(ref: string): IndexEntry | null {
		return this.entries.find((e) => e.ref === ref) ?? null;
	}

	setFrom(id: string | null): void {
		this.fromId = id;
		if (id !== null && id === this.toId) this.toId = null;
	}

	setTo(id: string | null): void {
		this.toId = id === this.fromId ? null : id;
	}

	/** Sets one scalar assumption when the value is allowed; returns whether it was. */
	setAssumption(key: keyof Assumptions, value: number | boolean): boolean {
		const spec = ASSUMPTION_SPECS.find((s) => s.key === key);
		if (!spec) return false;
		if (typeof value === 'number') {
			if (spec.kind !== 'number' || !Number.isFinite(value)) return false;
			if ((spec.min !== undefined && value < spec.min) || (spec.max !== undefined && value > spec.max)) return false;
		} else if (spec.kind !== 'boolean') return false;
		this.overrides = overridesOf({ ...this.assumptions, [key]: value });
		return true;
	}

	setRegionStation(region: keyof RegionStations, station: string): void {
		if (!REGION_STATION_CHOICES[region].includes(station)) return;
		this.overrides = overridesOf({ ...this.assumptions, regionStations: { ...this.assumptions.regionStations, [region]: station } });
	}

	toggleCentre(id: string): void {
		const now = this.assumptions.regionalCentres;
		const next = now.includes(id) ? now.filter((c) => c !== id) : [...now, id];
		if (next.length === 0) return;
		this.overrides = overridesOf({ ...this.assumptions, regionalCentres: next });
	}

	/** Sets the assumed design speed of a line no source gives one for; returns whether the value was allowed. */
	setLineSpeed(lineId: string, kmh: number): boolean {
		if (!ASSUMED_SPEED_LINES.some((l) => l.id === lineId)) return false;
		if (!Number.isFinite(kmh) || kmh < LINE_SPEED_RANGE.min || kmh > LINE_SPEED_RANGE.max) return false;
		this.overrides = overridesOf({ ...this.assumptions, lineSpeedKmh: { ...this.assumptions.lineSpeedKmh, [lineId]: kmh } });
		return true;
	}

	resetAssumptions(): void {
		this.overrides = {};
	}

	sortBy(key: SortKey): void {
		if (this.sortKey === key) this.sortAsc = !this.sortAsc;
		else {
			this.sortKey = key;
			this.sortAsc = true;
		}
	}

	writeParams(params: URLSearchParams): void {
		const set = (key: string, value: string | null) => (value ? params.set(key, value) : params.delete(key));
		// The origin stays in the URL, default included, so a shared link says where times are from.
		set('tf', this.fromId);
		set('tt', this.toId);
		set('tv', this.panelView === 'access' ? 'access' : null);
		set('th', this.panelView === 'access' && this.accessHub !== 'qianjiang' ? this.accessHub : null);
		set('tk', this.panelView === 'access' && this.accessThreshold !== 120 ? String(this.accessThreshold) : null);
		set('ts', this.scenario === '2025' ? null : this.scenario);
		set('tb', this.before);
		set('tm', this.mode === 'best' ? null : this.mode);
		set('ta', encodeOverrides(this.assumptions));
	}

	/** Items of the `ta` parameter already reported by {@link readParams}. */
	#taNoticed = new Set<string>();

	readParams(params: URLSearchParams, notice: ParamNotice): void {
		this.#notice = notice;
		this.#pending = [];
		const ts = params.get('ts');
		if (ts === null || ts === '') this.scenario = '2025';
		else if ((SCENARIOS as readonly string[]).includes(ts)) this.scenario = ts as ScenarioId;
		else {
			this.scenario = '2025';
			notice('ts', ts, { zh: '情景只能是 2020、2025、2030 或 long-term', en: 'network must be 2020, 2025, 2030 or long-term' });
		}
		const tb = params.get('tb');
		if (tb === null || tb === '') this.before = null;
		else if ((SCENARIOS as readonly string[]).includes(tb) && tb !== this.scenario) this.before = tb as ScenarioId;
		else {
			this.before = null;
			notice('tb', tb, { zh: '对比情景须为另一个情景', en: 'the compared network must be another network' });
		}
		const tm = params.get('tm');
		if (tm === null || tm === '') this.mode = 'best';
		else if ((TRAVEL_MODES as readonly string[]).includes(tm)) this.mode = tm as TravelMode;
		else {
			this.mode = 'best';
			notice('tm', tm, { zh: '方式只能是 rail、road 或 best', en: 'mode must be rail, road or best' });
		}
		this.fromId = params.get('tf') || DEFAULT_ORIGIN;
		this.toId = params.get('tt') || null;
		const tv = params.get('tv');
		this.panelView = tv === 'access' ? 'access' : 'times';
		if (tv && tv !== 'access' && tv !== 'times') notice('tv', tv, { zh: '视图只能是 times 或 access', en: 'view must be times or access' });
		const th = params.get('th');
		this.accessHub = th && ['qianjiang', 'chongqing', 'changsha', 'guangzhou'].includes(th) ? th : 'qianjiang';
		if (th && this.accessHub !== th)
			notice('th', th, {
				zh: '枢纽只能是 qianjiang、chongqing、changsha 或 guangzhou',
				en: 'hub must be qianjiang, chongqing, changsha or guangzhou'
			});
		const tk = params.get('tk');
		this.accessThreshold = tk && ['60', '120', '240'].includes(tk) ? Number(tk) : 120;
		if (tk && String(this.accessThreshold) !== tk)
			notice('tk', tk, { zh: '时间门槛只能是 60、120 或 240', en: 'threshold must be 60, 120 or 240' });
		const ta = params.get('ta');
		this.overrides = {};
		this.#taNoticed = new Set();
		if (ta) {
			// What can be judged without the gazetteer is reported now; place ids (centres) once it is attached.
			const { problems } = decodeOverrides(ta, () => true);
			for (const p of problems) {
				notice('ta', p.item, p.reason);
				this.#taNoticed.add(p.item);
			}
			this.#pending.push({ key: 'ta', value: ta });
		}
		if (this.fromId && params.get('tf')) this.#pending.push({ key: 'tf', value: this.fromId });
		if (this.toId) this.#pending.push({ key: 'tt', value: this.toId });
		if (this.places.length) this.#checkPending();
	}

	/** Checks place ids and assumption overrides against the gazetteer. */
	#checkPending(): void {
		const notice = this.#notice ?? (() => {});
		const isPlace = (id: string) => this.placeById.has(id);
		for (const { key, value } of this.#pending) {
			if (key === 'ta') {
				const { overrides, problems } = decodeOverrides(value, isPlace);
				this.overrides = overridesOf(withAssumptions(overrides));
				for (const p of problems) if (!this.#taNoticed.has(p.item)) notice('ta', p.item, p.reason);
			} else if (!isPlace(value)) {
				if (key === 'tf') this.fromId = null;
				else this.toId = null;
				notice(key, value, { zh: '没有这个地点', en: 'no such place' });
			}
		}
		this.#pending = [];
	}
}
