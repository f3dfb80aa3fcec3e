// Regression tests named after the classes of defects found by a hostile-input run: limits that disagree, silent
// drops, and text handling (encodings, the parser's error element, invisible characters, mixed-language messages).
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { decodeFileBytes, importBytes, importFile } from '../../src/lib/io/import';
import { importCorridors } from '../../src/lib/io/corridor-lines';
import { fitVertexBudget } from '../../src/lib/analysis/simplify';
import { CORRIDOR_MAX_VERTICES, FILE_MAX_VERTICES, MAX_CORRIDORS, MAX_NAME_CHARS, stripInvisible } from '../../src/lib/limits';
import {
	MAX_CORRIDORS as CODEC_MAX_CORRIDORS,
	MAX_NAME_CHARS as CODEC_MAX_NAME_CHARS,
	MAX_VERTICES as CODEC_MAX_VERTICES,
	cleanName,
	parseStored,
	safeFileName,
	serializeStored,
	type Corridor
} from '../../src/lib/state/corridor-codec';

const strictXml = new DOMParser({
	onError: (level: string, msg: string) => {
		if (level !== 'warning') throw new Error(msg);
	}
});
const lenientXml = new DOMParser();

/** GBK bytes of 黔江站 (C7AD BDAD D5BE). */
const GBK_QIANJIANG_STATION = [0xc7, 0xad, 0xbd, 0xad, 0xd5, 0xbe];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

function kmlBytes(declaration: string, nameBytes: number[]): Uint8Array {
	return new Uint8Array([
		...ascii(`${declaration}<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>`),
		...nameBytes,
		...ascii('</name><LineString><coordinates>108.77,29.53 108.80,29.40</coordinates></LineString></Placemark></kml>')
	]);
}

/** A zigzag line of `n` vertices around Qianjiang. */
function zigzag(n: number): [number, number][] {
	return Array.from(
		{ length: n },
		(_, i) => [108.5 + (i / n) * 0.6, 29.3 + (i % 2 ? 0.002 : 0) + Math.sin(i / 50) * 0.05] as [number, number]
	);
}

describe('limits that disagree', () => {
	it('the codec reads its limits from the one limits module', () => {
		expect(CODEC_MAX_VERTICES).toBe(CORRIDOR_MAX_VERTICES);
		expect(CODEC_MAX_CORRIDORS).toBe(MAX_CORRIDORS);
		expect(CODEC_MAX_NAME_CHARS).toBe(MAX_NAME_CHARS);
		expect(FILE_MAX_VERTICES).toBeGreaterThan(CORRIDOR_MAX_VERTICES);
	});

	it('a 6,000-vertex imported line becomes a corridor that survives a save and a reload', () => {
		const text = JSON.stringify({
			type: 'Feature',
			properties: { name: 'long' },
			geometry: { type: 'LineString', coordinates: zigzag(6000) }
		});
		const r = importCorridors('long.geojson', text);
		if (!r.ok) throw new Error(r.error.message_en);
		expect(r.lines).toHaveLength(1);
		expect(r.lines[0].coords.length).toBeLessThanOrEqual(CORRIDOR_MAX_VERTICES);
		expect(r.lines[0].simplifiedFrom).toBe(6000);
		expect(r.warnings.map((w) => w.code)).toContain('simplified');
		const corridor: Corridor = { id: 'big1', name: 'long', origin: 'imported', colour: 0, coords: r.lines[0].coords as [number, number][] };
		const back = parseStored(serializeStored({ corridors: [corridor], bufferKm: 5, compared: [], selectedId: 'big1' }));
		expect(back.ok && back.data.corridors.map((c) => c.id)).toEqual(['big1']);
		expect(back.ok && back.dropped).toBe(0);
	});

	it('fitVertexBudget keeps the ends, fits the budget and leaves short lines alone', () => {
		const line = zigzag(20_000);
		const fitted = fitVertexBudget(line, 500);
		expect(fitted.simplified).toBe(true);
		expect(fitted.coords.length).toBeLessThanOrEqual(500);
		expect(fitted.coords.length).toBeGreaterThan(100);
		expect(fitted.coords[0]).toEqual(line[0]);
		expect(fitted.coords[fitted.coords.length - 1]).toEqual(line[line.length - 1]);
		const short = zigzag(10);
		expect(fitVertexBudget(short, 500)).toMatchObject({ simplified: false, coords: short });
	});

	it('fitVertexBudget handles the largest accepted zigzag line in bounded time, without recursion', () => {
		// A sawtooth of FILE_MAX_VERTICES vertices: quadratic and stack-deep for a recursive Douglas-Peucker.
		const saw = Array.from({ length: FILE_MAX_VERTICES }, (_, i) => [108 + i * 1e-5, 29 + (i % 2) * 1e-3]);
		const t0 = performance.now();
		const fitted = fitVertexBudget(saw, CORRIDOR_MAX_VERTICES);
		expect(performance.now() - t0).toBeLessThan(5000);
		expect(fitted.coords.length).toBe(CORRIDOR_MAX_VERTICES);
		expect(fitted.coords[0]).toEqual(saw[0]);
		expect(fitted.coords[fitted.coords.length - 1]).toEqual(saw[saw.length - 1]);
	});
});

