/**
 * Types of the connectivity model: the link table (lines as authored), the graph built from it for one
 * scenario, travel-time results and routes. Nothing here depends on a renderer or the DOM.
 */
import type { Bilingual, PlanPeriod, ProjectStatus, SourceRef } from '../../catalogue/types';
import type { Assumptions } from '../../data/assumptions';

/** The networks the model compares: before the HSR, today, the plan, and everything named. */
export type ScenarioId = '2020' | '2025' | '2030' | 'long-term';

/** Scenarios in time order; a link in one scenario is in every later one. */
export const SCENARIOS: readonly ScenarioId[] = ['2020', '2025', '2030', 'long-term'];

/** The mode of a physical link. */
export type LinkMode = 'rail' | 'road';

/** What a query may use: rail only, expressways only, or whichever is faster (with changes between them). */
export type TravelMode = 'rail' | 'road' | 'best';

/** Where a length comes from. `prorated` shares a stated whole-line length by computed segment lengths. */
export type LengthSource = 'stated' | 'public-reference' | 'prorated' | 'computed';

/** Where a time comes from: a published timetable, or speed × length under the assumptions. */
export type TimeSource = 'timetable' | 'timetable-prorated' | 'modelled' | 'assumption';

/**
 * Where a design speed comes from. `assumed` means no source gives it; the value is an assumption (and
 * can be changed through `Assumptions.lineSpeedKmh`). `none`: a through service has no speed of its own;
 * it runs over other lines and is timed by its timetable only.
 */
export type SpeedSource = 'stated' | 'public-reference' | 'assumed' | 'none';

/** A figure with its words and its source, as a document or public reference states it. */
export interface Figure {
	value: number;
	/** The figure as written, e.g. "242", "about 224", "35公里". */
	text: string;
	source: SourceRef;
}

/** A scheduled run between two stops of a line (or a through service between lines). */
export interface TimetableRun {
	from: string;
	to: string;
	minutes: number;
	/** As written: "61 min", "about 4 h". */
	text: string;
	/** Timetable year. */
	year: number;
	source: SourceRef;
}

/** When a line exists, for lines outside the catalogue (public reference only): lines of the catalogue take theirs from its entry. */
export interface Availability {
	status: ProjectStatus;
	/** Year opened (in service) or due. */
	year?: number;
	period?: PlanPeriod;
	source: SourceRef;
}

/** A stop with no gazetteer place: counted as a stop, not a node. */
export interface UnnamedStop {
	unnamed: Bilingual;
}

/** What the model needs of a gazetteer place (a `Place` from static/geo/places.json has all of it). */
export interface NetworkPlace {
	id: string;
	zh: string;
	en: string;
	kind: string;
	lon: number;
	lat: number;
	pinyin?: string;
	county?: string;
}

/** One stop of a line: a station id (rail) or a place id (road), or an unnamed stop. */
export type LineStop = string | UnnamedStop;

/**
 * One line of the link table (data/network/links.yaml, resolved by scripts/build-catalogue.ts): stops in order and
 * the line's figures. A line of the catalogue names its entry by `project`; its name and ref are the entry's, and
 * the model reads its status, period and opening year from the entry (`buildNetwork`'s catalogue), never from here.
 */
export interface LineDef {
	/** Stable id, e.g. `yuxia-cq-qj`. */
	id: string;
	/** The catalogue entry this line is (its id), or absent for public-reference lines outside the catalogue. */
	project?: string;
	/** Catalogue ref (R1, C6 ...) of `project`, or null for lines outside the catalogue. */
	ref: string | null;
	/** The entry's name (with the section, where the line is part of a project), or the line's own outside the catalogue. */
	name: Bilingual;
	mode: LinkMode;
	/** `service` lines are through trains over other lines: only their timetable runs become edges. */
	kind: 'hsr' | 'rail' | 'expressway' | 'service';
	stops: LineStop[];
	/** Length from the first to the last stop, where a source gives it. */
	lengthKm?: Figure;
	/** Length of the part of the line inside Qianjiang, as the plan states it (shown, not used for times). */
	lengthInDistrictKm?: Figure;
	designSpeedKmh: number;
	speedSource: SpeedSource;
	speedFigure?: Figure;
	/** Intermediate stops between named stops are unknown for planned lines: the assumption fills them in. */
	stopsKnown: boolean;
	timetable?: TimetableRun[];
	/** Status and opening of a line outside the catalogue (from public reference); absent for a line with a `project`. */
	availability?: Availability;
	/** Place ids the schematic line passes between stops, for a computed length (rail: per segment). */
	via?: Record<string, string[]>;
	sources: SourceRef[];
	note?: Bilingual;
}

/** A station of the rail network: the gazetteer place it serves and its own name. */
export interface StationDef {
	id: string;
	place: string;
	zh: string;
	en: string;
}

