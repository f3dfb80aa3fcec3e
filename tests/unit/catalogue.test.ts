import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { Airport, Place } from '../../src/lib/geo/types';
import type { ProjectEntry, StatusClaim } from '../../src/lib/catalogue/types';
import { catalogue } from '../../src/lib/catalogue/index';
import { parseInventoryRefs, validateCatalogue, type ValidationInputs, type ValidationRule } from '../../src/lib/catalogue/validate';
import { buildGazetteer, deriveGeometry, geometryRadiusKm } from '../../src/lib/catalogue/geometry';
import { currentStatus, statusByYear, statusInYear } from '../../src/lib/catalogue/status';
import { buildSearchIndex, searchProjects, type SearchRecord } from '../../src/lib/catalogue/search';
import { fullPinyin, pinyinInitials } from '../../src/lib/catalogue/pinyin';
import { computedLengths, lengthInsideKm } from '../../src/lib/catalogue/measure';

const FIXTURES = resolve(__dirname, '../fixtures/catalogue');
const SEED = 'plan.txt';
const LINE_HSR = 1;
const LINE_RESERVOIRS = 2;
const LINE_EMPTY = 3;

const places = JSON.parse(readFileSync(join(FIXTURES, 'places.json'), 'utf8')).places as Place[];
const airports = JSON.parse(readFileSync(join(FIXTURES, 'airports.json'), 'utf8')).airports as Airport[];
const fixtureSeeds = { [SEED]: readFileSync(join(FIXTURES, 'seeds', SEED), 'utf8').split('\n') };
const fixtureInputs: ValidationInputs = { seeds: fixtureSeeds, places, airports, inventoryRefs: ['R2', 'W5'] };
const gazetteer = buildGazetteer(places, airports);

const src = (line: number, quote: string, year = 2026) => ({ file: SEED, line, quote, year });
const note = { zh: '示意', en: 'schematic' };

function hsrEntry(): ProjectEntry {
	return {
		id: 'alpha-beta-hsr',
		ref: 'R2',
		name: { zh: '黔江至吉首高铁', en: 'Qianjiang–Jishou HSR' },
		shortName: { zh: '黔吉高铁', en: 'Qianjiang–Jishou HSR' },
		kind: 'hsr',
		status: [{ status: 'planned', asOf: 2026, source: src(LINE_HSR, '黔江至吉首高铁（黔江段）') }],
		period: '2026-2030',
		stated: [
			{ key: 'length-in-district', label: { zh: '长度', en: 'Length' }, value: '35公里', amount: 35, unit: 'km', source: src(LINE_HSR, '35公里') }
		],
		summary: { zh: '摘要', en: 'Summary' },
		sources: [src(LINE_HSR, '高速铁路')],
		geometry: { method: 'schematic', via: ['alpha', 'beta'], note }
	};
}

function reservoirEntry(): ProjectEntry {
	return {
		id: 'shanling-reservoir',
		ref: 'W5',
		name: { zh: '杉岭水库', en: 'Shanling reservoir' },
		shortName: { zh: '杉岭水库', en: 'Shanling reservoir' },
		kind: 'reservoir',
		status: [{ status: 'planned', asOf: 2026, source: src(LINE_RESERVOIRS, '规划建设杉岭水库') }],
		period: '2026-2030',
		stated: [],
		summary: { zh: '摘要', en: 'Summary' },
		sources: [],
		geometry: { method: 'approximate', at: 'gamma', radiusKm: 8, note }
	};
}

function rulesOf(entries: ProjectEntry[], inputs: ValidationInputs = fixtureInputs): ValidationRule[] {
	return validateCatalogue(entries, inputs).map((e) => e.rule);
}