describe('silent drops', () => {
	it('a line inside a GeometryCollection is imported', () => {
		const text = JSON.stringify({
			type: 'Feature',
			properties: { name: '集合' },
			geometry: {
				type: 'GeometryCollection',
				geometries: [
					{ type: 'Point', coordinates: [108.77, 29.53] },
					{
						type: 'LineString',
						coordinates: [
							[108.77, 29.53],
							[108.8, 29.4]
						]
					}
				]
			}
		});
		const r = importCorridors('gc.geojson', text);
		if (!r.ok) throw new Error(r.error.message_en);
		expect(r.lines).toHaveLength(1);
		expect(r.lines[0].coords).toEqual([
			[108.77, 29.53],
			[108.8, 29.4]
		]);
		expect(r.warnings.map((w) => w.code)).not.toContain('no-lines');
	});

	it('an import that yields no line says why, per geometry type, in both languages', () => {
		const text = JSON.stringify({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [108.77, 29.53] } },
				{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [108.8, 29.4] } },
				{
					type: 'Feature',
					properties: {},
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[108, 29],
								[108.1, 29],
								[108.1, 29.1],
								[108, 29]
							]
						]
					}
				}
			]
		});
		const r = importCorridors('points.geojson', text);
		if (!r.ok) throw new Error(r.error.message_en);
		expect(r.lines).toHaveLength(0);
		const w = r.warnings.find((x) => x.code === 'no-lines');
		expect(w?.message_en).toContain('2 point(s), 1 polygon(s)');
		expect(w?.message_zh).toContain('2 个点、1 个多边形');
	});
});

describe('text handling: encodings', () => {
	it('a KML declaring GBK is decoded as GBK', () => {
		const r = importBytes('gbk.kml', kmlBytes('<?xml version="1.0" encoding="GBK"?>', GBK_QIANJIANG_STATION), { domParser: strictXml });
		if (!r.ok) throw new Error(r.error.message_en);
		expect(r.features[0].properties.name).toBe('黔江站');
		expect(r.warnings.map((w) => w.code)).not.toContain('encoding-detected');
	});

	it('an undeclared GBK file is detected as GB18030 and the user is warned', () => {
		const r = importBytes('gbk.kml', kmlBytes('', GBK_QIANJIANG_STATION), { domParser: strictXml });
		if (!r.ok) throw new Error(r.error.message_en);
		expect(r.features[0].properties.name).toBe('黔江站');
		expect(r.warnings[0].code).toBe('encoding-detected');
	});

	it('UTF-8 (with or without BOM) and UTF-16 are read; bytes in no known encoding are refused', () => {
		const utf8 = new TextEncoder().encode('{"type":"Point","coordinates":[108.77,29.53]}');
		expect(decodeFileBytes(utf8)).toMatchObject({ ok: true, encoding: 'utf-8' });
		expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toMatchObject({ ok: true, encoding: 'utf-8' });
		const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{"a":1}'].flatMap((c) => [c.charCodeAt(0), 0])]);
		expect(decodeFileBytes(utf16)).toMatchObject({ ok: true, text: '{"a":1}' });
		const latin = decodeFileBytes(new Uint8Array([...ascii('{"name":"'), 0xff, 0xfe, 0x80, ...ascii('"}')]));
		expect(latin.ok).toBe(false);
		if (!latin.ok) expect(latin.error.code).toBe('encoding');
		const unknown = decodeFileBytes(kmlBytes('<?xml version="1.0" encoding="x-made-up"?>', ascii('a')));
		expect(unknown.ok).toBe(false);
		if (!unknown.ok) expect(unknown.error.message_en).toContain('x-made-up');
	});
});

