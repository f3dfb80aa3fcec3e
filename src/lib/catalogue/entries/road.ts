/**
 * Expressways, trunk roads, link roads and tunnels named in the seeds (inventory E1–E11, Q6–Q8).
 * Provincial road works (E9) are one entry per named segment, since each segment's two ends are
 * what the plan gives; segments whose ends are not both townships are left unlocated.
 */
import type { GeometrySpec, ProjectEntry } from '../types';
import { LABEL, bi, claim, defineEntry, fact, opened, pub, s0, s2, s4, target } from '../sources';

const EXPRESSWAY_NEW_LINE = 790;
const EXPRESSWAY_PRELIM_LINE = 792;
const PROVINCIAL_ROADS_LINE = 805;

const expresswaySpec = (line: number, quote: string, km: number) => [
	// 专栏11 gives a length without saying 黔江段: shown as the project's length as stated.
	fact('length', LABEL.length, `${km}公里`, s2(line, quote), km, 'km'),
	fact('design-speed', LABEL.designSpeed, '80公里/小时', s2(line, quote), 80, 'km/h'),
	fact('lanes', LABEL.lanes, '双向4车道', s2(line, quote), 4, 'lanes')
];

function schematic(via: string[], zh: string, en: string): GeometrySpec {
	return { method: 'schematic', via, note: bi(`示意线：${zh}，非线路走向。`, `Schematic ${en}. Not the alignment.`) };
}

interface ProvincialSegment {
	id: string;
	road: string;
	zh: string;
	en: string;
	/** Exact words of 002:805 naming the segment. */
	quote: string;
	upgrade: boolean;
	geometry: GeometrySpec;
}

