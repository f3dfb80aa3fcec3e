/**
 * Facts about the network around Qianjiang, as typed data: the public-reference figures collected in
 * shared/network-facts.md (railway bureaus, state media), and the figures and promises the plan documents
 * state, cited by file:line with the exact words. The link table (analysis/network/links.ts) reads its
 * figures from here so that every number the model uses has one source.
 */
import type { Bilingual, ProjectStatus, SourceRef } from '../catalogue/types';

/** A source line for a public-reference fact: no file, no line, the year it speaks for. */
export function publicReference(year: number): SourceRef {
	return { file: 'public reference', line: 0, quote: '', year };
}

/** File names of the seeds, for citations. */
export const SEED_001 = '001_e8cf04cd5a030f5b.txt';
export const SEED_002 = '002_9e3621a23b2e2452.txt';
export const SEED_004 = '004_76bdfa78c9f89b14.txt';

/** One fact about a link of the network. */
export interface NetworkFact {
	id: string;
	mode: 'rail' | 'road';
	/** The link the fact is about, as the table names it. */
	link: Bilingual;
	line: Bilingual;
	lengthKm?: number;
	/** The length as written ("about 224"). */
	lengthText?: string;
	designSpeedKmh?: number;
	/** What the line actually runs at, where stated ("runs 300"). */
	runsKmh?: number;
	/** Opening date or year as written. */
	opened?: string;
	openedYear?: number;
	status: ProjectStatus;
	/** Fastest scheduled time, minutes. */
	scheduledMin?: number;
	scheduledText?: string;
	note?: string;
	source: SourceRef;
}

const pr2025 = publicReference(2025);

