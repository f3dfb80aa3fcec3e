// Property-based tests (fast-check) for every reader of user input not covered by fuzz.test.ts, and time bounds for
// all of them: the link as the page reads it (every state class's URL keys), the story import (file and link), the
// CSV pairs of `atlas travel-time --pairs`, the CLI's checked text reader, and GeoJSON/KML/KMZ bytes. For each: no
// unexpected throw, no freeze (each call within a bound), and either valid data or a clear message in both
// languages. Seeds are fixed so a failure reproduces.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { zipSync, strToU8 } from 'fflate';
import { importBytes } from '../../src/lib/io/import';
import { importCorridors } from '../../src/lib/io/corridor-lines';
import { prepareImport } from '../../src/lib/io/prepared-import';
import { readSearch } from '../../src/lib/state/url-params';
import type { ParamNotice, UrlStateful } from '../../src/lib/state/url-state';
import { AppState } from '../../src/lib/state/app.svelte';
import { CatalogueState } from '../../src/lib/state/catalogue.svelte';
import { NearbyState } from '../../src/lib/state/nearby.svelte';
import { MeasureState } from '../../src/lib/state/measure.svelte';
import { CorridorsState } from '../../src/lib/state/corridors.svelte';
import { TravelState } from '../../src/lib/state/travel.svelte';
import { decodeStoryParam, encodeStoryParam, MAX_STORY_SCENES, parseStory, storyToJson, STORY_FORMAT } from '../../src/lib/present/story';
import { PRESENT_BOUNDS, PRESENT_MAX_ZOOM } from '../../src/lib/present/bounds';
import type { Scene } from '../../src/lib/present/scenes';
import { FileArgError, readUserText } from '../../scripts/cli/_args';
import { PAIRS_MAX_FIELD_CHARS } from '../../src/lib/limits';

const SEED = 20261207;
/** Longest any single read may take, ms: far above what any takes, far below a freeze, on a loaded test machine. */
const BOUND_MS = 2000;

/** Runs `fn`, failing if it takes longer than the bound. */
function timed<T>(what: string, fn: () => T): T {
	const t0 = performance.now();
	const r = fn();
	const ms = performance.now() - t0;
	if (ms > BOUND_MS) throw new Error(`${what} took ${Math.round(ms)} ms`);
	return r;
}

const bilingual = (m: { zh: string; en: string }) => {
	expect(m.zh.trim().length).toBeGreaterThan(0);
	expect(m.en.trim().length).toBeGreaterThan(0);
	expect(m.en).not.toMatch(/undefined|\[object|NaN/);
	expect(m.zh).toMatch(/[\u4e00-\u9fff]/);
};

/** Text of every kind: short, long, unicode, lookalikes of valid values. */
const value = fc.oneof(
	{ weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'',
			'access',
			'times',
			'qianjiang',
			'2030',
			'long-term',
			'rail',
			'zh',
			'en',
			'corridors',
			'5',
			'-1',
			'1e9',
			'NaN',
			'__proto__',
			'toString',
			'108.77,29.53',
			'dwellMin:3,nope:1',
			'%',
			'\u202e',
			'黔江'
		)
	},
	{ weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 7000 }) }
);

describe('fuzz: the link, as every state class reads it', () => {
	const makeParts = (): UrlStateful[] => [
		new AppState(),
		new CatalogueState(),
		new NearbyState(),
		new MeasureState(),
		new CorridorsState(),
		new TravelState()
	];
	const keys = [...new Set(makeParts().flatMap((p) => [...p.urlKeys])), 'map', 'scene', 'story', 'unknown'];
	const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 8 })), value), { maxLength: 12 });

	it('any query: no throw, within the bound, each dropped value a bilingual notice naming a key the class owns', () => {
		fc.assert(
			fc.property(query, (entries) => {
				const params = new URLSearchParams(entries);
				for (const part of makeParts()) {
					const notices: { key: string; reason: { zh: string; en: string } }[] = [];
					const notice: ParamNotice = (key, _v, reason) => void notices.push({ key, reason });
					timed(`${part.constructor.name}.readParams`, () => part.readParams(params, notice));
					for (const n of notices) {
						expect(part.urlKeys, `${part.constructor.name} noticed ${n.key}`).toContain(n.key);
						bilingual(n.reason);
					}
					// What a class writes it reads back without a notice.
					const out = new URLSearchParams();
					timed(`${part.constructor.name}.writeParams`, () => part.writeParams(out));
					const again: string[] = [];
					part.readParams(out, (key, v) => void again.push(`${key}=${v}`));
					expect(again, `${part.constructor.name} reading its own ${out}`).toEqual([]);
				}
			}),
			{ seed: SEED, numRuns: 150 }
		);
	});

	it('any search string, however long, is read within the bound', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ minLength: 20_000, maxLength: 60_000 })), (s) => {
				const p = timed('readSearch', () => readSearch(`?${s}`));
				expect(p).toBeInstanceOf(URLSearchParams);
			}),
			{ seed: SEED, numRuns: 60 }
		);
	});
});

