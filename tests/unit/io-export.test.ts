import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { kml as kmlToGeoJSON } from '@tmcw/togeojson';
import type { FeatureCollection } from 'geojson';
import { csvField, escapeXml, toCSV, toGeoJSON, toKML } from '../../src/lib/io/export';
import { importFile } from '../../src/lib/io/import';
import { corridorCollection, nearbyCollection } from '../../src/lib/io/collections';
import { servedContext, servedProjects } from '../../src/lib/analysis/served';
import { corridorFromPlaces, corridorStats } from '../../src/lib/analysis/corridor';
import { fixturePlace, fixturePlaces, fixtureProjects } from '../fixtures/analysis/load';

const collection: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: {
				id: 'qianjiang-jishou-hsr',
				name_zh: '黔江至吉首高铁 <示意>',
				name_en: 'Qianjiang–Jishou "HSR", schematic',
				lengthKm: 164.1,
				note: 'line one\nline two'
			},
			geometry: {
				type: 'LineString',
				coordinates: [
					[108.77478, 29.53284],
					[109.73346, 28.31925]
				]
			}
		},
		{
			type: 'Feature',
			properties: { id: 'jinxi-reservoir', name_zh: '金溪水库 & 坝', formula: '=HYPERLINK("http://x")', radiusKm: 5 },
			geometry: { type: 'Point', coordinates: [108.68697, 29.39217] }
		},
		{
			type: 'Feature',
			properties: { id: 'area' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[108.5, 29.2],
						[108.9, 29.2],
						[108.9, 29.6],
						[108.5, 29.2]
					]
				]
			}
		}
	]
};

