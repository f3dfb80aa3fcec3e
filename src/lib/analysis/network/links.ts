/**
 * The link table: every railway and expressway the model knows, with its stops, figures and sources.
 * Figures come from data/network-facts.ts (public reference) or from the plan's stated figures; where a
 * length is not published the graph computes one and flags it `computed`. Lines drawn between towns
 * are schematic: their computed lengths are straight lines times a stated detour factor.
 */
import type { SourceRef } from '../../catalogue/types';
import {
	QIJIANG_SOURCES,
	SEED_FACTS,
	STATUS_SOURCES,
	networkFact,
	publicReference
} from '../../data/network-facts';
import type { Availability, Figure, LineDef, TimetableRun } from './types';

function lengthOf(factId: string): Figure {
	const f = networkFact(factId);
	if (f.lengthKm === undefined) throw new Error(`fact ${factId} has no length`);
	return { value: f.lengthKm, text: f.lengthText ?? String(f.lengthKm), source: f.source };
}

function seedFigure(id: string): Figure {
	const f = SEED_FACTS.find((x) => x.id === id);
	if (!f || f.amount === undefined) throw new Error(`unknown seed fact ${id}`);
	return { value: f.amount, text: f.value, source: f.source };
}

function runOf(factId: string, from: string, to: string, year = 2025): TimetableRun {
	const f = networkFact(factId);
	if (f.scheduledMin === undefined) throw new Error(`fact ${factId} has no scheduled time`);
	return { from, to, minutes: f.scheduledMin, text: f.scheduledText ?? `${f.scheduledMin} min`, year, source: f.source };
}

function inService(factId: string): Availability {
	const f = networkFact(factId);
	return { status: f.status, year: f.openedYear, source: f.source };
}

const routeOnly: SourceRef = publicReference(2025);

