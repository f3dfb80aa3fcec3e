import { describe, expect, it } from 'vitest';
import { measureArea, measurePath } from '../../src/lib/analysis/measure';
import type { LonLat } from '../../src/lib/geo/types';

/** Haversine on Turf's mean radius, written out here as an independent reference. */
function haversineKm([lon1, lat1]: LonLat, [lon2, lat2]: LonLat): number {
	const r = Math.PI / 180;
	const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('measurePath', () => {
	it('gives the great-circle length of each segment and their sum', () => {
		const path: LonLat[] = [
			[108.77478, 29.53284],
			[108.7702, 29.30309],
			[109.73346, 28.31925]
		];
		const r = measurePath(path);
		expect(r.segmentsKm).toHaveLength(2);
		expect(r.segmentsKm[0]).toBeCloseTo(haversineKm(path[0], path[1]), 9);
		expect(r.segmentsKm[1]).toBeCloseTo(haversineKm(path[1], path[2]), 9);
		expect(r.lengthKm).toBeCloseTo(r.segmentsKm[0] + r.segmentsKm[1], 12);
	});

	it('measures one degree of latitude as about 111.2 km', () => {
		expect(
			measurePath([
				[108, 29],
				[108, 30]
			]).lengthKm
		).toBeCloseTo(111.195, 2);
	});

	it('refuses too few or invalid positions', () => {
		expect(() => measurePath([[108, 29]])).toThrow(RangeError);
		expect(() =>
			measurePath([
				[108, 29],
				[200, 29]
			])
		).toThrow(/position 2/);
		expect(() =>
			measurePath([
				[108, 29],
				[NaN, 29]
			] as LonLat[])
		).toThrow(RangeError);
	});
});

describe('measureArea', () => {
	it('matches the exact area of a lon/lat box on the sphere', () => {
		const [w, s, e, n] = [108.5, 29.2, 108.9, 29.6];
		const r = Math.PI / 180;
		const exactKm2 = 6371.0088 ** 2 * (e - w) * r * (Math.sin(n * r) - Math.sin(s * r));
		const got = measureArea([
			[w, s],
			[e, s],
			[e, n],
			[w, n]
		]);
		expect(Math.abs(got.areaKm2 - exactKm2) / exactKm2).toBeLessThan(0.002);
		const perimeter = haversineKm([w, s], [e, s]) + haversineKm([e, s], [e, n]) + haversineKm([e, n], [w, n]) + haversineKm([w, n], [w, s]);
		expect(got.perimeterKm).toBeCloseTo(perimeter, 9);
	});

	it('accepts an already closed ring and refuses degenerate ones', () => {
		const open = measureArea([
			[108, 29],
			[108.1, 29],
			[108.1, 29.1]
		]);
		const closed = measureArea([
			[108, 29],
			[108.1, 29],
			[108.1, 29.1],
			[108, 29]
		]);
		expect(closed.areaKm2).toBeCloseTo(open.areaKm2, 9);
		expect(() =>
			measureArea([
				[108, 29],
				[108.1, 29]
			])
		).toThrow(RangeError);
		expect(() =>
			measureArea([
				[108, 29],
				[108.1, 29],
				[108, 29]
			])
		).toThrow(/distinct/);
	});
});
