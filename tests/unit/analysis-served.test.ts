import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import {
	describeAccess,
	describeServed,
	namedPlaceIds,
	nearestAccess,
	seatOf,
	servedContext,
	servedProjects
} from '../../src/lib/analysis/served';
import type { ProjectFeature } from '../../src/lib/analysis/project-feature';
import type { LonLat } from '../../src/lib/geo/types';
import { fixturePlace, fixturePlaces, fixtureProjects } from '../fixtures/analysis/load';

const km = (a: LonLat, b: LonLat) => distance(a, b, { units: 'kilometers' });
const places = fixturePlaces();

describe('served places', () => {
	const z = fixturePlace('qianjiang-zhuoshui');
	const seat = fixturePlace('qianjiang');

	it('finds the district seat of a township, and none for a seat', () => {
		expect(seatOf(z, places)?.id).toBe('qianjiang');
		expect(seatOf(seat, places)).toBeNull();
	});

	it('says "here" for a project naming the township, "seat" with the real distance to the seat, never a schematic distance', () => {
		const ctx = servedContext(places, [z.lon, z.lat], z);
		const items = servedProjects(fixtureProjects(), places, ctx, { radiusKm: 15 });
		const hsr = items.find((i) => i.id === 'qianjiang-jishou-hsr')!;
		expect(hsr).toMatchObject({ relation: 'here', distanceKm: 0, town: { id: 'qianjiang-zhuoshui' } });
		const expressway = items.find((i) => i.id === 'qianjiang-lichuan-expressway')!;
		expect(expressway.relation).toBe('seat');
		expect(expressway.distanceKm).toBeCloseTo(km([z.lon, z.lat], [seat.lon, seat.lat]), 9);
		expect(describeServed(expressway, ctx, 'en')).toBe(
			`serves ${seat.en} (your district seat, ${Math.round(expressway.distanceKm)} km away)`
		);
		expect(describeServed(hsr, ctx, 'zh')).toBe('途经或服务濯水镇');
	});

	it('never lists an air route, even one drawn straight over the township', () => {
		const route = fixtureProjects().find((f) => f.properties.kind === 'aviation-route')!;
		expect(namedPlaceIds(route)).toContain('qianjiang-zhuoshui');
		for (const r of [1, 15, 200]) {
			const items = servedProjects(fixtureProjects(), places, servedContext(places, [z.lon, z.lat], z), { radiusKm: r });
			expect(items.some((i) => i.kind === 'aviation-route')).toBe(false);
		}
	});

	it('lists a line naming neither the place nor its seat by the distance to its nearest named town', () => {
		const at = fixturePlace('qianjiang-shihui');
		const ctx = servedContext(places, [at.lon, at.lat], null);
		// A picked point at 石会 itself: the nearest town is 石会, whose seat is 黔江.
		expect(ctx.place?.id).toBe('qianjiang-shihui');
		expect(ctx.placeAsked).toBe(false);
		const line: ProjectFeature = {
			type: 'Feature',
			properties: { id: 'test-line', kind: 'trunk-road', method: 'schematic', places: 'qianjiang-heixi,qianjiang-lishui' },
			geometry: {
				type: 'LineString',
				coordinates: ['qianjiang-heixi', 'qianjiang-lishui'].map((id) => [fixturePlace(id).lon, fixturePlace(id).lat])
			}
		};
		const heixi = fixturePlace('qianjiang-heixi');
		const d = km([at.lon, at.lat], [heixi.lon, heixi.lat]);
		const hit = servedProjects([line], places, ctx, { radiusKm: d + 0.1 });
		expect(hit).toHaveLength(1);
		expect(hit[0]).toMatchObject({ relation: 'town', town: { id: 'qianjiang-heixi' } });
		expect(hit[0].distanceKm).toBeCloseTo(d, 9);
		expect(servedProjects([line], places, ctx, { radiusKm: d - 0.1 })).toHaveLength(0);
	});

	it('gives an approximate facility a range of its radius either side', () => {
		const ctx = servedContext(places, [z.lon, z.lat], z);
		const jinxi = servedProjects(fixtureProjects(), places, ctx, { radiusKm: 15 }).find((i) => i.id === 'jinxi-reservoir')!;
		expect(jinxi.relation).toBe('point');
		expect(jinxi.rangeKm[1] - jinxi.rangeKm[0]).toBeCloseTo(10, 9);
		expect(describeServed(jinxi, ctx, 'zh')).toMatch(/^\d+–\d+公里（水库位置为大致位置）$/);
	});

	it('puts a station at the town a rail project names, today and on the planned network', () => {
		const at: LonLat = [z.lon, z.lat];
		const planned = nearestAccess(fixtureProjects(), places, at, 'rail')!;
		expect(planned.town.id).toBe('qianjiang-zhuoshui');
		expect(planned.distanceKm).toBe(0);
		expect(planned.projects.map((p) => p.id)).toEqual(['qianjiang-jishou-hsr']);
		// The only rail line of the fixture is planned: no station is in service today.
		expect(nearestAccess(fixtureProjects(), places, at, 'rail', { inServiceOnly: true })).toBeNull();
		const road = nearestAccess(fixtureProjects(), places, at, 'expressway')!;
		expect(road.town.id).toBe('qianjiang');
		expect(describeAccess(road, 'en')).toBe(`${seat.en} interchange (at ${seat.en}, ${Math.round(road.distanceKm)} km)`);
		expect(describeAccess(planned, 'zh')).toBe('濯水镇站（位于濯水镇，0.0公里）');
	});
});
