/**
 * The travel-time model's assumptions: every number the model uses that no source gives. Each has a
 * default, a unit, a range and a bilingual label so the UI and the CLI can show and change all of them.
 *
 * The speed shares and the dwell time are calibrated so that modelled times of lines in service come
 * within about 10% of their published timetables (see tests/unit/network-timetable.test.ts); where a
 * timetable exists it is used directly and these only time planned links.
 */
import type { Bilingual } from '../catalogue/types';

/**
 * Which place or station stands for a region the plan names. A place id (the default: `chongqing`,
 * `changsha`, `guangzhou`) means the city as one node, reached at whichever of its stations is fastest; a
 * station id narrows the check to that station.
 */
export interface RegionStations {
	/** Chongqing's main city (重庆主城). */
	chongqing: string;
	/** Changsha–Zhuzhou–Xiangtan city cluster (长株潭城市群). */
	czt: string;
	/** Guangdong–Hong Kong–Macao Greater Bay Area (粤港澳大湾区). */
	gba: string;
}

export interface Assumptions {
	/** Operating speed of high-speed lines (design ≥ 250 km/h) as a share of design speed. */
	hsrSpeedShare: number;
	/** Operating speed of other railways as a share of design speed. */
	railSpeedShare: number;
	/** Average expressway speed as a share of design speed. */
	roadSpeedShare: number;
	/** Minutes lost per intermediate stop (dwell plus braking and acceleration). */
	dwellMin: number;
	/** Minutes to change trains at a station. */
	transferMin: number;
	/** Minutes to change between two stations of one city (e.g. Changsha West ↔ Changsha South). */
	cityTransferMin: number;
	/** Minutes to change between train and car at a station's town. */
	modeChangeMin: number;
	/** Minutes from a city to its own station (timetables count station to station). */
	stationAccessMin: number;
	/** Speed of local roads from a township to a station or an expressway entrance. */
	accessSpeedKmh: number;
	/** Local road distance as a multiple of straight-line distance, for access from townships. */
	accessDetourFactor: number;
	/** Farthest straight-line access to a station or an entrance; beyond it a place has no access. */
	maxAccessKm: number;
	/** How many nearest stations (and entrances) a place without its own is linked to. */
	accessCandidates: number;
	/** Line length as a multiple of straight-line distance, where no length is published (rail and road). */
	lineDetourFactor: number;
	/** Intermediate stops assumed on a planned line whose stations are not yet named. */
	assumedStopsPerPlannedLine: number;
	/** Use published timetables for lines in service (false: model every link from speed × length). */
	useTimetables: boolean;
	/** Transfers between two high-speed lines cost a dwell only (trains run through), not a transfer. */
	hsrThroughRunning: boolean;
	/** Stations that stand for the regions the plan names. */
	regionStations: RegionStations;
	/** Places taken as "the surrounding regional centres" of 002:784 (the plan does not name them). */
	regionalCentres: string[];
	/** A promise missed by no more than this share of its target (percent) is "within the margin", not "not met". */
	promiseMarginPct: number;
	/**
	 * Design speeds no source gives, by line id (km/h): overrides of the link table's assumed figures
	 * (`speedSource: 'assumed'`). Empty: the table's values.
	 */
	lineSpeedKmh: Record<string, number>;
}

/** Defaults. */
export const DEFAULT_ASSUMPTIONS: Assumptions = {
	hsrSpeedShare: 0.8,
	railSpeedShare: 0.8,
	roadSpeedShare: 0.9,
	dwellMin: 4,
	transferMin: 15,
	cityTransferMin: 45,
	modeChangeMin: 10,
	stationAccessMin: 0,
	accessSpeedKmh: 40,
	accessDetourFactor: 1.4,
	maxAccessKm: 80,
	accessCandidates: 2,
	lineDetourFactor: 1.25,
	assumedStopsPerPlannedLine: 2,
	useTimetables: true,
	hsrThroughRunning: true,
	regionStations: { chongqing: 'chongqing', czt: 'changsha', gba: 'guangzhou' },
	regionalCentres: ['fuling', 'wanzhou', 'enshi', 'jishou'],
	promiseMarginPct: 10,
	lineSpeedKmh: {}
};

/** Alternatives the UI offers for each region: the city (any of its stations) first, then single stations. */
export const REGION_STATION_CHOICES: Record<keyof RegionStations, string[]> = {
	chongqing: ['chongqing', 'chongqing-east', 'chongqing-north', 'chongqing-west'],
	czt: ['changsha', 'changsha-south', 'changsha-west'],
	gba: ['guangzhou', 'guangzhou-south', 'shenzhen-north']
};

/** Range of an assumed design speed, km/h. */
export const LINE_SPEED_RANGE = { min: 60, max: 400 } as const;

/** How the UI and the CLI show a numeric or boolean assumption. */
export interface AssumptionSpec {
	key: keyof Assumptions;
	label: Bilingual;
	unit: string;
	/** CLI flag, e.g. `--speed-share`. */
	flag: string;
	kind: 'number' | 'boolean';
	min?: number;
	max?: number;
	step?: number;
	/** True when a change needs a rebuild of the graph rather than a retime. */
	structural?: boolean;
}

