/**
 * Fitting a long line to a vertex budget, so that what a user imports stays within the limit every other part of
 * the atlas keeps (see ../limits). Pure TypeScript + Turf.
 */
import { lineString, simplify } from '@turf/turf';
import type { Position } from 'geojson';

/** Result of {@link fitVertexBudget}. */
export interface FittedLine {
	coords: Position[];
	/** Whether the line was simplified. */
	simplified: boolean;
	/** Vertices before simplification. */
	before: number;
	/** Simplification tolerance used, degrees (0 when not simplified). */
	toleranceDeg: number;
}

/**
 * Simplifies a line (Douglas–Peucker, Turf's `simplify` in high-quality mode) with the smallest tolerance found that
 * leaves at most `maxVertices` vertices; a line already within the budget comes back unchanged. The ends are kept.
 *
 * @param coords - the line's positions, [lon, lat], degrees
 * @param maxVertices - the budget (at least 2)
 * @returns the fitted positions, whether they were simplified, and the tolerance used in degrees
 * @example
 * fitVertexBudget(longLine, 5000).coords.length <= 5000; // true
 */
export function fitVertexBudget(coords: Position[], maxVertices: number): FittedLine {
	const before = coords.length;
	const budget = Math.max(2, Math.floor(maxVertices));
	if (before <= budget) return { coords, simplified: false, before, toleranceDeg: 0 };
	const flat = coords.map((p) => [p[0], p[1]]);
	const line = lineString(flat);
	const run = (tolerance: number) =>
		(simplify(line, { tolerance, highQuality: true, mutate: false }).geometry.coordinates as Position[]).filter(
			(p, i, all) => i === 0 || p[0] !== all[i - 1][0] || p[1] !== all[i - 1][1]
		);
	let lo = 0;
	let hi = 1e-6;
	let best = run(hi);
	// Grow the tolerance until the line fits, then narrow it down to the smallest that still fits.
	while (best.length > budget && hi < 360) {
		lo = hi;
		hi *= 4;
		best = run(hi);
	}
	if (best.length > budget) best = [flat[0], flat[flat.length - 1]];
	for (let i = 0; i < 16; i++) {
		const mid = (lo + hi) / 2;
		const candidate = run(mid);
		if (candidate.length <= budget) {
			hi = mid;
			best = candidate;
		} else lo = mid;
	}
	if (best.length < 2) best = [flat[0], flat[flat.length - 1]];
	return { coords: best, simplified: true, before, toleranceDeg: hi };
}
