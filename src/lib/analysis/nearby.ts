/**
 * "What is planned near me?": the projects within a radius of a point, nearest first, each with an honest
 * distance (a range for approximate points, "about" for schematic lines), and the nearest station, expressway and
 * airport.
 */
import { distance } from '@turf/turf';
import type { Bilingual, GeometryMethod } from '../catalogue/types';
import type { Airport, LonLat } from '../geo/types';
import { buildNearbyIndex, nearestInIndex, queryNearby, type NearbyHit, type NearbyIndex } from './spatial-index';
import { projectMethod, projectName, type ProjectFeature } from './project-feature';
import { formatKm, kindWord } from './words';

/** One project near the query point. */
export interface NearbyItem {
	id: string;
	ref: string;
	kind: string;
	status: string;
	method: GeometryMethod;
	name: Bilingual;
	/** Computed great-circle distance to the nearest point of the drawn geometry, km. */
	distanceKm: number;
	/**
	 * Honest range of the real distance, km: [max(0, d − r), d + r] for an approximate point of radius r,
	 * [d, d] otherwise (a schematic line has no stated error; it is described as "about").
	 */
	rangeKm: [number, number];
	/** The nearest point of the drawn geometry. */
	nearest: LonLat;
	feature: ProjectFeature;
}

/** Options of {@link nearbyProjects}. */
export interface NearbyOptions {
	/** Search radius, km. */
	radiusKm: number;
	/** Only these kinds (all when omitted). */
	kinds?: string[];
	/** At most this many items. */
	limit?: number;
}

/** Projects or an index built from them once. */
export type ProjectSource = ProjectFeature[] | NearbyIndex<ProjectFeature>;

function asIndex(source: ProjectSource): NearbyIndex<ProjectFeature> {
	return Array.isArray(source) ? buildNearbyIndex(source) : source;
}

function toItem(hit: NearbyHit<ProjectFeature>): NearbyItem {
	const p = hit.feature.properties;
	const method = projectMethod(p);
	const r = method === 'approximate' && Number.isFinite(p.radiusKm) && (p.radiusKm as number) > 0 ? (p.radiusKm as number) : 0;
	return {
		id: String(p.id),
		ref: String(p.ref ?? ''),
		kind: String(p.kind),
		status: String(p.status ?? ''),
		method,
		name: projectName(p),
		distanceKm: hit.distanceKm,
		rangeKm: [Math.max(0, hit.distanceKm - r), hit.distanceKm + r],
		nearest: hit.nearest,
		feature: hit.feature
	};
}

/**
 * The projects whose drawn geometry lies within `radiusKm` of a point, nearest first. Distances go to the nearest
 * point of a line, not its centre.
 *
 * @param source - project features, or an index from {@link buildNearbyIndex} when querying many times
 * @param at - [lon, lat] in degrees
 * @param options - `radiusKm` (km), optional `kinds` filter and `limit`
 * @returns items sorted by computed distance
 * @example
 * nearbyProjects(projects.features, [108.7702, 29.30309], { radiusKm: 10 })[0].distanceKm;
 */
export function nearbyProjects(source: ProjectSource, at: LonLat, options: NearbyOptions): NearbyItem[] {
	const kinds = options.kinds ? new Set(options.kinds) : null;
	const items = queryNearby(asIndex(source), at, options.radiusKm)
		.filter((h) => !kinds || kinds.has(String(h.feature.properties.kind)))
		.map(toItem);
	return options.limit !== undefined ? items.slice(0, Math.max(0, options.limit)) : items;
}

/**
 * The nearest project of some kinds, however far away (e.g. the nearest station, or the nearest expressway line).
 *
 * @param source - project features or their index
 * @param at - [lon, lat] in degrees
 * @param kinds - accepted kinds, e.g. ['station'] or ['expressway']
 * @param options - `linesOnly`: accept only line geometries (an expressway drawn as a line, not an interchange)
 * @returns the nearest item, or null when no project has such a kind
 * @example
 * nearestOfKind(projects.features, [108.77, 29.3], ['expressway'], { linesOnly: true })?.name.en;
 */
export function nearestOfKind(
	source: ProjectSource,
	at: LonLat,
	kinds: string[],
	options: { linesOnly?: boolean } = {}
): NearbyItem | null {
	const wanted = new Set(kinds);
	const hit = nearestInIndex(asIndex(source), at, (f) => {
		if (!wanted.has(String(f.properties.kind))) return false;
		const t = f.geometry?.type;
		return !options.linesOnly || t === 'LineString' || t === 'MultiLineString';
	});
	return hit ? toItem(hit) : null;
}

/** The nearest airport and its distance. */
export interface NearestAirport {
	airport: Airport;
	/** Great-circle distance to the airport's reference point, km. */
	distanceKm: number;
}

/**
 * The nearest airport of `airports.json` to a point.
 *
 * @param airports - the airports
 * @param at - [lon, lat] in degrees
 * @returns the nearest airport with its distance in km, or null for an empty list
 * @example
 * nearestAirport(airports, [108.77, 29.53])?.airport.iata; // 'JIQ'
 */
export function nearestAirport(airports: Airport[], at: LonLat): NearestAirport | null {
	let best: NearestAirport | null = null;
	for (const airport of airports) {
		const d = distance(at, [airport.lon, airport.lat], { units: 'kilometers' });
		if (!best || d < best.distanceKm) best = { airport, distanceKm: d };
	}
	return best;
}

/**
 * The distance of a nearby item as a reader should see it: a range for an approximate point, "about" for a
 * schematic line, the computed figure otherwise.
 *
 * @param item - from {@link nearbyProjects}
 * @param lang - 'zh' or 'en'
 * @returns e.g. "3–8 km (reservoir location approximate)", "about 6 km (schematic line)", "2.4 km"
 * @example
 * describeDistance(item, 'zh'); // '3–8公里（水库位置为大致位置）'
 */
export function describeDistance(
	item: Pick<NearbyItem, 'distanceKm' | 'rangeKm' | 'method' | 'kind'>,
	lang: 'zh' | 'en'
): string {
	if (item.method === 'approximate') {
		const lo = Math.floor(item.rangeKm[0]);
		const hi = Math.ceil(item.rangeKm[1]);
		const what = kindWord(item.kind, lang);
		return lang === 'zh' ? `${lo}–${hi}公里（${what}位置为大致位置）` : `${lo}–${hi} km (${what} location approximate)`;
	}
	if (item.method === 'schematic') {
		if (item.distanceKm < 1) return lang === 'zh' ? '不到1公里（示意线）' : 'under 1 km (schematic line)';
		const about = Math.round(item.distanceKm);
		return lang === 'zh' ? `约${about}公里（示意线）` : `about ${about} km (schematic line)`;
	}
	return lang === 'zh' ? `${formatKm(item.distanceKm)}公里` : `${formatKm(item.distanceKm)} km`;
}