describe('validateCatalogue', () => {
	it('passes a sound catalogue', () => {
		expect(validateCatalogue([hsrEntry(), reservoirEntry()], fixtureInputs)).toEqual([]);
	});

	it('fails on an inventory ref without an entry', () => {
		const errors = validateCatalogue([hsrEntry()], fixtureInputs);
		expect(errors).toEqual([expect.objectContaining({ id: 'W5', rule: 'missing-ref' })]);
	});

	it('fails on a cited line that does not exist', () => {
		const bad = hsrEntry();
		bad.sources = [src(99, '高速铁路')];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['no-such-line']);
		bad.sources = [src(0, '高速铁路')];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['no-such-line']);
	});

	it('fails on a seed file that does not exist', () => {
		const bad = hsrEntry();
		bad.sources = [{ ...src(LINE_HSR, '高速铁路'), file: 'missing.txt' }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['unknown-file']);
	});

	it('fails on a quote that is not in its line', () => {
		const bad = hsrEntry();
		bad.status = [{ status: 'planned', asOf: 2026, source: src(LINE_RESERVOIRS, '黔江至吉首高铁') }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['quote-not-in-line']);
		bad.status = [{ status: 'planned', asOf: 2026, source: src(LINE_EMPTY, '') }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['quote-not-in-line']);
	});

	it('fails on a stated figure whose value is not in its line', () => {
		const bad = hsrEntry();
		bad.stated = [{ ...bad.stated[0], value: '36公里' }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['figure-not-in-line']);
	});

	it('does not check public reference words against the seeds, but wants line 0', () => {
		const entry = hsrEntry();
		entry.sources = [{ file: 'public reference', line: 0, quote: '张吉怀高铁', year: 2021 }];
		expect(rulesOf([entry, reservoirEntry()])).toEqual([]);
		entry.sources = [{ file: 'public reference', line: 3, quote: '张吉怀高铁', year: 2021 }];
		expect(rulesOf([entry, reservoirEntry()])).toEqual(['no-such-line']);
	});

	it('fails on an entry without a geometry method', () => {
		const bad = hsrEntry() as unknown as { geometry: unknown };
		bad.geometry = { via: ['alpha', 'beta'], note };
		expect(rulesOf([bad as ProjectEntry, reservoirEntry()])).toEqual(['no-geometry-method']);
	});

	it('fails on a place or airport id that does not resolve', () => {
		const bad = hsrEntry();
		bad.geometry = { method: 'schematic', via: ['alpha', 'delta'], note };
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['unresolved-place']);
		bad.geometry = { method: 'located', at: 'airport:ZZZ', note };
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['unresolved-place']);
		bad.geometry = { method: 'located', at: 'airport:AAA', note };
		expect(rulesOf([bad, reservoirEntry()])).toEqual([]);
	});

	it('fails on a derived point outside the region', () => {
		const bad = reservoirEntry();
		bad.geometry = { method: 'approximate', at: 'faraway', radiusKm: 8, note };
		expect(rulesOf([hsrEntry(), bad])).toEqual(['outside-region']);
	});

	it('fails on a schematic line with fewer than two positions', () => {
		const bad = hsrEntry();
		bad.geometry = { method: 'schematic', via: ['alpha'], note };
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['too-few-positions']);
	});

	it('fails on a duplicate id', () => {
		const twin = reservoirEntry();
		twin.ref = 'R2';
		twin.id = hsrEntry().id;
		expect(rulesOf([hsrEntry(), reservoirEntry(), twin])).toEqual(['duplicate-id']);
	});

	it('fails on an empty Chinese or English name', () => {
		const noZh = hsrEntry();
		noZh.name = { zh: ' ', en: 'Qianjiang–Jishou HSR' };
		expect(rulesOf([noZh, reservoirEntry()])).toEqual(['empty-name']);
		const noEn = reservoirEntry();
		noEn.shortName = { zh: '杉岭水库', en: '' };
		expect(rulesOf([hsrEntry(), noEn])).toEqual(['empty-name']);
	});

	it('reads inventory refs from the first column of markdown tables only', () => {
		expect(parseInventoryRefs(readFileSync(join(FIXTURES, 'inventory.md'), 'utf8'))).toEqual(['R2', 'W5', 'C1']);
	});
});

describe('deriveGeometry', () => {
	it('draws a schematic line through exactly the positions of its places', () => {
		expect(deriveGeometry(hsrEntry(), gazetteer)).toEqual({ type: 'LineString', coordinates: [[108, 29], [109, 28.5]] });
	});

	it('puts an approximate entry at its place, keeping the radius', () => {
		const entry = reservoirEntry();
		expect(deriveGeometry(entry, gazetteer)).toEqual({ type: 'Point', coordinates: [110, 30] });
		expect(geometryRadiusKm(entry)).toBe(8);
	});

	it('puts a located entry at its airport and gives it no radius', () => {
		const entry = { ...hsrEntry(), geometry: { method: 'located' as const, at: 'airport:AAA', note } };
		expect(deriveGeometry(entry, gazetteer)).toEqual({ type: 'Point', coordinates: [108.5, 29.2] });
		expect(geometryRadiusKm(entry)).toBeNull();
	});

	it('returns null for an unlocated entry', () => {
		expect(deriveGeometry({ ...hsrEntry(), geometry: { method: 'unlocated', note } }, gazetteer)).toBeNull();
	});

	it('refuses to invent a position for an unknown place', () => {
		const entry = { ...hsrEntry(), geometry: { method: 'schematic' as const, via: ['alpha', 'nowhere'], note } };
		expect(() => deriveGeometry(entry, gazetteer)).toThrow(/nowhere/);
	});
});