/** Railways in service (network-facts.md, "Railways in service"). */
export const RAIL_IN_SERVICE: NetworkFact[] = [
	{ id: 'yuxia-cq-qj', mode: 'rail', link: { zh: '重庆东—黔江', en: 'Chongqing East – Qianjiang' }, line: { zh: '渝厦高铁', en: 'Chongqing–Xiamen HSR' }, lengthKm: 242, lengthText: '242', designSpeedKmh: 350, opened: '27 Jun 2025', openedYear: 2025, status: 'in-service', scheduledMin: 61, scheduledText: '61 min', note: 'stations: 重庆东, 巴南, 南川北, 水江西, 武隆南, 彭水西, 黔江', source: pr2025 },
	{ id: 'through-cq-zjj', mode: 'rail', link: { zh: '重庆东—张家界西', en: 'Chongqing East – Zhangjiajie West' }, line: { zh: '经黔江直通列车', en: 'through trains via Qianjiang' }, openedYear: 2025, status: 'in-service', scheduledMin: 122, scheduledText: '122 min', source: pr2025 },
	{ id: 'through-cq-csw', mode: 'rail', link: { zh: '重庆东—长沙西', en: 'Chongqing East – Changsha West' }, line: { zh: '经黔江、常德直通列车', en: 'through trains via Qianjiang and Changde' }, openedYear: 2025, status: 'in-service', scheduledMin: 233, scheduledText: '233 min', source: pr2025 },
	{ id: 'qzc-railway', mode: 'rail', link: { zh: '黔江—常德', en: 'Qianjiang – Changde' }, line: { zh: '黔张常铁路', en: 'Qianjiang–Zhangjiajie–Changde railway' }, lengthKm: 336, lengthText: '336', designSpeedKmh: 200, opened: '26 Dec 2019', openedYear: 2019, status: 'in-service', scheduledMin: 189, scheduledText: '189 min (2019 timetable)', note: 'stations: 黔江, 咸丰, 来凤, 龙山北, 桑植, 张家界西, 牛车河, 桃源, 常德', source: publicReference(2019) },
	{ id: 'qzc-qj-zjjw', mode: 'rail', link: { zh: '黔江—张家界西', en: 'Qianjiang – Zhangjiajie West' }, line: { zh: '黔张常铁路', en: 'Qianjiang–Zhangjiajie–Changde railway' }, designSpeedKmh: 200, openedYear: 2019, status: 'in-service', scheduledMin: 60, scheduledText: '60 min', source: pr2025 },
	{ id: 'cyc-hsr', mode: 'rail', link: { zh: '常德—长沙西', en: 'Changde – Changsha West' }, line: { zh: '常益长高铁', en: 'Changde–Yiyang–Changsha HSR' }, lengthKm: 154, lengthText: '154', designSpeedKmh: 350, opened: 'Dec 2022', openedYear: 2022, status: 'in-service', scheduledMin: 59, scheduledText: '59 min', source: pr2025 },
	{ id: 'zjh-hsr', mode: 'rail', link: { zh: '张家界西—怀化南', en: 'Zhangjiajie West – Huaihua South' }, line: { zh: '张吉怀高铁', en: 'Zhangjiajie–Jishou–Huaihua HSR' }, lengthKm: 245, lengthText: '245', designSpeedKmh: 350, runsKmh: 300, opened: '6 Dec 2021', openedYear: 2021, status: 'in-service', scheduledMin: 70, scheduledText: '70 min', note: 'via Jishou East', source: pr2025 },
	{ id: 'zjh-zjjw-jse', mode: 'rail', link: { zh: '张家界西—吉首东', en: 'Zhangjiajie West – Jishou East' }, line: { zh: '张吉怀高铁', en: 'Zhangjiajie–Jishou–Huaihua HSR' }, designSpeedKmh: 350, openedYear: 2021, status: 'in-service', scheduledMin: 30, scheduledText: '30 min', source: pr2025 },
	{ id: 'through-jse-css', mode: 'rail', link: { zh: '吉首东—长沙南', en: 'Jishou East – Changsha South' }, line: { zh: '经怀化南直通列车', en: 'through trains via Huaihua South' }, openedYear: 2021, status: 'in-service', scheduledMin: 116, scheduledText: '116 min', source: pr2025 },
	{ id: 'hukun-hhs-css', mode: 'rail', link: { zh: '怀化南—长沙南', en: 'Huaihua South – Changsha South' }, line: { zh: '沪昆高铁', en: 'Shanghai–Kunming HSR' }, lengthKm: 332, lengthText: '332', designSpeedKmh: 350, runsKmh: 300, opened: '2014', openedYear: 2014, status: 'in-service', scheduledMin: 82, scheduledText: '82 min', source: pr2025 },
	{ id: 'wuguang-css-gzs', mode: 'rail', link: { zh: '长沙南—广州南', en: 'Changsha South – Guangzhou South' }, line: { zh: '武广高铁', en: 'Wuhan–Guangzhou HSR' }, designSpeedKmh: 350, opened: '2009', openedYear: 2009, status: 'in-service', scheduledMin: 119, scheduledText: '119 min', source: pr2025 },
	{ id: 'gsg-gzs-szn', mode: 'rail', link: { zh: '广州南—深圳北', en: 'Guangzhou South – Shenzhen North' }, line: { zh: '广深港高铁', en: 'Guangzhou–Shenzhen–Hong Kong HSR' }, lengthKm: 102, lengthText: '102', designSpeedKmh: 350, opened: '2011', openedYear: 2011, status: 'in-service', scheduledMin: 35, scheduledText: '35 min', source: pr2025 },
	{ id: 'yuhuai', mode: 'rail', link: { zh: '重庆—黔江', en: 'Chongqing – Qianjiang' }, line: { zh: '渝怀铁路', en: 'Chongqing–Huaihua railway' }, lengthKm: 624.5, lengthText: 'whole line 624.5 km', designSpeedKmh: 120, opened: '2007', openedYear: 2007, status: 'in-service', scheduledMin: 240, scheduledText: 'about 4 h before 2025', note: 'stations: Chongqing North, Changshou, Fuling, Wulong, Pengshui, Qianjiang, Youyang, Xiushan, Tongren, Huaihua; second track Fuling–Huaihua opened 2020', source: pr2025 },
	{ id: 'yuwan-intercity', mode: 'rail', link: { zh: '重庆北—万州北', en: 'Chongqing North – Wanzhou North' }, line: { zh: '渝万城际', en: 'Chongqing–Wanzhou intercity' }, lengthKm: 247, lengthText: '247', designSpeedKmh: 250, opened: '2016', openedYear: 2016, status: 'in-service', scheduledMin: 100, scheduledText: 'about 100 min', source: pr2025 },
	{ id: 'zhengwan', mode: 'rail', link: { zh: '万州北—郑州东', en: 'Wanzhou North – Zhengzhou East' }, line: { zh: '郑万高铁', en: 'Zhengzhou–Wanzhou HSR' }, lengthKm: 818, lengthText: '818', designSpeedKmh: 350, opened: '2022', openedYear: 2022, status: 'in-service', source: pr2025 },
	{ id: 'yugui-railway', mode: 'rail', link: { zh: '重庆西—贵阳北', en: 'Chongqing West – Guiyang North' }, line: { zh: '渝贵铁路', en: 'Chongqing–Guiyang railway' }, lengthKm: 347, lengthText: '347', designSpeedKmh: 200, opened: '2018', openedYear: 2018, status: 'in-service', scheduledMin: 120, scheduledText: 'about 120 min', note: 'via Qijiang East 綦江东', source: pr2025 }
];

