/**
 * Project kinds: one row per kind, read by the catalogue, the map (its group's colour and legend row), the panels,
 * the cards, the CLI and the data schema (build-catalogue keeps data/schema's `kind` list equal to these keys).
 * Adding a kind is one row here plus the entries that use it.
 */
import type { Bilingual } from './types';

/** Groups of kinds that share a colour and a legend row (colours: map/theme.ts). */
export type KindGroup = 'hsr' | 'rail' | 'station' | 'expressway' | 'road' | 'air' | 'water' | 'energy' | 'zone';

/** The groups in legend order, with their names. */
export const KIND_GROUP_ROWS: Readonly<Record<KindGroup, { name: Bilingual }>> = {
	hsr: { name: { zh: '高速铁路', en: 'High-speed rail' } },
	rail: { name: { zh: '普速铁路与专用线', en: 'Conventional rail & spurs' } },
	station: { name: { zh: '车站与货场', en: 'Stations & yards' } },
	expressway: { name: { zh: '高速公路', en: 'Expressways' } },
	road: { name: { zh: '国省干线、地方道路与隧道', en: 'Trunk, local roads & tunnels' } },
	air: { name: { zh: '机场、航线与低空设施', en: 'Airport, air routes & low-altitude sites' } },
	water: { name: { zh: '水库与水利', en: 'Reservoirs & water' } },
	energy: { name: { zh: '能源', en: 'Energy' } },
	zone: { name: { zh: '园区、物流与设施', en: 'Zones, logistics & facilities' } }
};

/** How a project of a kind serves places (see analysis/served.ts). */
export type ServesBy =
	/** a line: the towns it names */
	| 'line'
	/** a facility: the place it stands at */
	| 'point'
	/** a facility that serves a whole district through its seat (a station, an airport) */
	| 'through-seat'
	/** nothing on the ground (an air route) */
	| 'none';

/** One kind. */
export interface KindRow {
	group: KindGroup;
	/** The kind's name, for filters and the legend. */
	name: Bilingual;
	/** The word sentences use for one such project ("a reservoir 3 km away"). */
	noun: Bilingual;
	/** How passengers get on: at a station (rail) or an interchange (road) at a town the line names; absent: not a way to travel. */
	access?: 'rail' | 'road';
	serves: ServesBy;
	/** The file of data/projects/ that new entries of the kind go in (`atlas ingest --apply`). */
	file: 'rail' | 'road' | 'air' | 'water' | 'energy' | 'logistics';
}

