/**
 * Energy projects of Box 4 (new-energy industry, 002:545) and Box 5 (hi-tech zone infrastructure,
 * 002:583). The pumped-storage station of Box 4 is in water.ts (P1). A project is placed at a
 * township only when its name is that township's name; the others are listed only.
 */
import type { GeometrySpec, ProjectEntry, ProjectKind } from '../types';
import { bi, claim, defineEntry, s2 } from '../sources';

const NEW_ENERGY_LINE = 545;
const HI_TECH_ZONE_LINE = 583;
const TOWNSHIP_RADIUS_KM = 8;

interface EnergyRow {
	id: string;
	ref: string;
	zh: string;
	en: string;
	kind: ProjectKind;
	line: number;
	/** Exact words of the cited line naming it. */
	quote: string;
	/** The township of the same name, when there is one. */
	township?: { id: string; zh: string };
	/** Why it cannot be placed, when it cannot. */
	unlocated?: { zh: string; en: string };
}

const rows: EnergyRow[] = [
	{ id: 'jindong-wind-farm', ref: 'N1', zh: '金洞风电项目', en: 'Jindong wind farm', kind: 'wind', line: NEW_ENERGY_LINE, quote: '金洞风电项目', township: { id: 'qianjiang-jindong', zh: '金洞乡' } },
	{
		id: 'wufuling-wind-farm-phase-2',
		ref: 'N2',
		zh: '五福岭风电项目二期',
		en: 'Wufuling wind farm, phase II',
		kind: 'wind',
		line: NEW_ENERGY_LINE,
		quote: '五福岭风电项目二期',
		unlocated: { zh: '五福岭不是乡镇名，文件未给位置。', en: 'Wufuling is not a township and no document gives a site.' }
	},
	{ id: 'mala-solar', ref: 'N3', zh: '马喇光伏发电项目', en: 'Mala solar power', kind: 'solar', line: NEW_ENERGY_LINE, quote: '马喇及中塘等光伏发电项目', township: { id: 'qianjiang-mala', zh: '马喇镇' } },
	{ id: 'zhongtang-solar', ref: 'N3', zh: '中塘光伏发电项目', en: 'Zhongtang solar power', kind: 'solar', line: NEW_ENERGY_LINE, quote: '马喇及中塘等光伏发电项目', township: { id: 'qianjiang-zhongtang', zh: '中塘镇' } },
	{
		id: 'rooftop-solar',
		ref: 'N4',
		zh: '农户屋顶分布式光伏发电项目',
		en: 'Distributed rooftop solar on farm houses',
		kind: 'solar',
		line: NEW_ENERGY_LINE,
		quote: '农户屋顶分布式光伏发电项目',
		unlocated: { zh: '分布式项目，无单一位置。', en: 'Distributed: no single site.' }
	},
	{
		id: 'wujiang-power-control-centre',
		ref: 'N5',
		zh: '乌江电力集控中心建设项目',
		en: 'Wujiang Power control centre',
		kind: 'grid',
		line: NEW_ENERGY_LINE,
		quote: '乌江电力集控中心建设项目',
		unlocated: { zh: '文件未给位置。', en: 'No document gives a site.' }
	},
	{
		id: 'gas-turbine-power',
		ref: 'N6',
		zh: '天然气燃机发电项目',
		en: 'Gas-turbine power plant',
		kind: 'gas-power',
		line: NEW_ENERGY_LINE,
		quote: '天然气燃机发电项目',
		unlocated: { zh: '文件未给位置。', en: 'No document gives a site.' }
	},
	{
		id: 'urban-energy-station',
		ref: 'N7',
		zh: '城区综合能源站',
		en: 'Urban integrated energy station',
		kind: 'gas-power',
		line: NEW_ENERGY_LINE,
		quote: '城区综合能源站',
		unlocated: { zh: '文件只说“城区”，未给站址。', en: 'The plan says only “in town”; no site.' }
	},
	{
		id: 'user-side-storage',
		ref: 'N8',
		zh: '用户侧储能电站项目',
		en: 'User-side battery storage',
		kind: 'energy-storage',
		line: NEW_ENERGY_LINE,
		quote: '用户侧储能电站项目',
		unlocated: { zh: '文件未给位置或数量。', en: 'No site or number is given.' }
	},
	{
		id: 'qinggang-110kv-substation',
		ref: 'N9',
		zh: '110kV青杠变电站及青杠标厂配套工程',
		en: 'Qinggang 110 kV substation and works',
		kind: 'grid',
		line: HI_TECH_ZONE_LINE,
		quote: '110kV青杠变电站及青杠标厂配套工程项目',
		unlocated: { zh: '青杠是城区片区名（非乡镇），文件未给站址。', en: 'Qinggang is an urban area, not a township; no site is given.' }
	},
	{
		id: 'state-grid-110kv-substation',
		ref: 'N10',
		zh: '国网110kV输变电站建设项目',
		en: 'State Grid 110 kV substation',
		kind: 'grid',
		line: HI_TECH_ZONE_LINE,
		quote: '国网110kV输变电站建设项目',
		unlocated: { zh: '文件未给位置。', en: 'No document gives a site.' }
	},
	{
		id: 'new-town-grid-upgrade',
		ref: 'N11',
		zh: '新城区电网升级改造项目',
		en: 'New-town grid upgrade',
		kind: 'grid',
		line: HI_TECH_ZONE_LINE,
		quote: '新城区电网升级改造项目',
		unlocated: { zh: '文件未划定“新城区”范围。', en: 'The plan does not define the “new town”.' }
	},
	{
		id: 'hi-tech-zone-lng-station',
		ref: 'N12',
		zh: '黔江高新区LNG加气站建设项目',
		en: 'Hi-tech zone LNG filling station',
		kind: 'gas-power',
		line: HI_TECH_ZONE_LINE,
		quote: '黔江高新区LNG加气站建设项目',
		unlocated: { zh: '文件未给高新区或加气站位置。', en: 'No document places the hi-tech zone or the station.' }
	},
	{
		id: 'hi-tech-zone-gas-supply-line',
		ref: 'N13',
		zh: '高新区天然气直供专线项目',
		en: 'Hi-tech zone direct gas supply line',
		kind: 'gas-power',
		line: HI_TECH_ZONE_LINE,
		quote: '高新区天然气直供专线项目',
		unlocated: { zh: '文件未给线路或高新区位置。', en: 'No document gives the line or the zone’s position.' }
	}
];

