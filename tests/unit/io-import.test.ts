import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import { featuresGcj02ToWgs84, importFile, type ImportResult } from '../../src/lib/io/import';
import { wgs84ToGcj02 } from '../../src/lib/geo/datum';
import type { LonLat } from '../../src/lib/geo/types';
import { fixturePlaces } from '../fixtures/analysis/load';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'io');
const text = (name: string) => readFileSync(join(dir, name), 'utf8');
/** xmldom reports recoverable errors to onError; treating them as fatal matches a browser's parsererror. */
const domParser = new DOMParser({
	onError: (level: string, msg: string) => {
		if (level !== 'warning') throw new Error(msg);
	}
});
const load = (name: string, options = {}) => importFile(name, text(name), { domParser, ...options });

function refused(r: ImportResult, code: string) {
	expect(r.ok, JSON.stringify(r).slice(0, 300)).toBe(false);
	if (r.ok) return;
	expect(r.error.code).toBe(code);
	expect(r.error.message_zh.length).toBeGreaterThan(0);
	expect(r.error.message_en.length).toBeGreaterThan(0);
}

describe('importFile: valid files', () => {
	it('reads a FeatureCollection, keeping names as plain unescaped text', () => {
		const r = load('valid-feature-collection.geojson');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.format).toBe('geojson');
		expect(r.features).toHaveLength(3);
		expect(r.features[0].properties.name).toBe('<img src=x onerror=alert(1)> 黔江—濯水 & "示意"');
		expect(r.features[0].id).toBe('line-1');
		expect(r.features[0].properties).toMatchObject({ lanes: 4, open: false, note: null, extra: '{"a":[1,2,{"b":"c"}]}' });
		expect(r.features[0].geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[108.77478, 29.53284],
				[108.7702, 29.30309, 512.5]
			]
		});
	});

	it('drops prototype keys with a warning and pollutes nothing', () => {
		const r = load('valid-feature-collection.geojson');
		if (!r.ok) throw new Error('expected ok');
		const props = r.features[0].properties;
		expect(Object.keys(props)).not.toContain('__proto__');
		expect(Object.keys(props)).not.toContain('constructor');
		expect(Object.getPrototypeOf(props)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect(r.warnings.map((w) => w.code)).toContain('dropped-keys');
	});

	it('closes an unclosed polygon ring', () => {
		const r = load('valid-feature-collection.geojson');
		if (!r.ok) throw new Error('expected ok');
		const ring = (r.features[2].geometry as { coordinates: number[][][] }).coordinates[0];
		expect(ring[0]).toEqual(ring[ring.length - 1]);
		expect(ring).toHaveLength(4);
	});

	it('reads a single Feature and a bare geometry', () => {
		const f = load('valid-feature.geojson');
		expect(f.ok && f.features[0].geometry.type).toBe('MultiLineString');
		const g = load('valid-geometry.geojson');
		expect(g.ok && g.features[0].geometry).toEqual({
			type: 'LineString',
			coordinates: [
				[108.77478, 29.53284],
				[108.85, 30.3]
			]
		});
	});

	it('reads KML with the injected parser, unescaping names once and skipping placemarks without geometry', () => {
		const r = load('valid-line.kml');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.format).toBe('kml');
		expect(r.features).toHaveLength(1);
		expect(r.features[0].properties.name).toBe('<b>黔江</b> & 吉首');
		expect(r.features[0].geometry.type).toBe('LineString');
		expect(r.warnings.map((w) => w.code)).toContain('dropped-features');
	});

	it('skips features without geometry and says so', () => {
		const r = load('null-geometry.geojson');
		expect(r.ok && r.features.map((f) => f.properties.name)).toEqual(['located']);
		expect(r.ok && r.warnings[0].code).toBe('dropped-features');
	});

	it('accepts a byte-order mark', () => {
		expect(importFile('a.geojson', '\uFEFF' + text('valid-geometry.geojson')).ok).toBe(true);
	});
});

describe('importFile: broken files', () => {
	it('refuses empty and blank files', () => {
		refused(load('empty.geojson'), 'empty');
		refused(load('whitespace.geojson'), 'empty');
	});
	it('refuses JSON and XML syntax errors', () => {
		refused(load('malformed.geojson'), 'json-syntax');
		refused(load('malformed.kml'), 'xml-syntax');
	});
	it('refuses JSON that is not GeoJSON and XML that is not KML', () => {
		refused(load('not-geojson.json'), 'unsupported-format');
		refused(load('not-kml.xml'), 'unsupported-format');
		refused(importFile('notes.txt', 'hello'), 'unsupported-format');
	});
	it('refuses unknown geometry types, naming them', () => {
		const r = load('bad-geometry-type.geojson');
		refused(r, 'bad-geometry');
		expect(!r.ok && r.error.message_en).toContain('"Circle"');
	});
	it('refuses out-of-range, non-finite and non-numeric coordinates, saying where', () => {
		const r = load('out-of-range.geojson');
		refused(r, 'bad-coordinates');
		expect(!r.ok && r.error.message_en).toMatch(/Feature 2.*latitude 95/);
		expect(!r.ok && r.error.message_zh).toContain('要素 2');
		refused(load('huge-number.geojson'), 'bad-coordinates');
		refused(load('string-coordinates.geojson'), 'bad-coordinates');
	});
	it('refuses files without features and nested geometry collections', () => {
		refused(load('no-features.geojson'), 'no-features');
		refused(load('nested-collection.geojson'), 'bad-geometry');
	});
	it('refuses KML when no XML parser is given', () => {
		refused(importFile('valid-line.kml', text('valid-line.kml')), 'no-xml-parser');
	});
});

