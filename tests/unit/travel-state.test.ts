import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TravelState, decodeOverrides, encodeOverrides, scenarioOfYear, yearOfScenario } from '../../src/lib/state/travel.svelte';
import { withAssumptions } from '../../src/lib/data/assumptions';
import {
	accessFeatures,
	changeBandOf,
	timeBandOf,
	travelFeatures,
	travelLayers,
	travelOpacity,
	TRAVEL_LAYERS,
	TRAVEL_SOURCES
} from '../../src/lib/map/travel';
import { lightTheme } from '../../src/lib/map/theme';
import type { Place } from '../../src/lib/geo/types';
import type { IndexEntry } from '../../src/lib/catalogue/view';

const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'network', 'geo');
const places = (JSON.parse(readFileSync(join(fixtureDir, 'places.json'), 'utf8')) as { places: Place[] }).places;
const entries = JSON.parse(readFileSync(join(fixtureDir, 'projects.json'), 'utf8')).projects as IndexEntry[];

type Noticed = { key: string; value: string };
const collect = () => {
	const seen: Noticed[] = [];
	return { seen, notice: (key: string, value: string) => void seen.push({ key, value }) };
};

describe('assumption overrides in the URL', () => {
	it('writes only what differs from the defaults, and reads it back', () => {
		const a = withAssumptions({
			dwellMin: 2,
			useTimetables: false,
			regionStations: { chongqing: 'chongqing-east', czt: 'changsha-west', gba: 'guangzhou-south' }
		});
		const text = encodeOverrides(a);
		expect(text).toBe('dwellMin:2,useTimetables:0,chongqing:chongqing-east,czt:changsha-west,gba:guangzhou-south');
		expect(encodeOverrides(withAssumptions())).toBe('');
		const back = decodeOverrides(text, () => true);
		expect(back.problems).toEqual([]);
		expect(withAssumptions(back.overrides)).toEqual(a);
	});

	it('reports unknown keys and out-of-range values and ignores them', () => {
		const { overrides, problems } = decodeOverrides('dwellMin:99,bogus:1,hsrSpeedShare:0.9,gba:nowhere', () => true);
		expect(overrides).toEqual({ hsrSpeedShare: 0.9 });
		expect(problems.map((p) => p.item)).toEqual(['dwellMin:99', 'bogus:1', 'gba:nowhere']);
	});
});

