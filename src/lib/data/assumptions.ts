/**
 * The travel-time model's assumptions: every number the model uses that no source gives. Each has a
 * default, a unit, a range and a bilingual label so the UI and the CLI can show and change all of them; the
 * values live in data/assumptions.yaml (written to src/lib/generated/assumptions.json by scripts/build-catalogue.ts),
 * the types and the merge here.
 *
 * The speed shares and the dwell time are calibrated so that modelled times of lines in service come
 * within about 10% of their published timetables (see tests/unit/network-timetable.test.ts); where a
 * timetable exists it is used directly and these only time planned links.
 */
import type { Bilingual } from '../catalogue/types';
import assumptionsJson from '../generated/assumptions.json';

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

const data = assumptionsJson as unknown as {
	defaults: Assumptions;
	specs: AssumptionSpec[];
	regionStationChoices: Record<keyof RegionStations, string[]>;
	lineSpeedRange: { min: number; max: number };
};

/** Defaults (data/assumptions.yaml, `defaults`). */
export const DEFAULT_ASSUMPTIONS: Assumptions = data.defaults;

/** Alternatives the UI offers for each region: the city (any of its stations) first, then single stations. */
export const REGION_STATION_CHOICES: Record<keyof RegionStations, string[]> = data.regionStationChoices;

/** Range of an assumed design speed, km/h. */
export const LINE_SPEED_RANGE: Readonly<{ min: number; max: number }> = data.lineSpeedRange;

/** Every scalar assumption, in the order the UI lists them (data/assumptions.yaml, `specs`). */
export const ASSUMPTION_SPECS: AssumptionSpec[] = data.specs;

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