describe('importFile: hostile files', () => {
	it('refuses a file over the size limit, stating the limit', () => {
		const big = '{"type":"FeatureCollection","features":[],"pad":"' + 'x'.repeat(10 * 1024 * 1024) + '"}';
		const r = importFile('big.geojson', big);
		refused(r, 'too-large');
		expect(!r.ok && r.error.message_en).toContain('5 MB');
		expect(!r.ok && r.error.message_zh).toContain('5 MB');
		const small = importFile('a.geojson', text('valid-geometry.geojson'), { maxBytes: 20 });
		refused(small, 'too-large');
	});

	it('counts bytes, not characters, against the limit', () => {
		const zh = JSON.stringify({
			type: 'Feature',
			properties: { name: '黔'.repeat(400) },
			geometry: { type: 'Point', coordinates: [108.7, 29.5] }
		});
		expect(zh.length).toBeLessThan(1000);
		refused(importFile('a.geojson', zh, { maxBytes: 1000 }), 'too-large');
	});

	it('refuses entity-expansion bombs and external entities before parsing', () => {
		refused(load('billion-laughs.kml'), 'xml-dtd');
		refused(load('external-entity.kml'), 'xml-dtd');
	});

	it('survives deeply nested JSON', () => {
		const depth = 200_000;
		const nested =
			'{"type":"Feature","properties":{"p":' +
			'['.repeat(depth) +
			']'.repeat(depth) +
			'},"geometry":{"type":"Point","coordinates":[108.7,29.5]}}';
		expect(() => importFile('deep.geojson', nested)).not.toThrow();
		const coords = '{"type":"Point","coordinates":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
		const r = importFile('deep.geojson', coords);
		expect(r.ok).toBe(false);
	});

	it('refuses too many vertices', () => {
		const coords = Array.from({ length: 5000 }, (_, i) => [108 + i / 10000, 29.5]);
		const r = importFile('long.geojson', JSON.stringify({ type: 'LineString', coordinates: coords }), { maxVertices: 1000 });
		refused(r, 'too-many-vertices');
		expect(!r.ok && r.error.message_en).toContain('1000');
	});

	it('never throws on odd input', () => {
		for (const t of [
			'null',
			'[]',
			'"x"',
			'42',
			'true',
			'{"type":"Feature"}',
			'{"type":"FeatureCollection","features":[null,1]}',
			'<',
			'<kml',
			'{"type":"__proto__"}'
		])
			expect(() => importFile('x.geojson', t, { domParser })).not.toThrow();
		expect(() => importFile('x.kml', '<kml><Placemark><name>', { domParser })).not.toThrow();
		expect(() => importFile(undefined as unknown as string, undefined as unknown as string)).not.toThrow();
	});
});

describe('importFile: GCJ-02 check', () => {
	const places = fixturePlaces();
	const refs: LonLat[] = places.map((p) => [p.lon, p.lat]);
	const asFile = (coords: LonLat[]) => JSON.stringify({ type: 'LineString', coordinates: coords });

	it('warns when a line through known towns is shifted the GCJ-02 way, and converts it back', () => {
		const wgs = refs.slice(0, 10);
		const r = importFile('gcj.geojson', asFile(wgs.map(wgs84ToGcj02)), { referencePoints: refs });
		expect(r.ok && r.warnings.map((w) => w.code)).toContain('gcj02-suspected');
		expect(r.ok && r.gcj02?.likely).toBe(true);
		if (!r.ok) return;
		const back = featuresGcj02ToWgs84(r.features)[0].geometry as { coordinates: number[][] };
		back.coordinates.forEach((c, i) => {
			expect(c[0]).toBeCloseTo(wgs[i][0], 7);
			expect(c[1]).toBeCloseTo(wgs[i][1], 7);
		});
	});

	it('does not warn for WGS-84 input', () => {
		const r = importFile('wgs.geojson', asFile(refs.slice(0, 10)), { referencePoints: refs });
		expect(r.ok && r.warnings.map((w) => w.code)).not.toContain('gcj02-suspected');
	});
});