/** Every kind, in the order filters list them. */
export const KINDS = {
	hsr: {
		group: 'hsr',
		name: { zh: '高速铁路', en: 'High-speed rail' },
		noun: { zh: '高铁', en: 'high-speed railway' },
		access: 'rail',
		file: 'rail',
		serves: 'line'
	},
	rail: {
		group: 'rail',
		name: { zh: '普速铁路', en: 'Conventional rail' },
		noun: { zh: '铁路', en: 'railway' },
		access: 'rail',
		file: 'rail',
		serves: 'line'
	},
	'rail-spur': {
		group: 'rail',
		name: { zh: '铁路专用线', en: 'Rail spur' },
		noun: { zh: '铁路专用线', en: 'railway spur' },
		file: 'rail',
		serves: 'line'
	},
	'suburban-rail': {
		group: 'rail',
		name: { zh: '城轨快线', en: 'Suburban rail' },
		noun: { zh: '城轨快线', en: 'suburban railway' },
		access: 'rail',
		file: 'rail',
		serves: 'line'
	},
	station: {
		group: 'station',
		name: { zh: '车站枢纽', en: 'Station / hub' },
		noun: { zh: '车站', en: 'station' },
		file: 'rail',
		serves: 'through-seat'
	},
	'freight-yard': {
		group: 'station',
		name: { zh: '铁路货场', en: 'Rail freight yard' },
		noun: { zh: '货场', en: 'freight yard' },
		file: 'rail',
		serves: 'through-seat'
	},
	expressway: {
		group: 'expressway',
		name: { zh: '高速公路', en: 'Expressway' },
		noun: { zh: '高速公路', en: 'expressway' },
		access: 'road',
		file: 'road',
		serves: 'line'
	},
	'trunk-road': {
		group: 'road',
		name: { zh: '国省干线', en: 'Trunk road' },
		noun: { zh: '国省道', en: 'trunk road' },
		file: 'road',
		serves: 'line'
	},
	'local-road': {
		group: 'road',
		name: { zh: '农村与连接公路', en: 'Rural & link road' },
		noun: { zh: '公路', en: 'road' },
		file: 'road',
		serves: 'line'
	},
	'urban-road': {
		group: 'road',
		name: { zh: '城市道路', en: 'Urban road' },
		noun: { zh: '城市道路', en: 'urban road' },
		file: 'road',
		serves: 'line'
	},
	tunnel: { group: 'road', name: { zh: '隧道', en: 'Tunnel' }, noun: { zh: '隧道', en: 'tunnel' }, file: 'road', serves: 'line' },
	interchange: {
		group: 'road',
		name: { zh: '互通设施', en: 'Interchange facility' },
		noun: { zh: '互通设施', en: 'interchange facility' },
		file: 'road',
		serves: 'point'
	},
	'airport-works': {
		group: 'air',
		name: { zh: '机场工程', en: 'Airport works' },
		noun: { zh: '机场工程', en: 'airport works' },
		file: 'air',
		serves: 'through-seat'
	},
	'aviation-route': {
		group: 'air',
		name: { zh: '航线', en: 'Air route' },
		noun: { zh: '航线', en: 'air route' },
		file: 'air',
		serves: 'none'
	},
	'aviation-site': {
		group: 'air',
		name: { zh: '通用航空与低空设施', en: 'General & low-altitude aviation site' },
		noun: { zh: '低空设施', en: 'low-altitude aviation site' },
		file: 'air',
		serves: 'point'
	},
	reservoir: {
		group: 'water',
		name: { zh: '水库', en: 'Reservoir' },
		noun: { zh: '水库', en: 'reservoir' },
		file: 'water',
		serves: 'point'
	},
	irrigation: {
		group: 'water',
		name: { zh: '灌区', en: 'Irrigation district' },
		noun: { zh: '灌区', en: 'irrigation district' },
		file: 'water',
		serves: 'point'
	},
	'water-transfer': {
		group: 'water',
		name: { zh: '引调水', en: 'Water transfer' },
		noun: { zh: '引调水工程', en: 'water transfer' },
		file: 'water',
		serves: 'line'
	},
	'water-supply': {
		group: 'water',
		name: { zh: '供水与水利设施', en: 'Water supply & works' },
		noun: { zh: '供水工程', en: 'water-supply works' },
		file: 'water',
		serves: 'point'
	},
	'river-works': {
		group: 'water',
		name: { zh: '河道整治与闸坝', en: 'River works & weirs' },
		noun: { zh: '河道工程', en: 'river works' },
		file: 'water',
		serves: 'point'
	},
	'pumped-storage': {
		group: 'energy',
		name: { zh: '抽水蓄能', en: 'Pumped storage' },
		noun: { zh: '抽水蓄能电站', en: 'pumped-storage station' },
		file: 'energy',
		serves: 'point'
	},
	wind: {
		group: 'energy',
		name: { zh: '风电', en: 'Wind power' },
		noun: { zh: '风电场', en: 'wind farm' },
		file: 'energy',
		serves: 'point'
	},
	solar: {
		group: 'energy',
		name: { zh: '光伏', en: 'Solar power' },
		noun: { zh: '光伏电站', en: 'solar plant' },
		file: 'energy',
		serves: 'point'
	},
	'gas-power': {
		group: 'energy',
		name: { zh: '燃气与综合能源', en: 'Gas power / energy station' },
		noun: { zh: '燃气与能源设施', en: 'gas or energy station' },
		file: 'energy',
		serves: 'point'
	},
	grid: {
		group: 'energy',
		name: { zh: '电网与变电站', en: 'Grid / substation' },
		noun: { zh: '电网工程', en: 'grid works' },
		file: 'energy',
		serves: 'point'
	},
	'energy-storage': {
		group: 'energy',
		name: { zh: '储能', en: 'Energy storage' },
		noun: { zh: '储能电站', en: 'storage station' },
		file: 'energy',
		serves: 'point'
	},
	logistics: {
		group: 'zone',
		name: { zh: '物流园区与中心', en: 'Logistics park / centre' },
		noun: { zh: '物流设施', en: 'logistics site' },
		file: 'logistics',
		serves: 'point'
	},
	zone: { group: 'zone', name: { zh: '园区与设施', en: 'Zone / facility' }, noun: { zh: '园区', en: 'zone' }, file: 'air', serves: 'point' }
} as const satisfies Record<string, KindRow>;

/** A project kind: a key of the table. */
export type ProjectKind = keyof typeof KINDS;

/** Every kind, in table order. */
export const PROJECT_KINDS = Object.keys(KINDS) as ProjectKind[];

/** Every group, in legend order. */
export const KIND_GROUPS = Object.keys(KIND_GROUP_ROWS) as KindGroup[];

/**
 * The row of a kind; an unknown kind (data from elsewhere) is a point in the zone group, never a crash.
 *
 * @param kind - a kind
 * @returns its row
 * @example
 * kindRow('reservoir').group; // 'water'
 */
export function kindRow(kind: string): KindRow {
	return (KINDS as Record<string, KindRow>)[kind] ?? KINDS.zone;
}

/** The kinds whose projects one gets on at a station (`rail`) or an interchange (`road`). */
export function accessKinds(mode: 'rail' | 'road'): ProjectKind[] {
	return PROJECT_KINDS.filter((k) => (KINDS[k] as KindRow).access === mode);
}
