/**
 * The nearest airport to a point. What serves a place ("near me") is worked out from the towns each project names,
 * in `served.ts`; an airport has a real position, so its distance is measured to it.
 */
import { distance } from '@turf/turf';
import type { Airport, LonLat } from '../geo/types';

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