describe('fuzz: the story import (file and link)', () => {
	const scene = (): Scene => ({
		id: 'a',
		camera: { center: [108.8, 29.5], zoom: 8, bearing: 0, pitch: 0 },
		groups: 'all',
		phases: [],
		hide: [],
		highlight: [],
		year: 'now',
		title: { zh: '标题', en: 'Title' },
		lines: [{ zh: '一行', en: 'A line' }],
		figures: [{ kind: 'counts' }]
	});
	const base = JSON.parse(storyToJson([scene(), scene()]));
	const fields = ['id', 'camera', 'groups', 'phases', 'highlight', 'only', 'year', 'title', 'lines', 'hide', 'figures'];
	const json = fc.jsonValue({ maxDepth: 3 });

	const assertStory = (r: ReturnType<typeof parseStory>) => {
		if (!r.ok) return bilingual(r.error);
		expect(r.scenes.length).toBeGreaterThan(0);
		expect(r.scenes.length).toBeLessThanOrEqual(MAX_STORY_SCENES);
		const [w, s, e, n] = PRESENT_BOUNDS;
		for (const sc of r.scenes) {
			const [x, y] = sc.camera.center;
			expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
			expect(sc.camera.zoom).toBeLessThanOrEqual(PRESENT_MAX_ZOOM);
			expect(sc.title.zh.length + sc.title.en.length).toBeGreaterThan(0);
			expect(sc.lines.length).toBeLessThanOrEqual(3);
		}
	};

	it('a valid story with one field of one scene replaced by anything: read, or refused naming that scene', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1 }), fc.constantFrom(...fields), json, (i, field, v) => {
				const data = structuredClone(base);
				data.scenes[i][field] = v;
				const r = timed('parseStory', () => parseStory(JSON.stringify(data)));
				assertStory(r);
				if (!r.ok) {
					expect(r.error.en).toContain(`Scene ${i + 1}`);
					expect(r.error.zh).toContain(`第 ${i + 1} 场`);
					// …and the field to fix, as the file spells it.
					expect(r.error.en).toContain(`"${field}`);
					expect(r.error.zh).toContain(`“${field}`);
				}
			}),
			{ seed: SEED, numRuns: 400 }
		);
	});

	it('any JSON or text as a story file, and any text as a story link: no throw, within the bound', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					json.map((v) => JSON.stringify(v)),
					json.map((v) => JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: v })),
					fc.string({ maxLength: 300 })
				),
				(text) => {
					assertStory(timed('parseStory', () => parseStory(text)));
					assertStory(timed('decodeStoryParam', () => decodeStoryParam(text)));
				}
			),
			{ seed: SEED, numRuns: 300 }
		);
	});

	it('a read story round-trips through its link', () => {
		const value0 = encodeStoryParam([scene()]);
		expect(value0).not.toBeNull();
		const r = decodeStoryParam(value0!);
		expect(r.ok).toBe(true);
	});
});

