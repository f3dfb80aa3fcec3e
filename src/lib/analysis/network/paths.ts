/**
 * Shortest travel times on a network graph: Dijkstra with a binary heap, routes as legs, all-pairs.
 */
import { MODE_RAIL, MODE_ROAD, linkMinutes } from './build';
import type { Leg, NetworkGraph, Route, TravelMode, TravelTimes } from './types';

/** A binary min-heap of node indices keyed by tentative minutes (lazy deletion: stale entries skipped). */
class MinHeap {
	#keys: number[] = [];
	#items: number[] = [];

	get size(): number {
		return this.#items.length;
	}

	push(item: number, key: number): void {
		const keys = this.#keys;
		const items = this.#items;
		let i = items.length;
		keys.push(key);
		items.push(item);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (keys[parent] <= key) break;
			keys[i] = keys[parent];
			items[i] = items[parent];
			i = parent;
		}
		keys[i] = key;
		items[i] = item;
	}

	/** Removes the smallest; returns its item, with its key in `lastKey`. */
	pop(): number {
		const keys = this.#keys;
		const items = this.#items;
		const top = items[0];
		this.lastKey = keys[0];
		const key = keys.pop()!;
		const item = items.pop()!;
		const n = items.length;
		if (n > 0) {
			let i = 0;
			for (;;) {
				let c = 2 * i + 1;
				if (c >= n) break;
				if (c + 1 < n && keys[c + 1] < keys[c]) c++;
				if (keys[c] >= key) break;
				keys[i] = keys[c];
				items[i] = items[c];
				i = c;
			}
			keys[i] = key;
			items[i] = item;
		}
		return top;
	}

	lastKey = 0;
}

function modeMask(mode: TravelMode): number {
	return mode === 'rail' ? MODE_RAIL : mode === 'road' ? MODE_ROAD : -1;
}

/**
 * Resolves a node id, accepting a bare place id as `place:<id>`.
 *
 * @param graph - the graph
 * @param id - node id (`rail:qianjiang`) or place id (`qianjiang`)
 * @returns the node index, or -1 when absent
 * @example
 * nodeOf(graph, 'qianjiang') === graph.nodeIndex.get('place:qianjiang')
 */
export function nodeOf(graph: NetworkGraph, id: string): number {
	return graph.nodeIndex.get(id) ?? graph.nodeIndex.get(`place:${id}`) ?? -1;
}

/**
 * Shortest travel times from one node to every node (Dijkstra, binary heap). Place nodes are trip ends:
 * only the origin's edges are followed out of a place.
 *
 * @param graph - the network graph of a scenario
 * @param fromNodeId - origin node id, or a place id
 * @param mode - 'rail', 'road' or 'best' (rail, road and changes between them)
 * @returns minutes and predecessor edge per node; Infinity where unreachable
 * @example
 * const tt = travelTimes(graph, 'place:qianjiang', 'rail');
 * tt.minutes[graph.nodeIndex.get('rail:chongqing-east')!] // 61
 */
export function travelTimes(graph: NetworkGraph, fromNodeId: string, mode: TravelMode): TravelTimes {
	const n = graph.nodes.length;
	const minutes = new Float64Array(n).fill(Infinity);
	const prevEdge = new Int32Array(n).fill(-1);
	const source = nodeOf(graph, fromNodeId);
	if (source < 0) return { origin: fromNodeId, mode, minutes, prevEdge };
	const mask = modeMask(mode);
	const { adjStart, adjEdges, edgeTo, edgeMin, edgeModes, nodeIsPlace } = graph;
	const done = new Uint8Array(n);
	const heap = new MinHeap();
	minutes[source] = 0;
	heap.push(source, 0);
	while (heap.size > 0) {
		const u = heap.pop();
		if (done[u]) continue;
		done[u] = 1;
		if (nodeIsPlace[u] && u !== source) continue;
		const du = heap.lastKey;
		for (let k = adjStart[u]; k < adjStart[u + 1]; k++) {
			const e = adjEdges[k];
			const modes = edgeModes[e];
			if (mask !== -1 && (modes & mask) === 0) continue;
			const w = edgeMin[e];
			if (w === Infinity) continue;
			const v = edgeTo[e];
			const dv = du + w;
			if (dv < minutes[v]) {
				minutes[v] = dv;
				prevEdge[v] = e;
				heap.push(v, dv);
			}
		}
	}
	return { origin: fromNodeId, mode, minutes, prevEdge };
}

