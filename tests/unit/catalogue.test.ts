import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import type { Airport, Place } from '../../src/lib/geo/types';
import type { ProjectEntry, SourceRef, StatusClaim } from '../../src/lib/catalogue/types';
import { catalogue } from '../../src/lib/catalogue/index';
import { parseInventoryRefs, validateCatalogue, type ValidationInputs, type ValidationRule } from '../../src/lib/catalogue/validate';
import { buildGazetteer, deriveGeometry, geometryRadiusKm } from '../../src/lib/catalogue/geometry';
import { currentStatus, droppedFrom, statusByYear, statusInYear, targetInYear } from '../../src/lib/catalogue/status';
import type { SourceDocument } from '../../src/lib/catalogue/documents';
import { SEED_FILES } from '../../src/lib/catalogue/sources';
import { checkExpectedItems } from '../../src/lib/catalogue/validate';
import { EXPECTED_ITEMS } from '../../src/lib/catalogue/expected';
import { seatReferences, seatsOffReference } from '../../src/lib/geo/seats';
import { wgs84ToGcj02 } from '../../src/lib/geo/datum';
import { buildSearchIndex, searchProjects, type SearchRecord } from '../../src/lib/catalogue/search';
import { fullPinyin, pinyinInitials } from '../../src/lib/catalogue/pinyin';
import { computedLengths, lengthInsideKm } from '../../src/lib/catalogue/measure';

const FIXTURES = resolve(__dirname, '../fixtures/catalogue');
const SEED = 'plan.txt';
const LINE_HSR = 1;
const LINE_RESERVOIRS = 2;
const LINE_EMPTY = 3;
/** A line reporting a completion, inside the fixture document's retrospective range. */
const LINE_REPORT = 4;
/** A line in that range that is nevertheless an aim ("力争…"). */
const LINE_AIM = 5;

