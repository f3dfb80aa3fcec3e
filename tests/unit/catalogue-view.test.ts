import { describe, expect, it } from 'vitest';
import { area, distance } from '@turf/turf';
import type { FeatureCollection, Geometry } from 'geojson';
import {
	countVisible,
	entryPhase,
	mapFeatures,
	uncertaintyCircles,
	visibleEntries,
	type CatalogueFilter,
	type IndexEntry
} from '../../src/lib/catalogue/view';
import { kindGroup, phaseOfStatus } from '../../src/lib/catalogue/phase';

const src = (year: number) => ({ file: '002_x.txt', line: 1, quote: 'x', year });

function entry(over: Partial<IndexEntry> & Pick<IndexEntry, 'id' | 'kind' | 'status'>): IndexEntry {
	return {
		ref: 'X1',
		name: { zh: over.id, en: over.id },
		shortName: { zh: over.id, en: over.id },
		period: '2026-2030',
		stated: [],
		summary: { zh: '', en: '' },
		sources: [],
		targets: [],
		geometry: { method: 'unlocated', note: { zh: '', en: '' } },
		method: 'schematic',
		pinyin: [],
		pinyinInitials: [],
		lengthKm: null,
		lengthInQianjiangKm: null,
		...over
	};
}

const opened2025 = entry({
	id: 'hsr-open',
	kind: 'hsr',
	period: '2021-2025',
	opened: { year: 2025, source: { file: 'public reference', line: 0, quote: '2025年开通', year: 2025, work: 'fixture' } },
	status: [
		{ status: 'under-construction', asOf: 2020, source: src(2020) },
		{ status: 'in-service', asOf: 2026, source: src(2026) }
	]
});
const planned = entry({
	id: 'hsr-planned',
	kind: 'hsr',
	status: [{ status: 'planned', asOf: 2026, source: src(2026) }]
});
const reservoir = entry({
	id: 'res',
	kind: 'reservoir',
	method: 'approximate',
	status: [{ status: 'planned', asOf: 2026, source: src(2026) }]
});
const study = entry({
	id: 'road-study',
	kind: 'expressway',
	period: 'long-term',
	status: [{ status: 'under-study', asOf: 2026, source: src(2026) }]
});
const all = [opened2025, planned, reservoir, study];
const none: CatalogueFilter = { groups: [], phases: [], periods: [], year: 'now', matches: null };

describe('catalogue view', () => {
	it('maps document statuses to the five phases', () => {
		expect(phaseOfStatus('construction-starting')).toBe('building');
		expect(phaseOfStatus('under-construction')).toBe('building');
		expect(phaseOfStatus('proposed')).toBe('study');
		expect(kindGroup('rail-spur')).toBe('rail');
		expect(kindGroup('water-transfer')).toBe('water');
	});

	it('gives each entry its latest phase now, and its phase in a year from the status claims', () => {
		expect(entryPhase(opened2025, 'now')).toBe('in-service');
		expect(entryPhase(opened2025, '2020')).toBe('building');
		expect(entryPhase(opened2025, '2025')).toBe('in-service');
		// No source from 2020 or earlier speaks of it, so it is not on the 2020 map.
		expect(entryPhase(planned, '2020')).toBeNull();
		expect(entryPhase({ ...opened2025, status: opened2025.status.slice(1) }, '2020')).toBeNull();
		expect(entryPhase(planned, '2030')).toBe('planned');
	});

	it('filters by kind group, phase, period, year and search matches', () => {
		expect(visibleEntries(all, none).map((v) => v.entry.id)).toEqual(all.map((e) => e.id));
		expect(visibleEntries(all, { ...none, groups: ['hsr'] }).map((v) => v.entry.id)).toEqual(['hsr-open', 'hsr-planned']);
		expect(visibleEntries(all, { ...none, phases: ['study'] }).map((v) => v.entry.id)).toEqual(['road-study']);
		expect(visibleEntries(all, { ...none, periods: ['long-term'] }).map((v) => v.entry.id)).toEqual(['road-study']);
		expect(visibleEntries(all, { ...none, year: '2020' }).map((v) => v.entry.id)).toEqual(['hsr-open']);
		expect(visibleEntries(all, { ...none, matches: new Set(['res']) }).map((v) => v.entry.id)).toEqual(['res']);
		expect(visibleEntries(all, { ...none, groups: ['water'], phases: ['building'] })).toEqual([]);
	});

	it('counts visible entries for the legend', () => {
		const c = countVisible(visibleEntries(all, none));
		expect(c.groups).toEqual({ hsr: 2, water: 1, expressway: 1 });
		expect(c.phases).toEqual({ 'in-service': 1, planned: 2, study: 1 });
		expect(c.methods).toEqual({ schematic: 3, approximate: 1 });
	});

	const fc: FeatureCollection<Geometry> = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { id: 'hsr-planned', kind: 'hsr', method: 'schematic' },
				geometry: {
					type: 'LineString',
					coordinates: [
						[108.77, 29.53],
						[109.7, 28.3]
					]
				}
			},
			{
				type: 'Feature',
				properties: { id: 'res', kind: 'reservoir', method: 'approximate', radiusKm: 8 },
				geometry: { type: 'Point', coordinates: [108.6, 29.4] }
			},
			{
				type: 'Feature',
				properties: { id: 'hsr-open', kind: 'hsr', method: 'schematic' },
				geometry: {
					type: 'LineString',
					coordinates: [
						[106.5, 29.5],
						[108.77, 29.53]
					]
				}
			}
		]
	};

	it('draws only visible features, with their kind group and phase', () => {
		const out = mapFeatures(
			fc,
			new Map([
				['res', 'planned' as const],
				['hsr-open', 'in-service' as const]
			])
		);
		expect(out.features.map((f) => [f.properties?.id, f.properties?.group, f.properties?.phase])).toEqual([
			['res', 'water', 'planned'],
			['hsr-open', 'hsr', 'in-service']
		]);
	});

	it('draws uncertainty circles of the stated radius in ground units, only for approximate points', () => {
		const circles = uncertaintyCircles(fc);
		expect(circles.features).toHaveLength(1);
		const ring = circles.features[0].geometry.coordinates[0];
		for (const p of ring) expect(distance([108.6, 29.4], p, { units: 'kilometers' })).toBeCloseTo(8, 1);
		const km2 = area(circles.features[0]) / 1e6;
		expect(km2).toBeGreaterThan(Math.PI * 64 * 0.98);
		expect(km2).toBeLessThan(Math.PI * 64 * 1.01);
		expect(circles.features[0].properties?.id).toBe('res');
	});
});