const provincialSegments: ProvincialSegment[] = [
	{
		id: 's203-shanling-xiaonanhai',
		road: 'S203',
		zh: 'S203线杉岭场镇至小南海场镇段',
		en: 'S203 Shanling–Xiaonanhai',
		quote: 'S203线杉岭场镇至小南海场镇段',
		upgrade: true,
		geometry: schematic(['qianjiang-shanling', 'qianjiang-xiaonanhai'], '杉岭至小南海', 'Shanling–Xiaonanhai')
	},
	{
		id: 's524-shihui-shaba',
		road: 'S524',
		zh: 'S524线石会武陵大桥至沙坝脉东段',
		en: 'S524 Shihui (Wuling bridge)–Shaba (Maidong)',
		quote: 'S524线石会武陵大桥至沙坝脉东段',
		upgrade: true,
		geometry: schematic(['qianjiang-shihui', 'qianjiang-shaba'], '石会至沙坝（按乡镇）', 'Shihui–Shaba (by township)')
	},
	{
		id: 's524-shaba-xinhua',
		road: 'S524',
		zh: 'S524线沙坝十字居委至新华杨家坳段',
		en: 'S524 Shaba (Shizi)–Xinhua (Yangjia’ao)',
		quote: 'S524线沙坝十字居委至新华杨家坳段',
		upgrade: true,
		geometry: schematic(['qianjiang-shaba', 'qianjiang-xinhua'], '沙坝至新华（按乡镇）', 'Shaba–Xinhua (by township)')
	},
	{
		id: 's525-jindong-apengjiang',
		road: 'S525',
		zh: 'S525线金洞界至阿蓬江场镇段',
		en: 'S525 Jindong boundary–Apengjiang',
		quote: 'S525线金洞界至阿蓬江场镇段',
		upgrade: true,
		geometry: schematic(['qianjiang-jindong', 'qianjiang-apengjiang'], '金洞至阿蓬江（按乡镇）', 'Jindong–Apengjiang (by township)')
	},
	{
		id: 's525-jindong-zaohua',
		road: 'S525',
		zh: 'S525金洞至早化',
		en: 'S525 Jindong–Zaohua',
		quote: 'S525金洞至早化',
		upgrade: true,
		geometry: { method: 'unlocated', note: bi('早化不是乡镇，无法定位一端。', 'Zaohua is not a township; one end cannot be placed.') }
	},
	{
		id: 's525-shuiliandong-shuangquan',
		road: 'S525',
		zh: 'S525水帘洞至双泉',
		en: 'S525 Shuiliandong–Shuangquan',
		quote: 'S525水帘洞至双泉',
		upgrade: true,
		geometry: { method: 'unlocated', note: bi('水帘洞、双泉均不是乡镇。', 'Neither Shuiliandong nor Shuangquan is a township.') }
	},
	{
		id: 's304-baitu-santanggai',
		road: 'S304',
		zh: 'S304白土至三塘盖段',
		en: 'S304 Baitu–Santanggai',
		quote: 'S304白土至三塘盖段',
		upgrade: true,
		geometry: { method: 'unlocated', note: bi('三塘盖不是乡镇，无法定位一端。', 'Santanggai is not a township; one end cannot be placed.') }
	},
	{
		id: 's304-shuitian-jinxi',
		road: 'S304',
		zh: 'S304线水田夫眼垭至金溪场镇段',
		en: 'S304 Shuitian (Fuyanya)–Jinxi',
		quote: 'S304线水田夫眼垭至金溪场镇段',
		upgrade: false,
		geometry: schematic(['qianjiang-shuitian', 'qianjiang-jinxi'], '水田至金溪（按乡镇）', 'Shuitian–Jinxi (by township)')
	},
	{
		id: 's203-zhuoshui-shuishi',
		road: 'S203',
		zh: 'S203濯水至水市段',
		en: 'S203 Zhuoshui–Shuishi',
		quote: 'S203濯水至水市段',
		upgrade: false,
		geometry: schematic(['qianjiang-zhuoshui', 'qianjiang-shuishi'], '濯水至水市', 'Zhuoshui–Shuishi')
	},
	{
		id: 's203-shuishi-pannan',
		road: 'S203',
		zh: 'S203水市至畔南段',
		en: 'S203 Shuishi–Pannan',
		quote: 'S203水市至畔南段',
		upgrade: false,
		geometry: { method: 'unlocated', note: bi('畔南不是乡镇，无法定位一端。', 'Pannan is not a township; one end cannot be placed.') }
	},
	{
		id: 's203-shijia-echi',
		road: 'S203',
		zh: 'S203石家至鹅池',
		en: 'S203 Shijia–Echi',
		quote: 'S203石家至鹅池',
		upgrade: false,
		geometry: schematic(['qianjiang-shijia', 'qianjiang-echi'], '石家至鹅池', 'Shijia–Echi')
	},
	{
		id: 's524-yangjiaao-xinhua',
		road: 'S524',
		zh: 'S524杨家坳至新华',
		en: 'S524 Yangjia’ao–Xinhua',
		quote: 'S524杨家坳至新华',
		upgrade: false,
		geometry: {
			method: 'approximate',
			at: 'qianjiang-xinhua',
			radiusKm: 8,
			note: bi('杨家坳属新华（同行“新华杨家坳”），整段置于新华乡，半径8公里。', 'Yangjia’ao lies in Xinhua (“新华杨家坳” on the same line): placed at Xinhua township, 8 km radius.')
		}
	},
	{
		id: 's524-heixi-shihui',
		road: 'S524',
		zh: 'S524黑溪至石会',
		en: 'S524 Heixi–Shihui',
		quote: 'S524黑溪至石会',
		upgrade: false,
		geometry: schematic(['qianjiang-heixi', 'qianjiang-shihui'], '黑溪至石会', 'Heixi–Shihui')
	},
	{
		id: 's524-huangxi-lishui',
		road: 'S524',
		zh: 'S524黄溪至黎水',
		en: 'S524 Huangxi–Lishui',
		quote: 'S524黄溪至黎水',
		upgrade: false,
		geometry: schematic(['qianjiang-huangxi', 'qianjiang-lishui'], '黄溪至黎水', 'Huangxi–Lishui')
	}
];

function provincialEntry(segment: ProvincialSegment): ProjectEntry {
	const programme = segment.upgrade
		? fact('length', bi('升级改造项目合计（7段）', 'Upgrade works, total of 7 segments'), '146公里', s2(PROVINCIAL_ROADS_LINE, '等升级改造项目146公里'), 146, 'km')
		: fact('length', bi('原级改造项目合计（7段）', 'Same-grade rebuilds, total of 7 segments'), '122公里', s2(PROVINCIAL_ROADS_LINE, '等原级改造项目122公里'), 122, 'km');
	const work = segment.upgrade ? bi('升级改造', 'upgrade') : bi('原级改造', 'same-grade rebuild');
	return defineEntry({
		id: segment.id,
		ref: 'E9',
		name: bi(`${segment.zh}${work.zh}`, `${segment.en} ${work.en}`),
		shortName: bi(segment.zh, segment.en),
		kind: 'trunk-road',
		status: [claim('planned', s2(PROVINCIAL_ROADS_LINE, segment.quote))],
		period: '2026-2030',
		stated: [programme],
		summary: bi(
			`专栏12普通省道项目：${segment.zh}${work.zh}（该类合计${programme.value}，单段长度未列）。`,
			`Provincial road works in Box 12: ${segment.en} ${work.en} (the group totals ${programme.amount} km; the segment’s own length is not given).`
		),
		geometry: segment.geometry
	});
}

