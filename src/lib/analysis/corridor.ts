/**
 * Corridor statistics for a line (a planned railway or expressway, or one a planner draws): its length, how
 * winding it is, the counties it crosses, and the towns and projects along it.
 */
import { buffer, distance, length, nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Bilingual, GeometryMethod } from '../catalogue/types';
import type { LonLat, Place, PlaceKind } from '../geo/types';
import { distanceBetweenKm } from './distance';
import { lengthByUnit, type UnitFeature } from './districts';
import { resolvePlace } from './places';
import { projectMethod, projectName, type ProjectFeature } from './project-feature';

/** Inputs of {@link corridorStats}. */
export interface CorridorOptions {
	/** Half-width of the corridor, km. */
	bufferKm: number;
	places?: Place[];
	/** County-level polygons. */
	units?: UnitFeature[];
	projects?: ProjectFeature[];
	/** Place kinds listed along the corridor (townships, towns, subdistricts and seats by default). */
	placeKinds?: PlaceKind[];
}

/** A place within the corridor. */
export interface PlaceWithin {
	id: string;
	zh: string;
	en: string;
	kind: PlaceKind;
	lon: number;
	lat: number;
	/** Computed distance from the place to the line, km. */
	distanceKm: number;
	/** Computed distance along the line from its start to the point nearest the place, km. */
	alongKm: number;
}

/** A project within the corridor. */
export interface ProjectWithin {
	id: string;
	name: Bilingual;
	kind: string;
	/** Computed shortest distance between the project's drawn geometry and the line, km. */
	distanceKm: number;
	method: GeometryMethod;
}

/** Everything {@link corridorStats} computes. All figures are computed, none is stated by a document. */
export interface CorridorStats {
	/** Length of the line, km. */
	lengthKm: number;
	/** Great-circle distance between its ends, km. */
	straightKm: number;
	/** lengthKm / straightKm (1 for a straight line; null for a closed loop). */
	sinuosity: number | null;
	/** Length inside each county polygon, km, in the order the line enters them. */
	districts: { id: string; zh: string; en: string; lengthKm: number }[];
	/** Length outside every county polygon given, km. */
	outsideKm: number;
	placesWithin: PlaceWithin[];
	projectsWithin: ProjectWithin[];
	bufferKm: number;
}

const km = { units: 'kilometers' as const };

/** Townships, towns, subdistricts and seats: the places a corridor is described by. */
export const CORRIDOR_PLACE_KINDS: PlaceKind[] = ['township', 'town', 'subdistrict', 'county-seat', 'district-seat', 'prefecture-seat'];

/**
 * Computes a corridor's statistics: length, straight-line distance, sinuosity, kilometres per county, and the places
 * and projects within `bufferKm` of the line.
 *
 * @param line - the corridor's centre line
 * @param options - `bufferKm` (km), and optionally `places`, `units` (county polygons), `projects`, `placeKinds`
 * @returns the statistics, all computed, distances in km
 * @example
 * corridorStats(line, { bufferKm: 5, places, units, projects }).districts[0].lengthKm;
 */
