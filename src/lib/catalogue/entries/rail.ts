/**
 * Railways, stations and freight yards named in the seeds (inventory R1–R15, Q1–Q5).
 * Lines are schematic: they run through the places the documents name, never along an alignment.
 */
import type { ProjectEntry } from '../types';
import { LABEL, bi, claim, defineEntry, fact, opened, pub, s0, s1, s2, s4, target } from '../sources';

const HSR_SPEC_LINE = 775;
const RAIL_SPEC_LINE = 777;

export const railEntries: ProjectEntry[] = [
	defineEntry({
		id: 'chongqing-qianjiang-hsr',
		ref: 'R1',
		name: bi('渝厦高铁重庆至黔江段', 'Chongqing–Xiamen HSR, Chongqing–Qianjiang section'),
		shortName: bi('渝厦高铁', 'Chongqing–Xiamen HSR'),
		kind: 'hsr',
		status: [
			claim('planned', s0(109, '建成投用渝湘高铁重庆至黔江段', 110)),
			claim('under-construction', s1(11, '渝厦高铁重庆至黔江段即将开通')),
			claim('in-service', s2(19, '渝厦高铁重庆至黔江段、渝怀铁路二线和黔恩、黔石、黔江过境高速建成通车'))
		],
		targets: [target('in-service', 2025, s0(109, '建成投用渝湘高铁重庆至黔江段', 110))],
		period: '2021-2025',
		opened: opened(2025, pub('渝厦高铁重庆东至黔江段2025年6月27日开通', 2025)),
		stated: [
			fact('other', bi('重庆“1小时经济圈”', "Chongqing's 1-hour economic circle"), '1小时经济圈', s1(11, '正式入围重庆“1小时经济圈”')),
			fact('length', bi('重庆东—黔江里程（公开资料）', 'Chongqing East–Qianjiang (public reference)'), '242 km', pub('渝厦高铁', 2025), 242, 'km'),
			fact('design-speed', LABEL.publicSpeed, '350 km/h', pub('渝厦高铁', 2025), 350, 'km/h')
		],
		summary: bi(
			'2021年展望以“十四五”建成投用渝湘高铁重庆至黔江段为目标；2025年报道称6月30日即将开通，黔江入围重庆“1小时经济圈”；“十五五”规划纲要回顾为已建成通车。公开资料记载2025年6月27日开通。',
			'The 2021 outlook aimed to open the Chongqing–Qianjiang section in 2021–2025; a 2025 report said it was about to open on 30 June, putting Qianjiang in Chongqing’s 1-hour circle; the 2026 plan reviews it as open. Public reference dates the opening to 27 June 2025.'
		),
		sources: [pub('重庆东、巴南、南川北、水江西、武隆南、彭水西、黔江', 2025)],
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'banan', 'nanchuan', 'wulong', 'pengshui', 'qianjiang'],
			note: bi(
				'示意线：经公开资料所列车站（重庆东、巴南、南川北、武隆南、彭水西、黔江）所在城区连线，水江西站未单列；非线路走向。',
				'Schematic through the towns of the stations in public reference (Chongqing East, Banan, Nanchuan North, Wulong South, Pengshui West, Qianjiang); Shuijiang West is not drawn separately. Not the alignment.'
			)
		}
	}),
	defineEntry({
		id: 'qianjiang-jishou-hsr',
		ref: 'R2',
		name: bi('黔江至吉首高铁（渝湘高铁黔江至吉首段）', 'Qianjiang–Jishou HSR (Chongqing–Hunan HSR, Qianjiang–Jishou section)'),
		shortName: bi('黔吉高铁', 'Qianjiang–Jishou HSR'),
		kind: 'hsr',
		status: [
			claim('planned', s0(110, '开工建设渝湘高铁黔江至吉首段', 111)),
			claim('preliminary', s1(61, '黔江至吉首铁路可研评审完成')),
			claim('planned', s2(768, '推进黔江至吉首高铁西接重黔铁路、东连张吉怀高铁'))
		],
		targets: [
			target('start-construction', 2025, s0(110, '开工建设渝湘高铁黔江至吉首段', 111)),
			target('in-service', 2030, s2(244, '建成投用黔江至吉首高速铁路'))
		],
		period: '2026-2030',
		stated: [
			fact('length-in-district', LABEL.lengthInDistrict, '35公里', s2(HSR_SPEC_LINE, '黔江至吉首高铁（黔江段）35公里'), 35, 'km'),
			fact('design-speed', LABEL.designSpeed, '350公里/小时', s2(HSR_SPEC_LINE, '黔江至吉首高铁（黔江段）35公里，按照“速度350公里/小时，双线铁路”标准建设'), 350, 'km/h'),
			fact('tracks', LABEL.tracks, '双线', s2(HSR_SPEC_LINE, '黔江至吉首高铁（黔江段）35公里，按照“速度350公里/小时，双线铁路”标准建设'), 2, 'tracks')
		],
		summary: bi(
			'2021年展望以“十四五”开工建设为目标；2025年报道可研评审完成、“有望成为全线首个开工点”；“十五五”规划纲要仍为推进，以2030年建成投用为目标，西接重黔铁路、东连张吉怀高铁。',
			'The 2021 outlook aimed to start building in 2021–2025; by 2025 the feasibility study had been reviewed and Qianjiang “hoped” to be the first site to start; the 2026 plan still pushes it forward, aiming to open it by 2030, linking west to the Chongqing–Qianjiang line and east to the Zhangjiajie–Jishou–Huaihua HSR.'
		),
		sources: [s1(61, '有望成为全线首个开工点'), s2(753, '共同推进渝湘高铁（黔江至吉首段）等跨区域重大交通项目建设')],
		geometry: {
			method: 'schematic',
			via: ['qianjiang', 'jishou'],
			note: bi('示意线：仅连接文件所列两端黔江与吉首，非线路走向。', 'Schematic between the two ends the documents name, Qianjiang and Jishou. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'qianjiang-wanzhou-hsr',
		ref: 'R3',
		name: bi('黔江至万州高铁', 'Qianjiang–Wanzhou HSR'),
		shortName: bi('黔万高铁', 'Qianjiang–Wanzhou HSR'),
		kind: 'hsr',
		status: [
			claim('preliminary', s0(111, '加快黔万高铁、黔务高速公路、黔利高速公路前期工作', 113)),
			claim('planned', s1(61, '黔万高铁纳入国家规划修编')),
			claim('preliminary', s2(768, '谋划推进黔江至万州高铁'))
		],
		targets: [target('start-construction', 2025, s0(113, '力争“十四五”期间开工建设', 114))],
		period: '2026-2030',
		stated: [
			fact('length-in-district', LABEL.lengthInDistrict, '40公里', s2(HSR_SPEC_LINE, '黔江至万州高铁（黔江段）40公里'), 40, 'km'),
			fact('design-speed', LABEL.designSpeed, '350公里/小时', s2(HSR_SPEC_LINE, '黔江至万州高铁（黔江段）40公里，按照“速度350公里/小时，双线铁路”标准建设'), 350, 'km/h'),
			fact('tracks', LABEL.tracks, '双线', s2(HSR_SPEC_LINE, '黔江至万州高铁（黔江段）40公里，按照“速度350公里/小时，双线铁路”标准建设'), 2, 'tracks')
		],
		summary: bi(
			'2021年展望要求加快前期工作、力争“十四五”期间开工；2025年纳入国家规划修编；“十五五”规划纲要谋划推进，衔接渝万高铁、郑万高铁，打通北向通道。',
			'The 2021 outlook speeds up preliminary work, aiming to start building in 2021–2025; by 2025 it was in the national plan revision; the 2026 plan is still preparing it, to join the Chongqing–Wanzhou and Zhengzhou–Wanzhou HSRs northwards.'
		),
		sources: [s2(768, '衔接渝万高铁、郑万高铁')],
		geometry: {
			method: 'schematic',
			via: ['qianjiang', 'wanzhou'],
			note: bi('示意线：连接黔江与万州，非线路走向。', 'Schematic between Qianjiang and Wanzhou. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'qianjiang-zhangjiajie-changde-hsr',
		ref: 'R4',
		name: bi('黔张常高铁', 'Qianjiang–Zhangjiajie–Changde HSR'),
		shortName: bi('黔张常高铁', 'Qianjiang–Changde HSR'),
		kind: 'hsr',
		status: [claim('under-study', s2(768, '推进黔张常高铁研究论证'))],
		period: '2026-2030',
		stated: [
			fact('length-in-district', LABEL.lengthInDistrict, '23公里', s2(HSR_SPEC_LINE, '黔张常高铁（黔江段）23公里'), 23, 'km'),
			fact('design-speed', LABEL.designSpeed, '350公里/小时', s2(HSR_SPEC_LINE, '黔张常高铁（黔江段）23公里，“按照速度350公里/小时，双线铁路”标准建设'), 350, 'km/h'),
			fact('tracks', LABEL.tracks, '双线', s2(HSR_SPEC_LINE, '黔张常高铁（黔江段）23公里，“按照速度350公里/小时，双线铁路”标准建设'), 2, 'tracks')
		],
		summary: bi(
			'“十五五”规划纲要推进研究论证，东向衔接常益长高铁、沪昆高铁，强化至长三角联系。',
			'The 2026 plan puts it under study, to join the Changde–Yiyang–Changsha and Shanghai–Kunming HSRs eastwards.'
		),
		geometry: {
			method: 'schematic',
			via: ['qianjiang', 'zhangjiajie', 'changde'],
			note: bi('示意线：经线名所含黔江、张家界、常德，非线路走向。', 'Schematic through the places in its name: Qianjiang, Zhangjiajie, Changde. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'qianjiang-zunyi-zhaotong-railway',
		ref: 'R5',
		name: bi('黔遵昭铁路', 'Qianjiang–Zunyi–Zhaotong railway'),
		shortName: bi('黔遵昭铁路', 'Qianjiang–Zhaotong railway'),
		kind: 'rail',
		status: [claim('under-study', s2(770, '研究论证黔遵昭铁路'))],
		period: '2026-2030',
		stated: [
			fact('length-in-district', LABEL.lengthInDistrict, '48公里', s2(RAIL_SPEC_LINE, '黔遵昭铁路（黔江段）48公里'), 48, 'km'),
			fact('design-speed', LABEL.designSpeed, '160公里/小时', s2(RAIL_SPEC_LINE, '黔遵昭铁路（黔江段）48公里，按照“速度160公里/小时，单线铁路”标准建设'), 160, 'km/h'),
			fact('tracks', LABEL.tracks, '单线', s2(RAIL_SPEC_LINE, '黔遵昭铁路（黔江段）48公里，按照“速度160公里/小时，单线铁路”标准建设'), 1, 'tracks')
		],
		summary: bi(
			'“十五五”规划纲要研究论证，打通黔江面向滇中、东南亚的货运通道。',
			'Under study in the 2026 plan: a freight route from Qianjiang towards central Yunnan and Southeast Asia.'
		),
		sources: [s2(770, '打通黔江面向滇中、东南亚的货运通道')],
		geometry: {
			method: 'schematic',
			via: ['qianjiang', 'zunyi'],
			note: bi(
				'示意线：黔江至遵义；昭通在地图范围（东经104°以西）之外，未绘出。非线路走向。',
				'Schematic Qianjiang–Zunyi; Zhaotong lies west of 104°E, outside the map, and is not drawn. Not the alignment.'
			)
		}
	}),
	defineEntry({
		id: 'guangan-dianjiang-zhongxian-qianjiang-railway',
		ref: 'R6',
		name: bi('广垫忠黔铁路', "Guang'an–Dianjiang–Zhongxian–Qianjiang railway"),
		shortName: bi('广垫忠黔铁路', "Guang'an–Qianjiang railway"),
		kind: 'rail',
		status: [
			claim('under-study', s0(114, '同时加快广垫忠黔铁路、黔永高速公路的方案研究', 115)),
			claim('preliminary', s2(770, '谋划推动广垫忠黔铁路建设'))
		],
		period: '2026-2030',
		stated: [
			fact('length-in-district', LABEL.lengthInDistrict, '40公里', s2(RAIL_SPEC_LINE, '广垫忠黔铁路（黔江段）40公里'), 40, 'km'),
			fact('design-speed', LABEL.designSpeed, '160公里/小时', s2(RAIL_SPEC_LINE, '广垫忠黔铁路（黔江段）40公里，按照“速度160公里/小时，单线铁路”标准建设'), 160, 'km/h'),
			fact('tracks', LABEL.tracks, '单线', s2(RAIL_SPEC_LINE, '广垫忠黔铁路（黔江段）40公里，按照“速度160公里/小时，单线铁路”标准建设'), 1, 'tracks')
		],
		summary: bi(
			'2021年展望开展方案研究；“十五五”规划纲要谋划推动，串联广安、垫江至黔江，衔接兰渝铁路，形成西北至华南货运通道。',
			'Scheme study in the 2021 outlook; the 2026 plan pushes it to link Guang’an and Dianjiang to Qianjiang and the Lanzhou–Chongqing railway, a northwest–south China freight route.'
		),
		sources: [s2(770, '串联广安、垫江至黔江')],
		geometry: {
			method: 'schematic',
			via: ['guangan', 'dianjiang', 'zhongxian', 'qianjiang'],
			note: bi('示意线：经线名所含广安、垫江、忠县至黔江，非线路走向。', "Schematic through the places in its name: Guang'an, Dianjiang, Zhongxian, Qianjiang. Not the alignment.")
		}
	}),
	defineEntry({
		id: 'ankang-enshi-qianjiang-railway',
		ref: 'R7',
		name: bi('安恩黔铁路', 'Ankang–Enshi–Qianjiang railway'),
		shortName: bi('安恩黔铁路', 'Ankang–Qianjiang railway'),
		kind: 'rail',
		status: [claim('preliminary', s2(770, '谋划推动安恩黔铁路'))],
		period: '2026-2030',
		stated: [
			fact('length-in-district', LABEL.lengthInDistrict, '23公里', s2(RAIL_SPEC_LINE, '安恩黔铁路（黔江段）23公里'), 23, 'km'),
			fact('design-speed', LABEL.designSpeed, '160公里/小时', s2(RAIL_SPEC_LINE, '安恩黔铁路（黔江段）23公里，按照“速度160公里/小时，单线铁路”标准建设'), 160, 'km/h'),
			fact('tracks', LABEL.tracks, '单线', s2(RAIL_SPEC_LINE, '安恩黔铁路（黔江段）23公里，按照“速度160公里/小时，单线铁路”标准建设'), 1, 'tracks')
		],
		summary: bi(
			'“十五五”规划纲要谋划推动，构建黔江东出长江中游城市群、北上关中平原的货运径路；在规划的黔江北站衔接。',
			'The 2026 plan pushes it as a freight route east to the middle Yangtze and north to the Guanzhong plain, meeting the planned Qianjiang North station.'
		),
		sources: [s2(772, '规划建设黔江北站，衔接黔万、安恩黔铁路')],
		geometry: {
			method: 'schematic',
			via: ['ankang', 'enshi', 'qianjiang'],
			note: bi('示意线：经线名所含安康、恩施、黔江，非线路走向。', 'Schematic through the places in its name: Ankang, Enshi, Qianjiang. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'hi-tech-zone-rail-spur',
		ref: 'R8',
		name: bi('高新区铁路专用线', 'Hi-tech zone railway spur'),
		shortName: bi('高新区专用线', 'Hi-tech zone spur'),
		kind: 'rail-spur',
		status: [claim('planned', s2(772, '推进高新区铁路专用线项目'))],
		period: '2026-2030',
		stated: [
			fact('length', LABEL.length, '8.1公里', s2(779, '高新区铁路专用线8.1公里'), 8.1, 'km'),
			fact('design-speed', LABEL.designSpeed, '120公里/小时', s2(779, '按照“速度120公里/小时，单线铁路”标准建设'), 120, 'km/h'),
			fact('tracks', LABEL.tracks, '单线', s2(779, '按照“速度120公里/小时，单线铁路”标准建设'), 1, 'tracks')
		],
		summary: bi(
			'“十五五”规划纲要推进高新区铁路专用线，实现高新区与铁路货运网无缝衔接。',
			'The 2026 plan builds a spur linking the hi-tech zone to the rail freight network.'
		),
		geometry: {
			method: 'unlocated',
			note: bi('文件未给出专用线起讫点或高新区位置。', 'The documents give neither the ends of the spur nor where the hi-tech zone lies.')
		}
	}),
	defineEntry({
		id: 'qianjiang-fuling-freight-railway',
		ref: 'R9',
		name: bi('黔江至涪陵货运铁路', 'Qianjiang–Fuling freight railway'),
		shortName: bi('黔涪货运铁路', 'Qianjiang–Fuling freight line'),
		kind: 'rail',
		status: [claim('planned', s0(134, '打通黔江至涪陵货运铁路', 135))],
		targets: [target('in-service', 2025, s0(134, '打通黔江至涪陵货运铁路', 135))],
		period: '2021-2025',
		stated: [],
		summary: bi(
			'2021年展望提出“打通黔江至涪陵货运铁路”；“十五五”规划纲要不再提及。',
			'The 2021 outlook aims to “open up” a Qianjiang–Fuling freight railway; the 2026 plan no longer names it.'
		),
		geometry: {
			method: 'schematic',
			via: ['qianjiang', 'fuling'],
			note: bi('示意线：连接黔江与涪陵，非线路走向。', 'Schematic between Qianjiang and Fuling. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'chongqing-huaihua-railway-second-line',
		ref: 'R10',
		name: bi('渝怀铁路二线', 'Chongqing–Huaihua railway second line'),
		shortName: bi('渝怀二线', 'Chongqing–Huaihua 2nd line'),
		kind: 'rail',
		status: [claim('in-service', s2(19, '渝怀铁路二线'))],
		period: '2021-2025',
		opened: opened(2020, pub('渝怀铁路二线涪陵至怀化段2020年开通', 2020)),
		stated: [],
		summary: bi(
			'“十五五”规划纲要回顾“十四五”时列为建成通车。公开资料记载涪陵至怀化段二线于2020年开通。',
			'The 2026 plan lists it among the 2021–2025 completions; public reference dates the Fuling–Huaihua second track to 2020.'
		),
		sources: [],
		geometry: {
			method: 'schematic',
			via: ['fuling', 'wulong', 'pengshui', 'qianjiang', 'youyang', 'xiushan', 'tongren', 'huaihua'],
			note: bi(
				'示意线：经公开资料所列渝怀铁路涪陵以东车站所在城区，非线路走向。',
				'Schematic through the towns of the Chongqing–Huaihua stations east of Fuling in public reference. Not the alignment.'
			)
		}
	}),
	defineEntry({
		id: 'qianjiang-north-station',
		ref: 'R11',
		name: bi('黔江北站', 'Qianjiang North station'),
		shortName: bi('黔江北站', 'Qianjiang North'),
		kind: 'station',
		status: [claim('planned', s2(772, '规划建设黔江北站，衔接黔万、安恩黔铁路'))],
		period: '2026-2030',
		stated: [],
		summary: bi(
			'“十五五”规划纲要规划建设黔江北站，衔接黔万、安恩黔铁路，配套客运接驳站、旅游集散中心。',
			'The 2026 plan adds a Qianjiang North station for the Wanzhou and Ankang–Enshi lines, with a transfer station and a tourist centre.'
		),
		sources: [s2(772, '配套建设客运接驳站、旅游集散中心')],
		geometry: {
			method: 'approximate',
			at: 'qianjiang',
			radiusKm: 15,
			note: bi('文件未给站址，置于黔江城区，半径15公里。', 'No site given: placed at Qianjiang town with a 15 km radius.')
		}
	}),
	defineEntry({
		id: 'qianjiang-station-hub',
		ref: 'R12',
		name: bi('黔江站综合交通枢纽', 'Qianjiang station transport hub'),
		shortName: bi('黔江站枢纽', 'Qianjiang station hub'),
		kind: 'station',
		status: [
			claim('under-construction', s1(55, '截至4月末，该工程完成度可达88%')),
			claim('in-service', s2(16, '高质量完成高铁站前广场'))
		],
		targets: [target('in-service', 2025, s1(55, '5月20日之前将全部完工'))],
		period: '2021-2025',
		stated: [
			fact('budget', bi('一期概算投资', 'Phase 1 budget'), '4.21亿元', s1(55, '一期项目概算投资4.21亿元'), 421, 'million-yuan'),
			fact('other', bi('4月末完成度', 'Phase 1 done by end of April 2025'), '88%', s1(55, '截至4月末，该工程完成度可达88%'), 88, '%')
		],
		summary: bi(
			'一期含送站道路、站前广场、公交车场、游客集散中心等，2025年5月20日前完工；“十五五”规划纲要升级为整合高铁、普铁、长途客运等的综合枢纽，增设机场值机柜台。',
			'Phase 1 (drop-off roads, forecourt, bus yards, visitor centre) was due by 20 May 2025; the 2026 plan upgrades the hub to join HSR, conventional rail and coaches, with airport check-in.'
		),
		sources: [s2(772, '升级黔江站综合交通枢纽'), s2(999, '依托正阳“星都荟”紧邻高铁站')],
		geometry: {
			method: 'approximate',
			at: 'qianjiang-zhengyang',
			radiusKm: 5,
			note: bi('规划纲要称正阳“星都荟”紧邻高铁站，置于正阳街道，半径5公里。', 'The plan puts the HSR station next to Zhengyang’s Xingduhui: placed at Zhengyang subdistrict, 5 km radius.')
		}
	}),
	defineEntry({
		id: 'qianjiang-station-freight-yard',
		ref: 'R13',
		name: bi('黔江站铁路货场（集装箱功能区）', 'Qianjiang station rail freight yard (container area)'),
		shortName: bi('黔江站货场', 'Qianjiang freight yard'),
		kind: 'freight-yard',
		status: [
			claim('in-service', s1(61, '渝怀线黔江站集装箱功能区投用'))
		],
		targets: [target('figure', 2030, s2(756, '加快推进450万吨铁路集装箱货场建设'))],
		period: '2026-2030',
		opened: opened(2024, s1(61, '2024年2月29日首发“黔江—钦州”铁路集装箱班列')),
		stated: [
			fact('capacity', bi('货场规模（2024年）', 'Yard capacity (2024)'), '200万吨/年', s1(61, '货场规模达200万吨/年'), 2, 'Mt/yr'),
			fact('capacity', bi('集装箱货场规模（规划）', 'Container yard (planned)'), '450万吨', s2(756, '加快推进450万吨铁路集装箱货场建设'))
		],
		summary: bi(
			'2025年报道：渝怀线黔江站集装箱功能区投用，货场规模200万吨/年，2024年2月29日首发“黔江—钦州”班列；“十五五”规划纲要以扩能改造、450万吨铁路集装箱货场为目标。',
			'A 2025 report: the container area at Qianjiang station is in use at 2 Mt a year, with the first Qianjiang–Qinzhou container train on 29 February 2024; the 2026 plan aims to expand it to a 4.5 Mt container yard.'
		),
		sources: [s2(816, '实施黔江站铁路货场扩能改造'), s2(581, '黔江站铁路货场扩能改造及口岸建设'), s2(999, '依托正阳“星都荟”紧邻高铁站')],
		geometry: {
			method: 'approximate',
			at: 'qianjiang-zhengyang',
			radiusKm: 5,
			note: bi('货场属黔江站，规划纲要称高铁站紧邻正阳“星都荟”；置于正阳街道，半径5公里。', 'The yard belongs to Qianjiang station, which the plan puts next to Zhengyang: placed at Zhengyang subdistrict, 5 km radius.')
		}
	}),
	defineEntry({
		id: 'xiaojiagou-rail-freight-yard',
		ref: 'R14',
		name: bi('肖家沟铁路货场', 'Xiaojiagou rail freight yard'),
		shortName: bi('肖家沟货场', 'Xiaojiagou yard'),
		kind: 'freight-yard',
		status: [claim('planned', s2(816, '加快推进肖家沟铁路货场及青杠铁路物流专用线项目'))],
		period: '2026-2030',
		stated: [],
		summary: bi('“十五五”规划纲要加快推进肖家沟铁路货场。', 'The 2026 plan speeds up a rail freight yard at Xiaojiagou.'),
		sources: [s2(581, '黔江区肖家沟铁路货场及青杠铁路物流专用线项目')],
		geometry: {
			method: 'unlocated',
			note: bi('肖家沟不是乡镇名，文件未给位置。', 'Xiaojiagou is not a township and the documents give no position.')
		}
	}),
	defineEntry({
		id: 'qinggang-rail-logistics-spur',
		ref: 'R15',
		name: bi('青杠铁路物流专用线', 'Qinggang rail logistics spur'),
		shortName: bi('青杠专用线', 'Qinggang spur'),
		kind: 'rail-spur',
		status: [claim('planned', s2(816, '加快推进肖家沟铁路货场及青杠铁路物流专用线项目'))],
		period: '2026-2030',
		stated: [],
		summary: bi('“十五五”规划纲要加快推进青杠铁路物流专用线。', 'The 2026 plan speeds up a rail logistics spur at Qinggang.'),
		sources: [s2(581, '黔江区肖家沟铁路货场及青杠铁路物流专用线项目'), s2(833, '老城、舟白、正阳、青杠、冯家五大片区')],
		geometry: {
			method: 'approximate',
			at: 'qianjiang',
			radiusKm: 10,
			note: bi('青杠是城区五大片区之一（非乡镇），置于黔江城区，半径10公里。', 'Qinggang is one of the five urban areas (not a township): placed at Qianjiang town, 10 km radius.')
		}
	}),
	defineEntry({
		id: 'hsr-express-freight-base',
		ref: 'R16',
		name: bi('高铁快运物流基地', 'HSR express freight base'),
		shortName: bi('高铁快运基地', 'HSR express base'),
		kind: 'freight-yard',
		status: [claim('preliminary', s2(560, '谋划实施高铁快运基地项目'))],
		period: '2026-2030',
		stated: [],
		summary: bi('“十五五”规划纲要谋划实施高铁快运基地项目，建设高铁快运物流基地。', 'The 2026 plan prepares an HSR express freight base.'),
		sources: [s2(756, '建设高铁快运物流基地')],
		geometry: { method: 'unlocated', note: bi('文件未给位置。', 'No document gives a site.') }
	}),
	defineEntry({
		id: 'chongqing-guilin-hsr',
		ref: 'Q1',
		name: bi('渝桂高铁', 'Chongqing–Guilin HSR'),
		shortName: bi('渝桂高铁', 'Chongqing–Guilin HSR'),
		kind: 'hsr',
		status: [claim('proposed', s4(36, '联同遵义市共同争取渝桂高铁'))],
		period: '2021-2025',
		stated: [],
		summary: bi('綦江区联同遵义市争取纳入国家规划。', 'Qijiang, with Zunyi, seeks to have it included in the national plan.'),
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'qijiang', 'zunyi'],
			note: bi(
				'示意线：重庆经綦江、遵义（文件中争取该线的两地）；桂林在北纬26°以南，未绘出。非线路走向。',
				'Schematic Chongqing–Qijiang–Zunyi (the two places seeking the line); Guilin lies south of 26°N and is not drawn. Not the alignment.'
			)
		}
	}),
	defineEntry({
		id: 'chongqing-guiyang-hsr',
		ref: 'Q2',
		name: bi('渝贵高铁', 'Chongqing–Guiyang HSR'),
		shortName: bi('渝贵高铁', 'Chongqing–Guiyang HSR'),
		kind: 'hsr',
		status: [claim('planned', s4(43, '未来5年，力争建成重庆中心城区—綦江—万盛城轨快线，开工建设渝贵高铁', 45))],
		targets: [target('start-construction', 2027, s4(43, '未来5年，力争建成重庆中心城区—綦江—万盛城轨快线，开工建设渝贵高铁', 45))],
		period: '2021-2025',
		stated: [],
		summary: bi(
			'2022年綦江区以“未来5年”开工建设渝贵高铁为目标；此后的文件未再提及。',
			'In 2022 Qijiang aimed to start building the Chongqing–Guiyang HSR “within five years”; no later document speaks of it.'
		),
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'qijiang', 'guiyang'],
			note: bi('示意线：重庆经綦江至贵阳，非线路走向。', 'Schematic Chongqing–Qijiang–Guiyang. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'guangan-fuling-liuzhou-railway',
		ref: 'Q3',
		name: bi('广涪柳铁路', "Guang'an–Fuling–Liuzhou railway"),
		shortName: bi('广涪柳铁路', "Guang'an–Liuzhou railway"),
		kind: 'rail',
		status: [claim('proposed', s4(37, '涪柳铁路'))],
		period: '2021-2025',
		stated: [],
		summary: bi('綦江区联同遵义市争取纳入国家规划。', 'Qijiang, with Zunyi, seeks to have it included in the national plan.'),
		sources: [s4(36, '联同遵义市共同争取渝桂高铁、广')],
		geometry: {
			method: 'schematic',
			via: ['guangan', 'fuling', 'qijiang'],
			note: bi(
				'示意线：经线名所含广安、涪陵及争取该线的綦江；柳州在北纬26°以南，未绘出。非线路走向。',
				"Schematic through Guang'an and Fuling (in its name) and Qijiang (which seeks it); Liuzhou lies south of 26°N and is not drawn. Not the alignment."
			)
		}
	}),
	defineEntry({
		id: 'chongqing-qijiang-wansheng-suburban-rail',
		ref: 'Q4',
		name: bi('重庆中心城区—綦江—万盛城轨快线', 'Chongqing–Qijiang–Wansheng suburban rail'),
		shortName: bi('綦万城轨快线', 'Qijiang–Wansheng rail'),
		kind: 'suburban-rail',
		status: [claim('planned', s4(44, '力争建成重庆中心城区—綦江—万盛城轨快线', 45))],
		targets: [target('in-service', 2027, s4(43, '未来5年，力争建成重庆中心城区—綦江—万盛城轨快线', 45))],
		period: '2021-2025',
		stated: [],
		summary: bi('2022年綦江区以“未来5年”建成为目标；此后的文件未再提及。', 'In 2022 Qijiang aimed to complete it “within five years”; no later document speaks of it.'),
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'qijiang', 'wansheng'],
			note: bi('示意线：重庆中心城区经綦江至万盛，非线路走向。', 'Schematic central Chongqing–Qijiang–Wansheng. Not the alignment.')
		}
	}),
	defineEntry({
		id: 'sichuan-guizhou-railway-upgrade',
		ref: 'Q5',
		name: bi('川黔铁路改扩建', 'Sichuan–Guizhou railway upgrade'),
		shortName: bi('川黔铁路改扩建', 'Sichuan–Guizhou upgrade'),
		kind: 'rail',
		status: [claim('planned', s4(45, '改扩建川黔铁路，开行城市公交化列车', 46))],
		targets: [target('carry-out', 2027, s4(43, '未来5年，力争建成重庆中心城区—綦江—万盛城轨快线，开工建设渝贵高铁，改扩建川黔铁路', 46))],
		period: '2021-2025',
		stated: [],
		summary: bi('2022年綦江区提出“未来5年”改扩建川黔铁路，开行城市公交化列车。', 'In 2022 Qijiang aimed to upgrade the Sichuan–Guizhou railway “within five years” and run commuter trains on it.'),
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'qijiang'],
			note: bi('示意线：仅绘重庆至綦江（文件所述綦江区范围）；贵州段未绘出。非线路走向。', 'Schematic Chongqing–Qijiang only (the document speaks for Qijiang); the Guizhou part is not drawn. Not the alignment.')
		}
	})
];
