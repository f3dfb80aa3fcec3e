// Property-based tests (fast-check) over everything that reads user input: the GeoJSON and KML importers, the link
// codecs (corridors, camera, query, travel assumptions), the saved-corridor reader and the CLI argument parsers.
// For each: no throw escapes, the result is either valid or a clear bilingual message, and a valid value survives
// an encode/decode round trip. Seeds are fixed so a failure reproduces; the run counts keep the file under ~20 s.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DOMParser } from '@xmldom/xmldom';
import type { Geometry, Position } from 'geojson';
import { importBytes, importFile, type ImportResult } from '../../src/lib/io/import';
import { importCorridors } from '../../src/lib/io/corridor-lines';
import {
	cleanName,
	decodeCorridorsParam,
	encodeCorridorsParam,
	parseStored,
	safeFileName,
	serializeStored,
	type Corridor
} from '../../src/lib/state/corridor-codec';
import { formatCamera, parseCamera } from '../../src/lib/state/camera';
import { readSearch, serializeQuery } from '../../src/lib/state/url-params';
import { decodeOverrides, encodeOverrides } from '../../src/lib/state/travel.svelte';
import { withAssumptions } from '../../src/lib/data/assumptions';
import { readArgs, readNumber, UsageError } from '../../scripts/cli/_args';
import { parseArgs as parseNetworkArgs } from '../../src/lib/analysis/network/options';
import { CORRIDOR_MAX_VERTICES, MAX_CORRIDORS, MAX_NAME_CHARS } from '../../src/lib/limits';

const SEED = 20261129;
const run = (property: fc.IProperty<never> | fc.IAsyncProperty<never>, numRuns: number) =>
	fc.assert(property as fc.IProperty<unknown>, { seed: SEED, numRuns });

const xml = new DOMParser({
	onError: (level: string, msg: string) => {
		if (level !== 'warning') throw new Error(msg);
	}
});

/** A result is either features with valid geometries or a refusal with a code and both messages. */
function assertValidResult(r: ImportResult): void {
	if (!r.ok) {
		expect(typeof r.error.code).toBe('string');
		expect(r.error.message_zh.length).toBeGreaterThan(0);
		expect(r.error.message_en.length).toBeGreaterThan(0);
		return;
	}
	expect(r.features.length).toBeGreaterThan(0);
	const checkPos = (p: Position) => {
		expect(Number.isFinite(p[0]) && Math.abs(p[0]) <= 180).toBe(true);
		expect(Number.isFinite(p[1]) && Math.abs(p[1]) <= 90).toBe(true);
	};
	const checkGeom = (g: Geometry): void => {
		switch (g.type) {
			case 'Point':
				return checkPos(g.coordinates);
			case 'MultiPoint':
			case 'LineString':
				return g.coordinates.forEach(checkPos);
			case 'MultiLineString':
			case 'Polygon':
				return g.coordinates.forEach((l) => l.forEach(checkPos));
			case 'MultiPolygon':
				return g.coordinates.forEach((p) => p.forEach((l) => l.forEach(checkPos)));
			case 'GeometryCollection':
				return g.geometries.forEach(checkGeom);
		}
	};
	for (const f of r.features) {
		checkGeom(f.geometry);
		expect(Object.getPrototypeOf(f.properties)).toBe(Object.prototype);
		for (const v of Object.values(f.properties)) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null).toBe(true);
	}
}

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Infinity, -Infinity, NaN, 1e308, -0));
const position = fc.oneof(
	{ weight: 4, arbitrary: fc.tuple(lon, lat) },
	{ weight: 1, arbitrary: fc.array(fc.oneof(anyNumber, fc.string()), { maxLength: 5 }) }
);
const line = fc.array(position, { maxLength: 12 });
const geometry: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
	geom: fc.oneof(
		fc.record({ type: fc.constant('Point'), coordinates: position }),
		fc.record({ type: fc.constant('LineString'), coordinates: line }),
		fc.record({ type: fc.constant('MultiLineString'), coordinates: fc.array(line, { maxLength: 3 }) }),
		fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(line, { maxLength: 2 }) }),
		fc.record({ type: fc.constantFrom('MultiPoint', 'MultiPolygon', 'Circle', '__proto__', 'toString'), coordinates: fc.anything() }),
		fc.record({ type: fc.constant('GeometryCollection'), geometries: fc.array(tie('geom'), { maxLength: 3 }) }, { requiredKeys: ['type'] }),
		fc.constantFrom(null, 0, 'LineString', [])
	)
})).geom;
const properties = fc.oneof(
	fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'name', 'toString')), fc.jsonValue(), {
		maxKeys: 6
	}),
	fc.constantFrom(null, 'x', 3, [])
);
const feature = fc.record({
	type: fc.constantFrom('Feature', 'Feature', 'feature'),
	properties,
	geometry,
	id: fc.oneof(fc.string(), fc.integer(), fc.constant(undefined))
});
const geojsonDoc = fc.oneof(
	fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 6 }) }),
	feature,
	geometry,
	fc.jsonValue()
);

