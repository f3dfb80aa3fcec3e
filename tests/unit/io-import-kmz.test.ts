// Regression tests for the import's edges: a KMZ (a ZIP holding a KML file) is read whatever it is called, within
// the same limits, and an archive that cannot be read says so instead of "not UTF-8".
import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { zipSync, strToU8 } from 'fflate';
import { importBytes, importFile } from '../../src/lib/io/import';
import { importCorridors } from '../../src/lib/io/corridor-lines';
import { prepareImport } from '../../src/lib/io/prepared-import';

const domParser = new DOMParser({
	onError: (level: string, msg: string) => {
		if (level !== 'warning') throw new Error(msg);
	}
});

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>黔江—酉阳</name>
<LineString><coordinates>108.77,29.53 108.99,29.22 108.75,28.84</coordinates></LineString></Placemark></Document></kml>`;

const kmz = (files: Record<string, Uint8Array>) => zipSync(files);

describe('KMZ archives', () => {
	it('imports a KMZ, named .kmz or renamed .kml, as its KML', () => {
		const bytes = kmz({ 'doc.kml': strToU8(KML), 'files/icon.png': new Uint8Array([137, 80, 78, 71]) });
		for (const name of ['route.kmz', 'route.kml', 'route.geojson', 'route']) {
			const r = importCorridors(name, bytes, { domParser });
			expect(r.ok, name).toBe(true);
			if (!r.ok) continue;
			expect(r.format).toBe('kmz');
			expect(r.lines).toHaveLength(1);
			expect(r.lines[0].properties.name).toBe('黔江—酉阳');
		}
	});

	it('refuses, saying why: no KML inside, a damaged archive, a KML too large once unpacked', () => {
		const noKml = importBytes('a.kmz', kmz({ 'readme.txt': strToU8('hello') }), { domParser });
		expect(noKml.ok).toBe(false);
		if (!noKml.ok) {
			expect(noKml.error.code).toBe('archive');
			expect(noKml.error.message_en).toContain('no KML file inside');
			expect(noKml.error.message_zh).toContain('KML');
		}
		const whole = kmz({ 'doc.kml': strToU8(KML) });
		const damaged = importBytes('a.kml', whole.slice(0, 40), { domParser });
		expect(damaged.ok).toBe(false);
		if (!damaged.ok) {
			expect(damaged.error.code).toBe('archive');
			expect(damaged.error.message_en).toMatch(/KMZ|archive/);
			expect(damaged.error.message_en).not.toMatch(/UTF-8/);
		}
		// 6 MB of KML compresses to a few KB: the size it declares is checked before anything is unpacked.
		const bomb = kmz({ 'doc.kml': strToU8(`${KML}<!--${' '.repeat(6 * 1024 * 1024)}-->`) });
		expect(bomb.length).toBeLessThan(100_000);
		const t0 = Date.now();
		const big = importBytes('bomb.kmz', bomb, { domParser });
		expect(big.ok).toBe(false);
		if (!big.ok) {
			expect(big.error.code).toBe('archive');
			expect(big.error.message_en).toContain('5 MB limit');
		}
		expect(Date.now() - t0).toBeLessThan(2000);
	});

	it('a KMZ read as text (its bytes already decoded) is named as an archive', () => {
		const r = importFile('x.kml', 'PK\u0003\u0004\u0014\u0000rest');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.error.code).toBe('archive');
			expect(r.error.message_en).toContain('ZIP archive');
		}
	});

	it('prepared for the page: the lines that fit, packed and rounded, and a short preview', () => {
		const r = prepareImport(importCorridors('route.kmz', kmz({ 'doc.kml': strToU8(KML) }), { domParser }), 20, {
			zh: '导入',
			en: 'imported'
		});
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.format).toBe('kmz');
		expect(r.lineCount).toBe(1);
		expect(Array.from(r.lines[0].coords)).toEqual([108.77, 29.53, 108.99, 29.22, 108.75, 28.84]);
		expect(r.preview[0]).toMatchObject({ name: '黔江—酉阳', type: 'LineString' });
		expect(
			prepareImport(importCorridors('route.kmz', kmz({ 'doc.kml': strToU8(KML) }), { domParser }), 0, { zh: '', en: '' })
		).toMatchObject({ lines: [], lineCount: 1 });
	});
});
