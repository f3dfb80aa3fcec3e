/**
 * Access gained per phase: for each network from 2020 to the long term, which townships and county seats
 * lie within 60, 120 and 240 modelled minutes of a hub (黔江城区 and the promise destinations 重庆, 长沙,
 * 广州), what each phase gains or loses, and the projects on the new routes that make the difference.
 */
import type { Bilingual } from '../../catalogue/types';
import { compareScenarios, type ChangeProject } from './compare';
import { SCENARIOS, type NetworkGraph, type NetworkPlace, type ScenarioId, type TravelMode } from './types';

/** The hubs: Qianjiang's centre and the places that stand for the promise destinations. */
export const ACCESS_HUBS: readonly string[] = ['qianjiang', 'chongqing', 'changsha', 'guangzhou'];

/** Thresholds, minutes. */
export const ACCESS_THRESHOLDS_MIN: readonly number[] = [60, 120, 240];

/** The places counted: townships and seats (big cities outside the region are context, not counted). */
export const ACCESS_KINDS: ReadonlySet<string> = new Set([
	'township',
	'subdistrict',
	'town',
	'county-seat',
	'district-seat',
	'prefecture-seat'
]);

/** Options of `accessByPhase`. */
export interface AccessOptions {
	hubs?: readonly string[];
	thresholdsMin?: readonly number[];
	mode?: TravelMode;
}

/** How many places are within a threshold of a hub in one network. */
export interface AccessCount {
	hub: string;
	scenario: ScenarioId;
	thresholdMin: number;
	count: number;
}

/** A place that comes within (gain) or falls out of (loss) a threshold between two consecutive networks. */
export interface AccessChange {
	hub: string;
	placeId: string;
	label: Bilingual;
	kind: string;
	thresholdMin: number;
	from: ScenarioId;
	to: ScenarioId;
	change: 'gain' | 'loss';
	beforeMin: number | null;
	afterMin: number | null;
	/** Lines on the later route that the earlier network lacks. */
	projects: ChangeProject[];
}

/** Minutes from each hub to one counted place, per network (null: no route). */
export interface AccessPlace {
	placeId: string;
	label: Bilingual;
	kind: string;
	lon: number;
	lat: number;
	minutes: Record<string, Record<ScenarioId, number | null>>;
}

/** The whole per-phase access table. */
export interface AccessReport {
	hubs: string[];
	hubLabels: Record<string, Bilingual>;
	thresholdsMin: number[];
	scenarios: ScenarioId[];
	mode: TravelMode;
	counts: AccessCount[];
	changes: AccessChange[];
	places: AccessPlace[];
}

/**
 * Counts, per hub, network and threshold, the townships and seats within reach, and lists the places each
 * phase gains or loses with the projects that make the difference.
 *
 * @param graphs - one graph per scenario (timed with the assumptions in force)
 * @param places - the gazetteer
 * @param options - hubs (place ids), thresholds (minutes) and mode ('best' by default)
 * @returns counts, changes between consecutive networks, and every counted place's minutes
 * @example
 * const r = accessByPhase(graphs, places);
 * r.counts.find((c) => c.hub === 'chongqing' && c.scenario === '2025' && c.thresholdMin === 120)?.count
 */
export function accessByPhase(
	graphs: Record<ScenarioId, NetworkGraph>,
	places: readonly NetworkPlace[],
	options: AccessOptions = {}
): AccessReport {
	const hubs = (options.hubs ?? ACCESS_HUBS).filter((h) => places.some((p) => p.id === h));
	const thresholds = [...(options.thresholdsMin ?? ACCESS_THRESHOLDS_MIN)].sort((a, b) => a - b);
	const mode = options.mode ?? 'best';
	const counted = places.filter((p) => ACCESS_KINDS.has(p.kind));
	const hubLabels: Record<string, Bilingual> = {};
	const rows = new Map<string, AccessPlace>(
		counted.map((p) => [p.id, { placeId: p.id, label: { zh: p.zh, en: p.en }, kind: p.kind, lon: p.lon, lat: p.lat, minutes: {} }])
	);
	const counts: AccessCount[] = [];
	const changes: AccessChange[] = [];
	for (const hub of hubs) {
		const h = places.find((p) => p.id === hub)!;
		hubLabels[hub] = { zh: h.zh, en: h.en };
		for (const row of rows.values()) row.minutes[hub] = { '2020': null, '2025': null, '2030': null, 'long-term': null };
		SCENARIOS.forEach((s, i) => {
			const cmp = compareScenarios(graphs[SCENARIOS[Math.max(0, i - 1)]], graphs[s], `place:${hub}`, mode);
			const by = new Map(cmp.map((c) => [c.placeId, c]));
			for (const row of rows.values()) {
				if (row.placeId === hub) continue;
				row.minutes[hub][s] = by.get(row.placeId)?.afterMin ?? null;
			}
			for (const t of thresholds) {
				let count = 0;
				for (const row of rows.values()) {
					if (row.placeId === hub) continue;
					const after = row.minutes[hub][s];
					if (after !== null && after <= t) count++;
					if (i === 0) continue;
					const before = row.minutes[hub][SCENARIOS[i - 1]];
					const was = before !== null && before <= t;
					const is = after !== null && after <= t;
					if (was === is) continue;
					changes.push({
						hub,
						placeId: row.placeId,
						label: row.label,
						kind: row.kind,
						thresholdMin: t,
						from: SCENARIOS[i - 1],
						to: s,
						change: is ? 'gain' : 'loss',
						beforeMin: before,
						afterMin: after,
						projects: is ? (by.get(row.placeId)?.projects ?? []) : []
					});
				}
				counts.push({ hub, scenario: s, thresholdMin: t, count });
			}
		});
	}
	return { hubs, hubLabels, thresholdsMin: thresholds, scenarios: [...SCENARIOS], mode, counts, changes, places: [...rows.values()] };
}

/**
 * The projects behind a hub's gains between two networks at one threshold, with how many places each brings in.
 *
 * @param report - from `accessByPhase`
 * @param hub - hub place id
 * @param to - the later network
 * @param thresholdMin - threshold
 * @returns projects, most places first
 * @example
 * gainProjects(report, 'qianjiang', '2030', 120)[0].line.zh
 */
export function gainProjects(
	report: AccessReport,
	hub: string,
	to: ScenarioId,
	thresholdMin: number
): (ChangeProject & { places: number })[] {
	const by = new Map<string, ChangeProject & { places: number }>();
	for (const c of report.changes) {
		if (c.hub !== hub || c.to !== to || c.thresholdMin !== thresholdMin || c.change !== 'gain') continue;
		for (const p of c.projects) {
			const x = by.get(p.key) ?? { ...p, places: 0 };
			x.places += 1;
			by.set(p.key, x);
		}
	}
	return [...by.values()].sort((a, b) => b.places - a.places || a.line.zh.localeCompare(b.line.zh));
}
