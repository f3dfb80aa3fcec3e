/**
 * The plan's connectivity promises, checked against the modelled networks: the time each promise names,
 * the modelled time per scenario with its route, and a verdict with the conditions it depends on.
 */
import type { Bilingual, SourceRef } from '../../catalogue/types';
import type { Assumptions } from '../../data/assumptions';
import { PROMISE_SOURCES } from '../../data/network-facts';
import { retime } from './build';
import { cityStations, arrivalStation, routeBreakdown, type Breakdown, type CityStation } from './explain';
import { nodeOf, routeFrom, travelTimes } from './paths';
import { STATIONS } from './stations';
import { SCENARIOS, type LinkMode, type NetworkGraph, type Route, type ScenarioId } from './types';

/**
 * `met`: the modelled time is within the target; `within-margin`: over it by no more than the stated
 * margin (`Assumptions.promiseMarginPct`, default 10%), closer than the model can tell; `not-met`: further
 * over, or no route.
 */
export type Verdict = 'met' | 'within-margin' | 'not-met';

/** One promise: from where, to where, by which mode, within how long, and which scenario it speaks for. */
export interface PromiseDef {
	id: string;
	label: Bilingual;
	source: SourceRef;
	mode: LinkMode;
	targetMin: number;
	/** The network the promise speaks for (the HSR's opening: 2025; the plan: 2030). */
	scenario: ScenarioId;
	/** Origin node id: the place, as the travel panel and the presenter use it. */
	from: string;
	/** Destination node ids: a city as one node (`place:…`), or a single station where one is chosen. */
	to: string[];
	/** Assumption keys the check depends on. */
	assumptionsUsed: (keyof Assumptions)[];
}

/** The modelled time to one destination in one scenario. */
export interface ScenarioTime {
	scenario: ScenarioId;
	minutes: number | null;
	met: boolean;
	route: Route | null;
}

/** The check of one destination of a promise. */
export interface DestinationCheck {
	to: string;
	label: Bilingual;
	/** The city's stations in the promise's network (empty for a single station or a place without one). */
	stations: CityStation[];
	/** Where the modelled route leaves the train, for a city reached at one of several stations. */
	arrival: Bilingual | null;
	perScenario: ScenarioTime[];
	/** Modelled minutes in the promise's own scenario, or null when there is no route. */
	minutes: number | null;
	/** minutes − target (positive: over), or null. */
	gapMin: number | null;
	/** The margin in minutes: target × margin %. */
	marginMin: number;
	/** What the minutes of the promise's own scenario are made of. */
	breakdown: Breakdown | null;
	/** The route in the promise's own scenario, for the map. */
	route: Route | null;
	verdict: Verdict;
	/** What would have to hold for the target to be met, each in words with figures; empty when met. */
	holds: Bilingual[];
	/** Refs (or line ids) of later networks that meet the target, absent from the promise's own network. */
	requires: string[];
	/** Lowest operating speed share (of design speed) at which the target is met, or null. */
	minSpeedShare: number | null;
	/** Minutes in the furthest scenario if every link ran at design speed (timetables off): the best the network allows. */
	atDesignSpeedMin: number | null;
}

/** The check of one promise. */
export interface PromiseCheck {
	id: string;
	label: Bilingual;
	quote: string;
	/** `file:line`. */
	cite: string;
	source: SourceRef;
	mode: LinkMode;
	targetMin: number;
	scenario: ScenarioId;
	destinations: DestinationCheck[];
	/** 'met' if every destination is met; 'not-met' if any is not; else 'within-margin'. */
	verdict: Verdict;
	marginPct: number;
	assumptionsUsed: Partial<Assumptions>;
}

const SPEED_KEYS: (keyof Assumptions)[] = [
	'hsrSpeedShare',
	'railSpeedShare',
	'dwellMin',
	'transferMin',
	'hsrThroughRunning',
	'useTimetables',
	'promiseMarginPct'
];

/**
 * The node a region choice stands for: a station id narrows to that station, anything else is a place.
 *
 * @param id - a choice of REGION_STATION_CHOICES, e.g. 'chongqing' or 'chongqing-east'
 * @returns node id, e.g. 'place:chongqing' or 'rail:chongqing-east'
 * @example
 * regionNode('changsha') // 'place:changsha'
 */
export function regionNode(id: string): string {
	return STATIONS.some((s) => s.id === id) ? `rail:${id}` : `place:${id}`;
}

/**
 * The promises of the plan documents, with their origin and destination nodes under the assumptions.
 *
 * @param a - assumptions (which station stands for each region; which places are regional centres)
 * @returns the promise definitions
 * @example
 * promiseDefs(DEFAULT_ASSUMPTIONS)[1].to // ['rail:changsha-south']
 */
