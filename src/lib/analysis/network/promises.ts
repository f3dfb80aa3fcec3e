/**
 * The plan's connectivity promises, checked against the modelled networks: the time each promise names,
 * the modelled time per scenario with its route, and a verdict with the conditions it depends on.
 */
import type { Bilingual, SourceRef } from '../../catalogue/types';
import type { Assumptions } from '../../data/assumptions';
import { PROMISE_SOURCES } from '../../data/network-facts';
import { retime } from './build';
import { nodeOf, routeFrom, travelTimes } from './paths';
import { SCENARIOS, type LinkMode, type NetworkGraph, type Route, type ScenarioId } from './types';

export type Verdict = 'met' | 'not-met' | 'met-only-if';

/** One promise: from where, to where, by which mode, within how long, and which scenario it speaks for. */
export interface PromiseDef {
	id: string;
	label: Bilingual;
	source: SourceRef;
	mode: LinkMode;
	targetMin: number;
	/** The network the promise speaks for (the HSR's opening: 2025; the plan: 2030). */
	scenario: ScenarioId;
	/** Origin node id. */
	from: string;
	/** Destination node ids (one per region, or several regional centres). */
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
	perScenario: ScenarioTime[];
	verdict: Verdict;
	/** For 'met-only-if': what must hold, in zh and en. */
	condition: Bilingual | null;
	/** Refs (or line ids) that must be built, absent from today's network. */
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
	/** 'met' if every destination is met; 'not-met' if any cannot be; else 'met-only-if'. */
	verdict: Verdict;
	assumptionsUsed: Partial<Assumptions>;
}

