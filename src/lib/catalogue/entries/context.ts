/**
 * Context lines already in service (inventory C1–C7): what the plans connect to. Facts and station
 * lists come from public reference (shared/network-facts.md); where a seed line names the line, it is
 * cited too. `period` of a context line is the earliest period the catalogue covers ('2016-2020')
 * for lines opened before 2021, since the plan periods have no earlier value.
 */
import type { ProjectEntry } from '../types';
import { LABEL, bi, claim, defineEntry, fact, opened, pub, s1, s2, s3 } from '../sources';

const schematicNote = (zh: string, en: string) =>
	bi(`示意线：经公开资料所列${zh}，非线路走向。`, `Schematic through ${en} as listed in public reference. Not the alignment.`);

export const contextEntries: ProjectEntry[] = [
	defineEntry({
		id: 'chongqing-huaihua-railway',
		ref: 'C1',
		name: bi('渝怀铁路', 'Chongqing–Huaihua railway'),
		shortName: bi('渝怀铁路', 'Chongqing–Huaihua rly'),
		kind: 'rail',
		status: [claim('in-service', pub('渝怀铁路', 2007)), claim('in-service', s1(61, '渝怀线黔江站集装箱功能区投用'))],
		period: '2016-2020',
		opened: opened(2007, pub('渝怀铁路', 2007)),
		stated: [
			fact('length', bi('全线长度（公开资料）', 'Whole line (public reference)'), '624.5 km', pub('渝怀铁路', 2007), 624.5, 'km'),
			fact('design-speed', LABEL.publicSpeed, '120 km/h', pub('渝怀铁路', 2007), 120, 'km/h')
		],
		summary: bi('2007年通车的普速铁路，经涪陵、武隆、彭水、黔江、酉阳、秀山至怀化。', 'Conventional line opened 2007, via Fuling, Wulong, Pengshui, Qianjiang, Youyang and Xiushan to Huaihua.'),
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'changshou', 'fuling', 'wulong', 'pengshui', 'qianjiang', 'youyang', 'xiushan', 'tongren', 'huaihua'],
			note: schematicNote('车站所在城区', 'the towns of its stations')
		},
		context: true
	}),
	defineEntry({
		id: 'qianjiang-zhangjiajie-changde-railway',
		ref: 'C2',
		name: bi('黔张常铁路', 'Qianjiang–Zhangjiajie–Changde railway'),
		shortName: bi('黔张常铁路', 'Qianjiang–Changde rly'),
		kind: 'rail',
		status: [
			claim('in-service', pub('黔张常铁路2019年12月26日开通', 2019)),
			claim('in-service', s3(39, '火车在黔张常铁路阿蓬江特大桥上飞驰'))
		],
		period: '2016-2020',
		opened: opened(2019, pub('黔张常铁路2019年12月26日开通', 2019)),
		stated: [
			fact('length', bi('全长（公开资料）', 'Length (public reference)'), '336 km', pub('黔张常铁路', 2019), 336, 'km'),
			fact('design-speed', LABEL.publicSpeed, '200 km/h', pub('黔张常铁路', 2019), 200, 'km/h')
		],
		summary: bi(
			'2019年通车，设计速度200公里/小时；“十五五”规划纲要要求破除其速度瓶颈，并以广垫忠黔铁路释放其货运能力。',
			'Opened 2019 for 200 km/h; the 2026 plan wants its speed bottleneck removed and its freight capacity freed by the Guang’an–Qianjiang line.'
		),
		sources: [s2(768, '破除黔张常铁路速度瓶颈'), s2(770, '释放黔张常铁路货运能力')],
		geometry: {
			method: 'schematic',
			via: ['qianjiang', 'xianfeng', 'laifeng', 'longshan', 'sangzhi', 'zhangjiajie', 'taoyuan', 'changde'],
			note: schematicNote('车站所在城区（牛车河站未单列）', 'the towns of its stations (Niuchehe not drawn separately)')
		},
		context: true
	}),
	defineEntry({
		id: 'zhangjiajie-jishou-huaihua-hsr',
		ref: 'C3',
		name: bi('张吉怀高铁', 'Zhangjiajie–Jishou–Huaihua HSR'),
		shortName: bi('张吉怀高铁', 'Zhangjiajie–Huaihua HSR'),
		kind: 'hsr',
		status: [claim('in-service', pub('张吉怀高铁2021年12月6日开通', 2021))],
		period: '2021-2025',
		opened: opened(2021, pub('张吉怀高铁2021年12月6日开通', 2021)),
		stated: [
			fact('length', bi('全长（公开资料）', 'Length (public reference)'), '245 km', pub('张吉怀高铁', 2021), 245, 'km'),
			fact('design-speed', LABEL.publicSpeed, '350 km/h', pub('张吉怀高铁', 2021), 350, 'km/h')
		],
		summary: bi('2021年通车；黔江至吉首高铁将在吉首与之相连。', 'Opened 2021; the Qianjiang–Jishou HSR is to join it at Jishou.'),
		sources: [s2(768, '东连张吉怀高铁')],
		geometry: { method: 'schematic', via: ['zhangjiajie', 'jishou', 'huaihua'], note: schematicNote('张家界、吉首、怀化', 'Zhangjiajie, Jishou, Huaihua') },
		context: true
	}),
	defineEntry({
		id: 'changde-yiyang-changsha-hsr',
		ref: 'C4',
		name: bi('常益长高铁', 'Changde–Yiyang–Changsha HSR'),
		shortName: bi('常益长高铁', 'Changde–Changsha HSR'),
		kind: 'hsr',
		status: [claim('in-service', pub('常益长高铁2022年12月开通', 2022))],
		period: '2021-2025',
		opened: opened(2022, pub('常益长高铁2022年12月开通', 2022)),
		stated: [
			fact('length', bi('全长（公开资料）', 'Length (public reference)'), '154 km', pub('常益长高铁', 2022), 154, 'km'),
			fact('design-speed', LABEL.publicSpeed, '350 km/h', pub('常益长高铁', 2022), 350, 'km/h')
		],
		summary: bi('2022年通车；黔张常高铁东向与之衔接。', 'Opened 2022; the Qianjiang–Changde HSR is to join it eastwards.'),
		sources: [s2(768, '衔接常益长高铁')],
		geometry: {
			method: 'schematic',
			via: ['changde', 'changsha'],
			note: bi(
				'示意线：常德至长沙；中间站益阳不在地名表中，未单列。非线路走向。',
				'Schematic Changde–Changsha; Yiyang, the station between, is not in the gazetteer and is not drawn separately. Not the alignment.'
			)
		},
		context: true
	}),
	defineEntry({
		id: 'chongqing-guiyang-railway',
		ref: 'C5',
		name: bi('渝贵铁路', 'Chongqing–Guiyang railway'),
		shortName: bi('渝贵铁路', 'Chongqing–Guiyang rly'),
		kind: 'rail',
		status: [claim('in-service', pub('渝贵铁路2018年开通', 2018))],
		period: '2016-2020',
		opened: opened(2018, pub('渝贵铁路2018年开通', 2018)),
		stated: [
			fact('length', bi('全长（公开资料）', 'Length (public reference)'), '347 km', pub('渝贵铁路', 2018), 347, 'km'),
			fact('design-speed', LABEL.publicSpeed, '200 km/h', pub('渝贵铁路', 2018), 200, 'km/h')
		],
		summary: bi('2018年通车，经綦江东站。', 'Opened 2018, via Qijiang East.'),
		geometry: { method: 'schematic', via: ['chongqing', 'qijiang', 'guiyang'], note: schematicNote('重庆、綦江、贵阳', 'Chongqing, Qijiang, Guiyang') },
		context: true
	}),
	defineEntry({
		id: 'g65-baotou-maoming-expressway',
		ref: 'C6',
		name: bi('G65包茂高速（重庆段）', 'G65 Baotou–Maoming expressway (Chongqing section)'),
		shortName: bi('G65包茂高速', 'G65 expressway'),
		kind: 'expressway',
		status: [claim('in-service', pub('G65包茂高速重庆段2007—2009年通车', 2009))],
		period: '2016-2020',
		opened: opened(2009, pub('G65包茂高速重庆段2007—2009年通车', 2009)),
		stated: [fact('length', bi('重庆段长度（公开资料）', 'Chongqing section (public reference)'), '468 km', pub('G65包茂高速', 2009), 468, 'km')],
		summary: bi('2007—2009年通车，为黔江现有“一环四射”高速网的一部分。', 'Opened 2007–2009; part of Qianjiang’s existing “one ring, four radials” expressway network.'),
		sources: [s2(784, '以现有“一环四射”高速路网为基础')],
		geometry: {
			method: 'schematic',
			via: ['chongqing', 'nanchuan', 'wulong', 'pengshui', 'qianjiang', 'youyang', 'xiushan'],
			note: schematicNote('重庆、南川、武隆、彭水、黔江、酉阳、秀山', 'Chongqing, Nanchuan, Wulong, Pengshui, Qianjiang, Youyang, Xiushan')
		},
		context: true
	}),
	defineEntry({
		id: 'second-chongqing-hunan-expressway',
		ref: 'C7',
		name: bi('渝湘复线高速', 'Second Chongqing–Hunan expressway'),
		shortName: bi('渝湘复线高速', 'Chongqing–Hunan 2nd expwy'),
		kind: 'expressway',
		status: [claim('in-service', pub('渝湘复线高速2025年通车', 2025))],
		period: '2021-2025',
		opened: opened(2025, pub('渝湘复线高速2025年通车', 2025)),
		stated: [fact('length', bi('全长约（公开资料）', 'Length, about (public reference)'), 'about 280 km', pub('渝湘复线高速', 2025), 280, 'km')],
		summary: bi('2025年通车，经巴南、武隆、彭水、酉阳。', 'Opened 2025, via Banan, Wulong, Pengshui and Youyang.'),
		sources: [s2(784, '以现有“一环四射”高速路网为基础')],
		geometry: { method: 'schematic', via: ['banan', 'wulong', 'pengshui', 'youyang'], note: schematicNote('巴南、武隆、彭水、酉阳', 'Banan, Wulong, Pengshui, Youyang') },
		context: true
	})
];
