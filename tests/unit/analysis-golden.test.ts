import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { length } from '@turf/turf';
import { nearestOnGeometry } from '../../src/lib/analysis/distance';
import { describeServed, servedContext, servedProjects } from '../../src/lib/analysis/served';
import { lengthByUnit, type UnitFeature } from '../../src/lib/analysis/districts';
import { corridorBuffer, corridorStats } from '../../src/lib/analysis/corridor';
import { projectMethod, type ProjectFeature } from '../../src/lib/analysis/project-feature';
import type { GeometryMethod } from '../../src/lib/catalogue/types';
import type { LonLat, Place } from '../../src/lib/geo/types';
import { byRole, colours, golden, goldenCases } from '../fixtures/analysis/golden';

const lonLat = (f: Feature): LonLat => (f.geometry as Point).coordinates as LonLat;
const styled = (f: Feature | ProjectFeature, props: Record<string, unknown>): Feature =>
	({ ...f, properties: { ...f.properties, ...props } }) as Feature;
const fc = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

function placesOf(input: FeatureCollection): Place[] {
	return byRole(input, 'place').map((f) => {
		const [lon, lat] = lonLat(f);
		const p = f.properties as { id: string; zh: string; en: string; kind: Place['kind']; county?: string };
		return {
			id: p.id,
			zh: p.zh,
			en: p.en,
			pinyin: p.id,
			kind: p.kind,
			county: p.county ?? '',
			countyEn: '',
			province: '',
			code: '',
			lon,
			lat,
			source: 'fixture',
			rank: 4
		};
	});
}

/** Golden targets without a method (a county polygon) are measured as located geometry. */
function projectMethodOr(f: ProjectFeature): GeometryMethod {
	return f.properties.method ? projectMethod(f.properties) : 'located';
}

function connector(from: LonLat, to: LonLat, props: Record<string, unknown>): Feature<LineString> {
	return {
		type: 'Feature',
		properties: { stroke: colours.connector, 'stroke-width': 2, ...props },
		geometry: { type: 'LineString', coordinates: [from, to] }
	};
}

function expectGolden(name: string, actual: FeatureCollection) {
	const { actual: rounded, expected } = golden(name, actual);
	expect(expected, `missing out/${name}.geojson: run with UPDATE_GOLDENS=1 and review it`).not.toBeNull();
	expect(rounded).toEqual(expected);
}

describe('golden: distance to a geometry', () => {
	for (const { name, input } of goldenCases('distance')) {
		it(name, () => {
			const target = input.features.find((f) => f.properties?.role !== 'at') as ProjectFeature;
			const out: Feature[] = [styled(target, { stroke: colours.input, fill: colours.input, 'fill-opacity': 0.1 })];
			for (const at of byRole(input, 'at')) {
				const n = nearestOnGeometry(target.geometry, lonLat(at));
				expect(n).not.toBeNull();
				const method = projectMethodOr(target);
				const r = method === 'approximate' ? Number(target.properties.radiusKm) : 0;
				out.push(styled(at, { 'marker-color': colours.connector }));
				out.push(
					connector(lonLat(at), n!.nearest, {
						from: at.properties?.id,
						distanceKm: n!.distanceKm,
						rangeKm: [Math.max(0, n!.distanceKm - r), n!.distanceKm + r],
						method
					})
				);
			}
			expectGolden(name, fc(out));
		});
	}
});

describe('golden: what serves a place', () => {
	for (const { name, input } of goldenCases('served')) {
		it(name, () => {
			const atFeature = byRole(input, 'at')[0];
			const at = lonLat(atFeature);
			const places = placesOf(input);
			const place = places.find((p) => p.id === atFeature.properties?.id)!;
			const projects = byRole(input, 'project') as ProjectFeature[];
			const context = servedContext(places, at, place);
			const items = servedProjects(projects, places, context, { radiusKm: Number(input.options?.radiusKm) });
			const found = new Set(items.map((i) => i.id));
			const out: Feature[] = [
				styled(atFeature, { 'marker-color': colours.connector }),
				...projects.map((p) =>
					styled(p, {
						stroke: found.has(p.properties.id) ? colours.within : colours.outside,
						'marker-color': found.has(p.properties.id) ? colours.within : colours.outside
					})
				),
				...items.map((item, rank) =>
					connector(at, item.target, {
						rank: rank + 1,
						id: item.id,
						relation: item.relation,
						town: item.town?.id ?? null,
						distanceKm: item.distanceKm,
						rangeKm: item.rangeKm,
						text_en: describeServed(item, context, 'en'),
						text_zh: describeServed(item, context, 'zh')
					})
				)
			];
			expectGolden(name, fc(out));
		});
	}
});

