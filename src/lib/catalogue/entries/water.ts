/**
 * Reservoirs, irrigation districts, water transfers and pumped storage (inventory W1–W31, I1, T1,
 * T2, P1, P2, Q9). A reservoir is placed at a township only when its name is that township's name;
 * all others are unlocated, since no document gives a site.
 */
import type { GeometrySpec, ProjectEntry } from '../types';
import { bi, claim, defineEntry, fact, s2, s4, target } from '../sources';

const WATER_LINE = 946;
const IRRIGATION_LINE = 947;
const TOWNSHIP_RADIUS_KM = 8;
const DISTRICT_RADIUS_KM = 45;

interface ReservoirRow {
	ref: string;
	zh: string;
	pinyin: string;
	en: string;
	/** The township of the same name, when there is one. */
	township?: { id: string; zh: string };
	work: 'plan' | 'extend' | 'build';
}

const townshipNamed = (id: string, zh: string) => ({ id, zh });

const reservoirs: ReservoirRow[] = [
	{ ref: 'W1', zh: '渔滩', pinyin: 'yutan', en: 'Yutan', work: 'plan' },
	{ ref: 'W2', zh: '细沙河', pinyin: 'xishahe', en: 'Xishahe', work: 'plan' },
	{ ref: 'W3', zh: '三岔湖', pinyin: 'sanchahu', en: 'Sanchahu', work: 'plan' },
	{ ref: 'W4', zh: '凤山湖', pinyin: 'fengshanhu', en: 'Fengshanhu', work: 'plan' },
	{ ref: 'W5', zh: '杉岭', pinyin: 'shanling', en: 'Shanling', township: townshipNamed('qianjiang-shanling', '杉岭乡'), work: 'plan' },
	{ ref: 'W6', zh: '深溪河', pinyin: 'shenxihe', en: 'Shenxihe', work: 'plan' },
	{ ref: 'W7', zh: '南溪湖', pinyin: 'nanxihu', en: 'Nanxihu', work: 'plan' },
	{ ref: 'W8', zh: '白土', pinyin: 'baitu', en: 'Baitu', township: townshipNamed('qianjiang-baitu', '白土乡'), work: 'plan' },
	{ ref: 'W9', zh: '艾坪', pinyin: 'aiping', en: 'Aiping', work: 'plan' },
	{ ref: 'W10', zh: '金桥', pinyin: 'jinqiao', en: 'Jinqiao', work: 'plan' },
	{ ref: 'W11', zh: '治安', pinyin: 'zhian', en: 'Zhi’an', work: 'plan' },
	{ ref: 'W12', zh: '金洞', pinyin: 'jindong', en: 'Jindong', township: townshipNamed('qianjiang-jindong', '金洞乡'), work: 'plan' },
	{ ref: 'W13', zh: '两岔河', pinyin: 'liangchahe', en: 'Liangchahe', work: 'plan' },
	{ ref: 'W14', zh: '金溪', pinyin: 'jinxi', en: 'Jinxi', township: townshipNamed('qianjiang-jinxi', '金溪镇'), work: 'plan' },
	{ ref: 'W15', zh: '石板', pinyin: 'shiban', en: 'Shiban', work: 'plan' },
	{ ref: 'W16', zh: '白石', pinyin: 'baishi', en: 'Baishi', township: townshipNamed('qianjiang-baishi', '白石镇'), work: 'plan' },
	{ ref: 'W17', zh: '柒坨', pinyin: 'qituo', en: 'Qituo', work: 'plan' },
	{ ref: 'W18', zh: '十三寨', pinyin: 'shisanzhai', en: 'Shisanzhai', work: 'plan' },
	{ ref: 'W19', zh: '茶溪', pinyin: 'chaxi', en: 'Chaxi', work: 'plan' },
	{ ref: 'W20', zh: '马鹿池', pinyin: 'maluchi', en: 'Maluchi', work: 'plan' },
	{ ref: 'W21', zh: '城北', pinyin: 'chengbei', en: 'Chengbei', work: 'extend' },
	{ ref: 'W22', zh: '茶园', pinyin: 'chayuan', en: 'Chayuan', work: 'build' },
	{ ref: 'W23', zh: '嘉禾', pinyin: 'jiahe', en: 'Jiahe', work: 'build' },
	{ ref: 'W24', zh: '陈家寨', pinyin: 'chenjiazhai', en: 'Chenjiazhai', work: 'build' },
	{ ref: 'W25', zh: '甘溪', pinyin: 'ganxi', en: 'Ganxi', work: 'build' },
	{ ref: 'W26', zh: '黄桥', pinyin: 'huangqiao', en: 'Huangqiao', work: 'build' },
	{ ref: 'W27', zh: '高坪', pinyin: 'gaoping', en: 'Gaoping', work: 'build' },
	{ ref: 'W28', zh: '关里', pinyin: 'guanli', en: 'Guanli', work: 'build' },
	{ ref: 'W29', zh: '新民', pinyin: 'xinmin', en: 'Xinmin', work: 'build' }
];