/** Every scalar assumption, in the order the UI lists them. */
export const ASSUMPTION_SPECS: AssumptionSpec[] = [
	{ key: 'hsrSpeedShare', label: { zh: '高铁运行速度占设计速度比例', en: 'HSR operating speed / design speed' }, unit: 'share', flag: '--speed-share', kind: 'number', min: 0.4, max: 1, step: 0.01 },
	{ key: 'railSpeedShare', label: { zh: '普速铁路运行速度占设计速度比例', en: 'Conventional rail speed / design speed' }, unit: 'share', flag: '--rail-speed-share', kind: 'number', min: 0.4, max: 1, step: 0.01 },
	{ key: 'roadSpeedShare', label: { zh: '高速公路平均车速占设计速度比例', en: 'Expressway speed / design speed' }, unit: 'share', flag: '--road-speed-share', kind: 'number', min: 0.4, max: 1.5, step: 0.01 },
	{ key: 'dwellMin', label: { zh: '每个中间站停站损失', en: 'Time lost per intermediate stop' }, unit: 'min', flag: '--dwell-min', kind: 'number', min: 0, max: 15, step: 0.5 },
	{ key: 'transferMin', label: { zh: '换乘时间', en: 'Transfer time' }, unit: 'min', flag: '--transfer-min', kind: 'number', min: 0, max: 90, step: 1 },
	{ key: 'cityTransferMin', label: { zh: '同城换站时间', en: 'Change of station within a city' }, unit: 'min', flag: '--city-transfer-min', kind: 'number', min: 0, max: 180, step: 5 },
	{ key: 'modeChangeMin', label: { zh: '铁路与公路换乘时间', en: 'Train ↔ car change' }, unit: 'min', flag: '--mode-change-min', kind: 'number', min: 0, max: 60, step: 1 },
	{ key: 'stationAccessMin', label: { zh: '城区至本地车站时间', en: 'City to its own station' }, unit: 'min', flag: '--station-access-min', kind: 'number', min: 0, max: 60, step: 1 },
	{ key: 'accessSpeedKmh', label: { zh: '乡镇接驳车速', en: 'Access speed from townships' }, unit: 'km/h', flag: '--access-speed', kind: 'number', min: 10, max: 80, step: 1 },
	{ key: 'accessDetourFactor', label: { zh: '接驳道路绕行系数', en: 'Access road detour factor' }, unit: '×', flag: '--detour', kind: 'number', min: 1, max: 2.5, step: 0.05 },
	{ key: 'maxAccessKm', label: { zh: '最大接驳直线距离', en: 'Farthest access (straight line)' }, unit: 'km', flag: '--max-access-km', kind: 'number', min: 5, max: 300, step: 5, structural: true },
	{ key: 'accessCandidates', label: { zh: '接驳候选车站数', en: 'Stations linked per place' }, unit: 'stations', flag: '--access-candidates', kind: 'number', min: 1, max: 5, step: 1, structural: true },
	{ key: 'lineDetourFactor', label: { zh: '线路绕行系数（无公布里程时）', en: 'Line detour factor (no published length)' }, unit: '×', flag: '--line-detour', kind: 'number', min: 1, max: 2, step: 0.05, structural: true },
	{ key: 'assumedStopsPerPlannedLine', label: { zh: '规划线路假定中间停站数', en: 'Assumed stops on a planned line' }, unit: 'stops', flag: '--planned-stops', kind: 'number', min: 0, max: 10, step: 1, structural: true },
	{ key: 'useTimetables', label: { zh: '采用现行时刻表', en: 'Use published timetables' }, unit: '', flag: '--timetables', kind: 'boolean' },
	{ key: 'hsrThroughRunning', label: { zh: '高铁跨线直通', en: 'HSR trains run through between lines' }, unit: '', flag: '--through-running', kind: 'boolean' },
	{ key: 'promiseMarginPct', label: { zh: '承诺核对容差', en: 'Margin of a promise check' }, unit: '%', flag: '--margin-pct', kind: 'number', min: 0, max: 50, step: 1 }
];

/**
 * Merges overrides into the defaults, keeping nested region stations whole.
 *
 * @param overrides - any subset of the assumptions
 * @returns a complete assumption set
 * @example
 * withAssumptions({ hsrSpeedShare: 0.9 }).dwellMin // 4
 */
export function withAssumptions(overrides: Partial<Assumptions> = {}): Assumptions {
	return {
		...DEFAULT_ASSUMPTIONS,
		...overrides,
		regionStations: { ...DEFAULT_ASSUMPTIONS.regionStations, ...(overrides.regionStations ?? {}) },
		regionalCentres: overrides.regionalCentres ?? [...DEFAULT_ASSUMPTIONS.regionalCentres],
		lineSpeedKmh: { ...(overrides.lineSpeedKmh ?? {}) }
	};
}