describe('golden: clipping a line to county polygons', () => {
	for (const { name, input } of goldenCases('clip')) {
		it(name, () => {
			const line = byRole(input, 'line')[0] as Feature<LineString>;
			const units = byRole(input, 'unit') as UnitFeature[];
			const r = lengthByUnit(line, units);
			const sum = r.units.reduce((s, u) => s + u.lengthKm, 0) + r.outsideKm;
			expect(Math.abs(sum - r.totalKm)).toBeLessThan(r.totalKm * 1e-9);
			// The pieces, measured on their own, must add up to Turf's length of the whole line within 1%.
			expect(Math.abs(sum - length(line, { units: 'kilometers' }))).toBeLessThan(0.01 * sum);
			const out: Feature[] = [
				...units.map((u) => styled(u, { stroke: colours.outside, fill: colours.outside, 'fill-opacity': 0.05 })),
				...r.units.map((u, i) => ({
					type: 'Feature' as const,
					properties: {
						id: u.id,
						zh: u.zh,
						en: u.en,
						lengthKm: u.lengthKm,
						stroke: colours.pieces[i % colours.pieces.length],
						'stroke-width': 4
					},
					geometry: { type: 'MultiLineString' as const, coordinates: u.pieces }
				})),
				styled(line, { stroke: colours.input, 'stroke-width': 1, outsideKm: r.outsideKm, totalKm: r.totalKm })
			];
			expectGolden(name, fc(out));
		});
	}
});

describe('golden: places within a buffer', () => {
	for (const { name, input } of goldenCases('within')) {
		it(name, () => {
			const line = byRole(input, 'line')[0] as Feature<LineString>;
			const bufferKm = Number(input.options?.bufferKm);
			const stats = corridorStats(line, { bufferKm, places: placesOf(input) });
			const within = new Map(stats.placesWithin.map((p) => [p.id, p]));
			const buffer = corridorBuffer(line, bufferKm)!;
			const out: Feature[] = [
				styled(buffer, { stroke: colours.buffer, fill: colours.buffer, 'fill-opacity': 0.1 }),
				styled(line, { stroke: colours.input }),
				...byRole(input, 'place').map((p) => {
					const w = within.get(p.properties?.id);
					return styled(
						p,
						w ? { 'marker-color': colours.within, distanceKm: w.distanceKm, alongKm: w.alongKm } : { 'marker-color': colours.outside }
					);
				})
			];
			expectGolden(name, fc(out));
		});
	}
});

describe('golden: corridor statistics', () => {
	for (const { name, input } of goldenCases('corridor')) {
		it(name, () => {
			const line = byRole(input, 'line')[0] as Feature<LineString>;
			const units = byRole(input, 'unit') as UnitFeature[];
			const stats = corridorStats(line, {
				bufferKm: Number(input.options?.bufferKm),
				places: placesOf(input),
				units,
				projects: byRole(input, 'project') as ProjectFeature[]
			});
			const pieces = lengthByUnit(line, units).units;
			const out: Feature[] = [
				...units.map((u) => styled(u, { stroke: colours.outside, fill: colours.outside, 'fill-opacity': 0.05 })),
				...pieces.map((u, i) => ({
					type: 'Feature' as const,
					properties: { id: u.id, lengthKm: u.lengthKm, stroke: colours.pieces[i % colours.pieces.length], 'stroke-width': 4 },
					geometry: { type: 'MultiLineString' as const, coordinates: u.pieces }
				})),
				{
					type: 'Feature',
					properties: {
						stroke: colours.input,
						lengthKm: stats.lengthKm,
						straightKm: stats.straightKm,
						sinuosity: stats.sinuosity,
						outsideKm: stats.outsideKm,
						districts: stats.districts,
						placesWithin: stats.placesWithin,
						projects: stats.projects
					},
					geometry: line.geometry
				}
			];
			expectGolden(name, fc(out));
		});
	}
});