export function promiseDefs(a: Assumptions): PromiseDef[] {
	return [
		{
			id: 'chongqing-1h',
			label: { zh: '高铁开通后入围重庆“1小时经济圈”', en: "Chongqing's 1-hour circle with the HSR" },
			source: PROMISE_SOURCES.chongqingHour,
			mode: 'rail',
			targetMin: 60,
			scenario: '2025',
			from: 'place:qianjiang',
			to: [regionNode(a.regionStations.chongqing)],
			assumptionsUsed: [...SPEED_KEYS, 'regionStations']
		},
		{
			id: 'czt-2h',
			label: { zh: '与长株潭城市群2小时直达', en: '2 hours to the Changsha–Zhuzhou–Xiangtan cluster' },
			source: PROMISE_SOURCES.cztAndGba,
			mode: 'rail',
			targetMin: 120,
			scenario: '2030',
			from: 'place:qianjiang',
			to: [regionNode(a.regionStations.czt)],
			assumptionsUsed: [...SPEED_KEYS, 'cityTransferMin', 'regionStations']
		},
		{
			id: 'gba-4h',
			label: { zh: '与粤港澳大湾区4小时联通', en: '4 hours to the Greater Bay Area' },
			source: PROMISE_SOURCES.cztAndGba,
			mode: 'rail',
			targetMin: 240,
			scenario: '2030',
			from: 'place:qianjiang',
			to: [regionNode(a.regionStations.gba)],
			assumptionsUsed: [...SPEED_KEYS, 'cityTransferMin', 'regionStations']
		},
		{
			id: 'regional-centres-1.5h',
			label: { zh: '与周边区域中心城市1.5小时通达（高速公路）', en: '1.5 hours by expressway to the surrounding regional centres' },
			source: PROMISE_SOURCES.regionalCentres,
			mode: 'road',
			targetMin: 90,
			scenario: '2030',
			from: 'place:qianjiang',
			to: a.regionalCentres.map((c) => `place:${c}`),
			assumptionsUsed: ['roadSpeedShare', 'accessSpeedKmh', 'accessDetourFactor', 'regionalCentres', 'promiseMarginPct']
		}
	];
}

function timeIn(graph: NetworkGraph, def: PromiseDef, to: string): { minutes: number | null; route: Route | null } {
	const tt = travelTimes(graph, def.from, def.mode);
	const r = routeFrom(graph, tt, to);
	return { minutes: r ? r.minutes : null, route: r };
}

function newRefs(route: Route | null, today: NetworkGraph | undefined): { refs: string[]; names: Bilingual[] } {
	const old = new Set(today?.links.map((l) => l.id) ?? []);
	const refs: string[] = [];
	const names: Bilingual[] = [];
	for (const leg of route?.legs ?? []) {
		if (leg.kind !== 'ride' || leg.links.every((id) => old.has(id))) continue;
		const key = leg.ref ?? leg.links[0].split(':')[0];
		if (!refs.includes(key)) {
			refs.push(key);
			if (leg.line) names.push(leg.line);
		}
	}
	return { refs, names };
}

/** Speed overrides for a share of design speed; `timetables` false also times today's lines from speed. */
function speedOverrides(mode: LinkMode, share: number, timetables: boolean): Partial<Assumptions> {
	return mode === 'road'
		? { roadSpeedShare: share }
		: { hsrSpeedShare: share, railSpeedShare: share, ...(timetables ? {} : { useTimetables: false }) };
}

/** Lowest share of design speed (up to 1) at which the destination is reached in time, or null. */
function minShare(graph: NetworkGraph, def: PromiseDef, to: string, timetables: boolean): number | null {
	const at = (s: number): number | null => timeIn(retime(graph, speedOverrides(def.mode, s, timetables)), def, to).minutes;
	const best = at(1);
	if (best === null || best > def.targetMin) return null;
	let lo = 0.3;
	let hi = 1;
	for (let k = 0; k < 14; k++) {
		const mid = (lo + hi) / 2;
		const m = at(mid);
		if (m !== null && m <= def.targetMin) hi = mid;
		else lo = mid;
	}
	return Math.ceil(hi * 100) / 100;
}

const SCENARIO_NAMES: Record<ScenarioId, Bilingual> = {
	'2020': { zh: '2020年', en: '2020' },
	'2025': { zh: '2025年', en: '2025' },
	'2030': { zh: '2030年', en: '2030' },
	'long-term': { zh: '远期', en: 'long-term' }
};

const TIME_SOURCE_NAMES: Record<string, Bilingual> = {
	timetable: { zh: '时刻表', en: 'timetable' },
	'timetable-prorated': { zh: '按里程分摊的时刻表', en: 'share of a timetable' },
	modelled: { zh: '模型计算', en: 'modelled' },
	assumption: { zh: '假设', en: 'assumed' }
};