describe('fuzz: the GeoJSON importer', () => {
	it('never throws on generated GeoJSON-like documents; the result is valid or a clear refusal', () => {
		run(fc.property(geojsonDoc, (doc) => assertValidResult(importFile('f.geojson', JSON.stringify(doc) ?? 'null'))) as never, 2000);
	});

	it('never throws on arbitrary text and bytes', () => {
		run(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertValidResult(importFile('f.json', text))) as never, 2000);
		run(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => assertValidResult(importBytes('f.geojson', bytes))) as never, 2000);
	});

	it('valid lines round-trip through the importer and the corridor preparation, within the vertex budget', () => {
		const validLine = fc.array(
			fc.tuple(fc.integer({ min: -17_999_999, max: 17_999_999 }), fc.integer({ min: -8_999_999, max: 8_999_999 })),
			{ minLength: 2, maxLength: 40 }
		);
		run(
			fc.property(validLine, fc.string({ maxLength: 30 }), (ints, name) => {
				const coords = ints.map(([x, y]) => [x / 1e5, y / 1e5]);
				const r = importCorridors(
					'l.geojson',
					JSON.stringify({ type: 'Feature', properties: { name }, geometry: { type: 'LineString', coordinates: coords } })
				);
				expect(r.ok).toBe(true);
				if (!r.ok) return;
				expect(r.lines[0].coords).toEqual(coords);
				expect(r.lines[0].coords.length).toBeLessThanOrEqual(CORRIDOR_MAX_VERTICES);
			}) as never,
			1000
		);
	});
});

describe('fuzz: the KML importer', () => {
	const tag = fc.constantFrom(
		'kml',
		'Document',
		'Folder',
		'Placemark',
		'name',
		'LineString',
		'Point',
		'Polygon',
		'coordinates',
		'parsererror',
		'MultiGeometry',
		'ExtendedData',
		'Data',
		'value'
	);
	const coordText = fc.array(fc.tuple(lon, lat), { maxLength: 5 }).map((ps) => ps.map(([x, y]) => `${x},${y}`).join(' '));
	const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
		n: fc.oneof(
			{ depthSize: 'small' },
			coordText,
			fc.string({ maxLength: 20 }).map((s) => s.replace(/[<&]/g, '')),
			fc.tuple(tag, fc.array(tie('n'), { maxLength: 3 })).map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
			fc.constantFrom('<!DOCTYPE kml>', '<![CDATA[x]]>', '&amp;', '&unknown;', '<', '</kml>', '<?xml version="1.0" encoding="GBK"?>')
		)
	})).n;
	it('never throws on generated KML-like documents; the result is valid or a clear refusal', () => {
		run(
			fc.property(fc.array(node, { maxLength: 4 }), (kids) =>
				assertValidResult(importFile('f.kml', `<kml xmlns="http://www.opengis.net/kml/2.2">${kids.join('')}</kml>`, { domParser: xml }))
			) as never,
			1200
		);
	});

	it('never throws on arbitrary text given a .kml name', () => {
		run(
			fc.property(fc.string({ maxLength: 200 }), (text) => assertValidResult(importFile('f.kml', `<${text}`, { domParser: xml }))) as never,
			1500
		);
	});
});

const corridorArb: fc.Arbitrary<Corridor> = fc.record({
	id: fc.stringMatching(/^[a-z0-9]{1,12}$/),
	name: fc.string({ minLength: 1, maxLength: 100 }),
	origin: fc.constantFrom('drawn', 'places', 'imported'),
	colour: fc.integer({ min: 0, max: 5 }),
	coords: fc
		.array(fc.tuple(fc.integer({ min: -18_000_000, max: 18_000_000 }), fc.integer({ min: -9_000_000, max: 9_000_000 })), {
			minLength: 2,
			maxLength: 30
		})
		.map((ps) => ps.map(([x, y]) => [x / 1e5, y / 1e5] as [number, number]))
});

