/**
 * Geometry derivation: turns an entry's recipe (place ids) into GeoJSON using gazetteer positions.
 * No coordinate is ever typed into an entry; every position comes from static/geo/places.json or
 * static/geo/airports.json.
 */
import type { LineString, Point } from 'geojson';
import type { Airport, LonLat, Place } from '../geo/types';
import type { GeometrySpec, ProjectEntry } from './types';

/** Prefix of airport ids in geometry recipes: `airport:JIQ`. */
export const AIRPORT_PREFIX = 'airport:';

/** The map's region in degrees; every derived position must lie inside it. */
export const REGION_BOUNDS = { west: 104, east: 114, south: 26, north: 33 } as const;

/** Positions by id: gazetteer place ids and `airport:<IATA>`. */
export type Gazetteer = ReadonlyMap<string, LonLat>;

/**
 * Index gazetteer places and airports by the ids geometry recipes use.
 *
 * @param places - places of static/geo/places.json
 * @param airports - airports of static/geo/airports.json, keyed as `airport:<IATA>`
 * @returns a map from id to [lon, lat] in degrees
 * @example
 * buildGazetteer([{ id: 'qianjiang', lon: 108.77, lat: 29.53, ... }], []).get('qianjiang'); // [108.77, 29.53]
 */
export function buildGazetteer(places: readonly Place[], airports: readonly Airport[]): Gazetteer {
	const gazetteer = new Map<string, LonLat>();
	for (const place of places) gazetteer.set(place.id, [place.lon, place.lat]);
	for (const airport of airports) gazetteer.set(`${AIRPORT_PREFIX}${airport.iata}`, [airport.lon, airport.lat]);
	return gazetteer;
}

/**
 * The place and airport ids a geometry recipe refers to, in order.
 *
 * @param spec - an entry's geometry recipe
 * @returns ids (empty for `unlocated`)
 * @example
 * geometryPlaceIds({ method: 'schematic', via: ['qianjiang', 'jishou'], note }); // ['qianjiang', 'jishou']
 */
export function geometryPlaceIds(spec: GeometrySpec): string[] {
	switch (spec.method) {
		case 'schematic':
			return [...spec.via];
		case 'approximate':
		case 'located':
			return [spec.at];
		default:
			return [];
	}
}

/**
 * Whether a position lies inside the map's region (lon 104–114, lat 26–33).
 *
 * @param position - [lon, lat] in degrees
 * @returns true inside or on the edge
 * @example
 * isInRegion([108.77, 29.53]); // true
 */
export function isInRegion([lon, lat]: LonLat): boolean {
	return lon >= REGION_BOUNDS.west && lon <= REGION_BOUNDS.east && lat >= REGION_BOUNDS.south && lat <= REGION_BOUNDS.north;
}

function resolve(id: string, gazetteer: Gazetteer, entryId: string): LonLat {
	const position = gazetteer.get(id);
	if (!position) throw new Error(`${entryId}: place "${id}" is not in the gazetteer`);
	return position;
}

/**
 * Derive an entry's geometry from the gazetteer: a schematic line through its places, a point for a
 * located or approximate entry (the uncertainty radius stays in `entry.geometry.radiusKm`), or null.
 *
 * @param entry - a catalogue entry
 * @param gazetteer - positions by id, from {@link buildGazetteer}
 * @returns a LineString or Point in [lon, lat] degrees, or null when the entry is unlocated
 * @throws Error when a place id does not resolve (the catalogue validation reports this first)
 * @example
 * deriveGeometry(qianjiangJishou, gazetteer); // { type: 'LineString', coordinates: [[108.77, 29.53], [109.74, 28.31]] }
 */
export function deriveGeometry(entry: ProjectEntry, gazetteer: Gazetteer): LineString | Point | null {
	const spec = entry.geometry;
	switch (spec.method) {
		case 'schematic':
			return { type: 'LineString', coordinates: spec.via.map((id) => [...resolve(id, gazetteer, entry.id)]) };
		case 'approximate':
		case 'located':
			return { type: 'Point', coordinates: [...resolve(spec.at, gazetteer, entry.id)] };
		default:
			return null;
	}
}

/**
 * The uncertainty radius of an entry's position, when it has one.
 *
 * @param entry - a catalogue entry
 * @returns the radius in km for `approximate` entries, else null
 * @example
 * geometryRadiusKm(shanlingReservoir); // 8
 */
export function geometryRadiusKm(entry: ProjectEntry): number | null {
	return entry.geometry.method === 'approximate' ? entry.geometry.radiusKm : null;
}
