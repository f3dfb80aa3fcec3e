// The elevation profile: figures against hand-computed samples of the terrain tiles, and edge cases on
// synthetic grids whose answers are known exactly.
import { describe, expect, it } from 'vitest';
import { elevationProfile, profileCaveat, profileChartRuns, profileSeries, profileSummary } from '../../src/lib/analysis/profile';
import { mercatorCellKm, type HeightSampler } from '../../src/lib/geo/terrain-grid';
import type { LonLat } from '../../src/lib/geo/types';
import { nodeTerrainGrid } from '../../scripts/cli/_terrain';
import hand from '../fixtures/terrain/qianjiang-row.json';

const line = (coordinates: LonLat[]) => ({ type: 'LineString' as const, coordinates });

/** Height rises 100 m per 0.01° of longitude east of 108°; no data east of `dataEast`. */
function ramp(dataEast = 180, cellKm = 2): HeightSampler {
	return {
		heightAt: ([lon]) => (lon > dataEast ? null : (lon - 108) * 10000),
		cellSizeKm: () => cellKm
	};
}

describe('elevationProfile on the tiles (hand-computed, tests/fixtures/terrain)', async () => {
	const coords = hand.profile.line as LonLat[];
	const p = elevationProfile(line(coords), await nodeTerrainGrid(coords));
	const cell = mercatorCellKm(hand.points[0].lonLat[1], 16384);

	it('samples every half cell: cell values and the means of neighbours', () => {
		expect(p.cellSizeKm).toBeCloseTo(cell, 6);
		expect(p.stepKm).toBeCloseTo(cell / 2, 6);
		expect(p.samples.map((s) => s.heightM)).toHaveLength(hand.profile.samplesM.length);
		p.samples.forEach((s, i) => expect(s.heightM, `sample ${i}`).toBeCloseTo(hand.profile.samplesM[i], 1));
		expect(p.samples[0].distanceKm).toBe(0);
		expect(p.samples.at(-1)!.distanceKm).toBeCloseTo(p.lengthKm, 9);
		expect(p.lengthKm).toBeCloseTo(8 * cell, 2);
	});

	it('finds the highest and lowest point, with their positions', () => {
		expect(p.highest!.heightM).toBeCloseTo(hand.profile.highest.heightM, 1);
		expect(p.highest!.distanceKm).toBeCloseTo(hand.profile.highest.cells * cell, 2);
		expect(p.highest!.position[0]).toBeCloseTo(coords[0][0] + (5 / 8) * (coords[1][0] - coords[0][0]), 4);
		expect(p.lowest!.heightM).toBeCloseTo(hand.profile.lowest.heightM, 1);
		expect(p.lowest!.distanceKm).toBeCloseTo(hand.profile.lowest.cells * cell, 2);
	});

	it('sums climb and descent', () => {
		expect(p.climbM).toBeCloseTo(hand.profile.climbM, 1);
		expect(p.descentM).toBeCloseTo(hand.profile.descentM, 1);
		expect(p.missingKm).toBe(0);
	});

	it('finds the steepest 10 km', () => {
		const s = hand.profile.steepest;
		expect(p.steepest).not.toBeNull();
		expect(p.steepest!.startKm).toBeCloseTo(s.startCells * cell, 2);
		expect(p.steepest!.endKm).toBeCloseTo(s.endCells * cell, 2);
		expect(p.steepest!.changeM).toBeCloseTo(s.changeM, 1);
		expect(p.steepest!.gradePercent).toBeCloseTo((100 * s.changeM) / ((s.endCells - s.startCells) * cell * 1000), 2);
	});

	it('says what the grid cannot show, in both languages, with its cell size', () => {
		expect(p.caveat.en).toBe(
			'Terrain from a 2.1 km grid: valleys and ridges narrower than about 5 km are not shown (valleys read high, peaks low).'
		);
		expect(p.caveat.zh).toContain('2.1 公里网格');
		expect(p.caveat.zh).toContain('约 5 公里');
	});

	it('exports rounded figures and the series', () => {
		const s = profileSummary(p);
		expect(s).toMatchObject({ computed: true, climb_m: 500, descent_m: 438, highest: { height_m: 1135 }, lowest: { height_m: 635 } });
		expect(s.steepest).toMatchObject({ window_km: 10, change_m: 471 });
		expect(profileSeries(p)[0]).toEqual([0, 899]);
		expect(profileSeries(p).at(-1)![1]).toBe(961);
	});
});

