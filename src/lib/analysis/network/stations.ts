/**
 * Stations of the modelled rail network. A station stands at its gazetteer place's position: no station
 * coordinates are published offline, so distances from a station are distances from its town.
 */
import type { StationDef } from './types';

/** Every station a line in the link table stops at (public reference station lists, network-facts.md). */
export const STATIONS: StationDef[] = [
	{ id: 'chongqing-east', place: 'chongqing', zh: '重庆东', en: 'Chongqing East' },
	{ id: 'chongqing-north', place: 'chongqing', zh: '重庆北', en: 'Chongqing North' },
	{ id: 'chongqing-west', place: 'chongqing', zh: '重庆西', en: 'Chongqing West' },
	{ id: 'banan', place: 'banan', zh: '巴南', en: 'Banan' },
	{ id: 'nanchuan-north', place: 'nanchuan', zh: '南川北', en: 'Nanchuan North' },
	{ id: 'wulong-south', place: 'wulong', zh: '武隆南', en: 'Wulong South' },
	{ id: 'pengshui-west', place: 'pengshui', zh: '彭水西', en: 'Pengshui West' },
	{ id: 'qianjiang', place: 'qianjiang', zh: '黔江', en: 'Qianjiang' },
	{ id: 'fuling', place: 'fuling', zh: '涪陵', en: 'Fuling' },
	{ id: 'wulong', place: 'wulong', zh: '武隆', en: 'Wulong' },
	{ id: 'pengshui', place: 'pengshui', zh: '彭水', en: 'Pengshui' },
	{ id: 'youyang', place: 'youyang', zh: '酉阳', en: 'Youyang' },
	{ id: 'xiushan', place: 'xiushan', zh: '秀山', en: 'Xiushan' },
	{ id: 'tongren', place: 'tongren', zh: '铜仁', en: 'Tongren' },
	{ id: 'huaihua', place: 'huaihua', zh: '怀化', en: 'Huaihua' },
	{ id: 'huaihua-south', place: 'huaihua', zh: '怀化南', en: 'Huaihua South' },
	{ id: 'xianfeng', place: 'xianfeng', zh: '咸丰', en: 'Xianfeng' },
	{ id: 'laifeng', place: 'laifeng', zh: '来凤', en: 'Laifeng' },
	{ id: 'longshan-north', place: 'longshan', zh: '龙山北', en: 'Longshan North' },
	{ id: 'sangzhi', place: 'sangzhi', zh: '桑植', en: 'Sangzhi' },
	{ id: 'zhangjiajie-west', place: 'zhangjiajie', zh: '张家界西', en: 'Zhangjiajie West' },
	{ id: 'taoyuan', place: 'taoyuan', zh: '桃源', en: 'Taoyuan' },
	{ id: 'changde', place: 'changde', zh: '常德', en: 'Changde' },
	{ id: 'jishou-east', place: 'jishou', zh: '吉首东', en: 'Jishou East' },
	{ id: 'changsha-south', place: 'changsha', zh: '长沙南', en: 'Changsha South' },
	{ id: 'changsha-west', place: 'changsha', zh: '长沙西', en: 'Changsha West' },
	{ id: 'guangzhou-south', place: 'guangzhou', zh: '广州南', en: 'Guangzhou South' },
	{ id: 'shenzhen-north', place: 'shenzhen', zh: '深圳北', en: 'Shenzhen North' },
	{ id: 'wanzhou-north', place: 'wanzhou', zh: '万州北', en: 'Wanzhou North' },
	{ id: 'qijiang-east', place: 'qijiang', zh: '綦江东', en: 'Qijiang East' },
	{ id: 'guiyang-north', place: 'guiyang', zh: '贵阳北', en: 'Guiyang North' },
	// Stations of lines only proposed: the documents name the towns, not the stations.
	{ id: 'qijiang', place: 'qijiang', zh: '綦江（规划）', en: 'Qijiang (planned)' },
	{ id: 'zunyi', place: 'zunyi', zh: '遵义', en: 'Zunyi' },
	{ id: 'enshi', place: 'enshi', zh: '恩施', en: 'Enshi' }
];