describe('TravelState', () => {
	it('reads its keys, reporting bad values, and checks place ids once the gazetteer arrives', () => {
		const s = new TravelState();
		const { seen, notice } = collect();
		s.readParams(new URLSearchParams('tf=qianjiang&tt=atlantis&ts=2030&tb=2030&tm=boat&ta=dwellMin:3,nope:1'), notice);
		expect(s.scenario).toBe('2030');
		expect(s.before).toBeNull();
		expect(s.mode).toBe('best');
		// What needs no gazetteer is reported at once: the unknown assumption too.
		expect(seen.map((n) => n.key)).toEqual(['tb', 'tm', 'ta']);
		s.attach(places, entries);
		expect(s.fromId).toBe('qianjiang');
		expect(s.toId).toBeNull();
		expect(s.assumptions.dwellMin).toBe(3);
		expect(seen.map((n) => n.key)).toEqual(['tb', 'tm', 'ta', 'tt']);
		const out = new URLSearchParams();
		s.writeParams(out);
		expect(out.toString()).toBe('tf=qianjiang&ts=2030&ta=dwellMin%3A3');
	});

	it('every bad travel key gets a notice: a bad view (tv), and each bad assumption before the gazetteer arrives', () => {
		const s = new TravelState();
		const { seen, notice } = collect();
		s.readParams(
			new URLSearchParams('tv=map&tk=90&th=paris&ta=dwellMin:99,useTimetables:maybe,gba:nowhere,bogus:1&ts=3000&tm=walk'),
			notice
		);
		expect(s.panelView).toBe('times');
		expect(seen.map((n) => `${n.key}=${n.value}`).sort()).toEqual(
			[
				'tv=map',
				'tk=90',
				'th=paris',
				'ta=dwellMin:99',
				'ta=useTimetables:maybe',
				'ta=gba:nowhere',
				'ta=bogus:1',
				'ts=3000',
				'tm=walk'
			].sort()
		);
		s.attach(places, entries);
		expect(seen.length).toBe(9);
		const ok = collect();
		s.readParams(new URLSearchParams('tv=access&ta=dwellMin:3'), ok.notice);
		expect(ok.seen).toEqual([]);
		expect(s.panelView).toBe('access');
	});

	it('times Qianjiang → Chongqing by rail: the HSR timetable in 2025, R1 the difference from 2020', () => {
		const s = new TravelState();
		s.attach(places, entries);
		s.setFrom('qianjiang');
		s.mode = 'rail';
		s.before = '2020';
		const cq = s.result!.rows.find((r) => r.place.id === 'chongqing')!;
		expect(cq.minutes).toBe(61);
		expect(cq.beforeMin!).toBeGreaterThan(180);
		expect(cq.routeMode).toBe('rail');
		expect(s.diffProjects.map((d) => d.ref)).toContain('R1');
		s.setTo('chongqing');
		expect(s.route?.legs[0].ref).toBe('R1');
	});

	it('re-times for a speed change and rebuilds only for a structural one', () => {
		const s = new TravelState();
		s.attach(places, entries);
		s.setFrom('qianjiang');
		s.mode = 'rail';
		s.setAssumption('useTimetables', false);
		const g1 = s.result!.graph;
		const m1 = s.result!.rows.find((r) => r.place.id === 'chongqing')!.minutes!;
		expect(s.setAssumption('hsrSpeedShare', 0.95)).toBe(true);
		const g2 = s.result!.graph;
		expect(g2.links).toBe(g1.links);
		expect(s.result!.rows.find((r) => r.place.id === 'chongqing')!.minutes!).toBeLessThan(m1);
		expect(s.setAssumption('hsrSpeedShare', 3)).toBe(false);
		s.setAssumption('lineDetourFactor', 1.5);
		expect(s.result!.graph.links).not.toBe(g1.links);
		s.resetAssumptions();
		expect(s.assumptions.hsrSpeedShare).toBe(0.8);
	});

	it('promise verdicts follow the assumptions', () => {
		const s = new TravelState();
		s.attach(places, entries);
		const czt = () => s.promises!.checks.find((c) => c.id === 'czt-2h')!;
		const before = czt().destinations[0].perScenario.find((p) => p.scenario === '2030')!.minutes;
		s.setRegionStation('czt', 'changsha-west');
		expect(czt().destinations[0].perScenario.find((p) => p.scenario === '2030')!.minutes).not.toBe(before);
		expect(czt().verdict).toBe('not-met');
		const m = czt().destinations[0].minutes!;
		expect(m).toBeGreaterThan(120);
		// A margin just wide enough turns "not met" into "within the margin".
		s.setAssumption('promiseMarginPct', Math.min(50, Math.ceil(((m - 120) / 120) * 100)));
		expect(czt().destinations[0].verdict).toBe(m <= 180 ? 'within-margin' : 'not-met');
		expect(czt().destinations[0].marginMin).toBe((120 * s.assumptions.promiseMarginPct) / 100);
	});
});

describe('travel overlay style', () => {
	it('puts minutes in their bands, edges inclusive', () => {
		expect([0, 30, 30.5, 60, 61, 120, 180, 181, null].map(timeBandOf)).toEqual([0, 0, 1, 1, 2, 3, 4, 5, -1]);
		expect(changeBandOf(240, 61)).toBe('gain-60');
		expect(changeBandOf(null, 61)).toBe('new');
		expect(changeBandOf(61, 63)).toBe('same');
		expect(changeBandOf(61, null)).toBe('lost');
	});

	it('labels features with their time and gives every layer an existing source', () => {
		const fc = travelFeatures(
			[{ id: 'a', zh: '甲', en: 'A', lon: 1, lat: 2, rank: 2, minutes: 61.4, beforeMin: 240, isOrigin: false, isTarget: false }],
			'change'
		);
		expect(fc.features[0].properties).toMatchObject({ band: 'gain-60', time_en: '−179 min' });
		const layers = travelLayers(lightTheme, 'en');
		expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
		for (const l of layers) expect(Object.values(TRAVEL_SOURCES)).toContain((l as { source: string }).source);
	});

	it('laid out ahead but hidden: lines and circles at no opacity, the time labels not placed; shown: drawn at once', () => {
		const paintOf = (shown: boolean) =>
			Object.fromEntries(
				travelLayers(lightTheme, 'zh', shown).map((l) => [
					l.id,
					{
						paint: (l as { paint?: Record<string, unknown> }).paint ?? {},
						layout: (l as { layout?: Record<string, unknown> }).layout ?? {}
					}
				])
			);
		const hidden = paintOf(false);
		const shown = paintOf(true);
		const opacities = travelOpacity(true);
		expect(Object.keys(opacities).sort()).toEqual(
			[TRAVEL_LAYERS.circle, TRAVEL_LAYERS.origin, TRAVEL_LAYERS.routeCasing, TRAVEL_LAYERS.routeLine].sort()
		);
		for (const [id, props] of Object.entries(opacities)) {
			for (const [k, v] of Object.entries(props)) {
				expect(v).toBeGreaterThan(0);
				expect(shown[id].paint[k]).toBe(v);
				expect(hidden[id].paint[k]).toBe(0);
				// No fade: the tab's first frame draws the overlay whole.
				expect(hidden[id].paint[`${k}-transition`]).toEqual({ duration: 0, delay: 0 });
			}
			expect(hidden[id].layout.visibility).toBeUndefined();
		}
		// A transparent label would still push town names aside, so the labels are not placed while hidden.
		expect(hidden[TRAVEL_LAYERS.label].layout.visibility).toBe('none');
		expect(shown[TRAVEL_LAYERS.label].layout.visibility).toBe('visible');
		expect(travelOpacity(false)[TRAVEL_LAYERS.circle]['circle-opacity']).toBe(0);
	});
});