/** Reservoirs whose preliminary work 002:936 names. */
const PRELIMINARY_RESERVOIRS = ['渔滩', '嘉禾'];

const WORK_QUOTE_PREFIX: Record<ReservoirRow['work'], string> = { plan: '', extend: '扩建', build: '' };
const WORK_TEXT: Record<ReservoirRow['work'], { zh: string; en: string }> = {
	plan: { zh: '规划建设', en: 'planned' },
	extend: { zh: '扩建', en: 'to be extended' },
	build: { zh: '建设', en: 'to be built' }
};

function reservoirGeometry(row: { zh: string; en: string; township?: { id: string; zh: string } }): GeometrySpec {
	if (row.township) {
		return {
			method: 'approximate',
			at: row.township.id,
			radiusKm: TOWNSHIP_RADIUS_KM,
			note: bi(
				`以${row.township.zh}命名，置于该乡镇，半径${TOWNSHIP_RADIUS_KM}公里；非坝址。`,
				`Named after ${row.township.zh} (${row.en}): placed at that township with an ${TOWNSHIP_RADIUS_KM} km radius. Not the dam site.`
			)
		};
	}
	return {
		method: 'unlocated',
		note: bi(`“${row.zh}”不是黔江区乡镇名，文件未给位置。`, `“${row.zh}” (${row.en}) is not a township of Qianjiang and no document gives a site.`)
	};
}

function reservoirEntry(row: ReservoirRow): ProjectEntry {
	const name = `${row.zh}水库`;
	const work = WORK_TEXT[row.work];
	return defineEntry({
		id: `${row.pinyin}-reservoir`,
		ref: row.ref,
		name: bi(row.work === 'extend' ? `${name}（扩建）` : name, `${row.en} reservoir${row.work === 'extend' ? ' (extension)' : ''}`),
		shortName: bi(name, `${row.en} reservoir`),
		kind: 'reservoir',
		status: [claim('planned', s2(WATER_LINE, `${WORK_QUOTE_PREFIX[row.work]}${name}`))],
		period: '2026-2030',
		stated: [],
		summary: bi(`专栏16水安全保障建设重点项目：${work.zh}${name}。`, `Box 16, water security: ${row.en} reservoir, ${work.en}.`),
		sources: PRELIMINARY_RESERVOIRS.includes(row.zh) ? [s2(936, '积极开展渔滩水库、嘉禾水库等大中型水库前期工作')] : [],
		geometry: reservoirGeometry(row)
	});
}

const completedReservoir = (ref: string, zh: string, pinyin: string, en: string): ProjectEntry =>
	defineEntry({
		id: `${pinyin}-reservoir`,
		ref,
		name: bi(`${zh}水库`, `${en} reservoir`),
		shortName: bi(`${zh}水库`, `${en} reservoir`),
		kind: 'reservoir',
		status: [claim('in-service', s2(16, '罗家堡水库、瓦窑堡水库等建成投用'))],
		period: '2021-2025',
		stated: [],
		summary: bi('“十五五”规划纲要回顾“十四五”：建成投用。', 'Completed in 2021–2025, per the 2026 plan’s review.'),
		geometry: reservoirGeometry({ zh, en })
	});

interface IrrigationRow {
	zh: string;
	pinyin: string;
	en: string;
	township?: { id: string; zh: string };
}