describe('statusInYear', () => {
	const claimOf = (status: StatusClaim['status'], asOf: number): StatusClaim => ({ status, asOf, source: src(LINE_HSR, '高速铁路', asOf) });
	const withClaims = (status: StatusClaim[], extra: Partial<ProjectEntry> = {}): ProjectEntry => ({ ...hsrEntry(), status, ...extra });

	it('is absent before the first source and follows the latest claim after it', () => {
		const entry = withClaims([claimOf('planned', 2026)]);
		expect(statusByYear(entry)).toEqual({ 2020: 'absent', 2025: 'absent', 2030: 'planned', 2035: 'planned' });
	});

	it('follows a slipping project and honours a stated in-service year', () => {
		const entry = withClaims([claimOf('construction-starting', 2021), claimOf('preliminary', 2025), claimOf('planned', 2026)], { inServiceBy: 2030 });
		expect(statusByYear(entry)).toEqual({ 2020: 'absent', 2025: 'planned', 2030: 'in-service', 2035: 'in-service' });
		expect(statusInYear(entry, 2022)).toBe('building');
	});

	it('puts a project completed during a reviewed period in service by the period’s end', () => {
		const entry = withClaims([claimOf('in-service', 2026)], { period: '2021-2025' });
		expect(statusByYear(entry)).toEqual({ 2020: 'absent', 2025: 'in-service', 2030: 'in-service', 2035: 'in-service' });
	});

	it('keeps a studied project in study and a context line in service from its opening', () => {
		expect(statusByYear(withClaims([claimOf('under-study', 2022)]))).toEqual({ 2020: 'absent', 2025: 'study', 2030: 'study', 2035: 'study' });
		const context = withClaims([claimOf('in-service', 2019)], { inServiceBy: 2019, period: '2016-2020', context: true });
		expect(statusInYear(context, 2020)).toBe('in-service');
		expect(statusInYear(context, 2018)).toBe('absent');
	});

	it('shows an expanding facility in service while its current status is the expansion', () => {
		const entry = withClaims([claimOf('in-service', 2025), claimOf('under-construction', 2026)], { inServiceBy: 2024 });
		expect(currentStatus(entry)).toBe('under-construction');
		expect(statusInYear(entry, 2030)).toBe('in-service');
	});
});

describe('searchProjects', () => {
	const record = (id: string, ref: string, zh: string, en: string, shortZh: string, shortEn: string): SearchRecord => ({
		id,
		ref,
		name: { zh, en },
		shortName: { zh: shortZh, en: shortEn },
		pinyin: [fullPinyin(zh), fullPinyin(shortZh)],
		pinyinInitials: [pinyinInitials(zh), pinyinInitials(shortZh)]
	});
	const index = buildSearchIndex([
		record('yuxia', 'R1', '渝厦高铁重庆至黔江段', 'Chongqing–Xiamen HSR, Chongqing–Qianjiang section', '渝厦高铁', 'Chongqing–Xiamen HSR'),
		record('qianji', 'R2', '黔江至吉首高铁', 'Qianjiang–Jishou HSR', '黔吉高铁', 'Qianjiang–Jishou HSR'),
		record('shanling', 'W5', '杉岭水库', 'Shanling reservoir', '杉岭水库', 'Shanling reservoir'),
		record('wayao', 'W31', '瓦窑堡水库', 'Wayaobao reservoir', '瓦窑堡水库', 'Wayaobao reservoir'),
		record('g319', 'E8', 'G319正阳至城西段改建工程', 'G319 Zhengyang–Chengxi realignment', 'G319正阳至城西段', 'G319 Zhengyang–Chengxi')
	]);
	const ids = (query: string) => searchProjects(index, query).map((h) => h.record.id);

	it('finds Chinese names, prefix matches first', () => {
		expect(ids('吉首')).toEqual(['qianji']);
		expect(ids('黔江')).toEqual(['qianji', 'yuxia']);
		expect(searchProjects(index, '杉岭水库')[0]).toMatchObject({ field: 'zh', score: 95 });
	});

	it('finds full pinyin, ignoring case and spaces', () => {
		expect(ids('jishou')).toEqual(['qianji']);
		expect(ids('Shan Ling')).toEqual(['shanling']);
		expect(ids('yuxia')).toEqual(['yuxia']);
	});

	it('finds pinyin initials', () => {
		expect(ids('QJGT')).toEqual(['qianji']);
		expect(searchProjects(index, 'wybsk')[0]).toMatchObject({ field: 'initials' });
	});

	it('finds English names and refs, an exact ref first', () => {
		expect(ids('reservoir')).toEqual(['shanling', 'wayao']);
		expect(ids('Qianjiang-Jishou')).toEqual(['qianji']);
		expect(ids('w3')[0]).toBe('wayao');
		expect(searchProjects(index, 'W5')[0]).toMatchObject({ field: 'ref', score: 100 });
		expect(ids('g319')).toEqual(['g319']);
	});

	it('is safe for any input', () => {
		for (const query of ['', '   ', '.*', '(', '[a-', '\\', '^$', '?', '%', '\u0000', 'a'.repeat(1000), '黔'.repeat(1000)]) {
			expect(() => searchProjects(index, query)).not.toThrow();
		}
		expect(ids('.*')).toEqual([]);
		expect(ids('')).toEqual([]);
		expect(ids('a'.repeat(1000))).toEqual([]);
		expect(ids('(黔吉)')).toEqual(['qianji']);
	});
});

