/**
 * Corridor statistics for a line (a planned railway or expressway, or one a planner draws): its length, how
 * winding it is, the counties it crosses, and the towns and projects along it.
 */
import { buffer, distance, length, lineIntersect, nearestPointOnLine } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { Bilingual, GeometryMethod } from '../catalogue/types';
import type { LonLat, Place, PlaceKind } from '../geo/types';
import { lengthByUnit, type UnitFeature } from './districts';
import { resolvePlace } from './places';
import { projectMethod, projectName, type ProjectFeature } from './project-feature';
import { namedPlaceIds } from './served';

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
	/**
	 * Contact within this distance of the corridor's ends does not count as crossing or sharing a town: a project
	 * that only starts where the corridor starts is listed as such, km (default {@link END_ZONE_KM}).
	 */
	endZoneKm?: number;
}

/** Default radius around a corridor's ends within which contact counts as "starts or ends there", km. */
export const END_ZONE_KM = 5;

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

/**
 * How a project touches a corridor, from what is known (the towns it names, the positions of point facilities):
 * - `shares-town`: it names a town that lies within the corridor (away from its ends);
 * - `crosses`: its schematic line crosses the corridor line away from the corridor's ends (both lines are
 *   schematics between towns, so the crossing point is not a place on the ground);
 * - `ends`: it only meets the corridor at the corridor's start or end towns;
 * - `point`: a point facility whose position lies within the buffer (a range where the position is approximate).
 */
export type ContactKind = 'shares-town' | 'crosses' | 'ends' | 'point';

/** A project in contact with the corridor. */
export interface ProjectContact {
	id: string;
	name: Bilingual;
	kind: string;
	method: GeometryMethod;
	contact: ContactKind;
	/** The towns it shares with the corridor (`shares-town`) or the end towns it meets (`ends`). */
	towns: { id: string; zh: string; en: string }[];
	/** Distance along the corridor from its start to the shared town, crossing or nearest point, km (computed). */
	alongKm: number;
	/** `ends` only: it names towns at both ends of the corridor (it links the same two ends). */
	bothEnds: boolean;
	/** `point` only: distance from the facility's position to the line, km, and its range with the uncertainty. */
	distanceKm: number | null;
	rangeKm: [number, number] | null;
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
	/** Projects in contact with the corridor, by kind of contact, then along the line. */
	projects: ProjectContact[];
	bufferKm: number;
	/** Number of positions of the line (2 for a straight line between two places: sinuosity is 1 by construction). */
	vertexCount: number;
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

	const projects = projectContacts(line, placesWithin, options.projects ?? [], {
		bufferKm,
		endZoneKm: options.endZoneKm ?? END_ZONE_KM,
		places: options.places ?? [],
		selfId: selfId === undefined ? undefined : String(selfId)
	});

	return {
		lengthKm,
		straightKm,
		sinuosity: straightKm > 1e-9 ? lengthKm / straightKm : null,
		districts: (byUnit?.units ?? []).map(({ id, zh, en, lengthKm }) => ({ id, zh, en, lengthKm })),
		outsideKm: byUnit ? byUnit.outsideKm : lengthKm,
		placesWithin,
		projects,
		bufferKm,
		vertexCount: coords.length
	};
}

const CONTACT_ORDER: Record<ContactKind, number> = { 'shares-town': 0, crosses: 1, point: 2, ends: 3 };

/**
 * Sorts the projects near a corridor by how they touch it, from what is known: the towns each project names and
 * the positions of point facilities. A project that only shares the corridor's start or end town is listed as
 * starting or ending there, never "within the buffer at 0.0 km"; air routes touch no corridor on the ground.
 *
 * @param line - the corridor's centre line
 * @param placesWithin - the places within the buffer (from {@link corridorStats})
 * @param projects - project features with their `places` property
 * @param options - `bufferKm` and `endZoneKm` in km, the gazetteer `places`, and `selfId` (a project compared with
 *   itself is left out)
 * @returns contacts: shares-town, crosses, point, ends; each group along the line
 * @example
 * projectContacts(line, stats.placesWithin, features, { bufferKm: 5, endZoneKm: 5, places })[0].contact; // 'shares-town'
 */