/** The gap in words: how much the time must fall, and where most of it is spent. */
function gapText(minutes: number, target: number, b: Breakdown | null): Bilingual {
	const gap = Math.round(minutes) - target;
	const pct = Math.round((gap / target) * 1000) / 10;
	const longest = b?.inVehicle.reduce((x, y) => (y.minutes > x.minutes ? y : x), b.inVehicle[0]);
	const local = b ? b.accessMin + b.egressMin : 0;
	const zh = [`模型时间须从 ${Math.round(minutes)} 分钟缩短 ${gap} 分钟（${pct}%）至 ${target} 分钟以内`];
	const en = [`the modelled time would have to fall by ${gap} min (${pct}%), from ${Math.round(minutes)} to ${target} min or less`];
	if (longest) {
		const src = TIME_SOURCE_NAMES[longest.timeSource] ?? TIME_SOURCE_NAMES.modelled;
		zh.push(`最长一段为${longest.line.zh} ${Math.round(longest.minutes)} 分钟（${src.zh}）`);
		en.push(`the longest part is the ${longest.line.en}, ${Math.round(longest.minutes)} min (${src.en})`);
	}
	if (b && b.waitTransferMin + b.dwellMin >= 1) {
		zh.push(`换乘与停站 ${Math.round(b.waitTransferMin + b.dwellMin)} 分钟`);
		en.push(`changes and stops take ${Math.round(b.waitTransferMin + b.dwellMin)} min`);
	}
	if (local >= 1) {
		zh.push(`地方道路接驳 ${Math.round(local)} 分钟`);
		en.push(`local roads ${Math.round(local)} min`);
	}
	return { zh: zh.join('；'), en: en.join('; ') };
}

/** Line names with their catalogue refs; line ids of lines outside the catalogue are never shown. */
function projectsText(names: Bilingual[], refs: string[]): Bilingual {
	const isRef = (r: string) => /^[A-Z]+\d+$/.test(r);
	return {
		zh: names.map((n, i) => (isRef(refs[i]) ? `${n.zh}（${refs[i]}）` : n.zh)).join('、'),
		en: names.map((n, i) => (isRef(refs[i]) ? `the ${n.en} (${refs[i]})` : `the ${n.en}`)).join(' and ')
	};
}