describe('computedLengths', () => {
	const square = (JSON.parse(readFileSync(join(FIXTURES, 'square.geojson'), 'utf8')) as Feature<Polygon>).geometry;
	// Turf's Earth radius is 6371.0088 km; one degree of meridian is 6371.0088 · π / 180 km.
	const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

	it('measures the part of a line inside a polygon', () => {
		const line = { type: 'LineString' as const, coordinates: [[0.5, -1], [0.5, 2]] };
		expect(lengthInsideKm(line, square)).toBeCloseTo(KM_PER_DEGREE, 3);
		expect(computedLengths(line, square)).toEqual({
			lengthKm: Math.round(3 * KM_PER_DEGREE * 10) / 10,
			lengthInQianjiangKm: Math.round(KM_PER_DEGREE * 10) / 10
		});
	});

	it('gives zero inside for a line that misses the polygon, and null without a polygon or a line', () => {
		const outside = { type: 'LineString' as const, coordinates: [[2, 0], [2, 1]] };
		expect(computedLengths(outside, square).lengthInQianjiangKm).toBe(0);
		expect(computedLengths(outside, null)).toEqual({ lengthKm: Math.round(KM_PER_DEGREE * 10) / 10, lengthInQianjiangKm: null });
		expect(computedLengths({ type: 'Point', coordinates: [0.5, 0.5] }, square)).toEqual({ lengthKm: null, lengthInQianjiangKm: null });
		expect(computedLengths(null, square)).toEqual({ lengthKm: null, lengthInQianjiangKm: null });
	});
});

describe('the real catalogue', () => {
	const shared = process.env.WULING_SEEDS ? resolve(process.env.WULING_SEEDS, '..') : resolve(__dirname, '../../../shared');

	it('covers every item of the project inventory', () => {
		const refs = parseInventoryRefs(readFileSync(join(shared, 'project-inventory.md'), 'utf8'));
		expect(refs.length).toBeGreaterThan(80);
		const covered = new Set(catalogue.map((e) => e.ref));
		expect(refs.filter((ref) => !covered.has(ref))).toEqual([]);
		expect(catalogue.filter((e) => !refs.includes(e.ref)).map((e) => e.id)).toEqual([]);
	});

	it('quotes every cited seed line exactly', () => {
		const seedsDir = join(shared, 'seeds');
		const seeds = Object.fromEntries(
			readdirSync(seedsDir)
				.filter((n) => n.endsWith('.txt'))
				.map((n) => [n, readFileSync(join(seedsDir, n), 'utf8').split(/\r?\n/)])
		);
		const sourceRules = new Set<ValidationRule>(['unknown-file', 'no-such-line', 'quote-not-in-line', 'figure-not-in-line', 'duplicate-id', 'empty-name', 'no-status']);
		const errors = validateCatalogue(catalogue, { seeds, places: [], airports: [], inventoryRefs: [] }).filter((e) => sourceRules.has(e.rule));
		expect(errors).toEqual([]);
	});
});
