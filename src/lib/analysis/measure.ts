/**
 * Measuring what a user draws: the length of a path and the area of a polygon, computed on the sphere.
 */
import { area, distance } from '@turf/turf';
import type { LonLat } from '../geo/types';

const km = { units: 'kilometers' as const };

function checkPositions(coords: LonLat[], min: number, what: string): void {
	if (!Array.isArray(coords) || coords.length < min) throw new RangeError(`${what} needs at least ${min} positions`);
	coords.forEach((c, i) => {
		if (!Array.isArray(c) || !Number.isFinite(c[0]) || !Number.isFinite(c[1]) || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 90)
			throw new RangeError(`position ${i + 1} is not a valid [lon, lat]`);
	});
}

/**
 * The great-circle length of a path and of each of its segments.
 *
 * @param coords - the path's vertices, [lon, lat] in degrees (at least two)
 * @returns `lengthKm` (total, km) and `segmentsKm` (one per segment, km)
 * @throws RangeError when fewer than two valid positions are given
 * @example
 * measurePath([[108.77, 29.53], [108.77, 29.30]]).lengthKm; // ≈ 25.6
 */
export function measurePath(coords: LonLat[]): { lengthKm: number; segmentsKm: number[] } {
	checkPositions(coords, 2, 'a path');
	const segmentsKm: number[] = [];
	for (let i = 1; i < coords.length; i++) segmentsKm.push(distance(coords[i - 1], coords[i], km));
	return { lengthKm: segmentsKm.reduce((a, b) => a + b, 0), segmentsKm };
}

/**
 * The area and perimeter of a polygon drawn as a ring (closed automatically when the last vertex differs from
 * the first).
 *
 * @param coords - the ring's vertices, [lon, lat] in degrees (at least three distinct)
 * @returns `areaKm2` (km²) and `perimeterKm` (km)
 * @throws RangeError when fewer than three valid positions are given
 * @example
 * measureArea([[108.7, 29.4], [108.8, 29.4], [108.8, 29.5], [108.7, 29.5]]).areaKm2; // ≈ 107
 */
export function measureArea(coords: LonLat[]): { areaKm2: number; perimeterKm: number } {
	checkPositions(coords, 3, 'an area');
	const first = coords[0];
	const last = coords[coords.length - 1];
	const ring = first[0] === last[0] && first[1] === last[1] ? coords : [...coords, first];
	if (ring.length < 4) throw new RangeError('an area needs at least 3 distinct positions');
	const areaKm2 = area({ type: 'Polygon', coordinates: [ring] }) / 1e6;
	return { areaKm2, perimeterKm: measurePath(ring).lengthKm };
}