describe('elevationProfile edge cases (synthetic grid)', () => {
	it('measures a steady ramp: climb equals the rise, no descent, steepest = the ramp grade', () => {
		const p = elevationProfile(
			line([
				[108, 29.5],
				[108.5, 29.5]
			]),
			ramp()
		);
		expect(p.stepKm).toBe(1);
		expect(p.climbM).toBeCloseTo(5000, 6);
		expect(p.descentM).toBe(0);
		expect(p.highest!.position[0]).toBeCloseTo(108.5, 9);
		expect(p.lowest!.distanceKm).toBe(0);
		// 0.5° of longitude at 29.5°N is about 48.4 km: 5000 m over it is a grade of about 10.3 %.
		const grade = (5000 / (p.lengthKm * 1000)) * 100;
		expect(p.steepest!.gradePercent).toBeCloseTo(grade, 1);
		expect(p.steepest!.endKm - p.steepest!.startKm).toBeGreaterThanOrEqual(10);
		expect(p.steepest!.endKm - p.steepest!.startKm).toBeLessThan(11);
	});

	it('reads a descent as negative change in the direction of travel', () => {
		const p = elevationProfile(
			line([
				[108.5, 29.5],
				[108, 29.5]
			]),
			ramp()
		);
		expect(p.descentM).toBeCloseTo(5000, 6);
		expect(p.steepest!.changeM).toBeLessThan(0);
	});

	it('leaves no-data stretches out of every figure and reports their length', () => {
		const p = elevationProfile(
			line([
				[108, 29.5],
				[108.6, 29.5]
			]),
			ramp(108.3)
		);
		expect(p.missingKm).toBeGreaterThan(25);
		expect(p.missingKm).toBeLessThan(p.lengthKm / 2 + 1);
		expect(p.highest!.heightM).toBeLessThanOrEqual(3000);
		expect(p.climbM).toBeLessThanOrEqual(3000);
		expect(p.samples.filter((s) => s.heightM === null).every((s) => s.position[0] > 108.3)).toBe(true);
	});

	it('gives no steepest stretch for a line shorter than the window, or one with no data', () => {
		expect(
			elevationProfile(
				line([
					[108, 29.5],
					[108.05, 29.5]
				]),
				ramp()
			).steepest
		).toBeNull();
		const none = elevationProfile(
			line([
				[109, 29.5],
				[109.5, 29.5]
			]),
			ramp(108.5)
		);
		expect(none.highest).toBeNull();
		expect(none.steepest).toBeNull();
		expect(none.missingKm).toBeCloseTo(none.lengthKm, 6);
	});

	it('bounds the number of samples for a very long line', () => {
		const p = elevationProfile(
			line([
				[100, 20],
				[140, 40],
				[100, 60]
			]),
			ramp(180, 0.01)
		);
		expect(p.samples.length).toBeLessThanOrEqual(5001);
		expect(p.stepKm).toBeGreaterThan(0.01);
	});

	it('walks multi-vertex lines and zero-length segments', () => {
		const p = elevationProfile(
			line([
				[108, 29.5],
				[108.1, 29.5],
				[108.1, 29.5],
				[108.2, 29.5]
			]),
			ramp()
		);
		const xs = p.samples.map((s) => s.position[0]);
		expect(xs.every((x, i) => i === 0 || x >= xs[i - 1])).toBe(true);
		expect(p.climbM).toBeCloseTo(2000, 6);
	});

	it('rejects a line it cannot sample', () => {
		expect(() => elevationProfile(line([[108, 29.5]]), ramp())).toThrow(RangeError);
		expect(() =>
			elevationProfile(
				line([
					[108, 29.5],
					[Number.NaN, 29]
				]),
				ramp()
			)
		).toThrow(/position 2/);
	});

	it('fills the cell size into the caveat', () => {
		expect(profileCaveat(2.44).en).toMatch(/^Terrain from a 2\.4 km grid/);
	});
});

describe('profileChartRuns: drawing costs the chart width, not the line length', () => {
	const samples = (n: number, gapAt: number[] = []) =>
		Array.from({ length: n }, (_, i) => ({
			distanceKm: i * 0.5,
			position: [108 + i * 0.001, 29] as [number, number],
			heightM: gapAt.includes(i) ? null : 500 + 300 * Math.sin(i / 7) + (i === 1234 ? 900 : 0) - (i === 2345 ? 700 : 0)
		}));

	it('keeps at most four points a column, the first, last, highest and lowest sample, in distance order', () => {
		const s = samples(5000);
		const p = { samples: s, lengthKm: s[s.length - 1].distanceKm };
		const runs = profileChartRuns(p, 300);
		expect(runs).toHaveLength(1);
		const pts = runs[0];
		expect(pts.length).toBeLessThanOrEqual(1200);
		expect(pts.length).toBeGreaterThan(300);
		for (let i = 1; i < pts.length; i++) expect(pts[i].d).toBeGreaterThan(pts[i - 1].d);
		const hs = pts.map((q) => q.h);
		const all = s.map((q) => q.heightM as number);
		expect(Math.max(...hs)).toBe(Math.max(...all));
		expect(Math.min(...hs)).toBe(Math.min(...all));
		expect(pts[0]).toEqual({ d: 0, h: all[0] });
		expect(pts[pts.length - 1]).toEqual({ d: s[4999].distanceKm, h: all[4999] });
	});

	it('breaks the line where the terrain has no data, and keeps short profiles as they are', () => {
		const s = samples(40, [10, 11, 30]);
		const runs = profileChartRuns({ samples: s, lengthKm: s[39].distanceKm }, 300);
		expect(runs.map((r) => r.length)).toEqual([10, 18, 9]);
		expect(profileChartRuns({ samples: [], lengthKm: 0 }, 300)).toEqual([]);
	});
});
