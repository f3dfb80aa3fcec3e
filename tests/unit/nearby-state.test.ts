import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { distance } from '@turf/turf';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { LineString, Point } from 'geojson';
import { NearbyState, checkRadius, readNearQuery } from '../../src/lib/state/nearby.svelte';
import { MeasureState, formatPath, measurePoints, parsePath } from '../../src/lib/state/measure.svelte';
import { NEARBY_SOURCE, nearbyData, nearbyLayers } from '../../src/lib/map/nearby';
import { MEASURE_SOURCE, measureData, measureLayers } from '../../src/lib/map/measure';
import { lightTheme } from '../../src/lib/map/theme';
import { LABEL_META } from '../../src/lib/map/labels';
import { formatArea, formatLength } from '../../src/lib/i18n/measure';
import type { LonLat } from '../../src/lib/geo/types';
import { fixtureAirports, fixturePlace, fixturePlaces, fixtureProjects } from '../fixtures/analysis/load';

function notices() {
	const seen: { key: string; value: string; en: string }[] = [];
	return { seen, notice: (key: string, value: string, reason: { zh: string; en: string }) => seen.push({ key, value, en: reason.en }) };
}

function loadedNearby(): NearbyState {
	const s = new NearbyState();
	s.setData(fixtureProjects(), fixturePlaces(), fixtureAirports());
	return s;
}

describe('NearbyState', () => {
	it('finds the projects near Zhuoshui by name, nearest first, within the radius', () => {
		const s = loadedNearby();
		expect(s.search('濯水')).toEqual([]);
		expect(s.place?.id).toBe('qianjiang-zhuoshui');
		const z = fixturePlace('qianjiang-zhuoshui');
		expect(s.at).toEqual([z.lon, z.lat]);
		s.setRadius(15);
		expect(s.items.map((i) => [i.id, i.relation])).toEqual([
			['qianjiang-jishou-hsr', 'here'],
			['qianjiang-lichuan-expressway', 'seat'],
			['jinxi-reservoir', 'point']
		]);
		expect(s.context?.seat?.id).toBe('qianjiang');
		expect(s.access?.rail.planned?.town.id).toBe('qianjiang-zhuoshui');
		expect(s.access?.expressway.planned?.town.id).toBe('qianjiang');
		expect(s.airport?.distanceKm).toBeCloseTo(
			distance([z.lon, z.lat], [s.airport!.airport.lon, s.airport!.airport.lat], { units: 'kilometers' }),
			9
		);
	});

	it('lists fewer projects for a smaller radius', () => {
		const s = loadedNearby();
		s.search('Zhuoshui');
		s.setRadius(100);
		const wide = s.items.length;
		s.setRadius(1);
		expect(s.items.length).toBeLessThan(wide);
		// What names the place or its seat stays; other towns and facilities only within the radius.
		for (const item of s.items) if (item.relation === 'town' || item.relation === 'point') expect(item.rangeKm[0]).toBeLessThanOrEqual(1);
	});

	it('keeps the previous search and explains a bad coordinate, an unknown name or a bad radius', () => {
		const s = loadedNearby();
		s.search('zhuoshui');
		s.search('200,30');
		expect(s.problem?.en).toMatch(/Longitude 200/);
		expect(s.place?.id).toBe('qianjiang-zhuoshui');
		s.search('xyzzyplace');
		expect(s.problem?.en).toMatch(/No place called "xyzzyplace"/);
		expect(s.setRadius(500)).toBe(false);
		expect(s.radiusKm).toBe(10);
		expect(s.problem?.en).toMatch(/1 to 100 km/);
		s.search('   ');
		expect(s.problem?.en).toMatch(/Enter a township/);
		expect(s.place?.id).toBe('qianjiang-zhuoshui');
	});

	it('reads a typed position as a point, rounded to five decimals', () => {
		const r = readNearQuery(fixturePlaces(), '108.7702049, 29.303091');
		expect(r.ok && r.target).toEqual({ kind: 'point', lonLat: [108.7702, 29.30309], origin: 'typed' });
	});

	it('writes near and r to the URL and reads them back', () => {
		const s = loadedNearby();
		s.search('濯水');
		s.setRadius(25);
		const params = new URLSearchParams('lang=en');
		s.writeParams(params);
		expect(params.get('near')).toBe('qianjiang-zhuoshui');
		expect(params.get('r')).toBe('25');
		expect(params.get('lang')).toBe('en');

		const back = loadedNearby();
		const { seen, notice } = notices();
		back.readParams(params, notice);
		expect(seen).toEqual([]);
		expect(back.place?.id).toBe('qianjiang-zhuoshui');
		expect(back.radiusKm).toBe(25);

		s.pickPoint([108.123456789, 29.987654321], 'map');
		s.setRadius(10);
		s.writeParams(params);
		expect(params.get('near')).toBe('108.12346,29.98765');
		expect(params.has('r')).toBe(false);
	});

	it('never writes the device location into the URL', () => {
		const s = loadedNearby();
		s.pickPoint([108.7, 29.3], 'device');
		expect(s.at).toEqual([108.7, 29.3]);
		const params = new URLSearchParams('near=qianjiang');
		s.writeParams(params);
		expect(params.has('near')).toBe(false);
	});

	it('reports bad URL values and falls back to defaults', () => {
		const s = loadedNearby();
		const { seen, notice } = notices();
		s.readParams(new URLSearchParams('near=108.7,95&r=abc'), notice);
		expect(s.target).toBeNull();
		expect(s.radiusKm).toBe(10);
		expect(seen.map((n) => n.key)).toEqual(['near', 'r']);
		s.readParams(new URLSearchParams('near=no-such-town'), notice);
		expect(s.target).toBeNull();
		expect(seen.at(-1)).toMatchObject({ key: 'near', value: 'no-such-town' });
		s.readParams(new URLSearchParams('near=<script>'), notice);
		expect(seen.at(-1)?.key).toBe('near');
	});

	it('checks a place id from a link once the gazetteer arrives', () => {
		const s = new NearbyState();
		const { seen, notice } = notices();
		s.readParams(new URLSearchParams('near=nowhere-at-all'), notice);
		expect(seen).toEqual([]);
		expect(s.target).toEqual({ kind: 'place', id: 'nowhere-at-all' });
		s.setData(fixtureProjects(), fixturePlaces(), fixtureAirports());
		expect(s.target).toBeNull();
		expect(s.problem?.en).toMatch(/nowhere-at-all/);
	});

	it('accepts radii from 1 to 100 km only', () => {
		expect(checkRadius(1)).toEqual({ ok: true, radiusKm: 1 });
		expect(checkRadius('100')).toEqual({ ok: true, radiusKm: 100 });
		for (const bad of [0.5, 101, NaN, '', '12km', null]) expect(checkRadius(bad).ok).toBe(false);
	});
});

