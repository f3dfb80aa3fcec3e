/**
 * Builds the travel-time graph of one scenario from gazetteer places, the link table and the catalogue.
 *
 * Node ids: `place:<placeId>` (trip ends), `rail:<stationId>` (arrived at a station), `rail:<stationId>:in`
 * (entering a station from the street), `rail:<stationId>@<lineId>:arr|dep` (a line's platform) and
 * `road:<placeId>` (an expressway entrance). Splitting arrivals from departures lets a train continue
 * through a station for a dwell while a change of trains costs a transfer.
 */
import type { PlanPeriod, ProjectEntry, ProjectStatus, SourceRef } from '../../catalogue/types';
import { plannedOpening } from '../../catalogue/status';
import type { Assumptions } from '../../data/assumptions';
import { greatCircleKm } from './geo';
import { firstScenarioOf, inScenario } from './scenario';
import { STATIONS } from './stations';
import type {
	EdgeKind,
	GraphNode,
	LengthSource,
	LineDef,
	Link,
	NetworkGraph,
	NetworkIssue,
	NetworkPlace,
	ScenarioId,
	StationDef
} from './types';

/** Edge usable by rail-only queries. */
export const MODE_RAIL = 1;
/** Edge usable by road-only queries. */
export const MODE_ROAD = 2;

/** Options of `buildNetwork`. */
export interface BuildOptions {
	/**
	 * Catalogue entries (static/geo/projects.json): a line with a `project` takes its status, period and opening year
	 * from its entry, and is left out (with an issue) when the entry is not given.
	 */
	catalogue?: readonly Partial<ProjectEntry>[];
	/** Station table; defaults to STATIONS. */
	stations?: readonly StationDef[];
}

interface Resolved {
	id: string;
	place: NetworkPlace;
}

interface Availability {
	first: ScenarioId;
	link: Link['availability'];
}