describe('text handling: only the parser marks invalid XML', () => {
	const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>x</name><ExtendedData><parsererror>not an error</parsererror></ExtendedData><LineString><coordinates>108.77,29.53 108.8,29.4</coordinates></LineString></Placemark></kml>`;
	it('a valid KML with an element named parsererror is imported (strict and lenient parsers)', () => {
		for (const domParser of [strictXml, lenientXml]) {
			const r = importFile('pe.kml', kml, { domParser });
			expect(r.ok, JSON.stringify(r).slice(0, 200)).toBe(true);
		}
	});

	it("a parser's own error element still refuses the file", () => {
		// A parser in the style of a browser: no throw, an error element in its own namespace.
		const ns = 'http://www.w3.org/1999/xhtml';
		const browserLike = {
			parseFromString(text: string) {
				const doc = new DOMParser().parseFromString(text.includes('<kml') && !text.includes('BROKEN') ? text : '<kml/>', 'application/xml');
				if (text === '<' || text.includes('BROKEN')) doc.documentElement?.appendChild(doc.createElementNS(ns, 'parsererror'));
				return doc;
			}
		};
		expect(importFile('ok.kml', kml, { domParser: browserLike }).ok).toBe(true);
		const bad = importFile('bad.kml', '<kml xmlns="http://www.opengis.net/kml/2.2">BROKEN', { domParser: browserLike });
		expect(bad.ok).toBe(false);
		if (!bad.ok) expect(bad.error.code).toBe('xml-syntax');
	});
});

describe('text handling: invisible characters', () => {
	const RLO = '\u202e';
	const ZWSP = '\u200b';
	it('bidi controls and zero-width characters are stripped from names, property keys and values', () => {
		const text = JSON.stringify({
			type: 'Feature',
			properties: { name: `黔江${RLO}gnp.exe${ZWSP}`, [`k${ZWSP}ey`]: `v${'\u2066'}al` },
			geometry: {
				type: 'LineString',
				coordinates: [
					[108.77, 29.53],
					[108.8, 29.4]
				]
			}
		});
		const r = importFile('bidi.geojson', text);
		if (!r.ok) throw new Error(r.error.message_en);
		expect(r.features[0].properties.name).toBe('黔江gnp.exe');
		expect(r.features[0].properties.key).toBe('val');
	});

	it('corridor names and export file names carry none', () => {
		expect(cleanName(`a${RLO}b${ZWSP}c\u200fd\ufeff`)).toBe('abcd');
		expect(safeFileName(`route${RLO}lmk.exe`, 'kml')).toBe('routelmk.exe.kml');
		expect(stripInvisible('\u061c\u200e\u2067x\u2069')).toBe('x');
	});
});

describe('text handling: messages fully in the user language', () => {
	const hasLatinWords = (s: string) => /[A-Za-z]{4,}/.test(s.replace(/JSON|XML|KML|UTF-8|GeoJSON|GBK|GB18030/g, ''));
	it('Chinese refusals carry no English parser text', () => {
		const cases = [
			importFile('a.geojson', '{"type": "Feature", oops}'),
			importFile('a.json', '{'),
			importFile('a.kml', '<kml><Placemark>', { domParser: strictXml }),
			importFile('a.kml', '<kml><Placemark></kml>', { domParser: lenientXml })
		];
		for (const r of cases) {
			expect(r.ok).toBe(false);
			if (r.ok) continue;
			expect(hasLatinWords(r.error.message_zh), r.error.message_zh).toBe(false);
			expect(r.error.message_en.length).toBeGreaterThan(0);
		}
	});

	it('a JSON error gives the line and column in Chinese', () => {
		const r = importFile('a.geojson', '{\n  "type": "Feature",\n  oops\n}');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.message_zh).toMatch(/第 3 行第 \d+ 列/);
	});
});