describe('MeasureState', () => {
	const path: LonLat[] = [
		[108.77478, 29.53284],
		[108.7702, 29.30309],
		[108.9, 29.4]
	];

	it('double-click to finish adds no duplicate point (no 0.00 km segment)', () => {
		const s = new MeasureState();
		s.add(path[0]);
		s.add(path[1]);
		expect(s.add([path[1][0] + 1e-9, path[1][1]])).toBe(false);
		expect(s.points).toHaveLength(2);
		expect(s.result.path!.segmentsKm.every((km) => km > 0)).toBe(true);
		// The same place again later, after another point, is a real vertex.
		s.add(path[2]);
		expect(s.add(path[1])).toBe(true);
	});

	it('measures the path live and in area mode the polygon, with undo and clear', () => {
		const s = new MeasureState();
		for (const p of path) s.add(p);
		const seg = s.result.path!.segmentsKm;
		expect(seg).toHaveLength(2);
		expect(seg[0]).toBeCloseTo(distance(path[0], path[1], { units: 'kilometers' }), 9);
		expect(s.result.path!.lengthKm).toBeCloseTo(seg[0] + seg[1], 12);
		expect(s.result.area).toBeNull();
		s.areaMode = true;
		expect(s.result.area!.areaKm2).toBeGreaterThan(0);
		const closing = distance(path[2], path[0], { units: 'kilometers' });
		expect(s.result.area!.perimeterKm).toBeCloseTo(seg[0] + seg[1] + closing, 9);
		s.undo();
		expect(s.points).toHaveLength(2);
		expect(s.result.area).toBeNull();
		s.clear();
		expect(s.points).toEqual([]);
		expect(s.result.path).toBeNull();
	});

	it('gives no area, instead of failing, for three points that close on themselves', () => {
		expect(
			measurePoints(
				[
					[108, 29],
					[108.1, 29],
					[108, 29]
				],
				true
			)
		).toMatchObject({ area: null, path: { segmentsKm: [expect.any(Number), expect.any(Number)] } });
	});

	it('parses typed positions and says which one is wrong', () => {
		expect(parsePath('108.77,29.53; 108.8,29.3\n108.9,29.4')).toEqual({
			ok: true,
			points: [
				[108.77, 29.53],
				[108.8, 29.3],
				[108.9, 29.4]
			]
		});
		const bad = parsePath('108.77,29.53; 29.3,108.8');
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.error.en).toMatch(/^Point 2: .*swapped/);
		expect(parsePath(' ; ').ok).toBe(false);
		const s = new MeasureState();
		s.add([108, 29]);
		expect(s.setFromText('abc')).not.toBeNull();
		expect(s.points).toEqual([[108, 29]]);
	});

	it('writes m and ma to the URL and reads them back', () => {
		const s = new MeasureState();
		for (const p of path) s.add(p);
		s.areaMode = true;
		const params = new URLSearchParams();
		s.writeParams(params);
		expect(params.get('m')).toBe(formatPath(path));
		expect(params.get('ma')).toBe('1');
		const back = new MeasureState();
		const { seen, notice } = notices();
		back.readParams(params, notice);
		expect(seen).toEqual([]);
		expect(back.points).toEqual(path);
		expect(back.areaMode).toBe(true);
		back.readParams(new URLSearchParams('m=108,29;300,29&ma=yes'), notice);
		expect(back.points).toEqual([]);
		expect(back.areaMode).toBe(false);
		expect(seen.map((n) => n.key)).toEqual(['m', 'ma']);
		back.clear();
		back.writeParams(params);
		expect(params.has('m')).toBe(false);
		expect(params.has('ma')).toBe(false);
	});
});

