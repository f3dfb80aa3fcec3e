import { describe, expect, it } from 'vitest';
import { buildNetwork, retime } from '../../src/lib/analysis/network/build';
import { route, travelTimes, allPairs } from '../../src/lib/analysis/network/paths';
import { firstScenarioOf, inScenario } from '../../src/lib/analysis/network/scenario';
import { resolveName, closeNames } from '../../src/lib/analysis/network/names';
import { parseArgs } from '../../src/lib/analysis/network/options';
import type { LineDef, NetworkPlace, StationDef } from '../../src/lib/analysis/network/types';
import { withAssumptions } from '../../src/lib/data/assumptions';
import { publicReference } from '../../src/lib/data/network-facts';

// A toy network on the equator: A, B, C, D one degree of longitude apart (≈111.2 km each).
const places: NetworkPlace[] = [
	{ id: 'a', zh: '甲', en: 'A', kind: 'county-seat', lon: 0, lat: 0 },
	{ id: 'b', zh: '乙', en: 'B', kind: 'county-seat', lon: 1, lat: 0 },
	{ id: 'c', zh: '丙', en: 'C', kind: 'county-seat', lon: 2, lat: 0 },
	{ id: 'd', zh: '丁', en: 'D', kind: 'county-seat', lon: 3, lat: 0 },
	{ id: 'a-town', zh: '甲镇', en: 'A town', kind: 'township', lon: 0, lat: 0.1 }
];
const stations: StationDef[] = places.filter((p) => p.kind !== 'township').map((p) => ({ id: p.id, place: p.id, zh: p.zh, en: p.en }));
const src = publicReference(2025);
const line = (over: Partial<LineDef> & Pick<LineDef, 'id' | 'stops'>): LineDef => ({
	ref: null,
	name: { zh: over.id, en: over.id },
	mode: 'rail',
	kind: 'rail',
	designSpeedKmh: 200,
	speedSource: 'public-reference',
	stopsKnown: true,
	availability: { status: 'in-service', year: 2010, source: src },
	sources: [src],
	...over
});
const figure = (value: number) => ({ value, text: String(value), source: src });
// 200 km/h × 0.75 = 150 km/h: 100 km takes 40 min.
const base = withAssumptions({
	hsrSpeedShare: 0.75,
	railSpeedShare: 0.75,
	roadSpeedShare: 1,
	dwellMin: 2,
	transferMin: 10,
	modeChangeMin: 5,
	accessSpeedKmh: 30,
	accessDetourFactor: 1.5
});
const l1 = line({ id: 'l1', stops: ['a', 'b', 'c'], lengthKm: figure(200) });
const l2 = line({ id: 'l2', stops: ['c', 'd'], lengthKm: figure(100), designSpeedKmh: 120 });
const road = line({ id: 'r1', mode: 'road', kind: 'expressway', stops: ['a', 'd'], lengthKm: figure(300), designSpeedKmh: 100 });
const build = (lines: LineDef[], over = {}, scenario: '2020' | '2025' | '2030' | 'long-term' = '2025', catalogue?: object[]) =>
	buildNetwork(places, lines, withAssumptions({ ...base, ...over }), scenario, { stations, catalogue: catalogue as never });

