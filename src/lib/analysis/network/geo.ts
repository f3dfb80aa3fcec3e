/**
 * Great-circle distance for computed lengths and access distances. Kept local (no Turf) because the
 * all-pairs loop calls it often and needs no GeoJSON wrapping.
 */

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance between two lon/lat points.
 *
 * @param lonA - longitude of A in degrees
 * @param latA - latitude of A in degrees
 * @param lonB - longitude of B in degrees
 * @param latB - latitude of B in degrees
 * @returns distance in kilometres
 * @example
 * greatCircleKm(108.77478, 29.53284, 106.55771, 29.56026) // ≈ 214.5
 */
export function greatCircleKm(lonA: number, latA: number, lonB: number, latB: number): number {
	const toRad = Math.PI / 180;
	const dLat = (latB - latA) * toRad;
	const dLon = (lonB - lonA) * toRad;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(latA * toRad) * Math.cos(latB * toRad) * Math.sin(dLon / 2) ** 2;
	return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