const irrigationDistricts: IrrigationRow[] = [
	{ zh: '罗家堡', pinyin: 'luojiabao', en: 'Luojiabao' },
	{ zh: '太极', pinyin: 'taiji', en: 'Taiji', township: townshipNamed('qianjiang-taiji', '太极镇') },
	{ zh: '嘉禾', pinyin: 'jiahe', en: 'Jiahe' },
	{ zh: '茶园', pinyin: 'chayuan', en: 'Chayuan' },
	{ zh: '小南海', pinyin: 'xiaonanhai', en: 'Xiaonanhai', township: townshipNamed('qianjiang-xiaonanhai', '小南海镇') },
	{ zh: '老窖溪', pinyin: 'laojiaoxi', en: 'Laojiaoxi' }
];

const IRRIGATION_RADIUS_KM = 10;
const irrigationQuote = '罗家堡水库、太极水库、嘉禾水库、茶园水库、小南海、老窖溪等中型灌区续建配套与改造工程';

function irrigationEntry(row: IrrigationRow): ProjectEntry {
	const geometry: GeometrySpec = row.township
		? {
				method: 'approximate',
				at: row.township.id,
				radiusKm: IRRIGATION_RADIUS_KM,
				note: bi(
					`以${row.township.zh}命名，置于该乡镇，半径${IRRIGATION_RADIUS_KM}公里；非灌区范围。`,
					`Named after ${row.township.zh} (${row.en}): placed at that township, ${IRRIGATION_RADIUS_KM} km radius. Not the district's extent.`
				)
			}
		: { method: 'unlocated', note: bi(`“${row.zh}”不是黔江区乡镇名，文件未给范围。`, `“${row.zh}” (${row.en}) is not a township of Qianjiang and no extent is given.`) };
	return defineEntry({
		id: `${row.pinyin}-irrigation-district`,
		ref: 'I1',
		name: bi(`${row.zh}中型灌区续建配套与改造`, `${row.en} medium irrigation district renewal`),
		shortName: bi(`${row.zh}灌区`, `${row.en} irrigation`),
		kind: 'irrigation',
		status: [claim('planned', s2(IRRIGATION_LINE, irrigationQuote))],
		period: '2026-2030',
		stated: [],
		summary: bi('专栏16农田灌溉设施建设：中型灌区续建配套与改造。', 'Box 16, farm irrigation: renewal of a medium irrigation district.'),
		geometry
	});
}

const qijiangNote = (zh: string, en: string): GeometrySpec => ({
	method: 'approximate',
	at: 'qijiang',
	radiusKm: DISTRICT_RADIUS_KM,
	note: bi(
		`文件列为綦江区重大项目（${zh}），未给位置；置于綦江城区，半径${DISTRICT_RADIUS_KM}公里约覆盖全区。`,
		`Listed among Qijiang district’s major projects (${en}) without a site: placed at Qijiang town with a ${DISTRICT_RADIUS_KM} km radius, about the whole district.`
	)
});

interface WaterWork {
	id: string;
	ref: string;
	zh: string;
	en: string;
	kind: 'water-transfer' | 'irrigation' | 'reservoir';
	line: number;
	quote: string;
	geometry?: GeometrySpec;
	stated?: ReturnType<typeof fact>[];
}

const unlocatedWork = (zh: string, en: string): GeometrySpec => ({ method: 'unlocated', note: bi(zh, en) });