/** An RFC 4180 reader written for the test, so the writer is checked against an independent parser. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field || row.length) rows.push([...row, field]);
	return rows;
}

describe('toGeoJSON', () => {
	it('round-trips through JSON and through the importer', () => {
		expect(JSON.parse(toGeoJSON(collection))).toEqual(collection);
		expect(toGeoJSON(collection, { pretty: true })).toContain('\n\t');
		const back = importFile('x.geojson', toGeoJSON(collection));
		expect(back.ok && back.features.map((f) => f.properties.id)).toEqual(['qianjiang-jishou-hsr', 'jinxi-reservoir', 'area']);
	});
});

describe('toCSV', () => {
	it('writes a header of all property keys plus geometry columns, one row per feature', () => {
		const rows = parseCsv(toCSV(collection));
		expect(rows[0]).toEqual(['id', 'name_zh', 'name_en', 'lengthKm', 'note', 'formula', 'radiusKm', 'geometry_type', 'lon', 'lat', 'wkt']);
		expect(rows).toHaveLength(4);
		expect(rows[1].slice(0, 5)).toEqual([
			'qianjiang-jishou-hsr',
			'黔江至吉首高铁 <示意>',
			'Qianjiang–Jishou "HSR", schematic',
			'164.1',
			'line one\nline two'
		]);
		expect(rows[1][10]).toBe('LINESTRING (108.77478 29.53284, 109.73346 28.31925)');
		expect(rows[2].slice(7, 10)).toEqual(['Point', '108.68697', '29.39217']);
		expect(rows[3][10]).toBe('POLYGON ((108.5 29.2, 108.9 29.2, 108.9 29.6, 108.5 29.2))');
	});

	it('quotes per RFC 4180 and ends lines with CRLF', () => {
		const text = toCSV(collection);
		expect(text).toContain('"Qianjiang–Jishou ""HSR"", schematic"');
		expect(text.endsWith('\r\n')).toBe(true);
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
	});

	it('adds a BOM only when asked', () => {
		expect(toCSV(collection, { bom: true }).charCodeAt(0)).toBe(0xfeff);
		expect(toCSV(collection).charCodeAt(0)).not.toBe(0xfeff);
	});

	it('keeps spreadsheet formulas from running unless told otherwise', () => {
		expect(parseCsv(toCSV(collection))[2][5]).toBe(`'=HYPERLINK("http://x")`);
		expect(parseCsv(toCSV(collection, { guardFormulas: false }))[2][5]).toBe('=HYPERLINK("http://x")');
		expect(csvField(-5)).toBe('-5');
	});
});

describe('toKML', () => {
	it('escapes all text and round-trips names, properties and coordinates', () => {
		const text = toKML(collection, { name: 'Corridor <test> & "more"' });
		expect(text).not.toContain('<示意>');
		expect(text).toContain('&lt;示意&gt;');
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const back = kmlToGeoJSON(doc as unknown as Document);
		expect(back.features.map((f) => f.properties?.name)).toEqual(['黔江至吉首高铁 <示意>', '金溪水库 & 坝', 'area']);
		expect(back.features[0].properties?.name_en).toBe('Qianjiang–Jishou "HSR", schematic');
		expect(back.features[0].properties?.note).toBe('line one\nline two');
		expect(back.features[0].geometry).toEqual(collection.features[0].geometry);
		expect(back.features[1].geometry).toEqual(collection.features[1].geometry);
		expect(back.features[2].geometry?.type).toBe('Polygon');
	});

	it('names placemarks in the chosen language', () => {
		const back = kmlToGeoJSON(new DOMParser().parseFromString(toKML(collection, { lang: 'en' }), 'application/xml') as unknown as Document);
		expect(back.features[0].properties?.name).toBe('Qianjiang–Jishou "HSR", schematic');
	});

	it('replaces characters XML cannot carry, so the file stays well-formed', () => {
		expect(escapeXml('a\u0001b<')).toBe('a\uFFFDb&lt;');
		const bad: FeatureCollection = {
			type: 'FeatureCollection',
			features: [{ type: 'Feature', properties: { name: 'x\u0000y' }, geometry: { type: 'Point', coordinates: [108, 29] } }]
		};
		const parser = new DOMParser({
			onError: (level: string, msg: string) => {
				if (level !== 'warning') throw new Error(msg);
			}
		});
		expect(() => parser.parseFromString(toKML(bad), 'application/xml')).not.toThrow();
	});
});

describe('result collections', () => {
	it('exports the nearby list with ranks, honest distances and the query point', () => {
		const z = fixturePlace('qianjiang-zhuoshui');
		const context = servedContext(fixturePlaces(), [z.lon, z.lat], z);
		const items = servedProjects(fixtureProjects(), fixturePlaces(), context, { radiusKm: 15 });
		const fc = nearbyCollection(items, [z.lon, z.lat], context);
		expect(fc.features.map((f) => f.properties?.id)).toEqual([
			'query-point',
			'qianjiang-jishou-hsr',
			'qianjiang-lichuan-expressway',
			'jinxi-reservoir'
		]);
		expect(fc.features[1].properties).toMatchObject({
			rank: 1,
			relation: 'here',
			town_zh: '濯水镇',
			distance_en: 'passes through or serves Zhuoshui'
		});
		expect(fc.features[3].properties).toMatchObject({
			rank: 3,
			method: 'approximate',
			relation: 'point',
			distance_en: '7–18 km away (reservoir position approximate)'
		});
		const rows = parseCsv(toCSV(fc));
		expect(rows).toHaveLength(5);
		expect(rows[0]).toContain('distance_km_computed');
	});

	it('exports a corridor as its line, labelled schematic, and the places along it', () => {
		const r = corridorFromPlaces(['qianjiang', 'jishou'], fixturePlaces());
		if (!r.ok) throw new Error('fixture');
		const stats = corridorStats(r.line, { bufferKm: 5, places: fixturePlaces() });
		const fc = corridorCollection(r.line, stats, 'schematic');
		expect(fc.features[0].properties).toMatchObject({ method: 'schematic', basis: 'computed on a schematic line, not an alignment' });
		expect(fc.features.slice(1).map((f) => f.properties?.id)).toEqual(stats.placesWithin.map((p) => p.id));
		const jishou = fixturePlace('jishou');
		expect(fc.features[fc.features.length - 1].geometry).toEqual({ type: 'Point', coordinates: [jishou.lon, jishou.lat] });
	});
});