/**
 * Minutes from a travel-times result to one node or place.
 *
 * @param graph - the graph the times were computed on
 * @param tt - result of `travelTimes`
 * @param toId - node id or place id
 * @returns minutes, or null when unreachable or unknown
 * @example
 * minutesTo(graph, travelTimes(graph, 'qianjiang', 'rail'), 'changsha') // e.g. 172
 */
export function minutesTo(graph: NetworkGraph, tt: TravelTimes, toId: string): number | null {
	const i = nodeOf(graph, toId);
	if (i < 0 || tt.minutes[i] === Infinity) return null;
	return tt.minutes[i];
}

function edgePath(graph: NetworkGraph, tt: TravelTimes, target: number): number[] {
	const edges: number[] = [];
	let v = target;
	while (tt.prevEdge[v] >= 0) {
		const e = tt.prevEdge[v];
		edges.push(e);
		v = graph.edgeFrom[e];
	}
	return edges.reverse();
}

/**
 * The edges of the shortest path to a node, in travel order.
 *
 * @param graph - the graph
 * @param tt - result of `travelTimes`
 * @param toId - node id or place id
 * @returns edge indices (empty when unreachable or at the origin)
 * @example
 * pathEdges(graph, tt, 'changsha').length > 0
 */
export function pathEdges(graph: NetworkGraph, tt: TravelTimes, toId: string): number[] {
	const i = nodeOf(graph, toId);
	if (i < 0 || tt.minutes[i] === Infinity) return [];
	return edgePath(graph, tt, i);
}

/** Groups a path's edges into legs: consecutive rides of one line form one leg, dwells included. */
function legsOf(graph: NetworkGraph, edges: number[]): Leg[] {
	const legs: Leg[] = [];
	let current: Leg | null = null;
	let currentLine: string | null = null;
	const node = (i: number) => graph.nodes[i];
	for (const e of edges) {
		const kind = graph.edgeKind[e];
		const minutes = graph.edgeMin[e];
		const from = node(graph.edgeFrom[e]);
		const to = node(graph.edgeTo[e]);
		if (kind === 'ride') {
			const link = graph.links[graph.edgeLink[e]];
			const { timeSource } = linkMinutes(link, graph.assumptions);
			if (current && currentLine === link.lineId) {
				current.to = to.id;
				current.toLabel = to.label;
				current.km += link.lengthKm;
				current.minutes += minutes;
				current.links.push(link.id);
				current.stops += link.stopsBetween;
				if (timeSource !== current.timeSource && current.timeSource !== 'modelled') current.timeSource = timeSource;
				if (current.lengthSource !== link.lengthSource) current.lengthSource = 'computed';
				continue;
			}
			current = {
				kind: 'ride',
				mode: link.mode,
				line: link.line,
				ref: link.ref,
				from: from.id,
				to: to.id,
				fromLabel: from.label,
				toLabel: to.label,
				km: link.lengthKm,
				minutes,
				dwellMin: 0,
				timeSource,
				lengthSource: link.lengthSource,
				links: [link.id],
				stops: link.stopsBetween
			};
			currentLine = link.lineId;
			legs.push(current);
			continue;
		}
		if (kind === 'dwell' || kind === 'through') {
			if (current) {
				current.minutes += minutes;
				current.dwellMin += minutes;
				current.stops += 1;
			}
			continue;
		}
		if (kind === 'board' || kind === 'alight') continue;
		// A city to its own station at no cost is not worth a leg of its own.
		if (kind === 'access' && minutes === 0) continue;
		current = null;
		currentLine = null;
		const legKind: Leg['kind'] = kind === 'access' ? 'access' : kind === 'mode-change' ? 'mode-change' : 'transfer';
		const accessKm = graph.edgeAccessKm[e];
		legs.push({
			kind: legKind,
			mode: 'access',
			line: null,
			ref: null,
			from: from.id,
			to: to.id,
			fromLabel: from.label,
			toLabel: to.label,
			km: kind === 'access' ? accessKm * graph.assumptions.accessDetourFactor : 0,
			minutes,
			dwellMin: 0,
			timeSource: 'assumption',
			lengthSource: kind === 'access' && accessKm > 0 ? 'computed' : null,
			links: [],
			stops: 0
		});
	}
	return legs;
}

