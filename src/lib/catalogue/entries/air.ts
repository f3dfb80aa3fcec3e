/**
 * Airport works, routes and aviation zones (inventory A1–A6). Works at Qianjiang Wulingshan Airport
 * are `located` at the airport itself (static/geo/airports.json, IATA JIQ).
 */
import type { ProjectEntry } from '../types';
import { bi, claim, defineEntry, fact, s0, s1, s2, target } from '../sources';

const JIQ = 'airport:JIQ';
const atJiq = (zh: string, en: string) => ({ method: 'located' as const, at: JIQ, note: bi(zh, en) });

const gaRoute = (id: string, place: string, zh: string, en: string): ProjectEntry =>
	defineEntry({
		id,
		ref: 'A4',
		name: bi(`黔江至${zh}通用航空短途运输航线`, `Qianjiang–${en} general-aviation route`),
		shortName: bi(`黔江—${zh}通航航线`, `Qianjiang–${en} GA route`),
		kind: 'aviation-route',
		status: [claim('in-service', s1(63, '黔江新开至梁平、万州、永川3条市内通用航空短途运输航线'))],
		period: '2021-2025',
		stated: [fact('routes', bi('新开通航短途航线', 'New general-aviation routes'), '3条', s1(63, '永川3条市内通用航空短途运输航线'), 3, 'routes')],
		summary: bi(
			'黔江新开至梁平、万州、永川3条市内通用航空短途运输航线，成为全市通用航空短途运输主运营基地，并与武陵仙女山机场“支支联动”。',
			'Three new short general-aviation routes from Qianjiang to Liangping, Wanzhou and Yongchuan make it the city’s main GA base, linked with Wulong Xiannüshan Airport.'
		),
		geometry: {
			method: 'schematic',
			via: [JIQ, place],
			note: bi(`示意线：武陵山机场至${zh}城区（文件未列该端机场），非航路。`, `Schematic from Wulingshan Airport to ${en} town (the airfield there is not named). Not the flight path.`)
		}
	});