describe('shortest paths on a toy network', () => {
	it('rides a line through a station for a dwell: 40 + 2 + 40 min', () => {
		const r = route(build([l1]), 'a', 'c', 'rail');
		expect(r?.minutes).toBeCloseTo(82, 6);
		expect(r?.legs).toHaveLength(1);
		expect(r?.legs[0]).toMatchObject({ kind: 'ride', timeSource: 'modelled', stops: 1 });
		expect(r?.legs[0].km).toBeCloseTo(200, 6);
	});

	it('uses a published run where one exists and says so', () => {
		const timed = { ...l1, timetable: [{ from: 'a', to: 'c', minutes: 70, text: '70 min', year: 2025, source: src }] };
		const r = route(build([timed]), 'a', 'c', 'rail');
		expect(r?.minutes).toBe(70);
		expect(r?.legs[0].timeSource).toBe('timetable');
		// Between the run's ends a segment gets its share of the run by length, never faster than the run.
		expect(route(build([timed]), 'a', 'b', 'rail')?.minutes).toBeCloseTo(35, 6);
	});

	it('changes trains at a transfer cost: 82 + 10 + 100 km at 90 km/h', () => {
		const r = route(build([l1, l2]), 'a', 'd', 'rail');
		expect(r?.minutes).toBeCloseTo(82 + 10 + (100 / 90) * 60, 6);
		expect(r?.legs.map((l) => l.kind)).toEqual(['ride', 'transfer', 'ride']);
	});

	it('lets fast lines run through for a dwell instead of a transfer', () => {
		const fast = { ...l2, designSpeedKmh: 200 };
		expect(route(build([l1, fast]), 'a', 'd', 'rail')?.minutes).toBeCloseTo(82 + 2 + 40, 6);
		expect(route(build([l1, fast], { hsrThroughRunning: false }), 'a', 'd', 'rail')?.minutes).toBeCloseTo(82 + 10 + 40, 6);
	});

	it('keeps modes apart and lets best mix them', () => {
		const g = build([l1, l2, road]);
		expect(route(g, 'a', 'd', 'road')?.minutes).toBeCloseTo(180, 6);
		const best = route(g, 'a', 'd', 'best')!;
		expect(best.minutes).toBeCloseTo(Math.min(180, 82 + 10 + (100 / 90) * 60), 6);
		expect(route(g, 'b', 'd', 'road')).toBeNull();
	});

	it('reaches a township by access: straight line × detour at access speed', () => {
		const g = build([l1]);
		const kmToTown = 11.12; // 0.1° of latitude
		const r = route(g, 'c', 'a-town', 'rail')!;
		expect(r.minutes).toBeCloseTo(82 + ((kmToTown * 1.5) / 30) * 60, 0);
		expect(r.legs[r.legs.length - 1].kind).toBe('access');
	});

	it('never passes through a place node', () => {
		// Rail to A then A's expressway would have to pass through the place node A: only a mode change at the station allows it.
		const g = build([
			line({ id: 'ab', stops: ['a', 'b'], lengthKm: figure(100) }),
			line({ id: 'ad-road', mode: 'road', kind: 'expressway', stops: ['a', 'd'], lengthKm: figure(100), designSpeedKmh: 100 })
		]);
		expect(route(g, 'b', 'd', 'rail')).toBeNull();
		expect(route(g, 'b', 'd', 'best')?.legs.some((l) => l.kind === 'mode-change')).toBe(true);
	});

	it('reports a missing place instead of failing, and shortens the line', () => {
		const g = build([line({ id: 'ghost', stops: ['a', 'nowhere', 'c'], lengthKm: figure(200) })]);
		expect(g.issues.some((i) => i.ids.includes('nowhere'))).toBe(true);
		const r = route(g, 'a', 'c', 'rail')!;
		expect(r.legs[0].stops).toBe(1);
		expect(r.legs[0].km).toBeCloseTo(200, 6);
	});

	it('computes and flags a length no source gives', () => {
		const g = build([line({ id: 'nolen', stops: ['a', 'b'] })], { lineDetourFactor: 1.2 });
		expect(g.links[0].lengthSource).toBe('computed');
		expect(g.links[0].lengthKm).toBeCloseTo(111.19 * 1.2, 0);
	});

	it('all-pairs rows match single-origin runs', () => {
		const g = build([l1, l2, road]);
		const ap = allPairs(g, ['a', 'b', 'd'], 'best');
		expect(Array.from(ap.minutes[1])).toEqual(Array.from(travelTimes(g, 'b', 'best').minutes));
	});
});

describe('assumptions move results the right way', () => {
	const g = build([l1, l2, road]);
	const t = (over: object, mode: 'rail' | 'road' = 'rail') => route(retime(g, over), 'a', 'd', mode)!.minutes;
	it('faster trains, shorter times', () => expect(t({ railSpeedShare: 0.9 })).toBeLessThan(t({})));
	it('longer dwells, longer times', () => expect(t({ dwellMin: 5 })).toBeGreaterThan(t({})));
	it('longer transfers, longer times', () => expect(t({ transferMin: 30 })).toBeCloseTo(t({}) + 20, 6));
	it('slower roads, longer road times', () => expect(t({ roadSpeedShare: 0.8 }, 'road')).toBeCloseTo(225, 6));
});

