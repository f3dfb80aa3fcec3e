/**
 * Figures a scene shows, computed from the data when it is shown: counts of the projects drawn, the
 * network model's travel times, and its verdicts on the plan's promises. Every travel figure here is
 * modelled, and is labelled so where shown.
 */
import type { Phase } from '../catalogue/phase';
import type { Bilingual, ProjectEntry, SourceRef } from '../catalogue/types';
import { buildNetwork } from '../analysis/network/build';
import { route } from '../analysis/network/paths';
import { checkPromises, type Verdict } from '../analysis/network/promises';
import { LINK_TABLE } from '../analysis/network/links';
import {
	SCENARIOS,
	type NetworkGraph,
	type NetworkPlace,
	type ScenarioId,
	type TimeSource,
	type TravelMode
} from '../analysis/network/types';
import { DEFAULT_ASSUMPTIONS } from '../data/assumptions';
import type { SceneFigure } from './scenes';

/** What the network model needs: gazetteer places and catalogue statuses. */
export interface NetworkInputs {
	places: readonly NetworkPlace[];
	catalogue: readonly Partial<ProjectEntry>[];
}

/** Counts of the projects a scene draws. */
export interface CountsFigure {
	kind: 'counts';
	total: number;
	phases: Partial<Record<Phase, number>>;
}

/** One scenario's modelled time. */
export interface TravelRow {
	scenario: ScenarioId;
	/** Minutes, rounded; null when the model finds no route. */
	minutes: number | null;
	/** 'timetable' when every leg is a published run, else 'modelled'. */
	basis: 'timetable' | 'modelled' | null;
	/** Lines ridden, in order. */
	lines: Bilingual[];
}

/** Modelled times between two places, per scenario. */
export interface TravelFigure {
	kind: 'travel-time';
	from: Bilingual;
	to: Bilingual;
	mode: TravelMode;
	rows: TravelRow[];
}

/** The model's verdict on one promise. */
export interface PromiseRow {
	id: string;
	label: Bilingual;
	targetMin: number;
	verdict: Verdict;
	/** `file:line` of the promise's words. */
	cite: string;
	/** The promise's words, for a citation a reader reads (`citationLabel`). */
	source: SourceRef;
	/** Modelled minutes per destination on the promise's own network (rounded; null: no route), as the promises panel shows them. */
	destinations: { label: Bilingual; minutes: number | null; verdict: Verdict }[];
	/** The margin of the `within-margin` category, as a percentage of the target. */
	marginPct: number;
}

/** The plan's promises and the model's verdicts. */
export interface PromisesFigure {
	kind: 'promises';
	rows: PromiseRow[];
}

/** The projects a scene draws, in catalogue order. */
export interface ProjectsFigure {
	kind: 'projects';
	rows: { id: string; name: Bilingual; phase: Phase }[];
}

export type ComputedFigure = CountsFigure | TravelFigure | PromisesFigure | ProjectsFigure;

/** Builds scenario graphs on first use and keeps them: the presenter asks for the same ones again. */
export class NetworkCache {
	readonly #inputs: NetworkInputs;
	readonly #graphs = new Map<ScenarioId, NetworkGraph>();

	constructor(inputs: NetworkInputs) {
		this.#inputs = inputs;
	}

	/** The graph of one scenario under the default assumptions. */
	graph(scenario: ScenarioId): NetworkGraph {
		let g = this.#graphs.get(scenario);
		if (!g) {
			g = buildNetwork(this.#inputs.places, LINK_TABLE, DEFAULT_ASSUMPTIONS, scenario, {
				catalogue: this.#inputs.catalogue
			});
			this.#graphs.set(scenario, g);
		}
		return g;
	}

	/** A place's names, or its id in both languages when the gazetteer lacks it. */
	placeName(id: string): Bilingual {
		const p = this.#inputs.places.find((x) => x.id === id);
		return p ? { zh: p.zh, en: p.en } : { zh: id, en: id };
	}
}

function basisOf(sources: TimeSource[]): 'timetable' | 'modelled' {
	return sources.every((s) => s === 'timetable') ? 'timetable' : 'modelled';
}

/**
 * The model's fastest times between two places in several scenarios.
 * @param cache scenario graphs
 * @param from origin place id
 * @param to destination place id
 * @param mode 'rail', 'road' or 'best'
 * @param scenarios scenarios to compare
 * @returns one row per scenario, minutes rounded to whole minutes
 * @example travelFigure(cache, 'qianjiang', 'chongqing', 'rail', ['2020', '2025']).rows[1].minutes
 */