const CONNECTING_ROADS_LINE = 807;
const RURAL_ROADS_LINE = 944;

interface RuralRoad {
	id: string;
	zh: string;
	en: string;
	geometry: GeometrySpec;
}

/** The named township links of Box 16 (002:944), "79 km in all"; each segment's own length is not given. */
const ruralRoads: RuralRoad[] = [
	{
		id: 'x436-miaoya-yangjiaao',
		zh: 'X436庙垭至杨家坳段',
		en: 'X436 Miaoya–Yangjia’ao',
		geometry: { method: 'unlocated', note: bi('庙垭、杨家坳均不是乡镇。', 'Neither Miaoya nor Yangjia’ao is a township.') }
	},
	{
		id: 'xg03-baishi-shanling',
		zh: 'XG03白石至杉岭',
		en: 'XG03 Baishi–Shanling',
		geometry: schematic(['qianjiang-baishi', 'qianjiang-shanling'], '白石至杉岭', 'Baishi–Shanling')
	},
	{
		id: 'pengdong-wuli-road',
		zh: '蓬东至五里',
		en: 'Pengdong–Wuli',
		geometry: schematic(['qianjiang-pengdong', 'qianjiang-wuli'], '蓬东至五里', 'Pengdong–Wuli')
	},
	{
		id: 'line-wuli-road',
		zh: '邻鄂至五里',
		en: 'Line–Wuli',
		geometry: schematic(['qianjiang-line', 'qianjiang-wuli'], '邻鄂至五里', 'Line–Wuli')
	},
	{
		id: 'baishi-changshun-road',
		zh: '白石至湖北长顺',
		en: 'Baishi–Changshun (Hubei)',
		geometry: {
			method: 'approximate',
			at: 'qianjiang-baishi',
			radiusKm: 10,
			note: bi('长顺（湖北）不在地名表中，置于白石镇，半径10公里。', 'Changshun (Hubei) is not in the gazetteer: placed at Baishi, 10 km radius.')
		}
	},
	{
		id: 'shuishi-apengjiang-road',
		zh: '水市至阿蓬江',
		en: 'Shuishi–Apengjiang',
		geometry: schematic(['qianjiang-shuishi', 'qianjiang-apengjiang'], '水市至阿蓬江', 'Shuishi–Apengjiang')
	},
	{
		id: 'taiji-zhuoshui-road',
		zh: '太极至濯水',
		en: 'Taiji–Zhuoshui',
		geometry: schematic(['qianjiang-taiji', 'qianjiang-zhuoshui'], '太极至濯水', 'Taiji–Zhuoshui')
	}
];

function ruralRoadEntry(road: RuralRoad): ProjectEntry {
	return defineEntry({
		id: road.id,
		ref: 'E14',
		name: bi(`${road.zh}毗邻乡镇联网路`, `${road.en} township link road`),
		shortName: bi(road.zh, road.en),
		kind: 'trunk-road',
		status: [claim('planned', s2(RURAL_ROADS_LINE, road.zh))],
		period: '2026-2030',
		stated: [fact('length', bi('毗邻乡镇联网路合计（7段等）', 'Township link roads, total (7 named and others)'), '79公里', s2(RURAL_ROADS_LINE, '等79公里毗邻乡镇联网路项目'), 79, 'km')],
		summary: bi(
			`专栏16农村交通建设重点项目：${road.zh}（毗邻乡镇联网路合计79公里，单段长度未列）。`,
			`Box 16, rural transport: ${road.en} (township link roads total 79 km; the segment’s own length is not given).`
		),
		geometry: road.geometry
	});
}

interface InterchangeFacility {
	id: string;
	interchange: { zh: string; en: string };
	facility: { zh: string; en: string };
	quote: string;
	geometry: GeometrySpec;
}