/** Railways planned or building, outside the seeds' own figures. */
export const RAIL_PLANNED: NetworkFact[] = [
	{ id: 'qianji-hsr', mode: 'rail', link: { zh: '黔江—吉首东', en: 'Qianjiang – Jishou East' }, line: { zh: '黔吉高铁（渝湘高铁中段）', en: 'Qianjiang–Jishou HSR (middle section of the Chongqing–Hunan HSR)' }, lengthKm: 224, lengthText: 'about 224 for the whole section', designSpeedKmh: 350, status: 'planned', note: 'aim: in service before 2030; 35 km of it in Qianjiang (002:775)', source: pr2025 },
	{ id: 'yuwan-hsr', mode: 'rail', link: { zh: '重庆东—万州北', en: 'Chongqing East – Wanzhou North' }, line: { zh: '渝万高铁', en: 'Chongqing–Wanzhou HSR (new)' }, lengthKm: 251, lengthText: '251', designSpeedKmh: 350, openedYear: 2027, status: 'under-construction', note: 'due about 2027', source: pr2025 },
	{ id: 'qianwan-hsr', mode: 'rail', link: { zh: '黔江—万州北', en: 'Qianjiang – Wanzhou North' }, line: { zh: '黔万高铁', en: 'Qianjiang–Wanzhou HSR' }, lengthKm: 220, lengthText: 'about 220 (about 135 new)', designSpeedKmh: 350, status: 'under-study', source: pr2025 },
	{ id: 'changgan-hsr', mode: 'rail', link: { zh: '长沙西—赣州', en: 'Changsha West – Ganzhou' }, line: { zh: '长赣高铁（渝厦高铁）', en: 'Changsha–Ganzhou HSR (Chongqing–Xiamen HSR)' }, lengthKm: 430, lengthText: 'about 430', designSpeedKmh: 350, status: 'under-construction', note: 'under construction since Aug 2025', source: pr2025 }
];