describe('overlay styles', () => {
	const empty = { type: 'FeatureCollection' as const, features: [] };
	function style(lang: 'zh' | 'en'): StyleSpecification {
		const n = nearbyLayers(lightTheme);
		return {
			version: 8,
			sources: { [NEARBY_SOURCE]: { type: 'geojson', data: empty }, [MEASURE_SOURCE]: { type: 'geojson', data: empty } },
			layers: [...n.under, ...n.over, ...measureLayers(lightTheme, lang)]
		};
	}

	it('passes the style-spec validator with ids named <source>-<role>', () => {
		for (const lang of ['zh', 'en'] as const) expect(validateStyleMin(style(lang)).map((e) => e.message)).toEqual([]);
		const ids = style('zh').layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^(nearby|measure)-[a-z-]+$/);
	});

	it('marks the segment labels for relabelling on a language switch', () => {
		const label = measureLayers(lightTheme, 'en').find((l) => l.type === 'symbol')!;
		expect((label.metadata as Record<string, unknown>)[LABEL_META]).toEqual({ zh: 'label_zh', en: 'label_en' });
	});

	it('draws a circle of the radius, a link to each project and the point', () => {
		const at: LonLat = [108.77, 29.3];
		const fc = nearbyData(at, 10, [
			{ id: 'a', kind: 'hsr', nearest: [108.8, 29.35] },
			{ id: 'b', kind: 'reservoir', nearest: at }
		]);
		expect(fc.features.map((f) => f.properties?.role)).toEqual(['circle', 'link', 'point']);
		const ring = (fc.features[0].geometry as { coordinates: number[][][] }).coordinates[0];
		for (const p of ring.slice(0, 12)) expect(distance(at, p as LonLat, { units: 'kilometers' })).toBeCloseTo(10, 3);
		expect(fc.features[1].properties).toMatchObject({ id: 'a', group: 'hsr' });
		expect(nearbyData(null, 10, []).features).toEqual([]);
	});

	it('labels every segment, and the closing one in area mode, at its middle', () => {
		const pts: LonLat[] = [
			[108.7, 29.3],
			[108.9, 29.3],
			[108.9, 29.5]
		];
		const r = measurePoints(pts, true);
		const fc = measureData({
			points: pts,
			areaMode: true,
			segmentsKm: r.path!.segmentsKm,
			perimeterKm: r.area!.perimeterKm,
			pointer: [109, 29.6]
		});
		const labels = fc.features.filter((f) => f.properties?.role === 'label');
		expect(labels).toHaveLength(3);
		const [mx, my] = (labels[0].geometry as Point).coordinates;
		expect(mx).toBeCloseTo(108.8, 9);
		expect(my).toBeCloseTo(29.3, 9);
		const closingKm = distance(pts[2], pts[0], { units: 'kilometers' });
		expect(labels[2].properties?.label_en).toBe(formatLength(closingKm, 'en'));
		expect(fc.features.filter((f) => f.properties?.role === 'vertex')).toHaveLength(3);
		const band = fc.features.find((f) => f.properties?.role === 'preview')!;
		expect((band.geometry as LineString).coordinates).toEqual([pts[2], [109, 29.6], pts[0]]);
	});

	it('writes segment labels only with characters the label font has', () => {
		const fonts = JSON.parse(readFileSync('static/geo/fonts/fonts.json', 'utf8')) as Record<string, { 'unicode-range': string[] }[]>;
		const ranges = Object.values(fonts)
			.flat()
			.flatMap((f) => f['unicode-range'])
			.map((r) =>
				r
					.replace('U+', '')
					.split('-')
					.map((h) => parseInt(h, 16))
			)
			.map(([lo, hi]) => [lo, hi ?? lo]);
		const has = (ch: string) => ranges.some(([lo, hi]) => ch.codePointAt(0)! >= lo && ch.codePointAt(0)! <= hi);
		for (const km of [0.42, 7.5, 123.4])
			for (const lang of ['zh', 'en'] as const)
				for (const ch of formatLength(km, lang)) expect(has(ch), `${ch} in ${formatLength(km, lang)}`).toBe(true);
	});

	it('formats lengths and areas with their units', () => {
		expect(formatLength(12.345, 'en')).toBe('12.35 km');
		expect(formatLength(0.42, 'zh')).toBe('0.42 公里');
		expect(formatArea(107.26, 'en')).toBe('107.3 km²');
	});
});