describe('scenario membership', () => {
	it('places statuses in the scenarios', () => {
		expect(firstScenarioOf('in-service', 2019, undefined)).toBe('2020');
		expect(firstScenarioOf('in-service', 2025, undefined)).toBe('2025');
		expect(firstScenarioOf('under-construction', 2027, undefined)).toBe('2030');
		expect(firstScenarioOf('construction-starting', undefined, '2026-2030')).toBe('2030');
		expect(firstScenarioOf('planned', undefined, '2026-2030')).toBe('2030');
		expect(firstScenarioOf('planned', undefined, 'long-term')).toBe('long-term');
		expect(firstScenarioOf('under-study', undefined, '2026-2030')).toBe('long-term');
		expect(firstScenarioOf('preliminary', 2030, undefined)).toBe('long-term');
		expect(firstScenarioOf('in-service', undefined, undefined)).toBeNull();
		expect(inScenario('2025', '2020')).toBe(false);
		expect(inScenario('2025', 'long-term')).toBe(true);
	});

	it('takes the status from the catalogue entry the line names, and leaves out a line whose entry it lacks', () => {
		const planned = line({ id: 'p', project: 'x1', ref: 'X1', stops: ['c', 'd'], lengthKm: figure(100), availability: undefined });
		const catalogue = [{ id: 'x1', ref: 'X1', period: '2026-2030', status: [{ status: 'planned', asOf: 2026, source: src }] }];
		expect(build([l1, planned], {}, '2030').links.some((l) => l.ref === 'X1')).toBe(false);
		expect(build([l1, planned], {}, '2030', catalogue).links.some((l) => l.ref === 'X1')).toBe(true);
		expect(build([l1, planned], {}, '2025', catalogue).links.some((l) => l.ref === 'X1')).toBe(false);
		const lacking = build([l1, planned], {}, '2030', [{ id: 'other', ref: 'Y', status: [] }]);
		expect(lacking.issues.some((i) => i.code === 'missing-ref' && i.ids.includes('X1'))).toBe(true);
	});
});

describe('names and flags', () => {
	const gazetteer: NetworkPlace[] = [
		{ id: 'qianjiang', zh: '黔江区', en: 'Qianjiang', pinyin: 'qianjiang', kind: 'district-seat', lon: 108.77, lat: 29.53 },
		{ id: 'chongqing', zh: '重庆', en: 'Chongqing', pinyin: 'chongqing', kind: 'province-capital', lon: 106.55, lat: 29.56 }
	];
	const st: StationDef[] = [{ id: 'chongqing-east', place: 'chongqing', zh: '重庆东', en: 'Chongqing East' }];
	it('resolves zh, pinyin and English names', () => {
		for (const q of ['黔江', '黔江区', 'qianjiang', 'Qianjiang']) expect(resolveName(q, gazetteer, st)?.node).toBe('place:qianjiang');
		expect(resolveName('重庆', gazetteer, st)?.node).toBe('place:chongqing');
		expect(resolveName('重庆东', gazetteer, st)?.node).toBe('rail:chongqing-east');
		expect(resolveName('qianjang', gazetteer, st)).toBeNull();
		expect(closeNames('qianjang', gazetteer, st)[0]).toContain('qianjiang');
	});
	it('reads assumption flags and rejects bad values', () => {
		const p = parseArgs(['--from', '黔江', '--speed-share', '0.85', '--dwell-min=2', '--json'], ['--from']);
		expect(p.assumptions.hsrSpeedShare).toBe(0.85);
		expect(p.assumptions.dwellMin).toBe(2);
		expect(p.options).toMatchObject({ from: '黔江', json: true });
		expect(parseArgs(['--speed-share', '7'], []).errors).toHaveLength(1);
	});
});