function geometryOf(row: EnergyRow): GeometrySpec {
	if (row.township) {
		return {
			method: 'approximate',
			at: row.township.id,
			radiusKm: TOWNSHIP_RADIUS_KM,
			note: bi(
				`以${row.township.zh}命名，置于该乡镇，半径${TOWNSHIP_RADIUS_KM}公里；非场址。`,
				`Named after ${row.township.zh}: placed at that township, ${TOWNSHIP_RADIUS_KM} km radius. Not the site.`
			)
		};
	}
	return { method: 'unlocated', note: bi(row.unlocated?.zh ?? '文件未给位置。', row.unlocated?.en ?? 'No document gives a site.') };
}

function energyEntry(row: EnergyRow): ProjectEntry {
	const box = row.line === NEW_ENERGY_LINE ? bi('专栏4新能源产业重点项目', 'Box 4, new-energy projects') : bi('专栏5高新区基础设施项目', 'Box 5, hi-tech zone infrastructure');
	return defineEntry({
		id: row.id,
		ref: row.ref,
		name: bi(row.zh, row.en),
		shortName: bi(row.zh, row.en),
		kind: row.kind,
		status: [claim('planned', s2(row.line, row.quote))],
		period: '2026-2030',
		stated: [],
		summary: bi(`${box.zh}：${row.quote}。`, `${box.en}: ${row.en}.`),
		geometry: geometryOf(row)
	});
}

export const energyEntries: ProjectEntry[] = rows.map(energyEntry);