describe('fuzz: the corridor codec (link and saved state)', () => {
	it('decodes any text without throwing; what it returns is within the limits', () => {
		run(
			fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.stringMatching(/^[A-Za-z0-9_*.-]{0,400}$/)), (text) => {
				const r = decodeCorridorsParam(text);
				expect(r.corridors.length).toBeLessThanOrEqual(MAX_CORRIDORS);
				for (const c of r.corridors) {
					expect(c.coords.length).toBeGreaterThanOrEqual(2);
					expect(c.coords.length).toBeLessThanOrEqual(CORRIDOR_MAX_VERTICES);
					expect([...c.name].length).toBeLessThanOrEqual(MAX_NAME_CHARS);
				}
				for (const p of r.problems) expect(p.zh.length * p.en.length).toBeGreaterThan(0);
			}) as never,
			3000
		);
	});

	it('valid corridors round-trip through the link', () => {
		run(
			fc.property(fc.uniqueArray(corridorArb, { selector: (c) => c.id, maxLength: 4 }), (list) => {
				const clean = list.map((c) => ({ ...c, name: cleanName(c.name) || c.id }));
				const { value, included } = encodeCorridorsParam(clean);
				const back = decodeCorridorsParam(value);
				expect(back.problems).toEqual([]);
				expect(back.corridors).toEqual(clean.filter((c) => included.includes(c.id)));
			}) as never,
			800
		);
	});

	it('reads any stored text without throwing, and valid saved state round-trips', () => {
		run(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.jsonValue().map((v) => JSON.stringify(v))
				),
				(text) => void parseStored(text)
			) as never,
			2000
		);
		run(
			fc.property(fc.uniqueArray(corridorArb, { selector: (c) => c.id, maxLength: 4 }), fc.integer({ min: 1, max: 30 }), (list, km) => {
				const corridors = list.map((c) => ({ ...c, name: cleanName(c.name) || c.id }));
				const back = parseStored(serializeStored({ corridors, bufferKm: km, compared: [], selectedId: corridors[0]?.id ?? null }));
				expect(back.ok && back.data.corridors).toEqual(corridors);
				expect(back.ok && back.dropped).toBe(0);
			}) as never,
			600
		);
	});

	it('file names never carry path separators, reserved or invisible characters', () => {
		run(
			fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (name) => {
				const f = safeFileName(name, 'kml');
				expect(f).toMatch(/\.kml$/);
				// eslint-disable-next-line no-control-regex -- the test names the characters a file name must not hold
				expect(f).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u202a-\u202e\u2066-\u2069\u200b-\u200f]/);
				expect(f.startsWith('.')).toBe(false);
			}) as never,
			2000
		);
	});
});

describe('fuzz: the URL codecs', () => {
	it('query strings: any text is read without throwing and a query round-trips', () => {
		run(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => void serializeQuery(readSearch(text))) as never, 2000);
		run(
			fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 5 }), (d) => {
				const p = new URLSearchParams(d);
				expect([...readSearch(serializeQuery(p))].sort()).toEqual([...p].sort());
			}) as never,
			1000
		);
	});

	it('camera: any text is refused or read, and a read camera round-trips', () => {
		run(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 40 }),
					fc.array(fc.oneof(anyNumber, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((a) => a.join('/'))
				),
				(text) => {
					const r = parseCamera(text, { bounds: [100, 20, 120, 35], minZoom: 0, maxZoom: 22 });
					if (r.ok) expect(parseCamera(formatCamera(r.camera), { minZoom: 0, maxZoom: 22 }).ok).toBe(true);
					else expect(r.reason.zh.length * r.reason.en.length).toBeGreaterThan(0);
				}
			) as never,
			2000
		);
	});

	it('travel assumptions: any text is read without throwing and a valid set round-trips', () => {
		run(fc.property(fc.string({ maxLength: 200 }), (text) => void decodeOverrides(text, () => true)) as never, 2000);
		run(
			fc.property(fc.integer({ min: 0, max: 15 }), fc.boolean(), (dwell, tt) => {
				const a = withAssumptions({ dwellMin: dwell, useTimetables: tt });
				const back = decodeOverrides(encodeOverrides(a), () => true);
				expect(back.problems).toEqual([]);
				expect(withAssumptions(back.overrides)).toEqual(a);
			}) as never,
			300
		);
	});
});

describe('fuzz: the CLI argument parsers', () => {
	const argText = fc.oneof(
		fc.string({ maxLength: 20 }),
		fc.constantFrom('--', '-', '--at', '--json', '--json=1', '--toString', '--__proto__', 'constructor', '--radius-km=-1', '--at='),
		fc.string({ maxLength: 10 }).map((s) => `--${s}`)
	);
	it('readArgs only ever throws a UsageError, and what it returns has no prototype', () => {
		run(
			fc.property(fc.array(argText, { maxLength: 6 }), (args) => {
				try {
					const a = readArgs(args, { values: ['at', 'radius-km'], booleans: ['json'] });
					expect(Object.getPrototypeOf(a.values)).toBeNull();
					for (const k of Object.keys(a.values)) expect(['at', 'radius-km']).toContain(k);
				} catch (e) {
					expect(e).toBeInstanceOf(UsageError);
				}
			}) as never,
			3000
		);
	});

	it('the network reader never throws and reports problems as text', () => {
		run(
			fc.property(fc.array(argText, { maxLength: 6 }), (args) => {
				const p = parseNetworkArgs(args, ['--from', '--to']);
				for (const e of p.errors) expect(typeof e).toBe('string');
			}) as never,
			3000
		);
	});

	it('readNumber accepts only decimals within the range', () => {
		const o = { name: '--buffer-km', unit: 'km', min: 0, max: 200 };
		run(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 12 }),
					fc.double().map(String),
					fc.integer().map((n) => n.toString(16))
				),
				(text) => {
					try {
						const n = readNumber(text, o);
						expect(n >= 0 && n <= 200).toBe(true);
						expect(text.trim()).toMatch(/^\d+(\.\d+)?$/);
					} catch (e) {
						expect(e).toBeInstanceOf(UsageError);
					}
				}
			) as never,
			3000
		);
	});
});