const places = JSON.parse(readFileSync(join(FIXTURES, 'places.json'), 'utf8')).places as Place[];
const airports = JSON.parse(readFileSync(join(FIXTURES, 'airports.json'), 'utf8')).airports as Airport[];
const fixtureSeeds = { [SEED]: readFileSync(join(FIXTURES, 'seeds', SEED), 'utf8').split('\n') };
/** The fixture plan: a 2026 plan whose lines 4–5 are its review of the past period. */
const fixtureDocument: SourceDocument = {
	id: '002',
	file: SEED,
	title: { zh: '测试规划', en: 'Test plan' },
	short: { zh: '《测试规划》', en: 'Test plan' },
	issuer: { zh: '测试', en: 'Test' },
	year: 2026,
	date: { zh: '2026年', en: '2026' },
	kind: 'plan-outline',
	area: 'qianjiang',
	period: { from: 2026, to: 2030 },
	retrospective: [[LINE_REPORT, LINE_AIM]],
	columns: false,
	note: { zh: '', en: '' }
};
const fixtureInputs: ValidationInputs = {
	seeds: fixtureSeeds,
	places,
	airports,
	inventoryRefs: ['R2', 'W5'],
	documents: [fixtureDocument]
};
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
		targets: [],
		period: '2026-2030',
		stated: [
			{
				key: 'length-in-district',
				label: { zh: '长度', en: 'Length' },
				value: '35公里',
				amount: 35,
				unit: 'km',
				source: src(LINE_HSR, '35公里')
			}
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
		targets: [],
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

	it('fails on a target recorded as an event: a plan line, or an aim inside a review', () => {
		const bad = hsrEntry();
		bad.status = [{ status: 'construction-starting', asOf: 2026, source: src(LINE_HSR, '黔江至吉首高铁（黔江段）') }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['target-as-event']);
		bad.status = [{ status: 'in-service', asOf: 2026, source: src(LINE_AIM, '建成投用某高铁') }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['target-as-event']);
		bad.status = [{ status: 'in-service', asOf: 2026, source: src(LINE_REPORT, '渝厦高铁重庆至黔江段建成通车') }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual([]);
		bad.status = [{ status: 'planned', asOf: 2026, source: src(LINE_HSR, '黔江至吉首高铁（黔江段）') }];
		bad.targets = [{ aim: 'in-service', by: 2030, source: src(LINE_AIM, '力争2030年建成投用某高铁') }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual([]);
	});

	it('fails on a public-reference figure not labelled as such', () => {
		const pubRef: SourceRef = { file: 'public reference', line: 0, quote: '张吉怀高铁', year: 2021, work: 'railway announcements' };
		const bad = hsrEntry();
		bad.stated = [
			{ key: 'length', label: { zh: '全长', en: 'Length (stated)' }, value: '245 km', amount: 245, unit: 'km', source: pubRef }
		];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['unlabelled-public-figure']);
		bad.stated = [{ ...bad.stated[0], label: { zh: '全长（公开资料）', en: 'Length (public reference)' } }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual([]);
		bad.stated = [{ ...bad.stated[0], source: { ...pubRef, work: undefined } }];
		expect(rulesOf([bad, reservoirEntry()])).toEqual(['unlabelled-public-figure']);
	});

	it('fails on a "length in Qianjiang" the cited line does not give as 黔江段', () => {
		const bad = reservoirEntry();
		bad.stated = [
			{
				key: 'length-in-district',
				label: { zh: '黔江段长度', en: 'Length in Qianjiang (stated)' },
				value: '杉岭水库',
				source: src(LINE_RESERVOIRS, '杉岭水库')
			}
		];
		expect(rulesOf([hsrEntry(), bad])).toEqual(['district-length-not-stated']);
	});

	it('fails on an expected item that no entry covers', () => {
		const expected = [{ ref: 'W5', words: '白土水库', file: SEED, line: LINE_RESERVOIRS }];
		expect(rulesOf([hsrEntry(), reservoirEntry()], { ...fixtureInputs, expectedItems: expected })).toEqual(['missing-expected-item']);
		const baitu = { ...reservoirEntry(), id: 'baitu-reservoir', name: { zh: '白土水库', en: 'Baitu reservoir' } };
		baitu.sources = [src(LINE_RESERVOIRS, '白土水库')];
		expect(checkExpectedItems([baitu], expected)).toEqual([]);
	});

	it('fails on a seat more than 3 km from its seat of government', () => {
		// Fixture place "alpha" is a county seat at (108, 29); its reference is published in GCJ-02.
		const seat = places.find((p) => p.id === 'alpha')!;
		const beta = { id: 'beta', zh: '乙', kind: 'county-seat' as const, gcj02: wgs84ToGcj02([109, 28.5]), source: 'fixture' };
		const at = (lon: number, lat: number) => ({
			id: 'alpha',
			zh: '甲',
			kind: 'district-seat' as const,
			gcj02: wgs84ToGcj02([lon, lat]),
			source: 'fixture'
		});
		expect(seatsOffReference([seat], seatReferences([at(108.02, 29.01)]))).toEqual([]);
		const far = seatReferences([at(108.05, 29), beta]);
		const off = seatsOffReference([seat], far);
		expect(off).toHaveLength(1);
		expect(off[0].km).toBeCloseTo(4.87, 1);
		expect(rulesOf([hsrEntry(), reservoirEntry()], { ...fixtureInputs, seatReferences: far })).toEqual(['seat-off-reference']);
		expect(rulesOf([hsrEntry(), reservoirEntry()], { ...fixtureInputs, seatReferences: seatReferences([at(108.01, 29), beta]) })).toEqual(
			[]
		);
	});

	it('reads inventory refs from the first column of markdown tables only', () => {
		expect(parseInventoryRefs(readFileSync(join(FIXTURES, 'inventory.md'), 'utf8'))).toEqual(['R2', 'W5', 'C1']);
	});
});

describe('deriveGeometry', () => {
	it('draws a schematic line through exactly the positions of its places', () => {
		expect(deriveGeometry(hsrEntry(), gazetteer)).toEqual({
			type: 'LineString',
			coordinates: [
				[108, 29],
				[109, 28.5]
			]
		});
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

	it('never puts a project in service from a target: 2030 shows it planned, with its target beside', () => {
		const entry = withClaims([claimOf('preliminary', 2025), claimOf('planned', 2026)], {
			targets: [{ aim: 'in-service', by: 2030, source: src(LINE_AIM, '力争2030年建成投用某高铁') }]
		});
		expect(statusByYear(entry)).toEqual({ 2020: 'absent', 2025: 'planned', 2030: 'planned', 2035: 'planned' });
		expect(targetInYear(entry, 2030)).toEqual(expect.objectContaining({ aim: 'in-service', by: 2030 }));
		expect(targetInYear(entry, 2035)).toBeNull();
	});

	it('shows a project the current plan no longer names as dropped, and a lapsed one as lapsed', () => {
		const outlook = (quote: string): SourceRef => ({ file: SEED_FILES.outlook2021, line: 134, quote, year: 2021 });
		const dropped = withClaims([{ status: 'planned', asOf: 2021, source: outlook('打通黔江至') }], { period: '2021-2025', sources: [] });
		expect(statusByYear(dropped)).toEqual({ 2020: 'absent', 2025: 'planned', 2030: 'dropped', 2035: 'dropped' });
		expect(droppedFrom(dropped)?.file).toBe(SEED_FILES.plan2026);
		const qijiang: SourceRef = { file: SEED_FILES.qijiang2022, line: 46, quote: '扩建川黔铁路', year: 2022 };
		const lapsed = withClaims([{ status: 'planned', asOf: 2022, source: qijiang }], { period: '2021-2025', sources: [] });
		expect(statusByYear(lapsed)).toEqual({ 2020: 'absent', 2025: 'planned', 2030: 'lapsed', 2035: 'lapsed' });
		expect(droppedFrom(lapsed)).toBeNull();
	});

	it('puts a project completed during a reviewed period in service by the period’s end', () => {
		const entry = withClaims([claimOf('in-service', 2026)], { period: '2021-2025' });
		expect(statusByYear(entry)).toEqual({ 2020: 'absent', 2025: 'in-service', 2030: 'in-service', 2035: 'in-service' });
	});

	it('keeps a studied project in study and a context line in service from its opening', () => {
		expect(statusByYear(withClaims([claimOf('under-study', 2022)]))).toEqual({
			2020: 'absent',
			2025: 'study',
			2030: 'study',
			2035: 'study'
		});
		const opened = { year: 2019, source: { file: 'public reference', line: 0, quote: '2019年开通', year: 2019, work: 'fixture' } };
		const context = withClaims([claimOf('in-service', 2019)], { opened, period: '2016-2020', context: true });
		expect(statusInYear(context, 2020)).toBe('in-service');
		expect(statusInYear(context, 2018)).toBe('absent');
	});

	it('shows an expanding facility in service while its current status is the expansion', () => {
		const opened = { year: 2024, source: src(LINE_REPORT, '渝厦高铁重庆至黔江段建成通车') };
		const entry = withClaims([claimOf('in-service', 2025), claimOf('under-construction', 2026)], { opened });
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
		const line = {
			type: 'LineString' as const,
			coordinates: [
				[0.5, -1],
				[0.5, 2]
			]
		};
		expect(lengthInsideKm(line, square)).toBeCloseTo(KM_PER_DEGREE, 3);
		expect(computedLengths(line, square)).toEqual({
			lengthKm: Math.round(3 * KM_PER_DEGREE * 10) / 10,
			lengthInQianjiangKm: Math.round(KM_PER_DEGREE * 10) / 10
		});
	});

	it('gives zero inside for a line that misses the polygon, and null without a polygon or a line', () => {
		const outside = {
			type: 'LineString' as const,
			coordinates: [
				[2, 0],
				[2, 1]
			]
		};
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
		// Every other entry is an expected item named by the documents beyond the inventory.
		const expectedRefs = new Set(EXPECTED_ITEMS.map((e) => e.ref));
		expect(catalogue.filter((e) => !refs.includes(e.ref) && !expectedRefs.has(e.ref)).map((e) => e.id)).toEqual([]);
	});

	it('covers every expected item, and every in-service or building status cites a report, not an aim', () => {
		const seedsDir = join(shared, 'seeds');
		const seeds = Object.fromEntries(
			readdirSync(seedsDir)
				.filter((n) => n.endsWith('.txt'))
				.map((n) => [n, readFileSync(join(seedsDir, n), 'utf8').split(/\r?\n/)])
		);
		const rules = new Set<ValidationRule>([
			'missing-expected-item',
			'target-as-event',
			'unlabelled-public-figure',
			'district-length-not-stated',
			'opening-without-source'
		]);
		const errors = validateCatalogue(catalogue, {
			seeds,
			places: [],
			airports: [],
			inventoryRefs: [],
			expectedItems: EXPECTED_ITEMS
		}).filter((e) => rules.has(e.rule));
		expect(errors).toEqual([]);
	});

	it('puts Q2, R2 and Q6–Q8 where the documents put them: aims are targets, not construction', () => {
		const byId = new Map(catalogue.map((e) => [e.id, e]));
		const guiyang = byId.get('chongqing-guiyang-hsr')!;
		expect(guiyang.status.map((c) => c.status)).toEqual(['planned']);
		expect(guiyang.targets).toEqual([expect.objectContaining({ aim: 'start-construction', by: 2027 })]);
		const jishou = byId.get('qianjiang-jishou-hsr')!;
		expect(statusByYear(jishou)).toEqual({ 2020: 'absent', 2025: 'planned', 2030: 'planned', 2035: 'planned' });
		expect(targetInYear(jishou, 2030)).toEqual(expect.objectContaining({ aim: 'in-service', by: 2030 }));
		for (const id of ['qijiang-wansheng-zhengan-expressway', 'anwen-xishui-expressway', 'jiangjin-qijiang-wansheng-tongzi-expressway']) {
			expect(statusInYear(byId.get(id)!, 2025)).toBe('planned');
			expect(statusInYear(byId.get(id)!, 2030)).toBe('lapsed');
		}
		expect(statusInYear(byId.get('tongping-tunnel')!, 2030)).toBe('dropped');
		expect(statusInYear(byId.get('qianjiang-shizhu-expressway')!, 2020)).toBe('absent');
		expect(statusInYear(byId.get('qianjiang-enshi-expressway')!, 2020)).toBe('in-service');
	});

	it('quotes every cited seed line exactly', () => {
		const seedsDir = join(shared, 'seeds');
		const seeds = Object.fromEntries(
			readdirSync(seedsDir)
				.filter((n) => n.endsWith('.txt'))
				.map((n) => [n, readFileSync(join(seedsDir, n), 'utf8').split(/\r?\n/)])
		);
		const sourceRules = new Set<ValidationRule>([
			'unknown-file',
			'no-such-line',
			'quote-not-in-line',
			'figure-not-in-line',
			'duplicate-id',
			'empty-name',
			'no-status'
		]);
		const errors = validateCatalogue(catalogue, { seeds, places: [], airports: [], inventoryRefs: [] }).filter((e) =>
			sourceRules.has(e.rule)
		);
		expect(errors).toEqual([]);
	});
});