/**
 * The shortest route between two nodes, as legs a route explanation can show.
 *
 * @param graph - the network graph of a scenario
 * @param from - origin node id or place id
 * @param to - destination node id or place id
 * @param mode - 'rail', 'road' or 'best'
 * @returns the route (minutes, km, legs) or null when unreachable
 * @example
 * route(graph, 'qianjiang', 'chongqing', 'rail')?.legs[0].line?.zh // '渝厦高铁重庆至黔江段'
 */
export function route(graph: NetworkGraph, from: string, to: string, mode: TravelMode): Route | null {
	const tt = travelTimes(graph, from, mode);
	return routeFrom(graph, tt, to);
}

/**
 * The route to a node from an already computed travel-times result (no second Dijkstra).
 *
 * @param graph - the graph
 * @param tt - result of `travelTimes`
 * @param to - destination node id or place id
 * @returns the route or null when unreachable
 * @example
 * routeFrom(graph, travelTimes(graph, 'qianjiang', 'best'), 'changsha')
 */
export function routeFrom(graph: NetworkGraph, tt: TravelTimes, to: string): Route | null {
	const target = nodeOf(graph, to);
	if (target < 0 || tt.minutes[target] === Infinity) return null;
	const legs = legsOf(graph, edgePath(graph, tt, target));
	return {
		from: tt.origin,
		to,
		mode: tt.mode,
		minutes: tt.minutes[target],
		km: legs.reduce((s, l) => s + l.km, 0),
		legs
	};
}

/** Minutes from each of several origins to every node. */
export interface AllPairs {
	origins: string[];
	mode: TravelMode;
	/** `minutes[i][j]`: from origins[i] to node j (Infinity when unreachable). */
	minutes: Float64Array[];
}

/**
 * Travel times from many origins, e.g. every place for a travel-time map recomputed when an assumption
 * changes.
 *
 * @param graph - the network graph
 * @param origins - origin node ids or place ids
 * @param mode - 'rail', 'road' or 'best'
 * @returns one row of minutes per origin
 * @example
 * allPairs(graph, places.map((p) => p.id), 'best').minutes.length === places.length
 */
export function allPairs(graph: NetworkGraph, origins: readonly string[], mode: TravelMode = 'best'): AllPairs {
	return { origins: [...origins], mode, minutes: origins.map((o) => travelTimes(graph, o, mode).minutes) };
}

/** Minutes to one place, for maps and lists. */
export interface PlaceTime {
	placeId: string;
	minutes: number | null;
}

/**
 * Minutes from one origin to every gazetteer place: what a travel-time map colours.
 *
 * @param graph - the network graph
 * @param from - origin node id or place id
 * @param mode - 'rail', 'road' or 'best'
 * @returns one entry per place, minutes null where unreachable
 * @example
 * placeTimes(graph, 'qianjiang', 'best').find((p) => p.placeId === 'youyang')?.minutes
 */
export function placeTimes(graph: NetworkGraph, from: string, mode: TravelMode): PlaceTime[] {
	const tt = travelTimes(graph, from, mode);
	const out: PlaceTime[] = [];
	graph.nodes.forEach((n, i) => {
		if (n.kind === 'place') out.push({ placeId: n.place, minutes: tt.minutes[i] === Infinity ? null : tt.minutes[i] });
	});
	return out;
}