/** Expressways (network-facts.md, "Expressways"). */
export const EXPRESSWAYS: NetworkFact[] = [
	{ id: 'g65', mode: 'road', link: { zh: '重庆（界石）—黔江—湖南界', en: 'Chongqing (Jieshi) – Qianjiang – Hunan border' }, line: { zh: 'G65 包茂高速', en: 'G65 Baotou–Maoming expressway' }, lengthKm: 468, lengthText: 'Chongqing section 468 km', opened: '2007–2009', openedYear: 2009, status: 'in-service', note: 'Jieshi, Nanchuan, Wulong, Pengshui, Qianjiang, Youyang, Xiushan; design 100 km/h (older sections) / 80 (mountain)', source: pr2025 },
	{ id: 'yuxiang-fuxian', mode: 'road', link: { zh: '巴南—武隆—彭水—酉阳', en: 'Banan – Wulong – Pengshui – Youyang' }, line: { zh: '渝湘复线高速', en: 'second Chongqing–Hunan expressway' }, lengthKm: 280, lengthText: 'about 280', opened: '2025', openedYear: 2025, status: 'in-service', source: pr2025 },
	{ id: 'shiqian', mode: 'road', link: { zh: '石柱—黔江', en: 'Shizhu – Qianjiang' }, line: { zh: '石黔高速 (G5515)', en: 'Shizhu–Qianjiang expressway (G5515)' }, lengthKm: 83, lengthText: '83', designSpeedKmh: 80, opened: 'Oct 2021', openedYear: 2021, status: 'in-service', source: pr2025 },
	{ id: 'enqian', mode: 'road', link: { zh: '黔江—恩施', en: 'Qianjiang – Enshi' }, line: { zh: '恩黔高速', en: 'Enshi–Qianjiang expressway' }, lengthKm: 129, lengthText: 'about 129', opened: 'Dec 2014', openedYear: 2014, status: 'in-service', note: '002:19 lists 黔恩 among expressways completed in 2021–2025', source: pr2025 },
	{ id: 'qianjiang-bypass', mode: 'road', link: { zh: '黔江过境', en: 'Qianjiang bypass' }, line: { zh: '黔江过境高速', en: 'Qianjiang bypass expressway' }, lengthKm: 20.4, lengthText: '20.4', designSpeedKmh: 80, opened: 'Dec 2022', openedYear: 2022, status: 'in-service', source: pr2025 },
	{ id: 'laixian', mode: 'road', link: { zh: '来凤—咸丰', en: 'Laifeng – Xianfeng' }, line: { zh: '来咸高速 (G5515)', en: 'Laifeng–Xianfeng expressway (G5515)' }, lengthKm: 37, lengthText: '37', designSpeedKmh: 80, status: 'in-service', note: 'opening year not given', source: pr2025 },
	{ id: 'lixian', mode: 'road', link: { zh: '利川—咸丰', en: 'Lichuan – Xianfeng' }, line: { zh: '利咸高速', en: 'Lichuan–Xianfeng expressway' }, lengthKm: 84, lengthText: '84', designSpeedKmh: 80, openedYear: 2026, status: 'under-construction', note: 'building, due 2026', source: pr2025 },
	{ id: 'longyong', mode: 'road', link: { zh: '龙山—永顺', en: 'Longshan – Yongshun' }, line: { zh: '龙永高速', en: 'Longshan–Yongshun expressway' }, lengthKm: 91, lengthText: '91', designSpeedKmh: 80, opened: '2015–2016', openedYear: 2016, status: 'in-service', source: pr2025 }
];

/** A figure or promise stated in a seed, with its exact words. */
export interface SeedFact {
	id: string;
	/** Catalogue ref it belongs to, or null for promises. */
	ref: string | null;
	label: Bilingual;
	value: string;
	amount?: number;
	unit?: string;
	source: SourceRef;
}

function seed(file: string, line: number, quote: string, year: number): SourceRef {
	return { file, line, quote, year };
}