export function travelFigure(cache: NetworkCache, from: string, to: string, mode: TravelMode, scenarios: ScenarioId[]): TravelFigure {
	const rows = scenarios.map((scenario): TravelRow => {
		const r = route(cache.graph(scenario), from, to, mode);
		if (!r) return { scenario, minutes: null, basis: null, lines: [] };
		const rides = r.legs.filter((l) => l.kind === 'ride');
		return {
			scenario,
			minutes: Math.round(r.minutes),
			basis: basisOf(r.legs.filter((l) => l.kind === 'ride' || l.kind === 'access').map((l) => l.timeSource)),
			lines: rides.flatMap((l) => (l.line ? [l.line] : []))
		};
	});
	return { kind: 'travel-time', from: cache.placeName(from), to: cache.placeName(to), mode, rows };
}

/**
 * The plan's promises with the model's verdicts under the default assumptions.
 * @param cache scenario graphs (every scenario is built)
 * @returns one row per promise
 * @example promisesFigure(cache).rows[0].id // 'chongqing-1h'
 */
export function promisesFigure(cache: NetworkCache): PromisesFigure {
	const graphs: Partial<Record<ScenarioId, NetworkGraph>> = {};
	for (const s of SCENARIOS) graphs[s] = cache.graph(s);
	const rows = checkPromises(graphs, DEFAULT_ASSUMPTIONS).map((p) => ({
		id: p.id,
		label: p.label,
		targetMin: p.targetMin,
		verdict: p.verdict,
		cite: p.cite,
		source: p.source,
		destinations: p.destinations.map((d) => ({
			label: d.label,
			minutes: d.minutes === null ? null : Math.round(d.minutes),
			verdict: d.verdict
		})),
		marginPct: p.marginPct
	}));
	return { kind: 'promises', rows };
}

/**
 * Computes the figures of a scene.
 * @param figures the scene's figure specs
 * @param cache scenario graphs
 * @param counts counts of the projects the scene draws, by phase
 * @param drawn the entries the scene draws, with their phase (for a `projects` figure)
 * @returns the figures, in the scene's order
 * @example sceneFigures([{ kind: 'counts' }], cache, { 'in-service': 2 })[0] // { kind: 'counts', total: 2, ... }
 */
export function sceneFigures(
	figures: SceneFigure[],
	cache: NetworkCache,
	counts: Partial<Record<Phase, number>>,
	drawn: { entry: { id: string; name: Bilingual }; phase: Phase }[] = []
): ComputedFigure[] {
	return figures.map((f): ComputedFigure => {
		if (f.kind === 'projects')
			return { kind: 'projects', rows: drawn.map((d) => ({ id: d.entry.id, name: d.entry.name, phase: d.phase })) };
		if (f.kind === 'counts') {
			const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
			return { kind: 'counts', total, phases: { ...counts } };
		}
		if (f.kind === 'travel-time') return travelFigure(cache, f.from, f.to, f.mode, f.scenarios);
		return promisesFigure(cache);
	});
}

/** Neutral words for the margin categories of the travel-time model: a measure, not a judgement. */
export const VERDICT_WORDS: Record<Verdict, Bilingual> = {
	met: { zh: '在目标之内', en: 'within the target' },
	'within-margin': { zh: '接近', en: 'close' },
	'not-met': { zh: '超出目标', en: 'over the target' }
};

/**
 * One destination of a promise in a sentence: the modelled minutes, the target and the margin category, in
 * neutral words ("模型测算 61 分钟，目标 60 分钟，接近").
 * @param dest a destination of a promise row
 * @param targetMin the promise's target, minutes
 * @param lang language
 * @returns the sentence, without the destination's name
 * @example promiseSentence({ label, minutes: 61, verdict: 'within-margin' }, 60, 'en') // 'modelled 61 min, target 60 min: close'
 */
export function promiseSentence(dest: { minutes: number | null; verdict: Verdict }, targetMin: number, lang: 'zh' | 'en'): string {
	const words = VERDICT_WORDS[dest.verdict][lang];
	if (dest.minutes === null)
		return lang === 'zh' ? `模型中没有路线，目标 ${targetMin} 分钟` : `no route in the model, target ${targetMin} min`;
	return lang === 'zh'
		? `模型测算 ${dest.minutes} 分钟，目标 ${targetMin} 分钟，${words}`
		: `modelled ${dest.minutes} min, target ${targetMin} min: ${words}`;
}
