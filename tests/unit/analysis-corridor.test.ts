import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, length, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import { corridorFromPlaces, corridorStats } from '../../src/lib/analysis/corridor';
import { lengthByUnit } from '../../src/lib/analysis/districts';
import { fixturePlace, fixturePlaces, fixtureProjects, fixtureUnits } from '../fixtures/analysis/load';

const places = fixturePlaces();
const units = fixtureUnits();

describe('corridorFromPlaces', () => {
	it('draws a schematic line through the named places, in order, at their gazetteer positions', () => {
		const r = corridorFromPlaces(['黔江', 'Zhuoshui', 'jishou'], places);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const ids = ['qianjiang', 'qianjiang-zhuoshui', 'jishou'];
		expect(r.line.properties).toEqual({ method: 'schematic', via: ids });
		expect(r.line.geometry.coordinates).toEqual(ids.map((id) => [fixturePlace(id).lon, fixturePlace(id).lat]));
	});

	it('reports unknown names with suggestions', () => {
		const r = corridorFromPlaces(['黔江', 'zhuoshiu', 'Atlantis'], places);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.unresolved.map((u) => u.text)).toEqual(['zhuoshiu', 'Atlantis']);
		expect(r.unresolved[0].suggestions.map((p) => p.id)).toContain('qianjiang-zhuoshui');
		expect(r.message_en).toContain('zhuoshiu');
	});

	it('needs two different places', () => {
		expect(corridorFromPlaces(['黔江', 'qianjiang'], places).ok).toBe(false);
	});
});

describe('lengthByUnit', () => {
	it('splits the Qianjiang–Jishou schematic line by county, the parts adding up to its length', () => {
		const r = corridorFromPlaces(['qianjiang', 'jishou'], places);
		if (!r.ok) throw new Error('fixture');
		const split = lengthByUnit(r.line, units);
		const total = length(r.line, { units: 'kilometers' });
		const sum = split.units.reduce((s, u) => s + u.lengthKm, 0) + split.outsideKm;
		expect(Math.abs(sum - total) / total).toBeLessThan(0.01);
		expect(split.units[0].id).toBe('qianjiang');
		expect(split.units[split.units.length - 1].id).toBe('xiangxi-prefecture');
		// Every piece's midpoint lies inside the unit it is credited to.
		for (const u of split.units) {
			const unit = units.find((x) => x.properties.id === u.id)!;
			for (const piece of u.pieces) {
				const mid = piece[Math.floor(piece.length / 2) - (piece.length % 2 ? 0 : 1)];
				const next = piece[Math.floor(piece.length / 2)];
				expect(booleanPointInPolygon([(mid[0] + next[0]) / 2, (mid[1] + next[1]) / 2], unit.geometry)).toBe(true);
			}
		}
	});

	it('counts a line entirely outside every unit as outside', () => {
		const line: LineString = {
			type: 'LineString',
			coordinates: [
				[100, 20],
				[100.1, 20.1]
			]
		};
		const r = lengthByUnit(line, units);
		expect(r.units).toEqual([]);
		expect(r.outsideKm).toBeCloseTo(length({ type: 'Feature', properties: {}, geometry: line }, { units: 'kilometers' }), 9);
	});
});