/** Qianjiang-section lengths and design speeds the plan states (002:775, 002:777, 002:790, 002:792). */
export const SEED_FACTS: SeedFact[] = [
	{ id: 'R2-length', ref: 'R2', label: { zh: '黔江段长度', en: 'Qianjiang section length' }, value: '35公里', amount: 35, unit: 'km', source: seed(SEED_002, 775, '黔江至吉首高铁（黔江段）35公里', 2026) },
	{ id: 'R2-speed', ref: 'R2', label: { zh: '设计速度', en: 'Design speed' }, value: '速度350公里/小时', amount: 350, unit: 'km/h', source: seed(SEED_002, 775, '黔江至吉首高铁（黔江段）35公里，按照“速度350公里/小时，双线铁路”标准建设', 2026) },
	{ id: 'R3-length', ref: 'R3', label: { zh: '黔江段长度', en: 'Qianjiang section length' }, value: '40公里', amount: 40, unit: 'km', source: seed(SEED_002, 775, '黔江至万州高铁（黔江段）40公里', 2026) },
	{ id: 'R3-speed', ref: 'R3', label: { zh: '设计速度', en: 'Design speed' }, value: '速度350公里/小时', amount: 350, unit: 'km/h', source: seed(SEED_002, 775, '黔江至万州高铁（黔江段）40公里，按照“速度350公里/小时，双线铁路”标准建设', 2026) },
	{ id: 'R4-length', ref: 'R4', label: { zh: '黔江段长度', en: 'Qianjiang section length' }, value: '23公里', amount: 23, unit: 'km', source: seed(SEED_002, 775, '黔张常高铁（黔江段）23公里', 2026) },
	{ id: 'R4-speed', ref: 'R4', label: { zh: '设计速度', en: 'Design speed' }, value: '速度350公里/小时', amount: 350, unit: 'km/h', source: seed(SEED_002, 775, '黔张常高铁（黔江段）23公里，“按照速度350公里/小时，双线铁路”标准建设', 2026) },
	{ id: 'R5-length', ref: 'R5', label: { zh: '黔江段长度', en: 'Qianjiang section length' }, value: '48公里', amount: 48, unit: 'km', source: seed(SEED_002, 777, '黔遵昭铁路（黔江段）48公里', 2026) },
	{ id: 'R5-speed', ref: 'R5', label: { zh: '设计速度', en: 'Design speed' }, value: '速度160公里/小时', amount: 160, unit: 'km/h', source: seed(SEED_002, 777, '黔遵昭铁路（黔江段）48公里，按照“速度160公里/小时，单线铁路”标准建设', 2026) },
	{ id: 'R7-length', ref: 'R7', label: { zh: '黔江段长度', en: 'Qianjiang section length' }, value: '23公里', amount: 23, unit: 'km', source: seed(SEED_002, 777, '安恩黔铁路（黔江段）23公里', 2026) },
	{ id: 'R7-speed', ref: 'R7', label: { zh: '设计速度', en: 'Design speed' }, value: '速度160公里/小时', amount: 160, unit: 'km/h', source: seed(SEED_002, 777, '安恩黔铁路（黔江段）23公里，按照“速度160公里/小时，单线铁路”标准建设', 2026) },
	{ id: 'E1-length', ref: 'E1', label: { zh: '长度', en: 'Length' }, value: '30公里', amount: 30, unit: 'km', source: seed(SEED_002, 790, '黔江至利川高速公路30公里', 2026) },
	{ id: 'E1-speed', ref: 'E1', label: { zh: '设计速度', en: 'Design speed' }, value: '80公里/小时', amount: 80, unit: 'km/h', source: seed(SEED_002, 790, '黔江至利川高速公路30公里，按照“80公里/小时，双向4车道”标准建设', 2026) },
	{ id: 'E2-length', ref: 'E2', label: { zh: '长度', en: 'Length' }, value: '30公里', amount: 30, unit: 'km', source: seed(SEED_002, 790, '黔江至务川高速公路30公里', 2026) },
	{ id: 'E2-speed', ref: 'E2', label: { zh: '设计速度', en: 'Design speed' }, value: '80公里/小时', amount: 80, unit: 'km/h', source: seed(SEED_002, 790, '黔江至务川高速公路30公里，按照“80公里/小时，双向4车道”标准建设', 2026) },
	{ id: 'E3-length', ref: 'E3', label: { zh: '长度', en: 'Length' }, value: '20公里', amount: 20, unit: 'km', source: seed(SEED_002, 792, '黔江至永顺高速公路20公里', 2026) },
	{ id: 'E3-speed', ref: 'E3', label: { zh: '设计速度', en: 'Design speed' }, value: '80公里/小时', amount: 80, unit: 'km/h', source: seed(SEED_002, 792, '黔江至永顺高速公路20公里，按照“80公里/小时，双向4车道”标准开展前期工作研究', 2026) },
	{ id: 'E4-length', ref: 'E4', label: { zh: '长度', en: 'Length' }, value: '10公里', amount: 10, unit: 'km', source: seed(SEED_002, 792, '黔江至涪陵高速公路10公里', 2026) },
	{ id: 'E4-speed', ref: 'E4', label: { zh: '设计速度', en: 'Design speed' }, value: '80公里/小时', amount: 80, unit: 'km/h', source: seed(SEED_002, 792, '黔江至涪陵高速公路10公里，按照“80公里/小时，双向4车道”标准开展前期工作研究', 2026) }
];