/** Collects issues once per message. */
class IssueLog {
	readonly list: NetworkIssue[] = [];
	#seen = new Set<string>();
	add(issue: NetworkIssue): void {
		if (this.#seen.has(issue.message)) return;
		this.#seen.add(issue.message);
		this.list.push(issue);
	}
}

function lengthSourceOf(file: string): LengthSource {
	return file === 'public reference' ? 'public-reference' : 'stated';
}

/**
 * When a line exists. A line of the catalogue (`project`) is placed by its entry alone: the entry's current status,
 * plan period and opening year (or the year its newest plan aims to open it), one answer for the map, the project
 * pages and the model. A line outside the catalogue is placed by its own public-reference availability.
 */
function resolveAvailability(
	line: LineDef,
	catalogue: ReadonlyMap<string, Partial<ProjectEntry>> | null,
	issues: IssueLog
): Availability | null {
	let status: ProjectStatus;
	let year: number | undefined;
	let period: PlanPeriod | undefined;
	let source: SourceRef;
	if (line.project !== undefined) {
		const entry = catalogue?.get(line.project);
		const claim = entry?.status?.at(-1);
		if (!entry || !claim) {
			issues.add({
				level: 'warning',
				code: 'missing-ref',
				message: catalogue
					? `${line.id}: catalogue entry ${line.project} (${line.ref ?? 'no ref'}) is not in the catalogue given; line left out`
					: `${line.id}: no catalogue given, so the status of ${line.project} is not known; line left out`,
				ids: [line.ref ?? line.project, line.project]
			});
			return null;
		}
		status = claim.status;
		year = plannedOpening({ opened: entry.opened, targets: entry.targets ?? [] });
		period = entry.period;
		source = claim.source;
	} else if (line.availability) {
		({ status, year, period, source } = line.availability);
	} else {
		issues.add({
			level: 'warning',
			code: 'missing-ref',
			message: `${line.id}: neither a catalogue entry nor a status of its own; line left out`,
			ids: [line.id]
		});
		return null;
	}
	let first = firstScenarioOf(status, year, period);
	if (first === null) {
		issues.add({
			level: 'info',
			code: 'unknown-year',
			message: `${line.id}: in service but the opening year is not known; counted from 2025`,
			ids: [line.id]
		});
		first = '2025';
	}
	const link: Link['availability'] = { status, from: line.project !== undefined ? 'catalogue' : 'link-table', source };
	if (year !== undefined) link.year = year;
	if (period !== undefined) link.period = period;
	return { first, link };
}

function pathKm(places: NetworkPlace[]): number {
	let km = 0;
	for (let i = 1; i < places.length; i++) km += greatCircleKm(places[i - 1].lon, places[i - 1].lat, places[i].lon, places[i].lat);
	return km;
}

/** Turns one line into links between its named stops (and its timetable runs). */
function expandLine(
	line: LineDef,
	avail: Availability,
	resolveStop: (id: string) => Resolved | null,
	placeById: Map<string, NetworkPlace>,
	a: Assumptions,
	issues: IssueLog
): Link[] {
	const named: { id: string; place: NetworkPlace; pos: number }[] = [];
	line.stops.forEach((stop, pos) => {
		if (typeof stop !== 'string') return;
		const r = resolveStop(stop);
		if (r) named.push({ id: r.id, place: r.place, pos });
		else
			issues.add({
				level: 'warning',
				code: line.mode === 'rail' ? 'missing-station' : 'missing-place',
				message: `${line.id}: stop ${stop} has no place in the gazetteer; counted as an unnamed stop`,
				ids: [stop]
			});
	});
	if (named.length < 2) {
		issues.add({
			level: 'warning',
			code: 'dropped-link',
			message: `${line.id}: fewer than two stops found; line left out`,
			ids: [line.id]
		});
		return [];
	}
	const base = {
		lineId: line.id,
		line: line.name,
		ref: line.ref,
		mode: line.mode,
		designSpeedKmh: line.designSpeedKmh,
		speedSource: line.speedSource,
		firstScenario: avail.first,
		availability: avail.link,
		...(line.project !== undefined ? { project: line.project } : {}),
		sources: line.sources,
		throughService: line.kind === 'service'
	};
	const segments = named.slice(1).map((to, i) => {
		const from = named[i];
		const viaIds = line.via?.[`${from.id}>${to.id}`] ?? [];
		const via = viaIds.map((v) => placeById.get(v)).filter((p): p is NetworkPlace => p !== undefined);
		return {
			from,
			to,
			computedKm: pathKm([from.place, ...via, to.place]) * a.lineDetourFactor,
			unnamed: to.pos - from.pos - 1
		};
	});
	const wholeLine = named[0].pos === 0 && named[named.length - 1].pos === line.stops.length - 1;
	const total = segments.reduce((s, x) => s + x.computedKm, 0);
	const lengths = segments.map((s) => {
		if (line.lengthKm && wholeLine) {
			if (segments.length === 1) return { km: line.lengthKm.value, source: lengthSourceOf(line.lengthKm.source.file) };
			return { km: (line.lengthKm.value * s.computedKm) / total, source: 'prorated' as LengthSource };
		}
		return { km: s.computedKm, source: 'computed' as LengthSource };
	});
	const lineKm = lengths.reduce((s, x) => s + x.km, 0);
	const stopsOf = (unnamed: number, km: number): number =>
		line.stopsKnown ? unnamed : Math.max(unnamed, Math.round((a.assumedStopsPerPlannedLine * km) / lineKm));
	const runs = line.timetable ?? [];
	const out: Link[] = [];
	if (line.kind !== 'service') {
		segments.forEach((s, i) => {
			const run = runs.find((r) => (r.from === s.from.id && r.to === s.to.id) || (r.from === s.to.id && r.to === s.from.id));
			// Inside a longer published run, a segment takes its share of the run by length, so that a trip
			// over stations between the run's ends is never faster than the timetable.
			let prorated: { minutes: number; text: string } | null = null;
			if (!run) {
				for (const r of runs) {
					const ri = named.findIndex((n) => n.id === r.from);
					const rj = named.findIndex((n) => n.id === r.to);
					if (ri < 0 || rj < 0 || Math.min(ri, rj) > i || Math.max(ri, rj) <= i) continue;
					const runKm = lengths.slice(Math.min(ri, rj), Math.max(ri, rj)).reduce((sum, x) => sum + x.km, 0);
					const minutes = (r.minutes * lengths[i].km) / runKm;
					if (!prorated || minutes < prorated.minutes) prorated = { minutes, text: `share of ${r.from}–${r.to} ${r.text}` };
				}
			}
			out.push({
				...base,
				id: `${line.id}:${s.from.id}>${s.to.id}`,
				from: s.from.id,
				to: s.to.id,
				fromPlace: s.from.place.id,
				toPlace: s.to.place.id,
				lengthKm: lengths[i].km,
				lengthSource: lengths[i].source,
				scheduledMin: run ? run.minutes : prorated ? prorated.minutes : null,
				scheduledText: run ? run.text : prorated ? prorated.text : null,
				scheduledKind: run ? 'timetable' : prorated ? 'timetable-prorated' : null,
				stopsBetween: stopsOf(s.unnamed, lengths[i].km),
				stopsSource: line.stopsKnown ? 'known' : 'assumed',
				kind: 'segment'
			});
		});
	}
	for (const run of runs) {
		const i = named.findIndex((n) => n.id === run.from);
		const j = named.findIndex((n) => n.id === run.to);
		if (i < 0 || j < 0) {
			issues.add({
				level: 'warning',
				code: 'dropped-link',
				message: `${line.id}: timetable run ${run.from}–${run.to} has a stop not in the gazetteer; left out`,
				ids: [run.from, run.to]
			});
			continue;
		}
		const [lo, hi] = i < j ? [i, j] : [j, i];
		if (line.kind !== 'service' && hi - lo === 1) continue;
		const km = lengths.slice(lo, hi).reduce((s, x) => s + x.km, 0);
		const sources = lengths.slice(lo, hi).map((x) => x.source);
		const spansLine = line.lengthKm !== undefined && wholeLine && lo === 0 && hi === named.length - 1;
		const lengthSource: LengthSource =
			line.kind === 'service' || sources.includes('computed')
				? 'computed'
				: spansLine
					? lengthSourceOf(line.lengthKm!.source.file)
					: sources.length === 1
						? sources[0]
						: 'prorated';
		const between = named[hi].pos - named[lo].pos - 1;
		out.push({
			...base,
			id: `${line.id}:${run.from}>${run.to}`,
			from: run.from,
			to: run.to,
			fromPlace: named[i].place.id,
			toPlace: named[j].place.id,
			lengthKm: km,
			lengthSource,
			scheduledMin: run.minutes,
			scheduledText: run.text,
			scheduledKind: 'timetable',
			stopsBetween: stopsOf(between, km),
			stopsSource: line.stopsKnown ? 'known' : 'assumed',
			kind: 'run'
		});
	}
	return out;
}

/** Accumulates nodes and edges before they are frozen into typed arrays. */
class GraphBuilder {
	nodes: GraphNode[] = [];
	nodeIndex = new Map<string, number>();
	from: number[] = [];
	to: number[] = [];
	kind: EdgeKind[] = [];
	link: number[] = [];
	accessKm: number[] = [];
	modes: number[] = [];