describe('fuzz: CSV pairs (atlas travel-time --pairs)', async () => {
	process.env.WULING_GEO_DIR = join(import.meta.dirname, '..', 'fixtures', 'network', 'geo');
	const { readPairs, loadNetworkInputs } = await import('../../scripts/cli/travel-time');
	const places = loadNetworkInputs().places;
	const cell = fc.oneof(
		fc.constantFrom('黔江', 'qianjiang', 'Chongqing', '重庆', '长沙', '', ' ', '"', '""', '"a,b"', 'a\nb', '\r', 'atlantis'),
		fc.string({ maxLength: 20 }),
		fc.string({ minLength: PAIRS_MAX_FIELD_CHARS - 5, maxLength: PAIRS_MAX_FIELD_CHARS + 400 })
	);
	const csv = fc.oneof(
		fc
			.array(fc.array(cell, { minLength: 0, maxLength: 4 }), { maxLength: 30 })
			.map((rows) => ['from,to', ...rows.map((r) => r.join(','))].join(fc.sample(fc.constantFrom('\n', '\r\n'), 1)[0])),
		fc.string({ maxLength: 500 })
	);

	it('any text: no throw, within the bound; rows are short, non-empty places; problems name the file and line', () => {
		fc.assert(
			fc.property(csv, (text) => {
				const r = timed('readPairs', () => readPairs('pairs.csv', text, places));
				for (const row of r.rows) {
					expect(row.from.length).toBeGreaterThan(0);
					expect(row.to.length).toBeGreaterThan(0);
					expect(row.from.length).toBeLessThanOrEqual(PAIRS_MAX_FIELD_CHARS);
					expect(row.to.length).toBeLessThanOrEqual(PAIRS_MAX_FIELD_CHARS);
				}
				for (const p of r.problems) {
					expect(p).toMatch(/^pairs\.csv:\d+: /);
					expect(p.length).toBeLessThan(PAIRS_MAX_FIELD_CHARS * 2 + 400);
				}
			}),
			{ seed: SEED, numRuns: 200 }
		);
	});
});

describe('fuzz: the CLI’s checked text reader', () => {
	const dir = mkdtempSync(join(tmpdir(), 'wuling-fuzz-text-'));
	it('any bytes: decoded text or a FileArgError with a message, within the bound', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 400 }),
				fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04]),
				(bytes, bom) => {
					const path = join(dir, 'f.csv');
					writeFileSync(path, Uint8Array.from([...bom, ...bytes]));
					try {
						const r = timed('readUserText', () => readUserText(path, { maxBytes: 300 }));
						expect(typeof r.text).toBe('string');
						expect(r.text.includes('\ufffd')).toBe(false);
					} catch (e) {
						expect(e).toBeInstanceOf(FileArgError);
						expect((e as Error).message).toContain(path);
					}
				}
			),
			{ seed: SEED, numRuns: 300 }
		);
	});
});

describe('fuzz: GeoJSON, KML and KMZ bytes, prepared for the page', () => {
	const domParser = new DOMParser({
		onError: (level: string, msg: string) => {
			if (level !== 'warning') throw new Error(msg);
		}
	});
	const kml = fc
		.array(fc.tuple(fc.double({ min: 100, max: 115, noNaN: true }), fc.double({ min: 25, max: 33, noNaN: true })), { maxLength: 20 })
		.map(
			(cs) =>
				`<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><LineString><coordinates>${cs.map((c) => c.join(',')).join(' ')}</coordinates></LineString></Placemark></kml>`
		);
	const bytes = fc.oneof(
		fc.uint8Array({ maxLength: 300 }),
		fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
		kml.map((k) => zipSync({ 'doc.kml': strToU8(k) })),
		fc.tuple(kml, fc.integer({ min: 0, max: 200 })).map(([k, cut]) => zipSync({ 'doc.kml': strToU8(k) }).slice(0, cut)),
		fc.jsonValue({ maxDepth: 4 }).map((v) => strToU8(JSON.stringify(v)))
	);

	it('any bytes under any name: valid features or a clear refusal, within the bound; the page gets at most the room left', () => {
		fc.assert(
			fc.property(
				bytes,
				fc.constantFrom('a.kml', 'a.kmz', 'a.geojson', 'a.json', 'a'),
				fc.integer({ min: 0, max: 20 }),
				(b, name, room) => {
					const r = timed('importBytes', () => importBytes(name, b, { domParser }));
					if (!r.ok) bilingual({ zh: r.error.message_zh, en: r.error.message_en });
					const p = timed('prepareImport', () =>
						prepareImport(importCorridors(name, b, { domParser }), room, { zh: '导入', en: 'imported' })
					);
					if (p.ok) {
						expect(p.lines.length).toBeLessThanOrEqual(room);
						for (const l of p.lines) expect(l.coords.every(Number.isFinite)).toBe(true);
						expect(p.preview.length).toBeLessThanOrEqual(30);
					}
				}
			),
			{ seed: SEED, numRuns: 300 }
		);
	});
});
