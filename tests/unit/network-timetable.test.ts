import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	LINK_TABLE,
	SCENARIOS,
	buildNetwork,
	checkPromises,
	compareScenarios,
	route,
	type NetworkGraph,
	type NetworkPlace,
	type ScenarioId
} from '../../src/lib/analysis/network/index';
import { DEFAULT_ASSUMPTIONS, withAssumptions, type Assumptions } from '../../src/lib/data/assumptions';
import { PROMISE_SOURCES, networkFact } from '../../src/lib/data/network-facts';

const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'network', 'geo');
const places = (JSON.parse(readFileSync(join(fixtureDir, 'places.json'), 'utf8')) as { places: NetworkPlace[] }).places;
const catalogue = JSON.parse(readFileSync(join(fixtureDir, 'projects.json'), 'utf8')).projects;
const graphs = (a: Assumptions = DEFAULT_ASSUMPTIONS): Record<ScenarioId, NetworkGraph> =>
	Object.fromEntries(SCENARIOS.map((s) => [s, buildNetwork(places, LINK_TABLE, a, s, { catalogue })])) as Record<ScenarioId, NetworkGraph>;
const g = graphs();

describe("today's network reproduces the published timetables (±10%)", () => {
	const cases: [string, string, string][] = [
		['rail:chongqing-east:in', 'rail:qianjiang', 'yuxia-cq-qj'],
		['rail:qianjiang:in', 'rail:zhangjiajie-west', 'qzc-qj-zjjw'],
		['rail:changde:in', 'rail:changsha-west', 'cyc-hsr'],
		['rail:zhangjiajie-west:in', 'rail:jishou-east', 'zjh-zjjw-jse'],
		['rail:huaihua-south:in', 'rail:changsha-south', 'hukun-hhs-css'],
		['rail:chongqing-east:in', 'rail:changsha-west', 'through-cq-csw']
	];
	for (const [from, to, fact] of cases) {
		it(`${from} → ${to}`, () => {
			const scheduled = networkFact(fact).scheduledMin!;
			const r = route(g['2025'], from, to, 'rail')!;
			expect(Math.abs(r.minutes / scheduled - 1)).toBeLessThanOrEqual(0.1);
		});
	}
});

describe('scenarios', () => {
	it('the Chongqing–Qianjiang HSR is absent in 2020 and present from 2025', () => {
		expect(g['2020'].links.some((l) => l.ref === 'R1')).toBe(false);
		expect(g['2025'].links.some((l) => l.ref === 'R1')).toBe(true);
	});
	it('the Qianjiang–Jishou HSR (R2) joins in 2030, the Qianjiang–Wanzhou HSR (R3) only in the long term', () => {
		expect(g['2025'].links.some((l) => l.ref === 'R2')).toBe(false);
		expect(g['2030'].links.some((l) => l.ref === 'R2')).toBe(true);
		expect(g['2030'].links.some((l) => l.ref === 'R3')).toBe(false);
		expect(g['long-term'].links.some((l) => l.ref === 'R3')).toBe(true);
	});
	it('before/after names R2 as what makes Jishou faster by rail', () => {
		const jishou = compareScenarios(g['2025'], g['2030'], 'qianjiang', 'rail').find((c) => c.placeId === 'jishou')!;
		expect(jishou.deltaMin).toBeLessThan(0);
		expect(jishou.refs).toContain('R2');
	});
	it('the HSR takes Qianjiang → Chongqing from about 4 h to about 1 h', () => {
		const c = compareScenarios(g['2020'], g['2025'], 'qianjiang', 'rail').find((x) => x.placeId === 'chongqing')!;
		expect(c.beforeMin).toBeGreaterThan(180);
		expect(c.afterMin).toBeLessThan(70);
		expect(c.refs).toContain('R1');
	});
});

describe('promises', () => {
	it('quotes each promise exactly from its seed line', () => {
		const seeds = process.env.WULING_SEEDS_DIR ?? '/work/shared/seeds';
		// The plan's stated speeds and lengths of the link table are the catalogue entries' figures, with their lines.
		const stated = LINK_TABLE.flatMap((l) => [l.speedFigure, l.lengthInDistrictKm])
			.filter((f) => f !== undefined && f.source.line > 0)
			.map((f) => f!.source);
		expect(stated.length).toBeGreaterThan(0);
		for (const s of [...Object.values(PROMISE_SOURCES), ...stated]) {
			const line = readFileSync(join(seeds, s.file), 'utf8').split('\n')[s.line - 1];
			expect(line).toContain(s.quote);
		}
	});
	it('the 1-hour circle: 61 min against 60 is within the ±10% margin, not met, with the breakdown inline', () => {
		const hour = checkPromises(g, DEFAULT_ASSUMPTIONS).find((c) => c.id === 'chongqing-1h')!;
		expect(hour.cite).toBe('001_e8cf04cd5a030f5b.txt:11');
		const d = hour.destinations[0];
		expect(d.minutes).toBe(61);
		expect(d.gapMin).toBe(1);
		expect(d.marginMin).toBe(6);
		expect(hour.verdict).toBe('within-margin');
		expect(d.breakdown?.inVehicle.map((v) => [v.line.zh, v.minutes, v.timeSource])).toEqual([['渝厦高铁重庆至黔江段', 61, 'timetable']]);
		expect(d.holds[0].en).toMatch(/fall by 1 min \(1\.7%\), from 61 to 60 min/);
		const strict = withAssumptions({ promiseMarginPct: 0 });
		expect(checkPromises(g, strict).find((c) => c.id === 'chongqing-1h')!.verdict).toBe('not-met');
		const fast = withAssumptions({ useTimetables: false, hsrSpeedShare: 1, dwellMin: 1 });
		expect(checkPromises(graphs(fast), fast).find((c) => c.id === 'chongqing-1h')!.verdict).toBe('met');
	});
	it('2 hours to Changsha West: not met in 2030; what would have to hold names R4 and a speed, with figures', () => {
		const a = withAssumptions({ regionStations: { chongqing: 'chongqing', czt: 'changsha-west', gba: 'guangzhou' } });
		const czt = checkPromises(g, a).find((c) => c.id === 'czt-2h')!;
		expect(czt.verdict).toBe('not-met');
		expect(czt.destinations[0].requires).toContain('R4');
		expect(czt.destinations[0].minSpeedShare).toBeGreaterThan(0.5);
		expect(czt.destinations[0].holds.some((h) => /R4.*design speed: \d+ min on the long-term network/.test(h.en))).toBe(true);
		expect(czt.destinations[0].holds.some((h) => h.zh.includes('黔张常高铁'))).toBe(true);
	});
	it('choosing Shenzhen North for the Greater Bay Area lengthens the modelled time', () => {
		const gz = checkPromises(g, DEFAULT_ASSUMPTIONS).find((c) => c.id === 'gba-4h')!;
		const a = withAssumptions({ regionStations: { chongqing: 'chongqing', czt: 'changsha', gba: 'shenzhen-north' } });
		const sz = checkPromises(g, a).find((c) => c.id === 'gba-4h')!;
		const at = (c: typeof gz) => c.destinations[0].perScenario.find((p) => p.scenario === '2030')!.minutes!;
		expect(at(sz)).toBeGreaterThan(at(gz));
	});
});