function checkDestination(
	graphs: Partial<Record<ScenarioId, NetworkGraph>>,
	def: PromiseDef,
	to: string,
	a: Assumptions
): DestinationCheck {
	const scenarios = SCENARIOS.filter((s) => graphs[s]);
	const timed = (s: ScenarioId) => retime(graphs[s]!, a);
	const perScenario: ScenarioTime[] = scenarios.map((s) => {
		const { minutes, route } = timeIn(timed(s), def, to);
		return { scenario: s, minutes, met: minutes !== null && minutes <= def.targetMin, route };
	});
	const furthest = graphs[scenarios[scenarios.length - 1]];
	const node = furthest ? furthest.nodes[nodeOf(furthest, to)] : undefined;
	const label = node?.label ?? { zh: to, en: to };
	const ownGraph = graphs[def.scenario] ?? furthest;
	const own = perScenario.find((p) => p.scenario === def.scenario) ?? null;
	const minutes = own?.minutes ?? null;
	const route = own?.route ?? null;
	const breakdown = route ? routeBreakdown(route) : null;
	const marginMin = (def.targetMin * a.promiseMarginPct) / 100;
	const verdict: Verdict =
		minutes === null ? 'not-met' : minutes <= def.targetMin ? 'met' : minutes <= def.targetMin + marginMin ? 'within-margin' : 'not-met';
	const atDesignSpeedMin = furthest ? timeIn(retime(furthest, { ...a, ...speedOverrides(def.mode, 1, false) }), def, to).minutes : null;

	const holds: Bilingual[] = [];
	const requires: string[] = [];
	let minSpeedShare: number | null = null;
	if (verdict !== 'met') {
		if (minutes !== null) holds.push(gapText(minutes, def.targetMin, breakdown));
		// A later network that meets the target: which of its lines the promise's own network lacks.
		const from = SCENARIOS.indexOf(def.scenario);
		const later = perScenario.find((p) => SCENARIOS.indexOf(p.scenario) > from && p.met);
		if (later && later.minutes !== null) {
			const { refs, names } = newRefs(later.route, ownGraph);
			requires.push(...refs);
			const p = projectsText(names, refs);
			const sn = SCENARIO_NAMES[later.scenario];
			holds.push({
				zh: `${p.zh ? `${p.zh}建成：` : ''}${sn.zh}路网模型时间 ${Math.round(later.minutes)} 分钟`,
				en: `${p.en ? `${p.en} built: ` : ''}${Math.round(later.minutes)} min on the ${sn.en} network`
			});
		}
		// The slowest operating speed that would do, timetables kept first, then every line from speed.
		const own2 = SCENARIOS.filter((s) => graphs[s] && SCENARIOS.indexOf(s) >= from);
		search: for (const timetables of a.useTimetables ? [true, false] : [false]) {
			for (const s of own2) {
				const g = timed(s);
				const share = minShare(g, def, to, timetables);
				if (share === null) continue;
				minSpeedShare = share;
				const at = timeIn(retime(g, speedOverrides(def.mode, share, timetables)), def, to);
				const { refs, names } = newRefs(at.route, ownGraph);
				for (const r of refs) if (!requires.includes(r)) requires.push(r);
				const p = projectsText(names, refs);
				const pct = Math.round(share * 100);
				const sn = SCENARIO_NAMES[s];
				const built = p.zh ? { zh: `${p.zh}建成，且`, en: `${p.en} built and ` } : { zh: '', en: '' };
				const who =
					def.mode === 'road'
						? { zh: '车辆平均速度', en: 'cars average' }
						: timetables
							? { zh: '新线列车运行速度', en: 'trains on lines without a timetable run at' }
							: { zh: '所有线路列车运行速度（不用现行时刻表）', en: 'trains on every line (timetables set aside) run at' };
				holds.push({
					zh: `${built.zh}${who.zh}不低于设计速度的 ${pct}%：${sn.zh}路网模型时间 ${at.minutes === null ? '—' : Math.round(at.minutes)} 分钟`,
					en: `${built.en}${who.en} ≥ ${pct}% of design speed: ${at.minutes === null ? '—' : Math.round(at.minutes)} min on the ${sn.en} network`
				});
				break search;
			}
		}
		if (minSpeedShare === null && !later) {
			const over = atDesignSpeedMin === null ? 0 : Math.round(atDesignSpeedMin) - def.targetMin;
			const all =
				def.mode === 'road'
					? { zh: '车辆按设计速度行驶', en: 'with cars at design speed' }
					: { zh: '所有线路按设计速度运行（不用时刻表）', en: 'with every line at design speed (timetables set aside)' };
			holds.push(
				atDesignSpeedMin === null
					? { zh: '任何情景下都没有路线。', en: 'No network of the model has a route.' }
					: {
							zh: `即使${all.zh}也需 ${Math.round(atDesignSpeedMin)} 分钟，比目标多 ${over} 分钟：须有本模型以外的线路，或更短的${def.mode === 'road' ? '接驳' : '停站与换乘'}`,
							en: `even ${all.en} it takes ${Math.round(atDesignSpeedMin)} min, ${over} min over: it needs lines beyond this model, or shorter ${def.mode === 'road' ? 'access' : 'stops and changes'}`
						}
			);
		}
	}
	return {
		to,
		label,
		stations: to.startsWith('place:') && ownGraph ? cityStations(ownGraph, to.slice(6)) : [],
		arrival: route ? arrivalStation(route) : null,
		perScenario,
		minutes,
		gapMin: minutes === null ? null : minutes - def.targetMin,
		marginMin,
		breakdown,
		route,
		verdict,
		holds,
		requires,
		minSpeedShare,
		atDesignSpeedMin
	};
}

/**
 * Checks the plan's promises against the networks of each scenario.
 *
 * A destination is judged on the promise's own network (2025 for the HSR's opening, 2030 for the plan):
 * `met` within the target, `within-margin` over it by no more than `promiseMarginPct`, else `not-met`. What
 * would have to hold is said with figures: the gap, the later networks that close it, and the operating speed up
 * to the design speed that would do.
 *
 * @param graphs - graphs by scenario (any subset; the promise's own scenario is needed for its verdict)
 * @param assumptions - assumptions to time them with
 * @returns one check per promise
 * @example
 * checkPromises({ '2025': g25, '2030': g30, 'long-term': gLt }, DEFAULT_ASSUMPTIONS)[0].verdict
 */
export function checkPromises(graphs: Partial<Record<ScenarioId, NetworkGraph>>, assumptions: Assumptions): PromiseCheck[] {
	return promiseDefs(assumptions).map((def) => {
		const destinations = def.to.map((to) => checkDestination(graphs, def, to, assumptions));
		const verdicts = destinations.map((d) => d.verdict);
		const verdict: Verdict = verdicts.every((v) => v === 'met') ? 'met' : verdicts.includes('not-met') ? 'not-met' : 'within-margin';
		const used: Partial<Assumptions> = {};
		for (const k of def.assumptionsUsed) (used as Record<string, unknown>)[k] = assumptions[k];
		return {
			id: def.id,
			label: def.label,
			quote: def.source.quote,
			cite: `${def.source.file}:${def.source.line}`,
			source: def.source,
			mode: def.mode,
			targetMin: def.targetMin,
			scenario: def.scenario,
			destinations,
			verdict,
			marginPct: assumptions.promiseMarginPct,
			assumptionsUsed: used
		};
	});
}