/** One resolved link of a built graph: a segment between two adjacent stops, or a timetable run. */
export interface Link {
	id: string;
	lineId: string;
	line: Bilingual;
	ref: string | null;
	mode: LinkMode;
	/** Station id (rail) or place id (road). */
	from: string;
	to: string;
	fromPlace: string;
	toPlace: string;
	lengthKm: number;
	lengthSource: LengthSource;
	designSpeedKmh: number;
	speedSource: SpeedSource;
	/** Published time where known (a timetable run); null where the time is modelled. */
	scheduledMin: number | null;
	scheduledText: string | null;
	/** `timetable`: a published run between exactly these stops; `timetable-prorated`: a share (by km) of a published run over a longer stretch. */
	scheduledKind: 'timetable' | 'timetable-prorated' | null;
	/** Intermediate stops passed between `from` and `to`. */
	stopsBetween: number;
	stopsSource: 'known' | 'assumed';
	/** `segment`: between adjacent stops; `run`: a timetable run skipping stops. */
	kind: 'segment' | 'run';
	/** A through service's run: used with published timetables only; without them the trip is timed over the lines it runs on. */
	throughService: boolean;
	/** Earliest scenario the link is in. */
	firstScenario: ScenarioId;
	/** Why: the status and source that place it there. */
	availability: { status: ProjectStatus; year?: number; period?: PlanPeriod; from: 'catalogue' | 'link-table'; source: SourceRef };
	/** The catalogue entry of the line, where it has one. */
	project?: string;
	sources: SourceRef[];
}

/** Kinds of graph edges. */
export type EdgeKind = 'ride' | 'dwell' | 'through' | 'board' | 'alight' | 'transfer' | 'access' | 'mode-change' | 'city-transfer';

/** Kinds of graph nodes. */
export type NodeKind = 'place' | 'station' | 'platform-arr' | 'platform-dep' | 'road';

export interface GraphNode {
	id: string;
	kind: NodeKind;
	/** Gazetteer place the node belongs to. */
	place: string;
	/** Station id for station and platform nodes. */
	station?: string;
	/** Line id for platform nodes. */
	lineId?: string;
	label: Bilingual;
}

/** A problem found while building: a missing place, an unknown ref, a conflict. Reported, never thrown. */
export interface NetworkIssue {
	level: 'warning' | 'info';
	code: 'missing-place' | 'missing-station' | 'missing-ref' | 'unknown-year' | 'dropped-link' | 'conflict';
	message: string;
	ids: string[];
}

/**
 * The graph for one scenario. Edges are stored as flat typed arrays (CSR adjacency) so that a change of
 * assumptions only rewrites `edgeMin` and all-pairs runs stay fast.
 */
export interface NetworkGraph {
	scenario: ScenarioId;
	nodes: GraphNode[];
	nodeIndex: Map<string, number>;
	links: Link[];
	edgeFrom: Int32Array;
	edgeTo: Int32Array;
	edgeKind: EdgeKind[];
	/** Index into `links` for ride edges, else -1. */
	edgeLink: Int32Array;
	/** Straight-line km for access edges (timed from the access assumptions), else 0. */
	edgeAccessKm: Float64Array;
	/** Bit 1: usable by rail queries; bit 2: by road queries. `best` uses all. */
	edgeModes: Uint8Array;
	edgeMin: Float64Array;
	adjStart: Int32Array;
	adjEdges: Int32Array;
	/** Place nodes are ends of trips, never passed through (except the origin). */
	nodeIsPlace: Uint8Array;
	/** The assumptions `edgeMin` was timed with. */
	assumptions: Assumptions;
	issues: NetworkIssue[];
}

/** Shortest times from one origin. */
export interface TravelTimes {
	origin: string;
	mode: TravelMode;
	/** Minutes per node index; Infinity where unreachable. */
	minutes: Float64Array;
	/** Edge index used to reach each node; -1 for the origin and unreachable nodes. */
	prevEdge: Int32Array;
}

/** One leg of a route, as a route explanation shows it. */
export interface Leg {
	kind: 'ride' | 'access' | 'transfer' | 'mode-change';
	mode: LinkMode | 'access';
	line: Bilingual | null;
	ref: string | null;
	/** Node ids. */
	from: string;
	to: string;
	fromLabel: Bilingual;
	toLabel: Bilingual;
	km: number;
	minutes: number;
	/** Of `minutes`, the time standing at intermediate stations (modelled dwells and through-running); 0 for other legs. */
	dwellMin: number;
	timeSource: TimeSource;
	lengthSource: LengthSource | null;
	/** Link ids ridden in this leg. */
	links: string[];
	stops: number;
}

/** A shortest route between two nodes. */
export interface Route {
	from: string;
	to: string;
	mode: TravelMode;
	minutes: number;
	km: number;
	legs: Leg[];
}