/** The Qijiang documents name two lines the model includes (004:36, 004:45); they give no figures. */
export const QIJIANG_SOURCES = {
	yuguiHsr: seed(SEED_004, 45, '开工建设渝贵高铁', 2022),
	yuguiHsrGuilin: seed(SEED_004, 36, '渝桂高铁', 2022)
} as const;

/** Status lines of the plan for the seed refs the link table uses, for when the catalogue is not loaded. */
export const STATUS_SOURCES = {
	R1: seed(SEED_002, 19, '渝厦高铁重庆至黔江段、渝怀铁路二线和黔恩、黔石、黔江过境高速建成通车', 2026),
	R2: seed(SEED_002, 768, '推进黔江至吉首高铁西接重黔铁路、东连张吉怀高铁', 2026),
	R3: seed(SEED_002, 768, '谋划推进黔江至万州高铁', 2026),
	R4: seed(SEED_002, 768, '推进黔张常高铁研究论证', 2026),
	R5: seed(SEED_002, 770, '研究论证黔遵昭铁路', 2026),
	R7: seed(SEED_002, 770, '谋划推动安恩黔铁路', 2026),
	E1: seed(SEED_002, 790, '新开工项目。黔江至利川高速公路30公里', 2026),
	E2: seed(SEED_002, 790, '黔江至务川高速公路30公里', 2026),
	E3: seed(SEED_002, 792, '前期工作。黔江至永顺高速公路20公里', 2026),
	E4: seed(SEED_002, 792, '黔江至涪陵高速公路10公里', 2026),
	E5: seed(SEED_002, 784, '开展黔江至永顺、黔江至涪陵、黔江至来凤高速前期工作', 2026),
	E6: seed(SEED_002, 19, '渝厦高铁重庆至黔江段、渝怀铁路二线和黔恩、黔石、黔江过境高速建成通车', 2026)
} as const;

/** The connectivity promises of the plan documents, quoted exactly. */
export const PROMISE_SOURCES = {
	chongqingHour: seed(SEED_001, 11, '渝厦高铁重庆至黔江段即将开通，黔江将迎来高铁时代，正式入围重庆“1小时经济圈”', 2025),
	cztAndGba: seed(SEED_002, 768, '实现黔江与长株潭城市群2小时直达、与粤港澳大湾区4小时联通', 2026),
	regionalCentres: seed(SEED_002, 784, '开展黔江至永顺、黔江至涪陵、黔江至来凤高速前期工作，联通湖南永顺、重庆涪陵，实现与周边区域中心城市1.5小时通达', 2026)
} as const;

/** Every fact, for listings and validation. */
export const ALL_NETWORK_FACTS: NetworkFact[] = [...RAIL_IN_SERVICE, ...RAIL_PLANNED, ...EXPRESSWAYS];

/**
 * Finds a public-reference fact by id.
 *
 * @param id - fact id, e.g. `yuxia-cq-qj`
 * @returns the fact; throws on an unknown id because the link table is authored against these ids
 * @example
 * networkFact('cyc-hsr').scheduledMin // 59
 */
export function networkFact(id: string): NetworkFact {
	const f = ALL_NETWORK_FACTS.find((x) => x.id === id);
	if (!f) throw new Error(`unknown network fact ${id}`);
	return f;
}
