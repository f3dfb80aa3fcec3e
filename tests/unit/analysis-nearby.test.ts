import { describe, expect, it } from 'vitest';
import { distance, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { LineString } from 'geojson';
import { nearestAirport } from '../../src/lib/analysis/nearby';
import { placeLabel } from '../../src/lib/analysis/summary';
import { nearestOnGeometry } from '../../src/lib/analysis/distance';
import type { LonLat } from '../../src/lib/geo/types';
import { fixtureAirports, fixturePlace } from '../fixtures/analysis/load';

/** Seeded PRNG so the random cases are the same on every run. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('distance to a line', () => {
	it('measures to the nearest point on the line, not to its centre', () => {
		const line: LineString = {
			type: 'LineString',
			coordinates: [
				[108.0, 29.5],
				[109.0, 29.5]
			]
		};
		const at: LonLat = [108.05, 29.52];
		const n = nearestOnGeometry(line, at)!;
		expect(n.distanceKm).toBeCloseTo(pointToLineDistance(at, line, { units: 'kilometers' }), 6);
		expect(n.distanceKm).toBeLessThan(2.3);
		expect(n.nearest[0]).toBeCloseTo(108.05, 3);
	});

	it('agrees with Turf nearestPointOnLine on the whole line for many-vertex lines', () => {
		const rand = prng(99);
		for (let k = 0; k < 50; k++) {
			const coords: LonLat[] = [[108 + rand(), 29 + rand()]];
			for (let i = 0; i < 30; i++) coords.push([coords[i][0] + (rand() - 0.5) * 0.4, coords[i][1] + (rand() - 0.5) * 0.4]);
			const line: LineString = { type: 'LineString', coordinates: coords };
			const at: LonLat = [107.5 + rand() * 2, 28.5 + rand() * 2];
			const turf = nearestPointOnLine(line, at, { units: 'kilometers' }).properties.pointDistance;
			expect(nearestOnGeometry(line, at)!.distanceKm).toBeCloseTo(turf, 6);
		}
	});

	it('is zero inside a polygon and measured to the boundary outside it', () => {
		const square = {
			type: 'Polygon' as const,
			coordinates: [
				[
					[108, 29],
					[109, 29],
					[109, 30],
					[108, 30],
					[108, 29]
				]
			]
		};
		expect(nearestOnGeometry(square, [108.5, 29.5])!.distanceKm).toBe(0);
		const outside = nearestOnGeometry(square, [109.1, 29.5])!;
		expect(outside.distanceKm).toBeCloseTo(distance([109.1, 29.5], [109, 29.5], { units: 'kilometers' }), 2);
	});
});

describe('nearest airport', () => {
	const seat = fixturePlace('qianjiang');
	const at: LonLat = [seat.lon, seat.lat];
	it('finds Qianjiang Wulingshan airport from the district seat', () => {
		const r = nearestAirport(fixtureAirports(), at)!;
		expect(r.airport.iata).toBe('JIQ');
		expect(r.distanceKm).toBeCloseTo(distance(at, [r.airport.lon, r.airport.lat], { units: 'kilometers' }), 9);
		expect(nearestAirport([], at)).toBeNull();
	});
});

describe('placeLabel', () => {
	it('names a township with its county and a county seat by its county alone', () => {
		const township = fixturePlace('qianjiang-zhuoshui');
		expect(placeLabel(township)).toEqual({ zh: '黔江区濯水镇', en: 'Zhuoshui, Qianjiang' });
		const seat = { ...fixturePlace('qianjiang'), zh: '黔江', county: '黔江区', countyEn: 'Qianjiang District' };
		expect(placeLabel(seat)).toEqual({ zh: '黔江区', en: 'Qianjiang District' });
		expect(placeLabel({ ...township, county: '', countyEn: '' })).toEqual({ zh: '濯水镇', en: 'Zhuoshui' });
	});
});
