/**
 * What a modelled time is made of, and what an absent one means: the breakdown of a route into access,
 * waiting and changing, dwell, time in vehicles by line, and egress; whether a place is reached, cut off
 * in this network, or outside the modelled network altogether; a city's stations; why a time changed.
 */
import type { Bilingual } from '../../catalogue/types';
import type { LinkMode, NetworkGraph, Route, TimeSource, TravelMode, TravelTimes } from './types';

/**
 * How a place stands in one network from one origin.
 * - `reached`: the model finds a route.
 * - `outside`: no station (rail) or expressway entrance (road) of this network lies within the farthest
 *   access distance: the place is beyond the region's modelled network, not cut off from it.
 * - `unreached`: the place is attached to the network but no route by this mode joins it to the origin.
 */
export type ReachStatus = 'reached' | 'outside' | 'unreached';

/**
 * Whether a place has a way into the network for a mode: its own station or entrance, or one within the
 * farthest access distance.
 *
 * @param graph - the network of a scenario
 * @param placeId - a gazetteer place id
 * @param mode - 'rail' needs a station, 'road' an expressway entrance, 'best' either
 * @returns true when the place is attached
 * @example
 * isAttached(g2025, 'chengdu', 'best') // false: no line of the model comes within reach
 */
export function isAttached(graph: NetworkGraph, placeId: string, mode: TravelMode): boolean {
	const i = graph.nodeIndex.get(`place:${placeId}`);
	if (i === undefined) return false;
	for (let k = graph.adjStart[i]; k < graph.adjStart[i + 1]; k++) {
		const e = graph.adjEdges[k];
		if (graph.edgeKind[e] !== 'access' || !Number.isFinite(graph.edgeMin[e])) continue;
		const kind = graph.nodes[graph.edgeTo[e]].kind;
		if (mode !== 'road' && kind === 'station') return true;
		if (mode !== 'rail' && kind === 'road') return true;
	}
	return false;
}

/**
 * The reach status of a place from a travel-times result.
 *
 * @param graph - the graph the times were computed on
 * @param tt - result of `travelTimes`
 * @param placeId - a gazetteer place id
 * @returns 'reached', 'outside' or 'unreached'
 * @example
 * reachStatus(g2025, travelTimes(g2025, 'place:qianjiang', 'best'), 'chengdu') // 'outside'
 */
export function reachStatus(graph: NetworkGraph, tt: TravelTimes, placeId: string): ReachStatus {
	const i = graph.nodeIndex.get(`place:${placeId}`);
	if (i !== undefined && Number.isFinite(tt.minutes[i])) return 'reached';
	return isAttached(graph, placeId, tt.mode) ? 'unreached' : 'outside';
}

/** Time in one vehicle: a line ridden without a change. */
export interface InVehicle {
	line: Bilingual;
	/** Catalogue ref, or null for a line outside the catalogue. */
	ref: string | null;
	mode: LinkMode;
	from: Bilingual;
	to: Bilingual;
	/** Moving time, minutes (dwells at intermediate stations are counted apart). */
	minutes: number;
	km: number;
	timeSource: TimeSource;
}

/** A route's minutes by what they are spent on; the parts add up to `totalMin`. */
export interface Breakdown {
	/** From the origin to the first vehicle (local road at the access speed). */
	accessMin: number;
	accessKm: number;
	/** Changing trains, changing stations within a city, changing between train and car. */
	waitTransferMin: number;
	/** Standing at intermediate stations (modelled dwells and through-running). */
	dwellMin: number;
	inVehicle: InVehicle[];
	/** From the last vehicle to the destination (local road at the access speed). */
	egressMin: number;
	egressKm: number;
	totalMin: number;
}

/**
 * Splits a route's minutes into access, waiting and changing, dwell, time in each vehicle, and egress.
 *
 * @param route - a route from `route` or `routeFrom`
 * @returns the breakdown; its parts sum to the route's minutes
 * @example
 * routeBreakdown(route(g2025, 'qianjiang', 'qianjiang-echi', 'rail')!).egressMin // ≈ 95
 */