export function corridorStats(line: Feature<LineString>, options: CorridorOptions): CorridorStats {
	const coords = line.geometry.coordinates;
	if (coords.length < 2) throw new RangeError('a corridor needs a line of at least two positions');
	const bufferKm = Math.max(0, options.bufferKm);
	const lengthKm = length(line, km);
	const straightKm = distance(coords[0], coords[coords.length - 1], km);
	const byUnit = options.units ? lengthByUnit(line, options.units) : null;
	const kinds = new Set(options.placeKinds ?? CORRIDOR_PLACE_KINDS);
	const selfId = line.properties?.id;

	const placesWithin: PlaceWithin[] = [];
	for (const place of options.places ?? []) {
		if (!kinds.has(place.kind)) continue;
		const snapped = nearestPointOnLine(line, [place.lon, place.lat], km);
		if (snapped.properties.pointDistance <= bufferKm)
			placesWithin.push({
				id: place.id,
				zh: place.zh,
				en: place.en,
				kind: place.kind,
				lon: place.lon,
				lat: place.lat,
				distanceKm: snapped.properties.pointDistance,
				alongKm: snapped.properties.totalDistance
			});
	}
	placesWithin.sort((a, b) => a.alongKm - b.alongKm || a.distanceKm - b.distanceKm);

	const projectsWithin: ProjectWithin[] = [];
	for (const project of options.projects ?? []) {
		if (selfId !== undefined && project.properties.id === selfId) continue;
		const d = distanceBetweenKm(line.geometry, project.geometry);
		if (d !== null && d <= bufferKm)
			projectsWithin.push({
				id: String(project.properties.id),
				name: projectName(project.properties),
				kind: String(project.properties.kind),
				distanceKm: d,
				method: projectMethod(project.properties)
			});
	}
	projectsWithin.sort((a, b) => a.distanceKm - b.distanceKm || a.id.localeCompare(b.id));

	return {
		lengthKm,
		straightKm,
		sinuosity: straightKm > 1e-9 ? lengthKm / straightKm : null,
		districts: (byUnit?.units ?? []).map(({ id, zh, en, lengthKm }) => ({ id, zh, en, lengthKm })),
		outsideKm: byUnit ? byUnit.outsideKm : lengthKm,
		placesWithin,
		projectsWithin,
		bufferKm
	};
}

/**
 * The corridor's area: the line buffered by `bufferKm`, for drawing.
 *
 * @param line - the corridor's centre line
 * @param bufferKm - half-width, km (> 0)
 * @returns a polygon, or null when the buffer is empty
 * @example
 * corridorBuffer(line, 5)?.geometry.type; // 'Polygon'
 */
export function corridorBuffer(line: Feature<LineString>, bufferKm: number): Feature<Polygon | MultiPolygon> | null {
	if (!(bufferKm > 0)) return null;
	return buffer(line, bufferKm, { units: 'kilometers', steps: 8 }) ?? null;
}

/** Result of {@link corridorFromPlaces}. */
export type CorridorFromPlaces =
	| { ok: true; line: Feature<LineString, { method: 'schematic'; via: string[] }>; places: Place[] }
	| { ok: false; unresolved: { text: string; suggestions: Place[] }[]; message_en: string; message_zh: string };

/**
 * A schematic line through named places, in order: a sketch between real town positions, not an alignment.
 *
 * @param refs - place ids or names (zh, pinyin, English), at least two
 * @param places - the gazetteer
 * @returns the line with `method: 'schematic'` and the place ids, or the names that did not resolve with suggestions
 * @example
 * corridorFromPlaces(['黔江', '吉首'], places); // { ok: true, line: { ...LineString through both seats } }
 */
export function corridorFromPlaces(refs: string[], places: Place[]): CorridorFromPlaces {
	const unresolved: { text: string; suggestions: Place[] }[] = [];
	const found: Place[] = [];
	for (const text of refs) {
		const byId = places.find((p) => p.id === text);
		const r = byId ?? resolvePlace(places, text);
		if ('suggestions' in r) unresolved.push({ text, suggestions: r.suggestions });
		else found.push(r);
	}
	if (unresolved.length > 0)
		return {
			ok: false,
			unresolved,
			message_en: `Unknown place: ${unresolved.map((u) => u.text).join(', ')}`,
			message_zh: `找不到地点：${unresolved.map((u) => u.text).join('、')}`
		};
	const positions: LonLat[] = [];
	const via: string[] = [];
	for (const p of found) {
		const last = positions[positions.length - 1];
		if (last && last[0] === p.lon && last[1] === p.lat) continue;
		positions.push([p.lon, p.lat]);
		via.push(p.id);
	}
	if (positions.length < 2)
		return { ok: false, unresolved: [], message_en: 'A corridor needs at least two different places.', message_zh: '走廊至少需要两个不同的地点。' };
	return {
		ok: true,
		line: { type: 'Feature', properties: { method: 'schematic', via }, geometry: { type: 'LineString', coordinates: positions } },
		places: found
	};
}
