import { describe, expect, it } from 'vitest';
import { distance, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, Point } from 'geojson';
import { buildNearbyIndex, queryNearby } from '../../src/lib/analysis/spatial-index';
import { describeDistance, nearbyProjects, nearestAirport, nearestOfKind, type NearbyItem } from '../../src/lib/analysis/nearby';
import { placeLabel, plainSummary } from '../../src/lib/analysis/summary';
import { nearestOnGeometry } from '../../src/lib/analysis/distance';
import type { ProjectFeature } from '../../src/lib/analysis/project-feature';
import type { LonLat } from '../../src/lib/geo/types';
import { fixtureAirports, fixturePlace, fixtureProjects } from '../fixtures/analysis/load';

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

function randomCatalogue(n: number, seed: number): Feature<Point | LineString, { id: string; kind: string }>[] {
	const rand = prng(seed);
	return Array.from({ length: n }, (_, i) => {
		const start: LonLat = [108 + rand() * 2, 28.5 + rand() * 1.5];
		if (i % 3) return { type: 'Feature', properties: { id: `p${i}`, kind: 'reservoir' }, geometry: { type: 'Point', coordinates: start } };
		const coords = [start];
		for (let k = 0; k < 2 + (i % 7); k++) coords.push([coords[k][0] + (rand() - 0.5) * 0.3, coords[k][1] + (rand() - 0.5) * 0.3]);
		return { type: 'Feature', properties: { id: `l${i}`, kind: 'expressway' }, geometry: { type: 'LineString', coordinates: coords } };
	});
}

/** The oracle: Turf on the whole geometry, every feature, no index. */
function bruteForce(features: ReturnType<typeof randomCatalogue>, at: LonLat, radiusKm: number) {
	return features
		.map((f) => ({
			id: f.properties.id,
			d: f.geometry.type === 'Point' ? distance(at, f.geometry.coordinates, { units: 'kilometers' }) : pointToLineDistance(at, f.geometry, { units: 'kilometers' })
		}))
		.filter((x) => x.d <= radiusKm)
		.sort((a, b) => a.d - b.d);
}

describe('spatial index', () => {
	it('finds exactly what a brute-force Turf scan finds, in the same order', () => {
		const features = randomCatalogue(600, 42);
		const index = buildNearbyIndex(features);
		const rand = prng(7);
		for (let q = 0; q < 40; q++) {
			const at: LonLat = [108 + rand() * 2, 28.5 + rand() * 1.5];
			const radiusKm = 2 + rand() * 20;
			const got = queryNearby(index, at, radiusKm);
			const want = bruteForce(features, at, radiusKm);
			// A feature lying within a metre of the radius may fall on either side between two exact methods.
			const borderline = (d: number) => Math.abs(d - radiusKm) < 1e-3;
			expect(got.filter((h) => !borderline(h.distanceKm)).map((h) => h.feature.properties.id)).toEqual(want.filter((w) => !borderline(w.d)).map((w) => w.id));
			got.forEach((h) => expect(h.distanceKm).toBeCloseTo(want.find((w) => w.id === h.feature.properties.id)?.d ?? -1, 4));
			for (let i = 1; i < got.length; i++) expect(got[i].distanceKm).toBeGreaterThanOrEqual(got[i - 1].distanceKm);
		}
	});

	it('returns nothing for an empty catalogue or a negative radius', () => {
		expect(queryNearby(buildNearbyIndex([]), [108.7, 29.5], 10)).toEqual([]);
		expect(queryNearby(buildNearbyIndex(randomCatalogue(10, 1)), [108.7, 29.5], -1)).toEqual([]);
	});

	it('skips features without geometry', () => {
		const f: Feature<null, { id: string }> = { type: 'Feature', properties: { id: 'none' }, geometry: null };
		expect(queryNearby(buildNearbyIndex([f]), [108.7, 29.5], 1000)).toEqual([]);
	});
});

describe('distance to a line', () => {
	it('measures to the nearest point on the line, not to its centre', () => {
		const line: LineString = { type: 'LineString', coordinates: [[108.0, 29.5], [109.0, 29.5]] };
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
		const square = { type: 'Polygon' as const, coordinates: [[[108, 29], [109, 29], [109, 30], [108, 30], [108, 29]]] };
		expect(nearestOnGeometry(square, [108.5, 29.5])!.distanceKm).toBe(0);
		const outside = nearestOnGeometry(square, [109.1, 29.5])!;
		expect(outside.distanceKm).toBeCloseTo(distance([109.1, 29.5], [109, 29.5], { units: 'kilometers' }), 2);
	});
});