export function projectContacts(
	line: Feature<LineString>,
	placesWithin: readonly PlaceWithin[],
	projects: readonly ProjectFeature[],
	options: { bufferKm: number; endZoneKm: number; places: readonly Place[]; selfId?: string }
): ProjectContact[] {
	const coords = line.geometry.coordinates;
	const ends = [coords[0], coords[coords.length - 1]] as LonLat[];
	const nearEnd = (p: LonLat | number[]) => ends.some((e) => distance(e, p, km) <= options.endZoneKm);
	const byId = new Map(options.places.map((p) => [p.id, p]));
	const startTowns = new Set<string>();
	const finishTowns = new Set<string>();
	for (const p of options.places) {
		if (distance(ends[0], [p.lon, p.lat], km) <= options.endZoneKm) startTowns.add(p.id);
		if (distance(ends[1], [p.lon, p.lat], km) <= options.endZoneKm) finishTowns.add(p.id);
	}
	const endTowns = new Set([...startTowns, ...finishTowns]);
	const inner = new Map(placesWithin.filter((p) => !endTowns.has(p.id)).map((p) => [p.id, p]));
	const out: ProjectContact[] = [];
	for (const f of projects) {
		const p = f.properties;
		if (!f.geometry || p.kind === 'aviation-route' || (options.selfId !== undefined && String(p.id) === options.selfId)) continue;
		const base = {
			id: String(p.id),
			name: projectName(p),
			kind: String(p.kind),
			method: projectMethod(p),
			bothEnds: false,
			distanceKm: null,
			rangeKm: null
		};
		const named = namedPlaceIds(f);
		const shared = named.filter((id) => inner.has(id));
		if (shared.length > 0) {
			out.push({
				...base,
				contact: 'shares-town',
				towns: shared.map((id) => ({ id, zh: inner.get(id)!.zh, en: inner.get(id)!.en })),
				alongKm: Math.min(...shared.map((id) => inner.get(id)!.alongKm))
			});
			continue;
		}
		if (f.geometry.type === 'LineString') {
			const crossings = lineIntersect(line, f as Feature<LineString>).features.filter((x) => !nearEnd(x.geometry.coordinates));
			if (crossings.length > 0) {
				const along = Math.min(...crossings.map((x) => nearestPointOnLine(line, x, km).properties.totalDistance));
				out.push({ ...base, contact: 'crosses', towns: [], alongKm: along });
				continue;
			}
		} else if (f.geometry.type === 'Point') {
			const pos = f.geometry.coordinates as LonLat;
			const snapped = nearestPointOnLine(line, pos, km);
			const d = snapped.properties.pointDistance;
			const r = base.method === 'approximate' && Number(p.radiusKm) > 0 ? Number(p.radiusKm) : 0;
			if (d - r <= options.bufferKm && !(named.length > 0 && named.every((id) => endTowns.has(id)))) {
				out.push({
					...base,
					contact: 'point',
					towns: [],
					alongKm: snapped.properties.totalDistance,
					distanceKm: d,
					rangeKm: [Math.max(0, d - r), d + r]
				});
				continue;
			}
		}
		const atEnds = named.filter((id) => endTowns.has(id) && byId.has(id));
		if (atEnds.length > 0)
			out.push({
				...base,
				contact: 'ends',
				bothEnds: atEnds.some((id) => startTowns.has(id)) && atEnds.some((id) => finishTowns.has(id)),
				towns: atEnds.map((id) => ({ id, zh: byId.get(id)!.zh, en: byId.get(id)!.en })),
				alongKm: nearestPointOnLine(line, [byId.get(atEnds[0])!.lon, byId.get(atEnds[0])!.lat], km).properties.totalDistance
			});
	}
	return out.sort((a, b) => CONTACT_ORDER[a.contact] - CONTACT_ORDER[b.contact] || a.alongKm - b.alongKm || a.id.localeCompare(b.id));
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
		return {
			ok: false,
			unresolved: [],
			message_en: 'A corridor needs at least two different places.',
			message_zh: '走廊至少需要两个不同的地点。'
		};
	return {
		ok: true,
		line: { type: 'Feature', properties: { method: 'schematic', via }, geometry: { type: 'LineString', coordinates: positions } },
		places: found
	};
}
