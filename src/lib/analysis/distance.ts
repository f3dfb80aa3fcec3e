/**
 * Distances from a point to any GeoJSON geometry, measured to the geometry itself (the nearest point on a line or
 * polygon boundary), never to its centre. Great-circle distances on Turf's mean Earth radius, in kilometres.
 */
import { booleanPointInPolygon, distance, nearestPointOnLine } from '@turf/turf';
import type { Geometry, LineString, Polygon, Position } from 'geojson';
import type { LonLat } from '../geo/types';

/** The nearest point of a geometry to a query point. */
export interface NearestOnGeometry {
	/** Great-circle distance from the query point to `nearest`, km. */
	distanceKm: number;
	/** The nearest point of the geometry (the query point itself when it lies inside a polygon). */
	nearest: LonLat;
}

const km = { units: 'kilometers' as const };

function toLonLat(p: Position): LonLat {
	return [p[0], p[1]];
}

function nearestOnPoints(points: Position[], at: LonLat): NearestOnGeometry | null {
	let best: NearestOnGeometry | null = null;
	for (const p of points) {
		const d = distance(at, toLonLat(p), km);
		if (!best || d < best.distanceKm) best = { distanceKm: d, nearest: toLonLat(p) };
	}
	return best;
}

/** Squared planar distance (km², equirectangular around `at`) from `at` to segment a→b: a cheap ranking only. */
function planarSegmentKm2(at: LonLat, a: Position, b: Position, kx: number, ky: number): number {
	const ax = (a[0] - at[0]) * kx;
	const ay = (a[1] - at[1]) * ky;
	const bx = (b[0] - at[0]) * kx;
	const by = (b[1] - at[1]) * ky;
	const dx = bx - ax;
	const dy = by - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
	const x = ax + t * dx;
	const y = ay + t * dy;
	return x * x + y * y;
}

/**
 * Turf's great-circle snapping costs far more per segment than a planar estimate, so segments are ranked in a
 * local plane first and only those that could be the nearest (within 5% + 100 m of the best estimate, which covers
 * the plane's distortion) are snapped with Turf.
 */
function nearestOnLines(lines: Position[][], at: LonLat): NearestOnGeometry | null {
	const usable = lines.filter((l) => l.length >= 2);
	if (usable.length === 0) return nearestOnPoints(lines.flat(), at);
	const ky = (Math.PI * 6371.0088) / 180;
	const kx = ky * Math.cos((at[1] * Math.PI) / 180);
	const estimates: { a: Position; b: Position; d2: number }[] = [];
	let best2 = Infinity;
	for (const line of usable)
		for (let i = 1; i < line.length; i++) {
			const d2 = planarSegmentKm2(at, line[i - 1], line[i], kx, ky);
			estimates.push({ a: line[i - 1], b: line[i], d2 });
			if (d2 < best2) best2 = d2;
		}
	const cutoff = Math.sqrt(best2) * 1.05 + 0.1;
	let best: NearestOnGeometry | null = null;
	for (const { a, b, d2 } of estimates) {
		if (Math.sqrt(d2) > cutoff) continue;
		const segment: LineString = { type: 'LineString', coordinates: [a, b] };
		const snapped = nearestPointOnLine(segment, at, km);
		const d = snapped.properties.pointDistance;
		if (!best || d < best.distanceKm) best = { distanceKm: d, nearest: toLonLat(snapped.geometry.coordinates) };
	}
	return best;
}

function nearestOnPolygons(polygons: Position[][][], at: LonLat): NearestOnGeometry | null {
	for (const rings of polygons) {
		const polygon: Polygon = { type: 'Polygon', coordinates: rings };
		if (rings[0]?.length >= 4 && booleanPointInPolygon(at, polygon)) return { distanceKm: 0, nearest: [at[0], at[1]] };
	}
	return nearestOnLines(polygons.flat(), at);
}

/**
 * The distance from a point to a geometry: to the nearest point of a line, to a polygon's boundary (0 inside it),
 * to the nearest of several points.
 *
 * @param geometry - any GeoJSON geometry (null gives null)
 * @param at - the query point, [lon, lat] in degrees
 * @returns the distance in km and the nearest point, or null for an empty geometry
 * @example
 * nearestOnGeometry({ type: 'LineString', coordinates: [[108.7, 29.5], [108.9, 29.5]] }, [108.8, 29.6])?.distanceKm; // ≈ 11.1
 */
export function nearestOnGeometry(geometry: Geometry | null, at: LonLat): NearestOnGeometry | null {
	if (!geometry) return null;
	switch (geometry.type) {
		case 'Point':
			return nearestOnPoints([geometry.coordinates], at);
		case 'MultiPoint':
			return nearestOnPoints(geometry.coordinates, at);
		case 'LineString':
			return nearestOnLines([geometry.coordinates], at);
		case 'MultiLineString':
			return nearestOnLines(geometry.coordinates, at);
		case 'Polygon':
			return nearestOnPolygons([geometry.coordinates], at);
		case 'MultiPolygon':
			return nearestOnPolygons(geometry.coordinates, at);
		case 'GeometryCollection': {
			let best: NearestOnGeometry | null = null;
			for (const g of geometry.geometries) {
				const n = nearestOnGeometry(g, at);
				if (n && (!best || n.distanceKm < best.distanceKm)) best = n;
			}
			return best;
		}
	}
}