	node(n: GraphNode): number {
		const found = this.nodeIndex.get(n.id);
		if (found !== undefined) return found;
		this.nodes.push(n);
		this.nodeIndex.set(n.id, this.nodes.length - 1);
		return this.nodes.length - 1;
	}

	edge(from: number, to: number, kind: EdgeKind, modes: number, link = -1, accessKm = 0): void {
		this.from.push(from);
		this.to.push(to);
		this.kind.push(kind);
		this.modes.push(modes);
		this.link.push(link);
		this.accessKm.push(accessKm);
	}
}

/**
 * Builds the network graph of one scenario.
 *
 * Missing places, stations or refs are reported in `graph.issues`; the line is shortened or left out,
 * never a crash.
 *
 * @param places - gazetteer places (static/geo/places.json)
 * @param lines - the link table (LINK_TABLE, or a fixture)
 * @param assumptions - the model's assumptions (structural ones shape the graph, the rest time it)
 * @param scenario - which network: '2020', '2025', '2030' or 'long-term'
 * @param options - catalogue entries for statuses, and the station table
 * @returns the graph, timed with `assumptions`
 * @example
 * const g = buildNetwork(places, LINK_TABLE, DEFAULT_ASSUMPTIONS, '2025', { catalogue });
 * g.nodeIndex.has('rail:qianjiang') // true
 */
export function buildNetwork(
	places: readonly NetworkPlace[],
	lines: readonly LineDef[],
	assumptions: Assumptions,
	scenario: ScenarioId,
	options: BuildOptions = {}
): NetworkGraph {
	const issues = new IssueLog();
	const placeById = new Map(places.map((p) => [p.id, p]));
	const stationById = new Map((options.stations ?? STATIONS).map((s) => [s.id, s]));
	const catalogue = options.catalogue ? new Map(options.catalogue.filter((e) => e.id !== undefined).map((e) => [e.id!, e])) : null;

	const resolveStation = (id: string): Resolved | null => {
		const st = stationById.get(id);
		const place = st ? placeById.get(st.place) : undefined;
		return st && place ? { id, place } : null;
	};
	const resolvePlace = (id: string): Resolved | null => {
		const place = placeById.get(id);
		return place ? { id, place } : null;
	};

	const links: Link[] = [];
	for (const line of lines) {
		const avail = resolveAvailability(line, catalogue, issues);
		if (!avail || !inScenario(avail.first, scenario)) continue;
		links.push(...expandLine(line, avail, line.mode === 'rail' ? resolveStation : resolvePlace, placeById, assumptions, issues));
	}

	const b = new GraphBuilder();
	for (const p of places) b.node({ id: `place:${p.id}`, kind: 'place', place: p.id, label: { zh: p.zh, en: p.en } });

	const stationLines = new Map<string, Set<string>>();
	const lineFast = new Map<string, boolean>();
	const roadPlaces = new Set<string>();
	for (const l of links) {
		if (l.mode === 'road') {
			roadPlaces.add(l.from).add(l.to);
			continue;
		}
		for (const s of [l.from, l.to]) {
			if (!stationLines.has(s)) stationLines.set(s, new Set());
			stationLines.get(s)!.add(l.lineId);
		}
		// A through service runs through by definition; its own speed is not a figure (it has none).
		lineFast.set(l.lineId, l.throughService || l.designSpeedKmh >= 200);
	}

	const stationNode = (id: string): number => {
		const st = stationById.get(id)!;
		return b.node({ id: `rail:${id}`, kind: 'station', place: st.place, station: id, label: { zh: st.zh, en: st.en } });
	};
	const entryNode = (id: string): number => {
		const st = stationById.get(id)!;
		return b.node({ id: `rail:${id}:in`, kind: 'station', place: st.place, station: id, label: { zh: st.zh, en: st.en } });
	};
	const platform = (station: string, lineId: string, side: 'arr' | 'dep'): number => {
		const st = stationById.get(station)!;
		return b.node({
			id: `rail:${station}@${lineId}:${side}`,
			kind: side === 'arr' ? 'platform-arr' : 'platform-dep',
			place: st.place,
			station,
			lineId,
			label: { zh: st.zh, en: st.en }
		});
	};
	const roadNode = (placeId: string): number => {
		const p = placeById.get(placeId)!;
		return b.node({ id: `road:${placeId}`, kind: 'road', place: placeId, label: { zh: p.zh, en: p.en } });
	};
	const placeNode = (placeId: string): number => b.nodeIndex.get(`place:${placeId}`)!;

	// Stations: street access, platforms, dwell, transfers, through running.
	const stationsByPlace = new Map<string, string[]>();
	for (const [station, lineIds] of stationLines) {
		const st = stationById.get(station)!;
		const exit = stationNode(station);
		const entry = entryNode(station);
		if (!stationsByPlace.has(st.place)) stationsByPlace.set(st.place, []);
		stationsByPlace.get(st.place)!.push(station);
		// Walking through the concourse: lets a trip start at a station and end at a nearby township.
		b.edge(entry, exit, 'board', MODE_RAIL | MODE_ROAD);
		b.edge(placeNode(st.place), entry, 'access', MODE_RAIL | MODE_ROAD);
		b.edge(exit, placeNode(st.place), 'access', MODE_RAIL | MODE_ROAD);
		for (const lineId of lineIds) {
			const arr = platform(station, lineId, 'arr');
			const dep = platform(station, lineId, 'dep');
			b.edge(entry, dep, 'board', MODE_RAIL);
			b.edge(arr, exit, 'alight', MODE_RAIL);
			b.edge(arr, dep, 'dwell', MODE_RAIL);
			b.edge(exit, dep, 'transfer', MODE_RAIL);
			for (const other of lineIds) {
				if (other !== lineId && lineFast.get(lineId) && lineFast.get(other)) {
					b.edge(arr, platform(station, other, 'dep'), 'through', MODE_RAIL);
				}
			}
		}
	}
	for (const [, stations] of stationsByPlace) {
		for (const s of stations) for (const t of stations) if (s !== t) b.edge(stationNode(s), entryNode(t), 'city-transfer', MODE_RAIL);
	}

	// Rides.
	links.forEach((l, i) => {
		if (l.mode === 'rail') {
			b.edge(platform(l.from, l.lineId, 'dep'), platform(l.to, l.lineId, 'arr'), 'ride', MODE_RAIL, i);
			b.edge(platform(l.to, l.lineId, 'dep'), platform(l.from, l.lineId, 'arr'), 'ride', MODE_RAIL, i);
		} else {
			b.edge(roadNode(l.from), roadNode(l.to), 'ride', MODE_ROAD, i);
			b.edge(roadNode(l.to), roadNode(l.from), 'ride', MODE_ROAD, i);
		}
	});

	// Expressway entrances at their own places, and changes between train and car.
	for (const placeId of roadPlaces) {
		const r = roadNode(placeId);
		b.edge(placeNode(placeId), r, 'access', MODE_RAIL | MODE_ROAD);
		b.edge(r, placeNode(placeId), 'access', MODE_RAIL | MODE_ROAD);
		for (const station of stationsByPlace.get(placeId) ?? []) {
			b.edge(stationNode(station), r, 'mode-change', 0);
			b.edge(r, entryNode(station), 'mode-change', 0);
		}
	}

	// Access from places without their own station or entrance: the nearest few within reach.
	const stationList = [...stationLines.keys()].map((id) => ({ id, place: placeById.get(stationById.get(id)!.place)! }));
	const roadList = [...roadPlaces].map((id) => ({ id, place: placeById.get(id)! }));
	const nearest = <T extends { place: NetworkPlace }>(p: NetworkPlace, list: T[]): { item: T; km: number }[] =>
		list
			.map((item) => ({ item, km: greatCircleKm(p.lon, p.lat, item.place.lon, item.place.lat) }))
			.filter((x) => x.km <= assumptions.maxAccessKm)
			.sort((x, y) => x.km - y.km)
			.slice(0, assumptions.accessCandidates);
	for (const p of places) {
		const pn = placeNode(p.id);
		if (!stationsByPlace.has(p.id)) {
			for (const { item, km } of nearest(p, stationList)) {
				// Zero-length access would read as "own station"; a township at its station still has a trip.
				const accessKm = Math.max(km, 0.1);
				b.edge(pn, entryNode(item.id), 'access', MODE_RAIL | MODE_ROAD, -1, accessKm);
				b.edge(stationNode(item.id), pn, 'access', MODE_RAIL | MODE_ROAD, -1, accessKm);
			}
		}
		if (!roadPlaces.has(p.id)) {
			for (const { item, km } of nearest(p, roadList)) {
				const accessKm = Math.max(km, 0.1);
				b.edge(pn, roadNode(item.id), 'access', MODE_RAIL | MODE_ROAD, -1, accessKm);
				b.edge(roadNode(item.id), pn, 'access', MODE_RAIL | MODE_ROAD, -1, accessKm);
			}
		}
	}

	return freeze(b, links, scenario, assumptions, issues.list);
}

function freeze(b: GraphBuilder, links: Link[], scenario: ScenarioId, assumptions: Assumptions, issues: NetworkIssue[]): NetworkGraph {
	const n = b.nodes.length;
	const m = b.from.length;
	const adjStart = new Int32Array(n + 1);
	for (let e = 0; e < m; e++) adjStart[b.from[e] + 1]++;
	for (let i = 0; i < n; i++) adjStart[i + 1] += adjStart[i];
	const fill = adjStart.slice(0, n);
	const adjEdges = new Int32Array(m);
	for (let e = 0; e < m; e++) adjEdges[fill[b.from[e]]++] = e;
	const nodeIsPlace = new Uint8Array(n);
	b.nodes.forEach((node, i) => (nodeIsPlace[i] = node.kind === 'place' ? 1 : 0));
	const graph: NetworkGraph = {
		scenario,
		nodes: b.nodes,
		nodeIndex: b.nodeIndex,
		links,
		edgeFrom: Int32Array.from(b.from),
		edgeTo: Int32Array.from(b.to),
		edgeKind: b.kind,
		edgeLink: Int32Array.from(b.link),
		edgeAccessKm: Float64Array.from(b.accessKm),
		edgeModes: Uint8Array.from(b.modes),
		edgeMin: new Float64Array(m),
		adjStart,
		adjEdges,
		nodeIsPlace,
		assumptions,
		issues
	};
	graph.edgeMin = edgeMinutes(graph, assumptions);
	return graph;
}

/**
 * The design speed a link is timed with: the link table's figure, or the assumption's override where the
 * figure is itself assumed (no source gives it).
 *
 * @param link - a resolved link
 * @param a - assumptions
 * @returns km/h
 * @example
 * designSpeedOf(yuguiHsrLink, withAssumptions({ lineSpeedKmh: { 'yugui-hsr': 300 } })) // 300
 */
export function designSpeedOf(link: Pick<Link, 'lineId' | 'designSpeedKmh' | 'speedSource'>, a: Assumptions): number {
	return link.speedSource === 'assumed' ? (a.lineSpeedKmh[link.lineId] ?? link.designSpeedKmh) : link.designSpeedKmh;
}

/**
 * Minutes of one link under the assumptions: the timetable where known and allowed, else speed × length
 * plus a dwell per intermediate stop. A through service has no speed of its own: without timetables it is
 * not ridden (Infinity) and the trip is timed over the lines it runs on.
 *
 * @param link - a resolved link
 * @param a - assumptions
 * @returns minutes and whether they come from a timetable
 * @example
 * linkMinutes(link, DEFAULT_ASSUMPTIONS) // { minutes: 61, timeSource: 'timetable' }
 */
export function linkMinutes(link: Link, a: Assumptions): { minutes: number; timeSource: 'timetable' | 'timetable-prorated' | 'modelled' } {
	const speed = designSpeedOf(link, a);
	if (link.mode === 'road') {
		return { minutes: (link.lengthKm / (speed * a.roadSpeedShare)) * 60, timeSource: 'modelled' };
	}
	if (a.useTimetables && link.scheduledMin !== null && link.scheduledKind !== null) {
		return { minutes: link.scheduledMin, timeSource: link.scheduledKind };
	}
	if (link.throughService || speed <= 0) return { minutes: Infinity, timeSource: 'modelled' };
	const share = speed >= 250 ? a.hsrSpeedShare : a.railSpeedShare;
	return {
		minutes: (link.lengthKm / (speed * share)) * 60 + link.stopsBetween * a.dwellMin,
		timeSource: 'modelled'
	};
}

/**
 * Times every edge of a graph under a set of assumptions.
 *
 * @param graph - a built graph
 * @param a - assumptions (non-structural ones: speeds, dwell, transfers, access)
 * @returns minutes per edge; Infinity for edges the assumptions switch off
 * @example
 * const minutes = edgeMinutes(graph, { ...graph.assumptions, dwellMin: 2 });
 */
export function edgeMinutes(graph: NetworkGraph, a: Assumptions): Float64Array {
	const out = new Float64Array(graph.edgeFrom.length);
	for (let e = 0; e < out.length; e++) {
		switch (graph.edgeKind[e]) {
			case 'ride':
				out[e] = linkMinutes(graph.links[graph.edgeLink[e]], a).minutes;
				break;
			case 'dwell':
				out[e] = a.dwellMin;
				break;
			case 'through':
				out[e] = a.hsrThroughRunning ? a.dwellMin : Infinity;
				break;
			case 'board':
			case 'alight':
				out[e] = 0;
				break;
			case 'transfer':
				out[e] = a.transferMin;
				break;
			case 'city-transfer':
				out[e] = a.cityTransferMin;
				break;
			case 'mode-change':
				out[e] = a.modeChangeMin;
				break;
			case 'access': {
				const km = graph.edgeAccessKm[e];
				out[e] = km === 0 ? a.stationAccessMin : ((km * a.accessDetourFactor) / a.accessSpeedKmh) * 60;
				break;
			}
		}
	}
	return out;
}

/**
 * A copy of the graph timed with other (non-structural) assumptions; structure is shared, not copied.
 *
 * @param graph - a built graph
 * @param overrides - assumptions to change
 * @returns a graph whose `edgeMin` reflects the new assumptions
 * @example
 * const faster = retime(graph, { hsrSpeedShare: 0.95 });
 */
export function retime(graph: NetworkGraph, overrides: Partial<Assumptions>): NetworkGraph {
	const assumptions = { ...graph.assumptions, ...overrides };
	return { ...graph, assumptions, edgeMin: edgeMinutes(graph, assumptions) };
}