/** The other water works of Box 16 (002:946–949) and chapter 20 (002:936). */
const waterWorks: WaterWork[] = [
	{
		id: 'xiaonanhai-drinking-water-source-replacement',
		ref: 'W32',
		zh: '小南海饮用水源替代工程',
		en: 'Xiaonanhai drinking-water source replacement',
		kind: 'water-transfer',
		line: 936,
		quote: '实施小南海饮用水源替代工程',
		geometry: {
			method: 'approximate',
			at: 'qianjiang-xiaonanhai',
			radiusKm: TOWNSHIP_RADIUS_KM,
			note: bi(`以小南海镇计，半径${TOWNSHIP_RADIUS_KM}公里；文件未给水源位置。`, `Taken at Xiaonanhai town, ${TOWNSHIP_RADIUS_KM} km radius; no document gives the source’s site.`)
		}
	},
	{
		id: 'water-security-wod-project',
		ref: 'W33',
		zh: '黔江区水安全保障与供水优化综合开发（WOD）项目',
		en: 'Water security and supply optimisation (WOD) project',
		kind: 'water-transfer',
		line: WATER_LINE,
		quote: '黔江区水安全保障与供水优化综合开发（WOD）项目'
	},
	{
		id: 'qianjiang-river-improvement',
		ref: 'W34',
		zh: '黔江河水体整治提升工程',
		en: 'Qianjiang river water improvement',
		kind: 'water-transfer',
		line: WATER_LINE,
		quote: '黔江河水体整治提升工程',
		geometry: {
			method: 'approximate',
			at: 'qianjiang',
			radiusKm: 10,
			note: bi('黔江河穿城而过，置于黔江城区，半径10公里；非整治河段。', 'The Qianjiang river runs through the town: placed at Qianjiang town, 10 km radius; not the works’ reach.')
		}
	},
	{ id: 'small-diversion-works', ref: 'W35', zh: '小型引水工程', en: 'Small water-diversion works', kind: 'water-transfer', line: WATER_LINE, quote: '小型引水工程' },
	{ id: 'small-storage-works', ref: 'W35', zh: '小型蓄水工程', en: 'Small water-storage works', kind: 'reservoir', line: WATER_LINE, quote: '小型蓄水工程' },
	{ id: 'small-lifting-works', ref: 'W35', zh: '小型提水工程', en: 'Small water-lifting works', kind: 'water-transfer', line: WATER_LINE, quote: '小型提水工程' },
	{
		id: 'smart-water-project',
		ref: 'W36',
		zh: '黔江区水安全保障智慧水利项目',
		en: 'Smart water-security project',
		kind: 'water-transfer',
		line: WATER_LINE,
		quote: '黔江区水安全保障智慧水利项目'
	},
	{
		id: 'reservoir-digital-twin',
		ref: 'W37',
		zh: '中型水库数字孪生工程',
		en: 'Digital twin of medium reservoirs',
		kind: 'reservoir',
		line: WATER_LINE,
		quote: '中型水库数字孪生工程'
	},
	{
		id: 'drought-prone-area-water-sources',
		ref: 'W38',
		zh: '黔江区易旱地区水源工程',
		en: 'Water sources for drought-prone areas',
		kind: 'water-transfer',
		line: WATER_LINE,
		quote: '黔江区易旱地区水源工程'
	},
	{
		id: 'small-irrigation-districts',
		ref: 'I2',
		zh: '小型灌区工程',
		en: 'Small irrigation districts',
		kind: 'irrigation',
		line: IRRIGATION_LINE,
		quote: '实施小型灌区工程（灌溉面积2.14万亩）',
		stated: [fact('other', bi('灌溉面积', 'Irrigated area'), '2.14万亩', s2(IRRIGATION_LINE, '灌溉面积2.14万亩'), 21400, 'mu')]
	},
	{
		id: 'rural-water-supply-programme',
		ref: 'W39',
		zh: '农村供水提升工程',
		en: 'Rural water supply improvement',
		kind: 'water-transfer',
		line: 949,
		quote: '实施农村规模化供水工程50个、千人供水工程55个、百人供水工程105个',
		stated: [
			fact('other', bi('农村规模化供水工程', 'Large rural supply schemes'), '50个', s2(949, '实施农村规模化供水工程50个'), 50, 'schemes'),
			fact('other', bi('千人供水工程', 'Schemes for 1,000 people'), '55个', s2(949, '千人供水工程55个'), 55, 'schemes'),
			fact('other', bi('百人供水工程', 'Schemes for 100 people'), '105个', s2(949, '百人供水工程105个'), 105, 'schemes')
		]
	}
];

function waterWorkEntry(work: WaterWork): ProjectEntry {
	return defineEntry({
		id: work.id,
		ref: work.ref,
		name: bi(work.zh, work.en),
		shortName: bi(work.zh, work.en),
		kind: work.kind,
		status: [claim('planned', s2(work.line, work.quote))],
		period: '2026-2030',
		stated: work.stated ?? [],
		summary: bi(`“十五五”规划纲要：${work.quote}。`, `The 2026 plan: ${work.en.toLowerCase()}.`),
		geometry: work.geometry ?? unlocatedWork('文件未给位置，全区范围的工程只列于清单。', 'No position is given; district-wide works are listed only.')
	});
}