export const airEntries: ProjectEntry[] = [
	defineEntry({
		id: 'jiq-runway-extension',
		ref: 'A1',
		name: bi('黔江武陵山机场跑道延长工程', 'Qianjiang Wulingshan Airport runway extension'),
		shortName: bi('机场跑道延长', 'Runway extension'),
		kind: 'airport-works',
		status: [
			claim('planned', s0(116, '加快武陵山机场跑道延伸项目建设', 117)),
			claim('preliminary', s2(797, '推进跑道延长工程前期工作'))
		],
		targets: [target('carry-out', 2025, s0(116, '加快武陵山机场跑道延伸项目建设', 117))],
		period: '2026-2030',
		stated: [],
		summary: bi(
			'2021年展望要求“十四五”加快跑道延伸项目建设；“十五五”规划纲要仍为推进跑道延长工程前期工作，并改造助航灯光、消防管网、下滑台等。',
			'The 2021 outlook wanted the runway extension built faster in 2021–2025; the 2026 plan is still at its preliminary work, and upgrades lighting, fire mains and the glide slope.'
		),
		sources: [s2(797, '改造助航灯光、消防管网、下滑台等配套设施')],
		geometry: atJiq('位于武陵山机场（机场位置取自机场表）。', 'At Wulingshan Airport (position from the airports table).')
	}),
	defineEntry({
		id: 'jiq-terminal-2',
		ref: 'A2',
		name: bi('武陵山机场T2航站楼', 'Wulingshan Airport terminal 2'),
		shortName: bi('T2航站楼', 'Terminal 2'),
		kind: 'airport-works',
		status: [claim('in-service', s2(19, '武陵山机场T2航站楼建成投用'))],
		period: '2021-2025',
		stated: [],
		summary: bi('“十五五”规划纲要回顾“十四五”：T2航站楼建成投用。', 'The 2026 plan lists terminal 2 among the 2021–2025 completions.'),
		geometry: atJiq('位于武陵山机场。', 'At Wulingshan Airport.')
	}),
	defineEntry({
		id: 'jiq-routes-passengers',
		ref: 'A3',
		name: bi('武陵山机场航线与旅客吞吐量', 'Wulingshan Airport routes and passengers'),
		shortName: bi('航线与旅客量', 'Routes and passengers'),
		kind: 'aviation-route',
		status: [
			claim('planned', s0(117, '培育航线')),
			claim('planned', s2(244, '武陵山机场旅客吞吐量稳定在40万人次以上'))
		],
		targets: [
			target('figure', 2025, s0(117, '培育航线20条以上，旅客吞吐量达到100万人', 118)),
			target('figure', 2030, s2(244, '武陵山机场旅客吞吐量稳定在40万人次以上'))
		],
		period: '2026-2030',
		stated: [
			fact('target', bi('“十四五”航线目标', 'Routes target, 2021–2025'), '20条以上', s0(118, '20条以上'), 20, 'routes'),
			fact('target', bi('“十四五”旅客吞吐量目标', 'Passenger target, 2021–2025'), '100万人', s0(118, '旅客吞吐量达到100万人'), 1000000, 'passengers/yr'),
			fact('target', bi('专栏1 开通航线数量规划目标（条）', 'Box 1: routes, planned (count)'), '20', s2(150, '20'), 20, 'routes'),
			fact('routes', bi('专栏1 开通航线数量完成情况（条）', 'Box 1: routes achieved by 2025 (count)'), '8', s2(151, '8'), 8, 'routes'),
			fact('passengers', bi('专栏2 旅客吞吐量2025年基值（万人次）', 'Box 2: passengers, 2025 base (10,000s)'), '9.83', s2(339, '9.83'), 98300, 'passengers/yr'),
			fact('target', bi('专栏2 旅客吞吐量2030年目标（万人次）', 'Box 2: passengers, 2030 target (10,000s)'), '40', s2(340, '40'), 400000, 'passengers/yr')
		],
		summary: bi(
			'2021年展望目标培育航线20条以上、旅客吞吐量100万人次；2025年实际开通航线8条、旅客9.83万人次；2030年目标40万人次。',
			'The 2021 outlook aimed at 20+ routes and 1 million passengers; 2025 saw 8 routes and 98,300 passengers; the 2030 target is 400,000.'
		),
		sources: [s2(149, '开通航线数量（条）'), s2(338, '武陵山机场旅客吞吐量（万人次）')],
		geometry: atJiq('位于武陵山机场。', 'At Wulingshan Airport.')
	}),
	gaRoute('jiq-liangping-ga-route', 'liangping', '梁平', 'Liangping'),
	gaRoute('jiq-wanzhou-ga-route', 'wanzhou', '万州', 'Wanzhou'),
	gaRoute('jiq-yongchuan-ga-route', 'yongchuan', '永川', 'Yongchuan'),
	defineEntry({
		id: 'qianjiang-chongqing-air-shuttle',
		ref: 'A7',
		name: bi('黔江至重庆主城“空中巴士”', 'Qianjiang–central Chongqing “air bus” shuttle'),
		shortName: bi('“空中巴士”', '“Air bus” shuttle'),
		kind: 'aviation-route',
		status: [claim('planned', s2(797, '运营好黔江至重庆主城“空中巴士”'))],
		period: '2026-2030',
		stated: [],
		summary: bi(
			'“十五五”规划纲要要求“运营好”黔江至重庆主城“空中巴士”；文件未说明其开通时间。',
			'The 2026 plan asks to “run well” the Qianjiang–central Chongqing “air bus”; no document says when it began.'
		),
		geometry: {
			method: 'schematic',
			via: [JIQ, 'airport:CKG'],
			note: bi('示意线：武陵山机场至重庆江北机场（文件称“重庆主城”，未列机场），非航路。', 'Schematic from Wulingshan Airport to Chongqing Jiangbei (the plan says “central Chongqing” and names no airport). Not the flight path.')
		}
	}),
	defineEntry({
		id: 'zhoubai-airport-rail-economic-zone',
		ref: 'A5',
		name: bi('舟白临空临铁经济区', 'Zhoubai airport–rail economic zone'),
		shortName: bi('临空临铁经济区', 'Airport–rail zone'),
		kind: 'zone',
		status: [claim('proposed', s2(756, '积极争取在舟白布局设立临空临铁经济区'))],
		period: '2026-2030',
		stated: [],
		summary: bi('“十五五”规划纲要积极争取在舟白布局设立临空临铁经济区。', 'The 2026 plan seeks an airport–rail economic zone at Zhoubai.'),
		geometry: {
			method: 'approximate',
			at: 'qianjiang-zhoubai',
			radiusKm: 5,
			note: bi('文件称“在舟白”，置于舟白街道，半径5公里。', 'The plan says “at Zhoubai”: placed at Zhoubai subdistrict, 5 km radius.')
		}
	}),
	defineEntry({
		id: 'zhoubai-air-logistics-park',
		ref: 'A5',
		name: bi('舟白航空物流园区', 'Zhoubai air logistics park'),
		shortName: bi('航空物流园区', 'Air logistics park'),
		kind: 'zone',
		status: [
			claim('planned', s0(134, '施武陵山空港物流项目')),
			claim('planned', s2(756, '加快推进航空物流园区建设'))
		],
		period: '2026-2030',
		stated: [],
		summary: bi('2021年展望实施武陵山空港物流项目；“十五五”规划纲要加快推进航空物流园区、建设舟白航空物流中心。', 'The 2021 outlook starts an airport logistics project; the 2026 plan speeds up the air logistics park and the Zhoubai air logistics centre.'),
		sources: [s2(560, '加快建设舟白航空物流中心')],
		geometry: {
			method: 'approximate',
			at: 'qianjiang-zhoubai',
			radiusKm: 5,
			note: bi('规划纲要称“舟白航空物流中心”，置于舟白街道，半径5公里。', 'The plan names the “Zhoubai air logistics centre”: placed at Zhoubai subdistrict, 5 km radius.')
		}
	}),
	defineEntry({
		id: 'low-altitude-landing-sites',
		ref: 'A6',
		name: bi('直升机起降点、无人机物流场地', 'Heliports and drone logistics sites'),
		shortName: bi('低空起降点', 'Low-altitude sites'),
		kind: 'zone',
		status: [claim('planned', s2(540, '规划建设直升机起降点、无人机物流场地'))],
		period: '2026-2030',
		stated: [],
		summary: bi('与武陵山机场共同构建三级低空飞行体系。', 'With Wulingshan Airport, a three-level low-altitude flight network.'),
		geometry: { method: 'unlocated', note: bi('文件未给起降点位置或数量。', 'The plan gives neither the sites nor their number.') }
	})
];
