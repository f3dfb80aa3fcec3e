/**
 * Items the documents name in their transport, water and energy passages that the inventory
 * (shared/project-inventory.md) does not list, each with the code its entry carries. check:data
 * fails when any of them has no entry, so a project cannot silently drop out of the catalogue.
 * The inventory's own codes (R1–R15, E1–E11, W1–W31, ...) are checked from the inventory itself.
 */

export interface ExpectedItem {
	/** Code of the entry (several entries may share it). */
	ref: string;
	/** Words of the item as the document writes them; the entry's name or a quote must hold them. */
	words: string;
	file: string;
	line: number;
}

const PLAN_2026 = '002_9e3621a23b2e2452.txt';
const item = (ref: string, words: string, line: number, file = PLAN_2026): ExpectedItem => ({ ref, words, file, line });

export const EXPECTED_ITEMS: readonly ExpectedItem[] = [
	// Railways and freight (chapter 14, 15)
	item('R16', '高铁快运', 560),
	// Connecting roads (Box 12) and the freight yard road (002:772)
	item('E12', 'X802县城至中塘段', 807),
	item('E12', '石会至小南海', 807),
	item('E13', '货场南路', 772),
	// Township link roads of Box 16
	item('E14', 'X436庙垭至杨家坳段', 944),
	item('E14', 'XG03白石至杉岭', 944),
	item('E14', '蓬东至五里', 944),
	item('E14', '邻鄂至五里', 944),
	item('E14', '白石至湖北长顺', 944),
	item('E14', '水市至阿蓬江', 944),
	item('E14', '太极至濯水', 944),
	// Facilities at interchanges (002:786)
	item('E15', '黔江南互通', 786),
	item('E15', '阿蓬江互通', 786),
	item('E15', '濯水互通', 786),
	// Air
	item('A7', '空中巴士', 797),
	// Water (chapter 20, Box 16)
	item('W32', '小南海饮用水源替代', 936),
	item('W33', '供水优化综合开发', 946),
	item('W34', '黔江河水体整治提升', 946),
	item('W35', '小型引水工程', 946),
	item('W35', '小型蓄水工程', 946),
	item('W35', '小型提水工程', 946),
	item('W36', '智慧水利', 946),
	item('W37', '中型水库数字孪生', 946),
	item('W38', '易旱地区水源工程', 946),
	item('I2', '小型灌区工程', 947),
	item('W39', '农村供水提升工程', 949),
	// Energy, Box 4 (new-energy industry) and Box 5 (hi-tech zone infrastructure)
	item('N1', '金洞风电', 545),
	item('N2', '五福岭风电', 545),
	item('N3', '马喇', 545),
	item('N3', '中塘', 545),
	item('N4', '农户屋顶分布式光伏', 545),
	item('N5', '乌江电力集控中心', 545),
	item('N6', '天然气燃机发电', 545),
	item('N7', '城区综合能源站', 545),
	item('N8', '用户侧储能电站', 545),
	item('P1', '阿蓬江抽水蓄能', 545),
	item('N9', '青杠变电站', 583),
	item('N10', '国网110kV输变电站', 583),
	item('N11', '新城区电网升级改造', 583),
	item('N12', 'LNG加气站', 583),
	item('N13', '天然气直供专线', 583)
];