/** Railways: lines in service, through services, planned lines. */
export const RAIL_LINES: LineDef[] = [
	{
		id: 'yuxia-cq-qj',
		ref: 'R1',
		name: { zh: '渝厦高铁 重庆至黔江段', en: 'Chongqing–Xiamen HSR, Chongqing–Qianjiang' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['chongqing-east', 'banan', 'nanchuan-north', { unnamed: { zh: '水江西', en: 'Shuijiang West' } }, 'wulong-south', 'pengshui-west', 'qianjiang'],
		lengthKm: lengthOf('yuxia-cq-qj'),
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: true,
		timetable: [runOf('yuxia-cq-qj', 'chongqing-east', 'qianjiang')],
		availability: inService('yuxia-cq-qj'),
		sources: [networkFact('yuxia-cq-qj').source, STATUS_SOURCES.R1]
	},
	{
		id: 'qianji-hsr',
		ref: 'R2',
		name: { zh: '黔江至吉首高铁', en: 'Qianjiang–Jishou HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['qianjiang', 'jishou-east'],
		lengthKm: lengthOf('qianji-hsr'),
		lengthInDistrictKm: seedFigure('R2-length'),
		designSpeedKmh: 350,
		speedSource: 'stated',
		speedFigure: seedFigure('R2-speed'),
		stopsKnown: false,
		availability: { status: 'planned', period: '2026-2030', year: 2030, source: STATUS_SOURCES.R2 },
		sources: [networkFact('qianji-hsr').source, STATUS_SOURCES.R2, seedFigure('R2-length').source]
	},
	{
		id: 'qzc-railway',
		ref: 'C2',
		name: { zh: '黔张常铁路', en: 'Qianjiang–Zhangjiajie–Changde railway' },
		mode: 'rail',
		kind: 'rail',
		stops: ['qianjiang', 'xianfeng', 'laifeng', 'longshan-north', 'sangzhi', 'zhangjiajie-west', { unnamed: { zh: '牛车河', en: 'Niuchehe' } }, 'taoyuan', 'changde'],
		lengthKm: lengthOf('qzc-railway'),
		designSpeedKmh: 200,
		speedSource: 'public-reference',
		stopsKnown: true,
		timetable: [runOf('qzc-qj-zjjw', 'qianjiang', 'zhangjiajie-west'), runOf('qzc-railway', 'qianjiang', 'changde', 2019)],
		availability: inService('qzc-railway'),
		sources: [networkFact('qzc-railway').source, networkFact('qzc-qj-zjjw').source]
	},
	{
		id: 'zjh-hsr',
		ref: 'C3',
		name: { zh: '张吉怀高铁', en: 'Zhangjiajie–Jishou–Huaihua HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['zhangjiajie-west', 'jishou-east', 'huaihua-south'],
		lengthKm: lengthOf('zjh-hsr'),
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('zjh-zjjw-jse', 'zhangjiajie-west', 'jishou-east'), runOf('zjh-hsr', 'zhangjiajie-west', 'huaihua-south')],
		availability: inService('zjh-hsr'),
		sources: [networkFact('zjh-hsr').source]
	},
	{
		id: 'cyc-hsr',
		ref: 'C4',
		name: { zh: '常益长高铁', en: 'Changde–Yiyang–Changsha HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['changde', { unnamed: { zh: '益阳南', en: 'Yiyang South' } }, 'changsha-west'],
		lengthKm: lengthOf('cyc-hsr'),
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('cyc-hsr', 'changde', 'changsha-west')],
		availability: inService('cyc-hsr'),
		sources: [networkFact('cyc-hsr').source]
	},
	{
		id: 'hukun-hsr',
		ref: null,
		name: { zh: '沪昆高铁 怀化南至长沙南', en: 'Shanghai–Kunming HSR, Huaihua South–Changsha South' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['huaihua-south', 'changsha-south'],
		lengthKm: lengthOf('hukun-hhs-css'),
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('hukun-hhs-css', 'huaihua-south', 'changsha-south')],
		availability: inService('hukun-hhs-css'),
		sources: [networkFact('hukun-hhs-css').source]
	},
	{
		id: 'wuguang-hsr',
		ref: null,
		name: { zh: '武广高铁 长沙南至广州南', en: 'Wuhan–Guangzhou HSR, Changsha South–Guangzhou South' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['changsha-south', 'guangzhou-south'],
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('wuguang-css-gzs', 'changsha-south', 'guangzhou-south')],
		availability: inService('wuguang-css-gzs'),
		sources: [networkFact('wuguang-css-gzs').source]
	},
	{
		id: 'gsg-hsr',
		ref: null,
		name: { zh: '广深港高铁 广州南至深圳北', en: 'Guangzhou–Shenzhen–Hong Kong HSR, Guangzhou South–Shenzhen North' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['guangzhou-south', 'shenzhen-north'],
		lengthKm: lengthOf('gsg-gzs-szn'),
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('gsg-gzs-szn', 'guangzhou-south', 'shenzhen-north')],
		availability: inService('gsg-gzs-szn'),
		sources: [networkFact('gsg-gzs-szn').source]
	},
	{
		id: 'yuhuai-railway',
		ref: 'C1',
		name: { zh: '渝怀铁路', en: 'Chongqing–Huaihua railway' },
		mode: 'rail',
		kind: 'rail',
		stops: ['chongqing-north', { unnamed: { zh: '长寿', en: 'Changshou' } }, 'fuling', 'wulong', 'pengshui', 'qianjiang', 'youyang', 'xiushan', 'tongren', 'huaihua'],
		lengthKm: lengthOf('yuhuai'),
		designSpeedKmh: 120,
		speedSource: 'public-reference',
		stopsKnown: true,
		timetable: [runOf('yuhuai', 'chongqing-north', 'qianjiang')],
		availability: inService('yuhuai'),
		sources: [networkFact('yuhuai').source]
	},
	{
		id: 'yuwan-intercity',
		ref: null,
		name: { zh: '渝万城际铁路', en: 'Chongqing–Wanzhou intercity railway' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['chongqing-north', 'wanzhou-north'],
		lengthKm: lengthOf('yuwan-intercity'),
		designSpeedKmh: 250,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('yuwan-intercity', 'chongqing-north', 'wanzhou-north')],
		availability: inService('yuwan-intercity'),
		sources: [networkFact('yuwan-intercity').source]
	},
	{
		id: 'yugui-railway',
		ref: 'C5',
		name: { zh: '渝贵铁路', en: 'Chongqing–Guiyang railway' },
		mode: 'rail',
		kind: 'rail',
		stops: ['chongqing-west', 'qijiang-east', 'guiyang-north'],
		lengthKm: lengthOf('yugui-railway'),
		designSpeedKmh: 200,
		speedSource: 'public-reference',
		stopsKnown: false,
		timetable: [runOf('yugui-railway', 'chongqing-west', 'guiyang-north')],
		availability: inService('yugui-railway'),
		sources: [networkFact('yugui-railway').source]
	},
	{
		id: 'yuwan-hsr',
		ref: null,
		name: { zh: '渝万高铁', en: 'Chongqing–Wanzhou HSR (new)' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['chongqing-east', 'wanzhou-north'],
		lengthKm: lengthOf('yuwan-hsr'),
		designSpeedKmh: 350,
		speedSource: 'public-reference',
		stopsKnown: false,
		availability: { status: 'under-construction', year: 2027, source: networkFact('yuwan-hsr').source },
		sources: [networkFact('yuwan-hsr').source]
	},
	{
		id: 'qianwan-hsr',
		ref: 'R3',
		name: { zh: '黔江至万州高铁', en: 'Qianjiang–Wanzhou HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['qianjiang', 'wanzhou-north'],
		lengthKm: lengthOf('qianwan-hsr'),
		lengthInDistrictKm: seedFigure('R3-length'),
		designSpeedKmh: 350,
		speedSource: 'stated',
		speedFigure: seedFigure('R3-speed'),
		stopsKnown: false,
		availability: { status: 'preliminary', period: 'long-term', source: STATUS_SOURCES.R3 },
		sources: [networkFact('qianwan-hsr').source, STATUS_SOURCES.R3]
	},
	{
		id: 'qzc-hsr',
		ref: 'R4',
		name: { zh: '黔张常高铁', en: 'Qianjiang–Zhangjiajie–Changde HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['qianjiang', 'zhangjiajie-west', 'changde'],
		lengthInDistrictKm: seedFigure('R4-length'),
		designSpeedKmh: 350,
		speedSource: 'stated',
		speedFigure: seedFigure('R4-speed'),
		stopsKnown: false,
		availability: { status: 'under-study', period: 'long-term', source: STATUS_SOURCES.R4 },
		sources: [STATUS_SOURCES.R4]
	},
	{
		id: 'qianzunzhao-railway',
		ref: 'R5',
		name: { zh: '黔遵昭铁路', en: 'Qianjiang–Zunyi–Zhaotong railway' },
		mode: 'rail',
		kind: 'rail',
		stops: ['qianjiang', 'zunyi'],
		lengthInDistrictKm: seedFigure('R5-length'),
		designSpeedKmh: 160,
		speedSource: 'stated',
		speedFigure: seedFigure('R5-speed'),
		stopsKnown: false,
		availability: { status: 'under-study', period: 'long-term', source: STATUS_SOURCES.R5 },
		sources: [STATUS_SOURCES.R5],
		note: { zh: '以货运为主；此处按客运计时。', en: 'Mainly for freight; timed here as if it carried passengers.' }
	},
	{
		id: 'anenqian-railway',
		ref: 'R7',
		name: { zh: '安恩黔铁路', en: 'Ankang–Enshi–Qianjiang railway' },
		mode: 'rail',
		kind: 'rail',
		stops: ['qianjiang', 'enshi'],
		lengthInDistrictKm: seedFigure('R7-length'),
		designSpeedKmh: 160,
		speedSource: 'stated',
		speedFigure: seedFigure('R7-speed'),
		stopsKnown: false,
		availability: { status: 'preliminary', period: 'long-term', source: STATUS_SOURCES.R7 },
		sources: [STATUS_SOURCES.R7]
	},
	{
		id: 'yugui-hsr',
		ref: 'Q2',
		name: { zh: '渝贵高铁', en: 'Chongqing–Guiyang HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['chongqing-west', 'qijiang', 'guiyang-north'],
		designSpeedKmh: 350,
		speedSource: 'assumed',
		stopsKnown: false,
		availability: { status: 'planned', source: QIJIANG_SOURCES.yuguiHsr },
		sources: [QIJIANG_SOURCES.yuguiHsr],
		note: { zh: '设计速度未见来源，假定350公里/小时。', en: 'No source gives the design speed; 350 km/h is assumed.' }
	},
	{
		id: 'yugui-guilin-hsr',
		ref: 'Q1',
		name: { zh: '渝桂高铁', en: 'Chongqing–Guilin HSR' },
		mode: 'rail',
		kind: 'hsr',
		stops: ['chongqing-west', 'qijiang', 'zunyi'],
		designSpeedKmh: 350,
		speedSource: 'assumed',
		stopsKnown: false,
		availability: { status: 'proposed', period: 'long-term', source: QIJIANG_SOURCES.yuguiHsrGuilin },
		sources: [QIJIANG_SOURCES.yuguiHsrGuilin],
		note: { zh: '设计速度未见来源，假定350公里/小时。', en: 'No source gives the design speed; 350 km/h is assumed.' }
	}
];

/**
 * Through trains over several lines whose fastest scheduled times are published. No source gives them a
 * speed (network-facts.md lists none): they carry none, and are used only where timetables are.
 */
export const THROUGH_SERVICES: LineDef[] = [
	{
		id: 'through-cq-zjj',
		ref: null,
		name: { zh: '重庆东—张家界西直通列车', en: 'Chongqing East–Zhangjiajie West through trains' },
		mode: 'rail',
		kind: 'service',
		stops: ['chongqing-east', 'qianjiang', 'zhangjiajie-west'],
		designSpeedKmh: 0,
		speedSource: 'none',
		stopsKnown: false,
		timetable: [runOf('through-cq-zjj', 'chongqing-east', 'zhangjiajie-west')],
		availability: inService('through-cq-zjj'),
		sources: [networkFact('through-cq-zjj').source]
	},
	{
		id: 'through-cq-csw',
		ref: null,
		name: { zh: '重庆东—长沙西直通列车', en: 'Chongqing East–Changsha West through trains' },
		mode: 'rail',
		kind: 'service',
		stops: ['chongqing-east', 'qianjiang', 'changde', 'changsha-west'],
		designSpeedKmh: 0,
		speedSource: 'none',
		stopsKnown: false,
		timetable: [runOf('through-cq-csw', 'chongqing-east', 'changsha-west')],
		availability: inService('through-cq-csw'),
		sources: [networkFact('through-cq-csw').source]
	},
	{
		id: 'through-jse-css',
		ref: null,
		name: { zh: '吉首东—长沙南直通列车', en: 'Jishou East–Changsha South through trains' },
		mode: 'rail',
		kind: 'service',
		stops: ['jishou-east', 'huaihua-south', 'changsha-south'],
		designSpeedKmh: 0,
		speedSource: 'none',
		stopsKnown: false,
		timetable: [runOf('through-jse-css', 'jishou-east', 'changsha-south')],
		availability: inService('through-jse-css'),
		sources: [networkFact('through-jse-css').source]
	}
];

const routeOnlyNote = {
	zh: '线路走向为公开资料，network-facts.md 未列；里程与通车年份未见来源：里程按直线距离乘绕行系数计算。',
	en: 'Route from public reference, not listed in network-facts.md; no length or opening year found: length computed from straight-line distance × detour factor.'
};

/** Expressways: the existing network, the plan's new ones, and context routes. */
export const ROAD_LINES: LineDef[] = [
	{
		id: 'g65-chongqing-nanchuan',
		ref: 'C6',
		name: { zh: 'G65 包茂高速 重庆—南川', en: 'G65 Baotou–Maoming expressway, Chongqing–Nanchuan' },
		mode: 'road',
		kind: 'expressway',
		stops: ['chongqing', 'banan', 'nanchuan'],
		designSpeedKmh: 100,
		speedSource: 'public-reference',
		stopsKnown: true,
		availability: inService('g65'),
		sources: [networkFact('g65').source],
		note: { zh: '较早路段设计速度100公里/小时。', en: 'Older sections: 100 km/h design speed.' }
	},
	{
		id: 'g65-nanchuan-xiushan',
		ref: 'C6',
		name: { zh: 'G65 包茂高速 南川—秀山', en: 'G65 Baotou–Maoming expressway, Nanchuan–Xiushan' },
		mode: 'road',
		kind: 'expressway',
		stops: ['nanchuan', 'wulong', 'pengshui', 'qianjiang', 'youyang', 'xiushan'],
		designSpeedKmh: 80,
		speedSource: 'public-reference',
		stopsKnown: true,
		availability: inService('g65'),
		sources: [networkFact('g65').source],
		note: { zh: '山区路段设计速度80公里/小时；重庆段全长468公里（界石至湖南界）。', en: 'Mountain sections: 80 km/h; Chongqing section 468 km (Jieshi to the Hunan border).' }
	},
	{
		id: 'g65-hunan',
		ref: null,
		name: { zh: 'G65 包茂高速 秀山—吉首—怀化', en: 'G65 Baotou–Maoming expressway, Xiushan–Jishou–Huaihua' },
		mode: 'road',
		kind: 'expressway',
		stops: ['xiushan', 'jishou', 'huaihua'],
		designSpeedKmh: 80,
		speedSource: 'assumed',
		stopsKnown: true,
		availability: { status: 'in-service', source: routeOnly },
		sources: [routeOnly],
		note: routeOnlyNote
	},
	{
		id: 'yuxiang-second',
		ref: 'C7',
		name: { zh: '渝湘复线高速', en: 'Second Chongqing–Hunan expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['banan', 'wulong', 'pengshui', 'youyang'],
		lengthKm: lengthOf('yuxiang-fuxian'),
		designSpeedKmh: 80,
		speedSource: 'assumed',
		stopsKnown: true,
		availability: inService('yuxiang-fuxian'),
		sources: [networkFact('yuxiang-fuxian').source],
		note: { zh: '设计速度未见来源，假定80公里/小时。', en: 'No source gives the design speed; 80 km/h is assumed.' }
	},
	{
		id: 'shiqian',
		ref: 'E6',
		name: { zh: '石黔高速 (G5515)', en: 'Shizhu–Qianjiang expressway (G5515)' },
		mode: 'road',
		kind: 'expressway',
		stops: ['shizhu', 'qianjiang'],
		lengthKm: lengthOf('shiqian'),
		designSpeedKmh: 80,
		speedSource: 'public-reference',
		stopsKnown: true,
		availability: inService('shiqian'),
		sources: [networkFact('shiqian').source, STATUS_SOURCES.E6]
	},
	{
		id: 'enqian',
		ref: 'E6',
		name: { zh: '恩黔高速', en: 'Enshi–Qianjiang expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['qianjiang', 'enshi'],
		lengthKm: lengthOf('enqian'),
		designSpeedKmh: 80,
		speedSource: 'assumed',
		stopsKnown: true,
		availability: inService('enqian'),
		sources: [networkFact('enqian').source, STATUS_SOURCES.E6],
		note: { zh: '公开资料为2014年12月通车；002:19 将黔恩高速列入2021–2025年建成项目。', en: 'Public reference: opened Dec 2014; 002:19 lists the Qianjiang–Enshi expressway among 2021–2025 completions.' }
	},
	{
		id: 'laixian',
		ref: null,
		name: { zh: '来咸高速 (G5515)', en: 'Laifeng–Xianfeng expressway (G5515)' },
		mode: 'road',
		kind: 'expressway',
		stops: ['laifeng', 'xianfeng'],
		lengthKm: lengthOf('laixian'),
		designSpeedKmh: 80,
		speedSource: 'public-reference',
		stopsKnown: true,
		availability: inService('laixian'),
		sources: [networkFact('laixian').source]
	},
	{
		id: 'lixian',
		ref: null,
		name: { zh: '利咸高速', en: 'Lichuan–Xianfeng expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['lichuan', 'xianfeng'],
		lengthKm: lengthOf('lixian'),
		designSpeedKmh: 80,
		speedSource: 'public-reference',
		stopsKnown: true,
		availability: { status: 'under-construction', year: 2026, source: networkFact('lixian').source },
		sources: [networkFact('lixian').source]
	},
	{
		id: 'longyong',
		ref: null,
		name: { zh: '龙永高速', en: 'Longshan–Yongshun expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['longshan', 'yongshun'],
		lengthKm: lengthOf('longyong'),
		designSpeedKmh: 80,
		speedSource: 'public-reference',
		stopsKnown: true,
		availability: inService('longyong'),
		sources: [networkFact('longyong').source]
	},
	{
		id: 'qianli',
		ref: 'E1',
		name: { zh: '黔江至利川高速公路', en: 'Qianjiang–Lichuan expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['qianjiang', 'lichuan'],
		lengthInDistrictKm: seedFigure('E1-length'),
		designSpeedKmh: 80,
		speedSource: 'stated',
		speedFigure: seedFigure('E1-speed'),
		stopsKnown: true,
		availability: { status: 'construction-starting', period: '2026-2030', source: STATUS_SOURCES.E1 },
		sources: [STATUS_SOURCES.E1]
	},
	{
		id: 'qianwu',
		ref: 'E2',
		name: { zh: '黔江经彭水至务川高速公路', en: 'Qianjiang–Pengshui–Wuchuan expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['qianjiang', 'wuchuan'],
		via: { 'qianjiang>wuchuan': ['pengshui'] },
		lengthInDistrictKm: seedFigure('E2-length'),
		designSpeedKmh: 80,
		speedSource: 'stated',
		speedFigure: seedFigure('E2-speed'),
		stopsKnown: true,
		availability: { status: 'construction-starting', period: '2026-2030', source: STATUS_SOURCES.E2 },
		sources: [STATUS_SOURCES.E2]
	},
	{
		id: 'qianyong',
		ref: 'E3',
		name: { zh: '黔江至永顺高速公路', en: 'Qianjiang–Yongshun expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['qianjiang', 'yongshun'],
		via: { 'qianjiang>yongshun': ['qianjiang-zhuoshui'] },
		lengthInDistrictKm: seedFigure('E3-length'),
		designSpeedKmh: 80,
		speedSource: 'stated',
		speedFigure: seedFigure('E3-speed'),
		stopsKnown: true,
		availability: { status: 'preliminary', period: 'long-term', source: STATUS_SOURCES.E3 },
		sources: [STATUS_SOURCES.E3]
	},
	{
		id: 'qianfu',
		ref: 'E4',
		name: { zh: '黔江至涪陵高速公路', en: 'Qianjiang–Fuling expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['qianjiang', 'fuling'],
		lengthInDistrictKm: seedFigure('E4-length'),
		designSpeedKmh: 80,
		speedSource: 'stated',
		speedFigure: seedFigure('E4-speed'),
		stopsKnown: true,
		availability: { status: 'preliminary', period: 'long-term', source: STATUS_SOURCES.E4 },
		sources: [STATUS_SOURCES.E4]
	},
	{
		id: 'qianlai',
		ref: 'E5',
		name: { zh: '黔江至来凤高速', en: 'Qianjiang–Laifeng expressway' },
		mode: 'road',
		kind: 'expressway',
		stops: ['qianjiang', 'laifeng'],
		designSpeedKmh: 80,
		speedSource: 'assumed',
		stopsKnown: true,
		availability: { status: 'preliminary', period: 'long-term', source: STATUS_SOURCES.E5 },
		sources: [STATUS_SOURCES.E5],
		note: { zh: '无里程与标准；假定80公里/小时。', en: 'No length or standard stated; 80 km/h is assumed.' }
	},
	{
		id: 'g50',
		ref: null,
		name: { zh: 'G50 沪渝高速 重庆—涪陵—石柱—利川—恩施', en: 'G50 Shanghai–Chongqing expressway, Chongqing–Fuling–Shizhu–Lichuan–Enshi' },
		mode: 'road',
		kind: 'expressway',
		stops: ['chongqing', 'fuling', 'shizhu', 'lichuan', 'enshi'],
		designSpeedKmh: 80,
		speedSource: 'assumed',
		stopsKnown: true,
		availability: { status: 'in-service', source: routeOnly },
		sources: [routeOnly],
		note: routeOnlyNote
	},
	{
		id: 'g42-lichuan-wanzhou',
		ref: null,
		name: { zh: 'G42 沪蓉高速 利川—万州', en: 'G42 Shanghai–Chengdu expressway, Lichuan–Wanzhou' },
		mode: 'road',
		kind: 'expressway',
		stops: ['lichuan', 'wanzhou'],
		designSpeedKmh: 80,
		speedSource: 'assumed',
		stopsKnown: true,
		availability: { status: 'in-service', source: routeOnly },
		sources: [routeOnly],
		note: routeOnlyNote
	}
];

/** The whole link table. */
export const LINK_TABLE: LineDef[] = [...RAIL_LINES, ...THROUGH_SERVICES, ...ROAD_LINES];

/** Lines whose design speed no source gives: the model assumes one, shown and changeable as an assumption. */
export const ASSUMED_SPEED_LINES: LineDef[] = LINK_TABLE.filter((l) => l.speedSource === 'assumed');