export const waterEntries: ProjectEntry[] = [
	...reservoirs.map(reservoirEntry),
	completedReservoir('W30', '罗家堡', 'luojiabao', 'Luojiabao'),
	completedReservoir('W31', '瓦窑堡', 'wayaobao', 'Wayaobao'),
	...irrigationDistricts.map(irrigationEntry),
	...waterWorks.map(waterWorkEntry),
	defineEntry({
		id: 'xiaonanhai-city-water-transfer',
		ref: 'T1',
		name: bi('黔江区小南海至城区引调水工程', 'Xiaonanhai–city water transfer'),
		shortName: bi('小南海引调水', 'Xiaonanhai transfer'),
		kind: 'water-transfer',
		status: [claim('planned', s2(WATER_LINE, '实施黔江区小南海至城区引调水工程'))],
		period: '2026-2030',
		stated: [],
		summary: bi('专栏16：小南海至城区引调水工程。', 'Box 16: water transfer from Xiaonanhai to the town.'),
		geometry: {
			method: 'schematic',
			via: ['qianjiang-xiaonanhai', 'qianjiang'],
			note: bi('示意线：小南海镇至黔江城区，非管线走向。', 'Schematic from Xiaonanhai town to Qianjiang town. Not the pipeline route.')
		}
	}),
	defineEntry({
		id: 'shenxi-river-water-lifting',
		ref: 'T2',
		name: bi('黔江区深溪河引提水工程', 'Shenxi river water lifting'),
		shortName: bi('深溪河引提水', 'Shenxi lifting'),
		kind: 'water-transfer',
		status: [claim('planned', s2(WATER_LINE, '黔江区深溪河引提水工程'))],
		period: '2026-2030',
		stated: [],
		summary: bi('专栏16：深溪河引提水工程。', 'Box 16: water lifting from the Shenxi river.'),
		geometry: { method: 'unlocated', note: bi('深溪河为溪河名，文件未给位置。', 'Shenxi is a stream name; no position is given.') }
	}),
	defineEntry({
		id: 'apeng-river-pumped-storage',
		ref: 'P1',
		name: bi('阿蓬江抽水蓄能电站', 'Apeng River pumped-storage power station'),
		shortName: bi('阿蓬江抽蓄', 'Apeng pumped storage'),
		kind: 'pumped-storage',
		status: [claim('planned', s2(545, '阿蓬江抽水蓄能电站项目'))],
		period: '2026-2030',
		stated: [],
		summary: bi('专栏4新能源产业重点项目。', 'Box 4, new-energy projects.'),
		geometry: {
			method: 'unlocated',
			note: bi('以阿蓬江（贯穿全区的河流）命名，文件未给站址。', 'Named after the Apeng River, which crosses the whole district; no site is given.')
		}
	}),
	defineEntry({
		id: 'panlong-pumped-storage-phase-2',
		ref: 'P2',
		name: bi('蟠龙抽水蓄能电站二期', 'Panlong pumped storage, phase II'),
		shortName: bi('蟠龙抽蓄二期', 'Panlong phase II'),
		kind: 'pumped-storage',
		status: [claim('planned', s4(145, '加快推进藻渡水库、蟠龙抽水蓄能电站二期等重大项目', 147))],
		period: '2021-2025',
		stated: [],
		summary: bi('綦江区加快推进的重大项目。', 'A major project Qijiang is speeding up.'),
		geometry: qijiangNote('004:145–146', '004:145–146')
	}),
	defineEntry({
		id: 'zaodu-reservoir',
		ref: 'Q9',
		name: bi('藻渡水库', 'Zaodu reservoir'),
		shortName: bi('藻渡水库', 'Zaodu reservoir'),
		kind: 'reservoir',
		status: [claim('planned', s4(38, '藻渡水库已列入国家“十四五”150项重大水利工程项目清单', 40))],
		targets: [target('start-construction', 2022, s4(40, '即将于今年动工建设'))],
		period: '2021-2025',
		stated: [fact('other', bi('国家“十四五”重大水利工程', 'National 2021–2025 major water projects'), '150项重大水利工程', s4(39, '150项重大水利工程'), 150, 'projects')],
		summary: bi(
			'2022年：已列入国家“十四五”150项重大水利工程项目清单，目标当年动工建设；綦江区联同遵义市争取纳入国家规划。此后的文件未再提及。',
			'In 2022 it was on the national list of 150 major water projects for 2021–2025, with construction aimed to start that year; Qijiang and Zunyi sought it jointly. No later document speaks of it.'
		),
		sources: [s4(36, '联同遵义市共同争取渝桂高铁、广涪柳铁路、藻渡水库等重大项目纳入国', 37)],
		geometry: qijiangNote('004:35–40', '004:35–40')
	})
];