const SPEED_KEYS: (keyof Assumptions)[] = ['hsrSpeedShare', 'railSpeedShare', 'dwellMin', 'transferMin', 'hsrThroughRunning', 'useTimetables'];

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
			from: 'rail:qianjiang:in',
			to: [`rail:${a.regionStations.chongqing}`],
			assumptionsUsed: [...SPEED_KEYS, 'regionStations']
		},
		{
			id: 'czt-2h',
			label: { zh: '与长株潭城市群2小时直达', en: '2 hours to the Changsha–Zhuzhou–Xiangtan cluster' },
			source: PROMISE_SOURCES.cztAndGba,
			mode: 'rail',
			targetMin: 120,
			scenario: '2030',
			from: 'rail:qianjiang:in',
			to: [`rail:${a.regionStations.czt}`],
			assumptionsUsed: [...SPEED_KEYS, 'cityTransferMin', 'regionStations']
		},
		{
			id: 'gba-4h',
			label: { zh: '与粤港澳大湾区4小时联通', en: '4 hours to the Greater Bay Area' },
			source: PROMISE_SOURCES.cztAndGba,
			mode: 'rail',
			targetMin: 240,
			scenario: '2030',
			from: 'rail:qianjiang:in',
			to: [`rail:${a.regionStations.gba}`],
			assumptionsUsed: [...SPEED_KEYS, 'cityTransferMin', 'regionStations']
		},
		{
			id: 'regional-centres-1.5h',
			label: { zh: '与周边区域中心城市1.5小时通达（高速公路）', en: '1.5 hours by expressway to the surrounding regional centres' },
			source: PROMISE_SOURCES.regionalCentres,
			mode: 'road',
			targetMin: 90,
			scenario: '2030',
			from: 'road:qianjiang',
			to: a.regionalCentres.map((c) => `place:${c}`),
			assumptionsUsed: ['roadSpeedShare', 'accessSpeedKmh', 'accessDetourFactor', 'regionalCentres']
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

function conditionText(names: Bilingual[], refs: string[], share: number | null, mode: LinkMode, timetables: boolean): Bilingual {
	const zh: string[] = [];
	const en: string[] = [];
	if (refs.length) {
		zh.push(`${names.map((n, i) => `${n.zh}（${refs[i]}）`).join('、')}建成`);
		en.push(`${names.map((n, i) => `the ${n.en} (${refs[i]})`).join(' and ')} ${refs.length > 1 ? 'are' : 'is'} built`);
	}
	if (share !== null) {
		const pct = Math.round(share * 100);
		if (mode === 'road') {
			zh.push(`车辆平均速度不低于设计速度的${pct}%`);
			en.push(`cars average ≥ ${pct}% of design speed`);
		} else if (timetables) {
			zh.push(`新线列车运行速度不低于设计速度的${pct}%`);
			en.push(`trains on the new lines run at ≥ ${pct}% of design speed`);
		} else {
			zh.push(`所有线路列车运行速度不低于设计速度的${pct}%（快于现行时刻表）`);
			en.push(`trains on every line run at ≥ ${pct}% of design speed (faster than today's timetables)`);
		}
	}
	return { zh: `仅当${zh.join('，且')}时达成`, en: `met only if ${en.join(' and ')}` };
}

function checkDestination(
	graphs: Partial<Record<ScenarioId, NetworkGraph>>,
	def: PromiseDef,
	to: string,
	a: Assumptions
): DestinationCheck {
	const scenarios = SCENARIOS.filter((s) => graphs[s]);
	const perScenario: ScenarioTime[] = scenarios.map((s) => {
		const g = retime(graphs[s]!, a);
		const { minutes, route } = timeIn(g, def, to);
		return { scenario: s, minutes, met: minutes !== null && minutes <= def.targetMin, route };
	});
	const anyGraph = graphs[scenarios[scenarios.length - 1]];
	const node = anyGraph ? anyGraph.nodes[nodeOf(anyGraph, to)] : undefined;
	const label = node?.label ?? { zh: to, en: to };
	const today = graphs['2025'];
	const furthest = graphs[scenarios[scenarios.length - 1]];
	const bestPossible = furthest ? timeIn(retime(furthest, { ...a, ...speedOverrides(def.mode, 1, false) }), def, to).minutes : null;
	const result = (verdict: Verdict, condition: Bilingual | null, requires: string[], minSpeedShare: number | null): DestinationCheck => ({
		to,
		label,
		perScenario,
		verdict,
		condition,
		requires,
		minSpeedShare,
		atDesignSpeedMin: bestPossible
	});
	if (perScenario.find((p) => p.scenario === '2025')?.met) return result('met', null, [], null);
	const from = SCENARIOS.indexOf(def.scenario);
	const later = perScenario.filter((p) => SCENARIOS.indexOf(p.scenario) >= from);
	for (const timetables of [true, false]) {
		if (!timetables && !a.useTimetables) break;
		for (const p of later) {
			const g = retime(graphs[p.scenario]!, a);
			const share = minShare(g, def, to, timetables && a.useTimetables);
			if (share === null) continue;
			const { route } = timeIn(retime(g, speedOverrides(def.mode, share, timetables && a.useTimetables)), def, to);
			const { refs, names } = newRefs(route, today);
			return result('met-only-if', conditionText(names, refs, share, def.mode, timetables && a.useTimetables), refs, share);
		}
		if (def.mode === 'road') break;
	}
	return result('not-met', null, [], null);
}

/**
 * Checks the plan's promises against the networks of each scenario.
 *
 * A destination is `met` when today's network (2025) reaches it in time under the assumptions;
 * `met-only-if` when a scenario from the promise's own onwards does, or would at some operating speed up
 * to the design speed (the condition names the new projects and the speed); `not-met` otherwise.
 *
 * @param graphs - graphs by scenario (any subset; 2025 is needed for "met today")
 * @param assumptions - assumptions to time them with
 * @returns one check per promise
 * @example
 * checkPromises({ '2025': g25, '2030': g30, 'long-term': gLt }, DEFAULT_ASSUMPTIONS)[0].verdict
 */
export function checkPromises(
	graphs: Partial<Record<ScenarioId, NetworkGraph>>,
	assumptions: Assumptions
): PromiseCheck[] {
	return promiseDefs(assumptions).map((def) => {
		const destinations = def.to.map((to) => checkDestination(graphs, def, to, assumptions));
		const verdicts = destinations.map((d) => d.verdict);
		const verdict: Verdict = verdicts.every((v) => v === 'met')
			? 'met'
			: verdicts.includes('not-met')
				? 'not-met'
				: 'met-only-if';
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
			assumptionsUsed: used
		};
	});
}