/** Facilities added at existing interchanges (002:786). */
const interchangeFacilities: InterchangeFacility[] = [
	{
		id: 'qianjiang-south-interchange-tourist-station',
		interchange: { zh: '黔江南互通', en: 'Qianjiang South interchange' },
		facility: { zh: '旅游集散服务站', en: 'tourist service station' },
		quote: '在黔江南互通增设旅游集散服务站',
		geometry: { method: 'unlocated', note: bi('文件未给黔江南互通的位置。', 'No document places the Qianjiang South interchange.') }
	},
	{
		id: 'apengjiang-interchange-logistics-point',
		interchange: { zh: '阿蓬江互通', en: 'Apengjiang interchange' },
		facility: { zh: '物流中转点', en: 'logistics transfer point' },
		quote: '在阿蓬江互通配套建设物流中转点',
		geometry: {
			method: 'approximate',
			at: 'qianjiang-apengjiang',
			radiusKm: 8,
			note: bi('以阿蓬江镇计，半径8公里；非互通位置。', 'Taken at Apengjiang town, 8 km radius; not the interchange’s position.')
		}
	},
	{
		id: 'zhuoshui-interchange-bus-hub',
		interchange: { zh: '濯水互通', en: 'Zhuoshui interchange' },
		facility: { zh: '旅游专线公交枢纽', en: 'tourist bus hub' },
		quote: '在濯水互通布局旅游专线公交枢纽',
		geometry: {
			method: 'approximate',
			at: 'qianjiang-zhuoshui',
			radiusKm: 8,
			note: bi('以濯水镇计，半径8公里；非互通位置。', 'Taken at Zhuoshui town, 8 km radius; not the interchange’s position.')
		}
	}
];

function interchangeEntry(item: InterchangeFacility): ProjectEntry {
	return defineEntry({
		id: item.id,
		ref: 'E15',
		name: bi(`${item.interchange.zh}${item.facility.zh}`, `${item.interchange.en} ${item.facility.en}`),
		shortName: bi(`${item.interchange.zh}${item.facility.zh}`, `${item.interchange.en} ${item.facility.en}`),
		kind: 'interchange',
		status: [claim('planned', s2(786, item.quote))],
		period: '2026-2030',
		stated: [],
		summary: bi(`升级现有互通功能：${item.quote}。`, `Upgrading an existing interchange: a ${item.facility.en} at the ${item.interchange.en}.`),
		geometry: item.geometry
	});
}