describe('the travel view a planner expects', () => {
	it('starts from 黔江, and "不对比" means no change column: the baseline is only the compared network chosen', () => {
		const s = new TravelState();
		s.attach(places, entries);
		expect(s.fromId).toBe('qianjiang');
		s.scenario = '2030';
		expect(s.result?.baseline).toBeNull();
		expect(s.result?.rows.every((r) => r.deltaMin === null && r.projects.length === 0)).toBe(true);
		s.before = '2020';
		expect(s.result?.baseline).toBe('2020');
		const p = new URLSearchParams();
		s.writeParams(p);
		expect(p.get('tf')).toBe('qianjiang');
	});

	it('one year control: the map chips and the network select map onto each other', () => {
		expect(scenarioOfYear('now')).toBe('2025');
		expect(scenarioOfYear('2035')).toBe('long-term');
		expect(yearOfScenario('2025', 'now')).toBe('now');
		expect(yearOfScenario('long-term', 'now')).toBe('2035');
		expect(yearOfScenario('2020', '2035')).toBe('2020');
	});

	it('an assumed line speed goes to the URL and back; a sourced one is refused with a reason', () => {
		const a = withAssumptions({ lineSpeedKmh: { g50: 100 } });
		expect(encodeOverrides(a)).toBe('speed.g50:100');
		expect(withAssumptions(decodeOverrides('speed.g50:100', () => true).overrides)).toEqual(a);
		const bad = decodeOverrides('speed.yuxia-cq-qj:400,speed.g50:9999', () => true);
		expect(bad.problems.map((p) => p.item)).toEqual(['speed.yuxia-cq-qj:400', 'speed.g50:9999']);
		const s = new TravelState();
		expect(s.setLineSpeed('yuxia-cq-qj', 300)).toBe(false);
		expect(s.setLineSpeed('g50', 100)).toBe(true);
		expect(s.assumptions.lineSpeedKmh).toEqual({ g50: 100 });
	});

	it('labels only changed towns: no "0 min" on unchanged ones, in the change view and the access map', () => {
		const pt = (id: string, beforeMin: number | null, minutes: number | null) => ({
			id,
			zh: id,
			en: id,
			lon: 0,
			lat: 0,
			rank: 3,
			minutes,
			beforeMin,
			isOrigin: false,
			isTarget: false
		});
		const fc = travelFeatures([pt('same', 60, 61), pt('new', null, 90), pt('faster', 200, 100)], 'change');
		expect(fc.features.map((f) => f.properties?.time_en)).toEqual(['', 'new 90 min', '−100 min']);
		const ap = (id: string, beforeMin: number | null, afterMin: number | null) => ({
			id,
			lon: 0,
			lat: 0,
			rank: 3,
			beforeMin,
			afterMin,
			isHub: false
		});
		const acc = accessFeatures([ap('in', 50, 50), ap('gain', 150, 110), ap('loss', 110, 130), ap('out', null, null)], 120);
		expect(acc.features.map((f) => [f.properties?.band, f.properties?.time_en])).toEqual([
			['in', ''],
			['gain', '110 min'],
			['loss', '130 min'],
			['out', '']
		]);
	});
});