export function routeBreakdown(route: Route): Breakdown {
	const rides = route.legs.map((l, i) => (l.kind === 'ride' ? i : -1)).filter((i) => i >= 0);
	const first = rides.length ? rides[0] : route.legs.length;
	const last = rides.length ? rides[rides.length - 1] : 0;
	const out: Breakdown = {
		accessMin: 0,
		accessKm: 0,
		waitTransferMin: 0,
		dwellMin: 0,
		inVehicle: [],
		egressMin: 0,
		egressKm: 0,
		totalMin: route.minutes
	};
	route.legs.forEach((leg, i) => {
		if (leg.kind === 'ride') {
			out.dwellMin += leg.dwellMin;
			out.inVehicle.push({
				line: leg.line ?? { zh: '', en: '' },
				ref: leg.ref,
				mode: leg.mode === 'road' ? 'road' : 'rail',
				from: leg.fromLabel,
				to: leg.toLabel,
				minutes: leg.minutes - leg.dwellMin,
				km: leg.km,
				timeSource: leg.timeSource
			});
		} else if (leg.kind === 'access' && (i < first || (rides.length === 0 && i === 0))) {
			out.accessMin += leg.minutes;
			out.accessKm += leg.km;
		} else if (leg.kind === 'access' && i > last) {
			out.egressMin += leg.minutes;
			out.egressKm += leg.km;
		} else out.waitTransferMin += leg.minutes;
	});
	return out;
}

/** A station of a city as the network of a scenario has it. */
export interface CityStation {
	id: string;
	label: Bilingual;
}

/**
 * The stations of a place in one network: a city is one node, reached at whichever station is fastest.
 *
 * @param graph - the network of a scenario
 * @param placeId - a gazetteer place id, e.g. 'chongqing'
 * @returns its stations with their names, in the order the graph holds them
 * @example
 * cityStations(g2025, 'chongqing').map((s) => s.label.zh) // ['重庆东', '重庆北', '重庆西']
 */
export function cityStations(graph: NetworkGraph, placeId: string): CityStation[] {
	return graph.nodes
		.filter((n) => n.kind === 'station' && n.place === placeId && n.station && n.id === `rail:${n.station}`)
		.map((n) => ({ id: n.station!, label: n.label }));
}

/**
 * The station a route leaves the train at, or null for a route with no train.
 *
 * @param route - a route
 * @returns the last rail leg's arrival station name
 * @example
 * arrivalStation(route(g2020, 'qianjiang', 'chongqing', 'rail')!)?.zh // '重庆北'
 */
export function arrivalStation(route: Route): Bilingual | null {
	for (let i = route.legs.length - 1; i >= 0; i--)
		if (route.legs[i].kind === 'ride' && route.legs[i].mode === 'rail') return route.legs[i].toLabel;
	return null;
}

/** Minutes at which a local-road leg makes a time worth a warning: longer than most rides. */
export const LONG_ACCESS_MIN = 45;

function summary(r: Route): Bilingual {
	const b = routeBreakdown(r);
	const lines = b.inVehicle.map((v) => v.line);
	const local = b.accessMin + b.egressMin;
	const zhLines = lines.length ? `经${lines.map((l) => l.zh).join('、')}` : '仅地方道路';
	const enLines = lines.length ? `via ${lines.map((l) => l.en).join(', ')}` : 'by local road only';
	return {
		zh: `${Math.round(r.minutes)} 分钟，${zhLines}${local >= 1 && lines.length ? `，其中地方道路接驳 ${Math.round(local)} 分钟` : ''}`,
		en: `${Math.round(r.minutes)} min ${enLines}${local >= 1 && lines.length ? `, of which ${Math.round(local)} min by local road` : ''}`
	};
}

/**
 * Why a modelled time changed between two networks, in words with the figures: both routes summarised,
 * and a warning when a long local-road leg carries much of either time.
 *
 * @param before - the route in the earlier network, or null when none
 * @param after - the route in the later network, or null when none
 * @param names - scenario names for the text, e.g. { before: { zh: '2020', en: '2020' }, after: ... }
 * @returns the explanation
 * @example
 * changeReason(r2020, r2025, names).en // '2020: 487 min via G65 …, of which 132 min by local road; 2025: 140 min via …'
 */
export function changeReason(before: Route | null, after: Route | null, names: { before: Bilingual; after: Bilingual }): Bilingual {
	const part = (r: Route | null, name: Bilingual): Bilingual =>
		r
			? { zh: `${name.zh}：${summary(r).zh}`, en: `${name.en}: ${summary(r).en}` }
			: { zh: `${name.zh}：无路线`, en: `${name.en}: no route` };
	const a = part(before, names.before);
	const b = part(after, names.after);
	const long = [before, after].some((r) => {
		if (!r) return false;
		const x = routeBreakdown(r);
		return Math.max(x.accessMin, x.egressMin) >= LONG_ACCESS_MIN;
	});
	return {
		zh: `${a.zh}；${b.zh}。${long ? `地方道路接驳为假设值（直线距离×绕行系数÷接驳车速），长接驳使变化幅度偏大。` : ''}`,
		en: `${a.en}; ${b.en}.${long ? ' Local-road legs are assumptions (straight line × detour ÷ access speed); a long one inflates the change.' : ''}`
	};
}
