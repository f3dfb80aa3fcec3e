/**
 * Figures a sentence states, exactly as written: lengths (and a length in the district after 黔江段), design
 * speeds, travel minutes and hours, budgets, capacities, passenger numbers, lanes and tracks, and lists of
 * stations. The value keeps the document's own words so a citation's check finds it in the line. Pure.
 */

/** A figure as a document states it (the catalogue's `stated` fields, without the source). */
export interface FoundFigure {
	/** The catalogue's figure keys; travel times and station lists are 'other' with their own label. */
	key: 'length' | 'length-in-district' | 'design-speed' | 'budget' | 'capacity' | 'passengers' | 'lanes' | 'tracks' | 'routes' | 'other';
	label: { zh: string; en: string };
	value: string;
	amount?: number;
	unit?: string;
	/** Offset of `value` in the text searched. */
	at: number;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
/** Chinese numerals a lane count is written in (双向四车道). */
const CN_NUMBERS: Record<string, number> = { 二: 2, 两: 2, 四: 4, 六: 6, 八: 8 };

const RULES: { re: RegExp; key: FoundFigure['key']; unit?: string; zh: string; en: string; scale?: number }[] = [
	{
		re: new RegExp(`${NUM}\\s*(?:公里|千米|km)\\s*/\\s*(?:小时|h)|时速\\s*${NUM}\\s*公里`, 'g'),
		key: 'design-speed',
		unit: 'km/h',
		zh: '设计速度',
		en: 'Design speed'
	},
	{ re: new RegExp(`${NUM}\\s*(?:公里|千米|km)(?![/／每])`, 'g'), key: 'length', unit: 'km', zh: '长度', en: 'Length' },
	{ re: new RegExp(`${NUM}\\s*分钟`, 'g'), key: 'other', unit: 'min', zh: '时间', en: 'Travel time (minutes)' },
	{ re: new RegExp(`${NUM}\\s*亿元`, 'g'), key: 'budget', unit: 'million-yuan', zh: '投资', en: 'Budget', scale: 100 },
	{ re: new RegExp(`${NUM}\\s*万元`, 'g'), key: 'budget', unit: 'million-yuan', zh: '投资', en: 'Budget', scale: 0.01 },
	{ re: new RegExp(`${NUM}\\s*万吨(?:/年)?`, 'g'), key: 'capacity', unit: 'Mt/yr', zh: '能力', en: 'Capacity', scale: 0.01 },
	{ re: new RegExp(`${NUM}\\s*万人次`, 'g'), key: 'passengers', unit: 'passengers/yr', zh: '旅客量', en: 'Passengers', scale: 10000 },
	{ re: /双向\s*(\d+|[二两四六八])\s*车道|(\d+|[二两四六八])\s*车道/g, key: 'lanes', unit: 'lanes', zh: '车道', en: 'Lanes' },
	{ re: /([单双])线(?:铁路)?/g, key: 'tracks', unit: 'tracks', zh: '线路', en: 'Tracks' },
	{ re: new RegExp(`${NUM}\\s*条(?:航线|线路)`, 'g'), key: 'routes', unit: 'routes', zh: '航线', en: 'Routes' }
];

/**
 * The figures of a sentence.
 *
 * @param text - a sentence
 * @returns figures in text order; a length right after 黔江段 is a length in the district
 * @example
 * findFigures('黔江至吉首高铁（黔江段）35公里，按照“速度350公里/小时，双线铁路”标准建设').map((f) => f.key);
 * // ['length-in-district', 'design-speed', 'tracks']
 */
export function findFigures(text: string): FoundFigure[] {
	const out: FoundFigure[] = [];
	const taken = new Uint8Array(text.length);
	for (const r of RULES) {
		for (const m of text.matchAll(r.re)) {
			const at = m.index ?? 0;
			const end = at + m[0].length;
			if (taken.subarray(at, end).some((x) => x)) continue;
			taken.fill(1, at, end);
			const raw = m.slice(1).find((g) => g !== undefined);
			let key: FoundFigure['key'] = r.key;
			let label = { zh: r.zh, en: r.en };
			let amount: number | undefined;
			if (r.key === 'tracks') amount = raw === '双' ? 2 : 1;
			else if (raw !== undefined) amount = Math.round(Number(CN_NUMBERS[raw] ?? raw) * (r.scale ?? 1) * 1000) / 1000;
			if (key === 'length' && /黔江段[）)]?\s*$/.test(text.slice(Math.max(0, at - 6), at))) {
				key = 'length-in-district';
				label = { zh: '黔江段长度', en: 'Length in Qianjiang (stated)' };
			}
			out.push({ key, label, value: m[0].trim(), amount, unit: r.unit, at });
		}
	}
	// A list of stations: 设重庆东、巴南、南川北…站 / 经停黔江站、彭水站
	const stations = /(?:设|经停|途经|设置|共设)([\p{Script=Han}、]{2,80}?)(?:等)?(?:\d+座|\d+个)?(?:车?站)/u.exec(text);
	if (stations && stations[1].includes('、')) {
		out.push({
			key: 'other',
			label: { zh: '车站', en: 'Stations' },
			value: stations[1],
			at: (stations.index ?? 0) + stations[0].indexOf(stations[1])
		});
	}
	return out.sort((a, b) => a.at - b.at);
}
