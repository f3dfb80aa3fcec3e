/**
 * What the map and the list show of the catalogue for a given filter and year: pure functions over
 * the catalogue index (static/geo/projects.json) and its features (static/geo/projects.geojson).
 */
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { circle } from '@turf/turf';
import type { GeometryMethod, PlanPeriod, ProjectEntry } from './types';
import { kindGroup, phaseOfStatus, type KindGroup, type Phase } from './phase';
import { DATA_YEAR, statusInYear } from './status';

/** The years the year control offers, or 'now' for each project's latest status. */
export { YEAR_VIEWS, type YearView } from './years';
import type { YearView } from './years';

/** A catalogue entry as written to projects.json, with what the build derived. */
export interface IndexEntry extends ProjectEntry {
	method: GeometryMethod;
	pinyin: string[];
	pinyinInitials: string[];
	lengthKm: number | null;
	lengthInQianjiangKm: number | null;
}

/** The list and map filter. Empty arrays mean "all". */
export interface CatalogueFilter {
	groups: KindGroup[];
	phases: Phase[];
	periods: PlanPeriod[];
	year: YearView;
	/** Ids matching the search text, or null when there is no search. */
	matches: Set<string> | null;
}

/**
 * The phase a project is drawn with in a year view, or null when it does not exist then.
 * @param entry an index entry
 * @param year 'now' (the year of the newest document) or a year of the year control
 * @returns its phase, or null
 * @example entryPhase(entry, '2020') // null for a line opened in 2025
 */
export function entryPhase(entry: IndexEntry, year: YearView): Phase | null {
	const y = year === 'now' ? DATA_YEAR : Number(year);
	const s = statusInYear(entry, y);
	if (s === 'absent') return null;
	if (s === 'in-service' || s === 'dropped' || s === 'lapsed') return s;
	// Within a bucket the latest event's own word tells preliminary work from a plan.
	const latest = entry.status.filter((c) => c.asOf <= y).at(-1);
	return latest ? phaseOfStatus(latest.status) : s;
}

/**
 * The entries that pass a filter, with their phase, in catalogue order.
 * @param entries the catalogue index
 * @param filter kinds, phases, periods, year and search matches
 * @returns visible entries and the phase of each
 * @example visibleEntries(index, { groups: ['hsr'], phases: [], periods: [], year: 'now', matches: null })
 */
export function visibleEntries(entries: IndexEntry[], filter: CatalogueFilter): { entry: IndexEntry; phase: Phase }[] {
	const out: { entry: IndexEntry; phase: Phase }[] = [];
	for (const entry of entries) {
		const phase = entryPhase(entry, filter.year);
		if (!phase) continue;
		if (filter.groups.length && !filter.groups.includes(kindGroup(entry.kind))) continue;
		if (filter.phases.length && !filter.phases.includes(phase)) continue;
		if (filter.periods.length && !filter.periods.includes(entry.period)) continue;
		if (filter.matches && !filter.matches.has(entry.id)) continue;
		out.push({ entry, phase });
	}
	return out;
}

/**
 * The features to draw: those of visible entries, each with its kind group and phase.
 * @param features all project features (projects.geojson)
 * @param visible visible ids and their phase
 * @returns a FeatureCollection for the `projects` source
 * @example mapFeatures(fc, new Map([['qianjiang-jishou-hsr', 'planned']]))
 */
export function mapFeatures(features: FeatureCollection<Geometry>, visible: Map<string, Phase>): FeatureCollection<Geometry> {
	const out: Feature<Geometry>[] = [];
	for (const f of features.features) {
		const id = String(f.properties?.id ?? '');
		const phase = visible.get(id);
		if (!phase) continue;
		out.push({
			...f,
			properties: { ...f.properties, group: kindGroup(f.properties?.kind), phase }
		});
	}
	return { type: 'FeatureCollection', features: out };
}

/**
 * Circles showing the uncertainty of approximate points, in true ground units.
 * @param features features with `method` and `radiusKm` properties
 * @returns one polygon per approximate point, carrying the point's properties
 * @example uncertaintyCircles(fc).features[0].geometry.type // 'Polygon'
 */
export function uncertaintyCircles(features: FeatureCollection<Geometry>): FeatureCollection<Polygon> {
	const out: Feature<Polygon>[] = [];
	for (const f of features.features) {
		const r = Number(f.properties?.radiusKm);
		if (f.properties?.method !== 'approximate' || f.geometry.type !== 'Point' || !(r > 0)) continue;
		const c = circle(f.geometry.coordinates, r, { units: 'kilometers', steps: 48 });
		out.push({ ...c, properties: { ...f.properties } });
	}
	return { type: 'FeatureCollection', features: out };
}

/**
 * Counts visible entries by kind group and by phase, for the legend and the filter labels.
 * @param visible the visible entries with phases
 * @returns counts per group and per phase
 * @example countVisible(visible).groups.hsr
 */
export function countVisible(visible: { entry: IndexEntry; phase: Phase }[]): {
	groups: Partial<Record<KindGroup, number>>;
	phases: Partial<Record<Phase, number>>;
	methods: Partial<Record<GeometryMethod, number>>;
} {
	const groups: Partial<Record<KindGroup, number>> = {};
	const phases: Partial<Record<Phase, number>> = {};
	const methods: Partial<Record<GeometryMethod, number>> = {};
	for (const { entry, phase } of visible) {
		const g = kindGroup(entry.kind);
		groups[g] = (groups[g] ?? 0) + 1;
		phases[phase] = (phases[phase] ?? 0) + 1;
		methods[entry.method] = (methods[entry.method] ?? 0) + 1;
	}
	return { groups, phases, methods };
}