describe('nearbyProjects', () => {
	const zhuoshui = fixturePlace('qianjiang-zhuoshui');
	const at: LonLat = [zhuoshui.lon, zhuoshui.lat];

	it('lists projects within the radius, nearest first, with an honest range for approximate points', () => {
		const items = nearbyProjects(fixtureProjects(), at, { radiusKm: 15 });
		expect(items.map((i) => i.id)).toEqual(['qianjiang-jishou-hsr', 'jinxi-reservoir']);
		const reservoir = items[1];
		const centre = distance(at, [fixturePlace('qianjiang-jinxi').lon, fixturePlace('qianjiang-jinxi').lat], { units: 'kilometers' });
		expect(reservoir.distanceKm).toBeCloseTo(centre, 6);
		expect(reservoir.rangeKm[0]).toBeCloseTo(centre - 5, 6);
		expect(reservoir.rangeKm[1]).toBeCloseTo(centre + 5, 6);
		for (const item of items) expect(item.distanceKm).toBeLessThanOrEqual(15);
	});

	it('filters by kind and limits the count', () => {
		expect(nearbyProjects(fixtureProjects(), at, { radiusKm: 50, kinds: ['reservoir'] }).every((i) => i.kind === 'reservoir')).toBe(true);
		expect(nearbyProjects(fixtureProjects(), at, { radiusKm: 50, limit: 1 })).toHaveLength(1);
	});

	it('accepts a prebuilt index and gives the same answer', () => {
		const projects = fixtureProjects();
		const fromIndex = nearbyProjects(buildNearbyIndex(projects), at, { radiusKm: 30 });
		expect(fromIndex.map((i) => [i.id, i.distanceKm])).toEqual(nearbyProjects(projects, at, { radiusKm: 30 }).map((i) => [i.id, i.distanceKm]));
	});
});

describe('describeDistance', () => {
	const item = (distanceKm: number, method: NearbyItem['method'], r = 0, kind = 'reservoir') => ({
		distanceKm,
		rangeKm: [Math.max(0, distanceKm - r), distanceKm + r] as [number, number],
		method,
		kind
	});
	it('gives a widened whole-km range for an approximate point', () => {
		expect(describeDistance(item(5.5, 'approximate', 2.5), 'en')).toBe('3–8 km (reservoir location approximate)');
		expect(describeDistance(item(5.5, 'approximate', 2.5), 'zh')).toBe('3–8公里（水库位置为大致位置）');
		expect(describeDistance(item(1.2, 'approximate', 3), 'en')).toBe('0–5 km (reservoir location approximate)');
	});
	it('says "about" for a schematic line', () => {
		expect(describeDistance(item(6.3, 'schematic', 0, 'hsr'), 'en')).toBe('about 6 km (schematic line)');
		expect(describeDistance(item(6.3, 'schematic', 0, 'hsr'), 'zh')).toBe('约6公里（示意线）');
		expect(describeDistance(item(0.4, 'schematic', 0, 'hsr'), 'en')).toBe('under 1 km (schematic line)');
	});
	it('gives the computed figure for a located point', () => {
		expect(describeDistance(item(2.44, 'located', 0, 'station'), 'en')).toBe('2.4 km');
		expect(describeDistance(item(23.6, 'located', 0, 'station'), 'zh')).toBe('24公里');
	});
});

describe('nearest station, expressway and airport', () => {
	const seat = fixturePlace('qianjiang');
	const at: LonLat = [seat.lon, seat.lat];
	it('finds the nearest of a kind however far it is', () => {
		expect(nearestOfKind(fixtureProjects(), [110.5, 28.0], ['station'])?.id).toBe('qianjiang-station-hub');
		expect(nearestOfKind(fixtureProjects(), at, ['expressway'], { linesOnly: true })?.id).toBe('qianjiang-lichuan-expressway');
		expect(nearestOfKind(fixtureProjects(), at, ['pumped-storage'])).toBeNull();
	});
	it('accepts only lines when asked', () => {
		const point: ProjectFeature = { type: 'Feature', properties: { id: 'interchange', kind: 'expressway' }, geometry: { type: 'Point', coordinates: at } };
		expect(nearestOfKind([point, ...fixtureProjects()], at, ['expressway'])?.id).toBe('interchange');
		expect(nearestOfKind([point, ...fixtureProjects()], at, ['expressway'], { linesOnly: true })?.id).toBe('qianjiang-lichuan-expressway');
	});
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

describe('plainSummary', () => {
	const zhuoshui = fixturePlace('qianjiang-zhuoshui');
	const items = nearbyProjects(fixtureProjects(), [zhuoshui.lon, zhuoshui.lat], { radiusKm: 15 });
	it('writes one zh sentence with the place, the count and the nearest project', () => {
		expect(plainSummary({ placeName: placeLabel(zhuoshui), radiusKm: 15, items }, 'zh')).toBe(
			'黔江区濯水镇附近15公里内有2个规划项目，最近的是黔吉高铁，距离不到1公里（示意线）。'
		);
	});
	it('writes one en sentence, and handles none', () => {
		expect(plainSummary({ placeName: placeLabel(zhuoshui), radiusKm: 15, items }, 'en')).toBe(
			'There are 2 planned projects within 15 km of Zhuoshui, Qianjiang; the nearest is Qianjiang–Jishou HSR, under 1 km (schematic line).'
		);
		expect(plainSummary({ placeName: null, radiusKm: 3, items: [] }, 'en')).toBe('There are no planned projects within 3 km of this point.');
		expect(plainSummary({ placeName: null, radiusKm: 3, items: [] }, 'zh')).toBe('该位置附近3公里内没有规划项目。');
	});
	it('does not call in-service projects planned', () => {
		const seat = fixturePlace('qianjiang-zhengyang');
		const near = nearbyProjects(fixtureProjects(), [seat.lon, seat.lat], { radiusKm: 3 });
		expect(near.some((i) => i.status === 'in-service')).toBe(true);
		expect(plainSummary({ placeName: placeLabel(seat), radiusKm: 3, items: near }, 'zh')).not.toContain('规划项目');
	});
});
