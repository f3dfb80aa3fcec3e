import { describe, expect, it } from 'vitest';
import gcoord from 'gcoord';
import { distance } from '@turf/turf';
import type { Feature, Point } from 'geojson';
import { detectGcj02, gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from '../../src/lib/geo/datum';
import type { LonLat } from '../../src/lib/geo/types';
import { fixturePlaces } from '../fixtures/analysis/load';

const grid: LonLat[] = [];
for (let lon = 105; lon <= 112; lon += 0.7) for (let lat = 27; lat <= 32; lat += 0.5) grid.push([lon, lat]);

const metres = (a: LonLat, b: LonLat) => distance(a, b, { units: 'kilometers' }) * 1000;

describe('GCJ-02 transform', () => {
	it('matches gcoord forward (WGS-84 → GCJ-02) across the region', () => {
		for (const p of grid) expect(metres(wgs84ToGcj02(p), gcoord.transform(p, gcoord.WGS84, gcoord.GCJ02) as LonLat)).toBeLessThan(0.01);
	});

	it('matches gcoord backward (GCJ-02 → WGS-84) to within a few centimetres', () => {
		for (const p of grid) expect(metres(gcj02ToWgs84(p), gcoord.transform(p, gcoord.GCJ02, gcoord.WGS84) as LonLat)).toBeLessThan(0.05);
	});

	it('round-trips to the millimetre', () => {
		for (const p of grid) expect(metres(gcj02ToWgs84(wgs84ToGcj02(p)), p)).toBeLessThan(0.001);
	});

	it('moves Qianjiang by a few hundred metres, as the published offset does', () => {
		const seat: LonLat = [108.77478, 29.53284];
		const m = metres(seat, wgs84ToGcj02(seat));
		expect(m).toBeGreaterThan(300);
		expect(m).toBeLessThan(700);
	});

	it('leaves positions outside China unchanged', () => {
		expect(outOfChina([2.35, 48.85])).toBe(true);
		expect(wgs84ToGcj02([2.35, 48.85])).toEqual([2.35, 48.85]);
		expect(gcj02ToWgs84([2.35, 48.85])).toEqual([2.35, 48.85]);
	});
});

describe('detectGcj02', () => {
	const refs: LonLat[] = fixturePlaces().map((p) => [p.lon, p.lat]);
	const points = (coords: LonLat[]): Feature<Point>[] =>
		coords.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } }));

	it('flags places copied from a GCJ-02 map', () => {
		const r = detectGcj02(points(refs.slice(0, 12).map(wgs84ToGcj02)), refs);
		expect(r.likely).toBe(true);
		expect(r.matched).toBeGreaterThanOrEqual(12);
		expect(r.medianResidualM).toBeLessThan(1);
	});

	it('passes WGS-84 input', () => {
		const r = detectGcj02(points(refs.slice(0, 12)), refs);
		expect(r.likely).toBe(false);
		expect(r.medianOffsetM).toBeLessThan(1);
	});

	it('passes input offset by the same distance in another direction', () => {
		const wrongWay = refs.slice(0, 12).map((p) => {
			const g = wgs84ToGcj02(p);
			return [2 * p[0] - g[0], 2 * p[1] - g[1]] as LonLat;
		});
		expect(detectGcj02(points(wrongWay), refs).likely).toBe(false);
	});

	it('needs enough matches to say anything', () => {
		expect(detectGcj02(points(refs.slice(0, 2).map(wgs84ToGcj02)), refs).likely).toBe(false);
		expect(detectGcj02(points([[100, 20]]), refs)).toMatchObject({ likely: false, matched: 0 });
	});
});