describe('corridorStats', () => {
	const built = corridorFromPlaces(['qianjiang', 'qianjiang-lishui', 'lichuan'], places);
	if (!built.ok) throw new Error('fixture');
	const line: Feature<LineString> = built.line;
	const stats = corridorStats(line, { bufferKm: 6, places, units, projects: fixtureProjects() });

	it('reports length, straight distance and sinuosity', () => {
		expect(stats.lengthKm).toBeCloseTo(length(line, { units: 'kilometers' }), 9);
		expect(stats.sinuosity).toBeCloseTo(stats.lengthKm / stats.straightKm, 12);
		expect(stats.sinuosity!).toBeGreaterThan(1);
		const straight = corridorStats(
			{ ...line, geometry: { type: 'LineString', coordinates: [line.geometry.coordinates[0], line.geometry.coordinates[2]] } },
			{ bufferKm: 1 }
		);
		expect(straight.sinuosity).toBeCloseTo(1, 12);
	});

	it('lists exactly the townships and seats within the buffer, with distances to the line', () => {
		for (const p of places) {
			const d = pointToLineDistance([p.lon, p.lat], line, { units: 'kilometers' });
			const listed = stats.placesWithin.find((w) => w.id === p.id);
			if (p.kind === 'city-outside' || p.kind === 'province-capital') expect(listed).toBeUndefined();
			else if (d < 5.99) expect(listed, p.id).toBeDefined();
			else if (d > 6.01) expect(listed, p.id).toBeUndefined();
			if (listed) expect(listed.distanceKm).toBeCloseTo(d, 3);
		}
		const along = stats.placesWithin.map((p) => p.alongKm);
		expect(along).toEqual([...along].sort((a, b) => a - b));
	});

	it('sorts projects by how they touch the corridor, never by a 0.0 km shared end point', () => {
		const by = new Map(stats.projects.map((p) => [p.id, p]));
		// The HSR only shares the corridor's start town (黔江): it starts where the corridor starts.
		expect(by.get('qianjiang-jishou-hsr')).toMatchObject({ contact: 'ends', bothEnds: false, towns: [{ id: 'qianjiang' }] });
		// The expressway names 黎水, a town inside the corridor away from its ends.
		expect(by.get('qianjiang-lichuan-expressway')).toMatchObject({ contact: 'shares-town', towns: [{ id: 'qianjiang-lishui' }] });
		// An air route touches no corridor on the ground.
		expect(by.has('qianjiang-youyang-air-route')).toBe(false);
		for (const p of stats.projects.filter((x) => x.contact === 'point')) {
			expect(p.rangeKm![0]).toBeLessThanOrEqual(6);
			expect(p.rangeKm![0]).toBeLessThanOrEqual(p.distanceKm!);
		}
		const order = { 'shares-town': 0, crosses: 1, point: 2, ends: 3 } as const;
		const ranks = stats.projects.map((p) => order[p.contact]);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
	});

	it('counts a crossing only away from the corridor ends', () => {
		const a = fixturePlace('pengshui');
		const b = fixturePlace('laifeng');
		// West to east between 黔江 and 濯水: crosses the HSR's schematic (黔江→濯水→酉阳→吉首) between two of its towns.
		const cross: Feature<LineString> = {
			type: 'Feature',
			properties: {},
			geometry: {
				type: 'LineString',
				coordinates: [
					[a.lon, a.lat],
					[b.lon, b.lat]
				]
			}
		};
		const s = corridorStats(cross, { bufferKm: 2, places, projects: fixtureProjects() });
		const hsr = s.projects.find((p) => p.id === 'qianjiang-jishou-hsr');
		expect(hsr?.contact).toBe('crosses');
		expect(hsr!.alongKm).toBeGreaterThan(40);
		// The same line, cut to end right at the crossing: contact within the end zone is not a crossing.
		const hit = hsr!.alongKm;
		const cut = corridorStats(cross, { bufferKm: 2, places, projects: fixtureProjects(), endZoneKm: s.lengthKm - hit + 1 });
		expect(cut.projects.find((p) => p.id === 'qianjiang-jishou-hsr')?.contact).not.toBe('crosses');
		// The air route over the same towns is never in contact.
		expect(s.projects.some((p) => p.id === 'qianjiang-youyang-air-route')).toBe(false);
	});

	it('leaves out the project the corridor is drawn from', () => {
		const own = fixtureProjects().find((f) => f.properties.id === 'qianjiang-lichuan-expressway')! as Feature<LineString>;
		const s = corridorStats(own, { bufferKm: 6, projects: fixtureProjects() });
		expect(s.projects.map((p) => p.id)).not.toContain('qianjiang-lichuan-expressway');
	});

	it('sums the county lengths to the total within 1%', () => {
		const sum = stats.districts.reduce((s, d) => s + d.lengthKm, 0) + stats.outsideKm;
		expect(Math.abs(sum - stats.lengthKm) / stats.lengthKm).toBeLessThan(0.01);
		expect(stats.districts.map((d) => d.id)).toEqual(['qianjiang', 'enshi-prefecture']);
	});
});