/**
 * The shortest distance between two geometries in km: 0 when they touch or cross, otherwise the smallest distance
 * from a vertex of either to the other (exact for points and polylines, whose closest approach always involves a
 * vertex).
 *
 * @param a - first geometry
 * @param b - second geometry
 * @returns distance in km, or null when either geometry is empty
 * @example
 * distanceBetweenKm({ type: 'Point', coordinates: [108.8, 29.6] }, { type: 'LineString', coordinates: [[108.7, 29.5], [108.9, 29.5]] }); // ≈ 11.1
 */
export function distanceBetweenKm(a: Geometry | null, b: Geometry | null): number | null {
	if (!a || !b) return null;
	if (segmentsCross(a, b)) return 0;
	let best: number | null = null;
	for (const [from, to] of [
		[a, b],
		[b, a]
	] as const) {
		for (const v of vertices(from)) {
			const n = nearestOnGeometry(to, v);
			if (n && (best === null || n.distanceKm < best)) best = n.distanceKm;
			if (best === 0) return 0;
		}
	}
	return best;
}

/**
 * Every vertex of a geometry as [lon, lat].
 *
 * @param geometry - any geometry
 * @returns the vertices in order
 * @example
 * vertices({ type: 'LineString', coordinates: [[1, 2], [3, 4]] }); // [[1, 2], [3, 4]]
 */
export function vertices(geometry: Geometry | null): LonLat[] {
	if (!geometry) return [];
	switch (geometry.type) {
		case 'Point':
			return [toLonLat(geometry.coordinates)];
		case 'MultiPoint':
		case 'LineString':
			return geometry.coordinates.map(toLonLat);
		case 'MultiLineString':
		case 'Polygon':
			return geometry.coordinates.flat().map(toLonLat);
		case 'MultiPolygon':
			return geometry.coordinates.flat(2).map(toLonLat);
		case 'GeometryCollection':
			return geometry.geometries.flatMap(vertices);
	}
}

/** The segments of a geometry's lines and rings, as pairs of positions. */
function segments(geometry: Geometry): [Position, Position][] {
	const paths: Position[][] =
		geometry.type === 'LineString'
			? [geometry.coordinates]
			: geometry.type === 'MultiLineString' || geometry.type === 'Polygon'
				? geometry.coordinates
				: geometry.type === 'MultiPolygon'
					? geometry.coordinates.flat()
					: geometry.type === 'GeometryCollection'
						? geometry.geometries.flatMap((g) => segments(g).map((s) => [s[0], s[1]]))
						: [];
	const out: [Position, Position][] = [];
	for (const path of paths) for (let i = 1; i < path.length; i++) out.push([path[i - 1], path[i]]);
	return out;
}

function segmentsCross(a: Geometry, b: Geometry): boolean {
	const sa = segments(a);
	const sb = segments(b);
	for (const [p, q] of sa) for (const [r, s] of sb) if (segmentIntersection(p, q, r, s) !== null) return true;
	return false;
}

/**
 * Where segment p→q meets segment r→s in the lon/lat plane, as the fraction t along p→q (0..1), or null.
 * Collinear overlaps report the first shared point.
 *
 * @param p - start of the first segment
 * @param q - end of the first segment
 * @param r - start of the second segment
 * @param s - end of the second segment
 * @returns t in [0, 1] or null
 * @example
 * segmentIntersection([0, 0], [2, 0], [1, -1], [1, 1]); // 0.5
 */
export function segmentIntersection(p: Position, q: Position, r: Position, s: Position): number | null {
	const dx = q[0] - p[0];
	const dy = q[1] - p[1];
	const ex = s[0] - r[0];
	const ey = s[1] - r[1];
	const denom = dx * ey - dy * ex;
	const fx = r[0] - p[0];
	const fy = r[1] - p[1];
	if (denom === 0) {
		if (fx * dy - fy * dx !== 0) return null;
		const len2 = dx * dx + dy * dy;
		if (len2 === 0) return null;
		const t0 = (fx * dx + fy * dy) / len2;
		const t1 = ((s[0] - p[0]) * dx + (s[1] - p[1]) * dy) / len2;
		const lo = Math.max(0, Math.min(t0, t1));
		const hi = Math.min(1, Math.max(t0, t1));
		return lo <= hi ? lo : null;
	}
	const t = (fx * ey - fy * ex) / denom;
	const u = (fx * dy - fy * dx) / denom;
	return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : null;
}