export const roadEntries: ProjectEntry[] = [
	defineEntry({
		id: 'qianjiang-lichuan-expressway',
		ref: 'E1',
		name: bi('黔江至利川高速公路', 'Qianjiang–Lichuan expressway'),
		shortName: bi('黔利高速', 'Qianjiang–Lichuan expwy'),
		kind: 'expressway',
		status: [
			claim('preliminary', s0(111, '加快黔万高铁、黔务高速公路、黔利高速公路前期工作', 113)),
			claim('planned', s2(784, '推进黔江至利川高速建设'))
		],
		targets: [
			target('start-construction', 2025, s0(113, '力争“十四五”期间开工建设', 114)),
			target('start-construction', 2030, s2(EXPRESSWAY_NEW_LINE, '新开工项目。黔江至利川高速公路30公里'))
		],
		period: '2026-2030',
		stated: expresswaySpec(EXPRESSWAY_NEW_LINE, '黔江至利川高速公路30公里，按照“80公里/小时，双向4车道”标准建设', 30),
		summary: bi(
			'2021年展望加快前期工作、力争“十四五”期间开工；“十五五”规划纲要将其列入新开工项目（目标），衔接在建利咸高速，构建渝东南至渝东北第二条高速通道。',
			'The 2021 outlook speeds up preliminary work, aiming to start in 2021–2025; the 2026 plan lists it among the projects to start (a target), joining the Lichuan–Xianfeng expressway under construction as a second route to northeast Chongqing.'
		),
		sources: [s2(784, '推进黔江至利川高速建设，衔接在建利咸高速')],
		geometry: schematic(['qianjiang', 'lichuan'], '黔江至利川', 'Qianjiang–Lichuan')
	}),
	defineEntry({
		id: 'qianjiang-wuchuan-expressway',
		ref: 'E2',
		name: bi('黔江经彭水至务川高速公路', 'Qianjiang–Pengshui–Wuchuan expressway'),
		shortName: bi('黔务高速', 'Qianjiang–Wuchuan expwy'),
		kind: 'expressway',
		status: [
			claim('preliminary', s0(111, '加快黔万高铁、黔务高速公路、黔利高速公路前期工作', 113)),
			claim('planned', s2(784, '开工建设黔江经彭水至务川高速'))
		],
		targets: [
			target('start-construction', 2025, s0(113, '力争“十四五”期间开工建设', 114)),
			target('start-construction', 2030, s2(784, '开工建设黔江经彭水至务川高速'))
		],
		period: '2026-2030',
		stated: expresswaySpec(EXPRESSWAY_NEW_LINE, '黔江至务川高速公路30公里，按照“80公里/小时，双向4车道”标准建设', 30),
		summary: bi(
			'2021年展望加快前期工作、力争“十四五”期间开工；“十五五”规划纲要以开工建设为目标（专栏11新开工项目），打通南向至黔中城市群通道。',
			'The 2021 outlook speeds up preliminary work, aiming to start in 2021–2025; the 2026 plan aims to start building it (Box 11, projects to start), a southward route towards central Guizhou.'
		),
		sources: [s2(EXPRESSWAY_NEW_LINE, '新开工项目')],
		geometry: schematic(['qianjiang', 'pengshui', 'wuchuan'], '黔江经彭水至务川', 'Qianjiang–Pengshui–Wuchuan')
	}),
	defineEntry({
		id: 'qianjiang-yongshun-expressway',
		ref: 'E3',
		name: bi('黔江至永顺高速公路', 'Qianjiang–Yongshun expressway'),
		shortName: bi('黔永高速', 'Qianjiang–Yongshun expwy'),
		kind: 'expressway',
		status: [
			claim('under-study', s0(114, '黔永高速公路的方案研究', 115)),
			claim('preliminary', s2(EXPRESSWAY_PRELIM_LINE, '前期工作。黔江至永顺高速公路20公里'))
		],
		targets: [target('in-plan', 2030, s2(784, '推动黔永高速进入国家和市级规划'))],
		period: '2026-2030',
		stated: expresswaySpec(EXPRESSWAY_PRELIM_LINE, '黔江至永顺高速公路20公里，按照“80公里/小时，双向4车道”标准开展前期工作研究', 20),
		summary: bi(
			'2021年展望开展方案研究；“十五五”规划纲要开展前期工作，推动进入国家和市级规划，串联濯水古镇、神龟峡等景区。',
			'Scheme study in the 2021 outlook; preliminary work in the 2026 plan, which seeks national and city plan status and runs it past Zhuoshui old town and Shengui gorge.'
		),
		sources: [s2(784, '串联濯水古镇、神龟峡等核心景区')],
		geometry: schematic(['qianjiang', 'qianjiang-zhuoshui', 'yongshun'], '黔江经濯水至永顺（神龟峡无地名点，未用）', 'Qianjiang–Zhuoshui–Yongshun (Shengui gorge has no gazetteer place and is not used)')
	}),
	defineEntry({
		id: 'qianjiang-fuling-expressway',
		ref: 'E4',
		name: bi('黔江至涪陵高速公路', 'Qianjiang–Fuling expressway'),
		shortName: bi('黔涪高速', 'Qianjiang–Fuling expwy'),
		kind: 'expressway',
		status: [claim('preliminary', s2(784, '开展黔江至永顺、黔江至涪陵、黔江至来凤高速前期工作'))],
		period: '2026-2030',
		stated: expresswaySpec(EXPRESSWAY_PRELIM_LINE, '黔江至涪陵高速公路10公里，按照“80公里/小时，双向4车道”标准开展前期工作研究', 10),
		summary: bi('“十五五”规划纲要开展前期工作，联通重庆涪陵。', 'Preliminary work in the 2026 plan, to link Qianjiang with Fuling.'),
		geometry: schematic(['qianjiang', 'fuling'], '黔江至涪陵', 'Qianjiang–Fuling')
	}),
	defineEntry({
		id: 'qianjiang-laifeng-expressway',
		ref: 'E5',
		name: bi('黔江至来凤高速公路', 'Qianjiang–Laifeng expressway'),
		shortName: bi('黔来高速', 'Qianjiang–Laifeng expwy'),
		kind: 'expressway',
		status: [claim('preliminary', s2(784, '开展黔江至永顺、黔江至涪陵、黔江至来凤高速前期工作'))],
		period: '2026-2030',
		stated: [],
		summary: bi('“十五五”规划纲要开展前期工作。', 'Preliminary work in the 2026 plan.'),
		geometry: schematic(['qianjiang', 'laifeng'], '黔江至来凤', 'Qianjiang–Laifeng')
	}),
	defineEntry({
		id: 'qianjiang-enshi-expressway',
		ref: 'E6',
		name: bi('黔恩高速', 'Qianjiang–Enshi expressway'),
		shortName: bi('黔恩高速', 'Qianjiang–Enshi expwy'),
		kind: 'expressway',
		status: [claim('in-service', s2(19, '黔恩、黔石、黔江过境高速建成通车'))],
		period: '2021-2025',
		opened: opened(2014, pub('恩黔高速2014年12月通车', 2014)),
		stated: [fact('length', bi('恩黔高速全长约（公开资料）', 'Enshi–Qianjiang, about (public reference)'), 'about 129 km', pub('恩黔高速', 2014), 129, 'km')],
		summary: bi(
			'“十五五”规划纲要回顾“十四五”列为建成通车。公开资料记载恩黔高速2014年12月通车，两者并列。',
			'The 2026 plan lists it among the 2021–2025 completions; public reference dates an Enshi–Qianjiang expressway to December 2014. Both are shown.'
		),
		geometry: schematic(['qianjiang', 'enshi'], '黔江至恩施', 'Qianjiang–Enshi')
	}),
	defineEntry({
		id: 'qianjiang-shizhu-expressway',
		ref: 'E6',
		name: bi('黔石高速（石黔高速）', 'Qianjiang–Shizhu expressway'),
		shortName: bi('黔石高速', 'Qianjiang–Shizhu expwy'),
		kind: 'expressway',
		status: [claim('in-service', s2(19, '黔恩、黔石、黔江过境高速建成通车'))],
		period: '2021-2025',
		opened: opened(2021, pub('石黔高速（G5515）2021年10月通车', 2021)),
		stated: [
			fact('length', LABEL.publicLength, '83 km', pub('石黔高速', 2021), 83, 'km'),
			fact('design-speed', LABEL.publicSpeed, '80 km/h', pub('石黔高速', 2021), 80, 'km/h')
		],
		summary: bi('“十五五”规划纲要回顾“十四五”列为建成通车；公开资料记载2021年10月通车。', 'Listed in the 2026 plan among the 2021–2025 completions; opened October 2021 per public reference.'),
		geometry: schematic(['shizhu', 'qianjiang'], '石柱至黔江', 'Shizhu–Qianjiang')
	}),
	defineEntry({
		id: 'qianjiang-bypass-expressway',
		ref: 'E6',
		name: bi('黔江过境高速', 'Qianjiang bypass expressway'),
		shortName: bi('黔江过境高速', 'Qianjiang bypass'),
		kind: 'expressway',
		status: [claim('in-service', s2(19, '黔恩、黔石、黔江过境高速建成通车'))],
		period: '2021-2025',
		opened: opened(2022, pub('黔江过境高速2022年12月通车', 2022)),
		stated: [
			fact('length', LABEL.publicLength, '20.4 km', pub('黔江过境高速', 2022), 20.4, 'km'),
			fact('design-speed', LABEL.publicSpeed, '80 km/h', pub('黔江过境高速', 2022), 80, 'km/h')
		],
		summary: bi('“十五五”规划纲要回顾“十四五”列为建成通车；公开资料记载2022年12月通车。', 'Listed in the 2026 plan among the 2021–2025 completions; opened December 2022 per public reference.'),
		geometry: {
			method: 'approximate',
			at: 'qianjiang',
			radiusKm: 12,
			note: bi('绕城过境线，文件未给走向：置于黔江城区，半径12公里。', 'A bypass whose route no document gives: placed at Qianjiang town, 12 km radius.')
		}
	}),
	defineEntry({
		id: 'heixi-lishui-link-road',
		ref: 'E7',
		name: bi('黑溪互通至黎水连接公路', 'Heixi interchange–Lishui link road'),
		shortName: bi('黑溪至黎水连接线', 'Heixi–Lishui link'),
		kind: 'trunk-road',
		status: [claim('planned', s2(786, '新增黑溪互通至黎水连接公路'))],
		period: '2026-2030',
		stated: [],
		summary: bi('互通连接线提升工程，解决黎水等乡镇“上高速绕远路”问题。', 'An interchange link road so that Lishui no longer detours to reach the expressway.'),
		geometry: schematic(['qianjiang-heixi', 'qianjiang-lishui'], '黑溪至黎水（互通按黑溪镇计）', 'Heixi–Lishui (the interchange taken at Heixi town)')
	}),
	defineEntry({
		id: 'zhuoshui-shijia-link-road',
		ref: 'E7',
		name: bi('濯水互通至石家连接公路', 'Zhuoshui interchange–Shijia link road'),
		shortName: bi('濯水至石家连接线', 'Zhuoshui–Shijia link'),
		kind: 'trunk-road',
		status: [claim('planned', s2(786, '濯水互通至石家连接公路'))],
		period: '2026-2030',
		stated: [],
		summary: bi('互通连接线提升工程，解决石家等乡镇“上高速绕远路”问题。', 'An interchange link road so that Shijia no longer detours to reach the expressway.'),
		geometry: schematic(['qianjiang-zhuoshui', 'qianjiang-shijia'], '濯水至石家（互通按濯水镇计）', 'Zhuoshui–Shijia (the interchange taken at Zhuoshui town)')
	}),
	defineEntry({
		id: 'g319-zhengyang-chengxi',
		ref: 'E8',
		name: bi('G319正阳至城西段改建工程', 'G319 Zhengyang–Chengxi realignment'),
		shortName: bi('G319正阳至城西段', 'G319 Zhengyang–Chengxi'),
		kind: 'trunk-road',
		status: [claim('planned', s2(804, '实施黔江区G319正阳至城西段改建工程'))],
		period: '2026-2030',
		stated: [],
		summary: bi('改线改建，完善老城交通环线，实现新老城区高效联通。', 'A realignment to complete the old-town ring and join the new and old towns.'),
		sources: [s2(800, '实施G319正阳至城西段改线工程'), s2(833, '实施国道G319正阳至城西段改建工程')],
		geometry: schematic(['qianjiang-zhengyang', 'qianjiang-chengxi'], '正阳街道至城西街道', 'Zhengyang–Chengxi subdistricts')
	}),
	...provincialSegments.map(provincialEntry),
	defineEntry({
		id: 'zhuoshui-shuicheping-tourist-road',
		ref: 'E10',
		name: bi('濯水古镇至水车坪旅游公路', 'Zhuoshui old town–Shuicheping tourist road'),
		shortName: bi('濯水至水车坪旅游路', 'Zhuoshui–Shuicheping road'),
		kind: 'trunk-road',
		status: [claim('planned', s2(800, '新建濯水古镇至水车坪、蒲花暗河至金山盖旅游公路'))],
		period: '2026-2030',
		stated: [],
		summary: bi('新建旅游公路。', 'A new tourist road.'),
		geometry: { method: 'unlocated', note: bi('水车坪不是乡镇，无法定位终点。', 'Shuicheping is not a township; its end cannot be placed.') }
	}),
	defineEntry({
		id: 'puhua-jinshangai-tourist-road',
		ref: 'E10',
		name: bi('蒲花暗河至金山盖旅游公路', 'Puhua underground river–Jinshangai tourist road'),
		shortName: bi('蒲花暗河至金山盖旅游路', 'Puhua–Jinshangai road'),
		kind: 'trunk-road',
		status: [claim('planned', s2(800, '新建濯水古镇至水车坪、蒲花暗河至金山盖旅游公路'))],
		period: '2026-2030',
		stated: [],
		summary: bi('新建旅游公路。', 'A new tourist road.'),
		geometry: { method: 'unlocated', note: bi('蒲花暗河、金山盖均不是乡镇。', 'Neither Puhua nor Jinshangai is a township.') }
	}),
	defineEntry({
		id: 'tongping-tunnel',
		ref: 'E11',
		name: bi('桐坪隧道', 'Tongping tunnel'),
		shortName: bi('桐坪隧道', 'Tongping tunnel'),
		kind: 'tunnel',
		status: [claim('planned', s0(124, '实施桐坪隧道项目', 125))],
		targets: [target('carry-out', 2025, s0(124, '实施桐坪隧道项目', 125))],
		period: '2021-2025',
		stated: [],
		summary: bi('2021年展望“实施桐坪隧道项目”；此后的文件未再提及。', 'The 2021 outlook plans the Tongping tunnel; no later document names it.'),
		geometry: { method: 'unlocated', note: bi('桐坪不是乡镇，文件未给位置。', 'Tongping is not a township and no position is given.') }
	}),
	defineEntry({
		id: 'x802-county-town-zhongtang',
		ref: 'E12',
		name: bi('X802县城至中塘段升级改造', 'X802 county town–Zhongtang upgrade'),
		shortName: bi('X802县城至中塘段', 'X802 town–Zhongtang'),
		kind: 'trunk-road',
		status: [claim('planned', s2(CONNECTING_ROADS_LINE, '实施X802县城至中塘段升级改造'))],
		period: '2026-2030',
		stated: [],
		summary: bi('专栏12重要连接道：X802县城至中塘段升级改造。', 'Box 12, important connecting roads: upgrade of the X802 from the county town to Zhongtang.'),
		geometry: schematic(['qianjiang', 'qianjiang-zhongtang'], '黔江城区至中塘镇', 'Qianjiang town–Zhongtang')
	}),
	defineEntry({
		id: 'shihui-xiaonanhai-road',
		ref: 'E12',
		name: bi('石会至小南海连接道', 'Shihui–Xiaonanhai connecting road'),
		shortName: bi('石会至小南海', 'Shihui–Xiaonanhai'),
		kind: 'trunk-road',
		status: [claim('planned', s2(CONNECTING_ROADS_LINE, '石会至小南海项目'))],
		period: '2026-2030',
		stated: [],
		summary: bi('专栏12重要连接道：石会至小南海项目。', 'Box 12, important connecting roads: the Shihui–Xiaonanhai project.'),
		geometry: schematic(['qianjiang-shihui', 'qianjiang-xiaonanhai'], '石会镇至小南海镇', 'Shihui–Xiaonanhai')
	}),
	defineEntry({
		id: 'freight-yard-south-road',
		ref: 'E13',
		name: bi('黔江货场南路升级改造工程', 'Qianjiang freight yard south road upgrade'),
		shortName: bi('货场南路升级改造', 'Freight yard south road'),
		kind: 'trunk-road',
		status: [claim('planned', s2(772, '实施黔江货场南路升级改造工程'))],
		period: '2026-2030',
		stated: [],
		summary: bi('完善铁路货场集疏运体系：实施黔江货场南路升级改造工程。', 'To serve the rail freight yard: an upgrade of the freight yard south road.'),
		geometry: {
			method: 'approximate',
			at: 'qianjiang-zhengyang',
			radiusKm: 5,
			note: bi('货场属黔江站（正阳），置于正阳街道，半径5公里。', 'The yard belongs to Qianjiang station (Zhengyang): placed at Zhengyang subdistrict, 5 km radius.')
		}
	}),
	...ruralRoads.map(ruralRoadEntry),
	...interchangeFacilities.map(interchangeEntry),
	defineEntry({
		id: 'qijiang-wansheng-zhengan-expressway',
		ref: 'Q6',
		name: bi('綦万正高速', 'Qijiang–Wansheng–Zheng’an expressway'),
		shortName: bi('綦万正高速', 'Qijiang–Zheng’an expwy'),
		kind: 'expressway',
		status: [claim('planned', s4(48, '全面推进綦万正高速、安习高速、江綦万桐高速等项目建设', 49))],
		targets: [target('carry-out', 2027, s4(48, '全面推进綦万正高速、安习高速、江綦万桐高速等项目建设', 49))],
		period: '2021-2025',
		stated: [],
		summary: bi(
			'2022年綦江区在“未来5年”目标中提出全面推进项目建设，加强与黔北衔接；文件未说明是否已开工。',
			'In 2022 Qijiang listed among its five-year aims to push its construction forward, to link with northern Guizhou; the document does not say whether work had begun.'
		),
		geometry: schematic(['qijiang', 'wansheng', 'zhengan'], '经线名所含綦江、万盛、正安', 'through Qijiang, Wansheng, Zheng’an (its name)')
	}),
	defineEntry({
		id: 'anwen-xishui-expressway',
		ref: 'Q7',
		name: bi('安习高速', 'Anwen–Xishui expressway'),
		shortName: bi('安习高速', 'Anwen–Xishui expwy'),
		kind: 'expressway',
		status: [claim('planned', s4(48, '全面推进綦万正高速、安习高速、江綦万桐高速等项目建设', 49))],
		targets: [target('carry-out', 2027, s4(48, '全面推进綦万正高速、安习高速、江綦万桐高速等项目建设', 49))],
		period: '2021-2025',
		stated: [],
		summary: bi(
			'2022年綦江区在“未来5年”目标中提出全面推进项目建设；文件未说明是否已开工。',
			'In 2022 Qijiang listed among its five-year aims to push its construction forward; the document does not say whether work had begun.'
		),
		geometry: schematic(
			['qijiang', 'xishui'],
			'綦江至习水；安稳镇属綦江区、不在地名表中，以綦江城区代',
			'Qijiang–Xishui; Anwen is a town of Qijiang district not in the gazetteer, so the line starts at Qijiang town'
		)
	}),
	defineEntry({
		id: 'jiangjin-qijiang-wansheng-tongzi-expressway',
		ref: 'Q8',
		name: bi('江綦万桐高速', 'Jiangjin–Qijiang–Wansheng–Tongzi expressway'),
		shortName: bi('江綦万桐高速', 'Jiangjin–Tongzi expwy'),
		kind: 'expressway',
		status: [claim('planned', s4(48, '全面推进綦万正高速、安习高速、江綦万桐高速等项目建设', 49))],
		targets: [target('carry-out', 2027, s4(48, '全面推进綦万正高速、安习高速、江綦万桐高速等项目建设', 49))],
		period: '2021-2025',
		stated: [],
		summary: bi(
			'2022年綦江区在“未来5年”目标中提出全面推进项目建设；文件未说明是否已开工。',
			'In 2022 Qijiang listed among its five-year aims to push its construction forward; the document does not say whether work had begun.'
		),
		geometry: schematic(['jiangjin', 'qijiang', 'wansheng', 'tongzi'], '经线名所含江津、綦江、万盛、桐梓', 'through Jiangjin, Qijiang, Wansheng, Tongzi (its name)')
	})
];
