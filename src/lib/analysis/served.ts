/**
 * "Served places": what a project serves, from what is known. No document gives an alignment or a station
 * position, so a line's drawn path between towns says nothing about the ground between them. What is known is
 * the towns each project names, their positions, and the positions of point facilities (with their uncertainty).
 * This module answers "what is planned near me?" from those facts only:
 *
 * - **here**: the project names your township (or, for a point you picked, the town nearest it);
 * - **seat**: it names your district or county seat, with the real distance from you to the seat;
 * - **town**: it names another town within the radius, with the real town-to-town distance;
 * - a point facility (reservoir, airport works) by the distance to its position, with its uncertainty.
 *
 * Air routes serve no place on the ground and are never "near". Distances are great-circle distances between
 * gazetteer positions, never to a schematic line.
 */
import { distance } from '@turf/turf';
import type { Bilingual, GeometryMethod, ProjectEntry } from '../catalogue/types';
import { currentClaim } from '../catalogue/status';
import { townshipMentions } from '../catalogue/mentions';
import type { LonLat, Place, PlaceKind } from '../geo/types';
import { projectMethod, projectName, type ProjectFeature } from './project-feature';
import { STATIONS } from './network/stations';
import { formatKm, kindWord } from './words';
import { PROJECT_KINDS, accessKinds, kindRow } from '../catalogue/kinds';

/** How a project relates to the place asked about. */
export type ServedRelation = 'here' | 'seat' | 'town' | 'point';

/** A place as the answers name it. */
export interface PlaceRef {
	id: string;
	zh: string;
	en: string;
}

/** One project that serves the place asked about, or lies near it. */
export interface ServedItem {
	id: string;
	ref: string;
	kind: string;
	status: string;
	statusYear: number | null;
	method: GeometryMethod;
	name: Bilingual;
	relation: ServedRelation;
	/**
	 * The named town the relation goes through (your township, your seat, or the project's named town nearest you);
	 * null for a point facility measured to its own position.
	 */
	town: PlaceRef | null;
	/** Great-circle distance between real positions (you → town, or you → the facility's position), km. */
	distanceKm: number;
	/** [d − r, d + r] for a facility whose position is approximate within r km; [d, d] otherwise. */
	rangeKm: [number, number];
	/** The position the distance runs to (the town or the facility), [lon, lat] in degrees. */
	target: LonLat;
	feature: ProjectFeature;
}

/** The place a search is answered for, and its seat. */
export interface ServedContext {
	at: LonLat;
	/** The township or town asked about, or the one nearest a picked point. */
	place: Place | null;
	/** True when `place` was asked for by name; false when it is only the nearest to a picked point. */
	placeAsked: boolean;
	/** Distance from `at` to `place`, km (0 when asked by name). */
	placeKm: number;
	/** The district or county seat of `place` (null when `place` is itself the seat or has none). */
	seat: Place | null;
	/** Distance from `at` to the seat, km. */
	seatKm: number | null;
}

/** Options of {@link servedProjects}. */
export interface ServedOptions {
	/** Radius for "town" and "point" items, km. */
	radiusKm: number;
	/** Only these kinds (all when omitted). */
	kinds?: string[];
}

const km = { units: 'kilometers' as const };

const SEAT_KINDS: ReadonlySet<PlaceKind> = new Set(['district-seat', 'county-seat', 'prefecture-seat', 'province-capital']);
/** Kinds that serve no place on the ground (kinds.ts `serves: 'none'`). */
const NOT_ON_THE_GROUND: ReadonlySet<string> = new Set(PROJECT_KINDS.filter((k) => kindRow(k).serves === 'none'));
/** Point kinds that serve a district through its seat (a station, an airport); a reservoir does not. */
const SERVES_THROUGH_SEAT: ReadonlySet<string> = new Set(PROJECT_KINDS.filter((k) => kindRow(k).serves === 'through-seat'));
/** Rail kinds that carry passengers to a station at a town. */
export const RAIL_KINDS: readonly string[] = accessKinds('rail');
/** Expressway kinds: access at an interchange at a town. */
export const ROAD_KINDS: readonly string[] = accessKinds('road');

function ref(p: Place): PlaceRef {
	return { id: p.id, zh: p.zh, en: p.en };
}

function isLine(f: ProjectFeature): boolean {
	return f.geometry?.type === 'LineString' || f.geometry?.type === 'MultiLineString';
}

/**
 * The gazetteer place ids a project names (the towns its schematic runs through, or the place of a point).
 *
 * @param feature - a project feature with its `places` property (comma-separated ids)
 * @returns the ids, in order
 * @example
 * namedPlaceIds(r2).join(); // 'qianjiang,jishou'
 */
export function namedPlaceIds(feature: ProjectFeature): string[] {
	const raw = feature.properties.places;
	return typeof raw === 'string' && raw ? raw.split(',') : [];
}

/**
 * The township-level place ids a project names in its own words or geometry (`mentions`, see
 * {@link withMentions}); empty when the feature does not carry them.
 *
 * @param feature - a project feature
 * @returns the ids
 * @example
 * mentionedPlaceIds(zhuoshuiShuichepingRoad); // ['qianjiang-zhuoshui']
 */
export function mentionedPlaceIds(feature: ProjectFeature): string[] {
	const raw = feature.properties.mentions;
	return typeof raw === 'string' && raw ? raw.split(',') : [];
}

/**
 * The features "what serves a place" reads: every drawn feature with the townships its project names (by its
 * geometry, its own name or a line only it cites; `catalogue/mentions.ts`), plus a feature without geometry for
 * every project that is not drawn (unlocated) and names a township. So the 濯水 card and near me at 濯水 list the
 * 濯水古镇至水车坪 tourist road, which cannot be drawn because 水车坪 cannot be placed.
 *
 * @param features - the drawn project features (projects.geojson)
 * @param entries - the catalogue (or the index entries of projects.json)
 * @param places - the gazetteer
 * @returns new features (the inputs are not changed), drawn first, in the order given
 * @example
 * withMentions(features, catalogue, places).find((f) => f.properties.id === 'zhuoshui-shuicheping-tourist-road')?.geometry; // null
 */
export function withMentions(
	features: readonly ProjectFeature[],
	entries: readonly ProjectEntry[],
	places: readonly Place[]
): ProjectFeature[] {
	const mentions = townshipMentions(entries, places);
	const drawn = new Set(features.map((f) => String(f.properties.id)));
	const out: ProjectFeature[] = features.map((f) => ({
		...f,
		properties: { ...f.properties, mentions: (mentions.get(String(f.properties.id)) ?? []).join(',') }
	}));
	for (const e of entries) {
		const named = mentions.get(e.id) ?? [];
		if (drawn.has(e.id) || named.length === 0) continue;
		const claim = currentClaim(e);
		out.push({
			type: 'Feature',
			id: e.id,
			properties: {
				id: e.id,
				ref: e.ref,
				kind: e.kind,
				status: claim?.status ?? '',
				statusYear: claim?.asOf,
				method: e.geometry.method,
				places: '',
				mentions: named.join(','),
				name_zh: e.name.zh,
				name_en: e.name.en,
				short_zh: e.shortName.zh,
				short_en: e.shortName.en
			},
			geometry: null
		});
	}
	return out;
}

/**
 * The seat of a place's district or county: the place of kind district-seat, county-seat or prefecture-seat in the
 * same county-level unit.
 *
 * @param place - a township, town or seat
 * @param places - the gazetteer
 * @returns the seat, or null when the place is a seat itself or none is known
 * @example
 * seatOf(zhuoshui, places)?.id; // 'qianjiang'
 */
export function seatOf(place: Place, places: readonly Place[]): Place | null {
	if (SEAT_KINDS.has(place.kind) || !place.county) return null;
	return places.find((p) => p.county === place.county && SEAT_KINDS.has(p.kind)) ?? null;
}

/**
 * The gazetteer place nearest a point, among the places people live in (townships, towns, subdistricts, seats).
 *
 * @param places - the gazetteer
 * @param at - [lon, lat] in degrees
 * @returns the place and its distance in km, or null for an empty gazetteer
 * @example
 * nearestPlace(places, [108.77, 29.3])?.place.id; // 'qianjiang-zhuoshui'
 */
export function nearestPlace(places: readonly Place[], at: LonLat): { place: Place; km: number } | null {
	let best: { place: Place; km: number } | null = null;
	for (const p of places) {
		if (p.kind === 'city-outside') continue;
		const d = distance(at, [p.lon, p.lat], km);
		if (!best || d < best.km) best = { place: p, km: d };
	}
	return best;
}

/**
 * The context a search is answered in: the place asked about (or the one nearest a picked point) and its seat.
 *
 * @param places - the gazetteer
 * @param at - [lon, lat] in degrees
 * @param place - the place asked for by name, or null for a picked point
 * @returns the context, with real distances in km
 * @example
 * servedContext(places, [zhuoshui.lon, zhuoshui.lat], zhuoshui).seat?.id; // 'qianjiang'
 */
export function servedContext(places: readonly Place[], at: LonLat, place: Place | null): ServedContext {
	const near = place ? { place, km: 0 } : nearestPlace(places, at);
	const p = near?.place ?? null;
	const seat = p ? seatOf(p, places) : null;
	return {
		at,
		place: p,
		placeAsked: place !== null,
		placeKm: near?.km ?? 0,
		seat,
		seatKm: seat ? distance(at, [seat.lon, seat.lat], km) : null
	};
}

/**
 * What serves a place, from the towns each project names: projects that name the place ("here"), its district seat
 * ("seat", with the real distance to the seat), another town within the radius ("town", town-to-town distance), and
 * point facilities within the radius of their position ("point", a range where the position is approximate). Air
 * routes are left out: they serve no place on the ground. Distances never go to a schematic line.
 *
 * @param projects - project features with `places`, `kind`, `method`, `radiusKm`
 * @param places - the gazetteer
 * @param context - from {@link servedContext}
 * @param options - `radiusKm` (km) for town and point items; optional `kinds`
 * @returns items: here first, then seat, then the rest by distance
 * @example
 * servedProjects(features, places, servedContext(places, at, zhuoshui), { radiusKm: 10 })[0].relation; // 'here'
 */
export function servedProjects(
	projects: readonly ProjectFeature[],
	places: readonly Place[],
	context: ServedContext,
	options: ServedOptions
): ServedItem[] {
	const byId = new Map(places.map((p) => [p.id, p]));
	const kinds = options.kinds ? new Set(options.kinds) : null;
	const items: ServedItem[] = [];
	const { at, place, seat } = context;
	for (const f of projects) {
		const p = f.properties;
		const kind = String(p.kind);
		if (NOT_ON_THE_GROUND.has(kind) || (kinds && !kinds.has(kind))) continue;
		const named = namedPlaceIds(f);
		// A project that names the township in its own words is here, drawn or not (see withMentions).
		const mentioned = place !== null && mentionedPlaceIds(f).includes(place.id);
		if (!f.geometry && !mentioned) continue;
		const method = projectMethod(p);
		const base = {
			id: String(p.id),
			ref: String(p.ref ?? ''),
			kind,
			status: String(p.status ?? ''),
			statusYear: typeof p.statusYear === 'number' ? p.statusYear : null,
			method,
			name: projectName(p),
			feature: f
		};
		const line = isLine(f);
		if (place && (named.includes(place.id) || mentioned)) {
			const d = context.placeKm;
			items.push({ ...base, relation: 'here', town: ref(place), distanceKm: d, rangeKm: [d, d], target: [place.lon, place.lat] });
			continue;
		}
		if (seat && named.includes(seat.id) && (line || SERVES_THROUGH_SEAT.has(kind))) {
			const d = context.seatKm ?? 0;
			items.push({ ...base, relation: 'seat', town: ref(seat), distanceKm: d, rangeKm: [d, d], target: [seat.lon, seat.lat] });
			continue;
		}
		if (line) {
			let best: { town: Place; d: number } | null = null;
			for (const id of named) {
				const t = byId.get(id);
				if (!t) continue;
				const d = distance(at, [t.lon, t.lat], km);
				if (!best || d < best.d) best = { town: t, d };
			}
			if (best && best.d <= options.radiusKm)
				items.push({
					...base,
					relation: 'town',
					town: ref(best.town),
					distanceKm: best.d,
					rangeKm: [best.d, best.d],
					target: [best.town.lon, best.town.lat]
				});
			continue;
		}
		if (f.geometry?.type !== 'Point') continue;
		const position = f.geometry.coordinates as LonLat;
		const d = distance(at, position, km);
		const r = method === 'approximate' && Number(p.radiusKm) > 0 ? Number(p.radiusKm) : 0;
		const lo = Math.max(0, d - r);
		if (lo <= options.radiusKm)
			items.push({ ...base, relation: 'point', town: null, distanceKm: d, rangeKm: [lo, d + r], target: [position[0], position[1]] });
	}
	const order: Record<ServedRelation, number> = { here: 0, seat: 1, town: 2, point: 2 };
	return items.sort((a, b) => order[a.relation] - order[b.relation] || a.rangeKm[0] - b.rangeKm[0] || a.id.localeCompare(b.id));
}

/** The nearest station or expressway access: a town a rail or expressway project names. */
export interface TransportAccess {
	mode: 'rail' | 'expressway';
	/** The town where the station or interchange is taken to be (its gazetteer position). */
	town: PlaceRef;
	/** Great-circle distance from the point asked about to that town, km. */
	distanceKm: number;
	/** Stations of the travel-time model at that town (rail only; empty when none is named). */
	stations: Bilingual[];
	/** The projects of that mode that name the town, with their latest status. */
	projects: { id: string; name: Bilingual; kind: string; status: string; statusYear: number | null }[];
}

/**
 * The nearest town with a station (rail) or an expressway interchange, taken to be at the town a rail or expressway
 * project names: no station or interchange position is published, so its town's position stands for it.
 *
 * @param projects - project features with `places` and `status`
 * @param places - the gazetteer
 * @param at - [lon, lat] in degrees
 * @param mode - 'rail' (high-speed, conventional and suburban rail) or 'expressway'
 * @param options - `inServiceOnly`: only projects whose latest status is in service (today's network)
 * @returns the town, its distance in km, its stations and the projects there, or null when none
 * @example
 * nearestAccess(features, places, [108.77, 29.3], 'rail')?.town.zh; // '黔江'
 */
export function nearestAccess(
	projects: readonly ProjectFeature[],
	places: readonly Place[],
	at: LonLat,
	mode: 'rail' | 'expressway',
	options: { inServiceOnly?: boolean } = {}
): TransportAccess | null {
	const kinds = new Set(mode === 'rail' ? RAIL_KINDS : ROAD_KINDS);
	const byId = new Map(places.map((p) => [p.id, p]));
	const byTown = new Map<string, ProjectFeature[]>();
	for (const f of projects) {
		if (!kinds.has(String(f.properties.kind))) continue;
		if (options.inServiceOnly && f.properties.status !== 'in-service') continue;
		for (const id of namedPlaceIds(f)) {
			if (!byId.has(id)) continue;
			if (!byTown.has(id)) byTown.set(id, []);
			byTown.get(id)!.push(f);
		}
	}
	let best: { town: Place; d: number } | null = null;
	for (const id of byTown.keys()) {
		const t = byId.get(id)!;
		const d = distance(at, [t.lon, t.lat], km);
		if (!best || d < best.d || (d === best.d && t.id < best.town.id)) best = { town: t, d };
	}
	if (!best) return null;
	const town = best.town;
	return {
		mode,
		town: ref(town),
		distanceKm: best.d,
		stations: mode === 'rail' ? STATIONS.filter((s) => s.place === town.id).map((s) => ({ zh: s.zh, en: s.en })) : [],
		projects: byTown.get(town.id)!.map((f) => ({
			id: String(f.properties.id),
			name: projectName(f.properties),
			kind: String(f.properties.kind),
			status: String(f.properties.status ?? ''),
			statusYear: typeof f.properties.statusYear === 'number' ? f.properties.statusYear : null
		}))
	};
}

/**
 * How a served item reads, in plain words: "passes through or serves 濯水", "serves 黔江 (your district seat,
 * 18 km away)", "serves 酉阳 (32 km away)", "3–19 km away (position approximate)".
 *
 * @param item - from {@link servedProjects}
 * @param context - the same context
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * describeServed(item, context, 'en'); // 'serves Qianjiang (your district seat, 18 km away)'
 */
export function describeServed(item: ServedItem, context: ServedContext, lang: 'zh' | 'en'): string {
	const name = item.town ? item.town[lang] : '';
	const d = formatKm(item.distanceKm);
	const isLine = item.feature.geometry?.type === 'LineString';
	switch (item.relation) {
		case 'here':
			if (!context.placeAsked)
				return lang === 'zh' ? `服务${name}（离所选位置最近的乡镇，${d}公里）` : `serves ${name} (the town nearest the point, ${d} km)`;
			if (!item.feature.geometry)
				return lang === 'zh' ? `文件提及${name}（位置未定，未绘出）` : `named for ${name} (no position; not drawn)`;
			if (item.town && !namedPlaceIds(item.feature).includes(item.town.id)) return lang === 'zh' ? `文件提及${name}` : `named for ${name}`;
			if (isLine) return lang === 'zh' ? `途经或服务${name}` : `passes through or serves ${name}`;
			return lang === 'zh' ? `位于${name}` : `in ${name}`;
		case 'seat':
			return lang === 'zh' ? `服务${name}（所在区县城区，距离${d}公里）` : `serves ${name} (your district seat, ${d} km away)`;
		case 'town':
			return lang === 'zh' ? `服务${name}（距离${d}公里）` : `serves ${name} (${d} km away)`;
		case 'point': {
			const what = kindWord(item.kind, lang);
			if (item.method === 'approximate') {
				const lo = Math.floor(item.rangeKm[0]);
				const hi = Math.ceil(item.rangeKm[1]);
				return lang === 'zh' ? `${lo}–${hi}公里（${what}位置为大致位置）` : `${lo}–${hi} km away (${what} position approximate)`;
			}
			return lang === 'zh' ? `距离${d}公里` : `${d} km away`;
		}
	}
}

/**
 * How a station or interchange answer reads: "黔江站（位于黔江，18公里）" / "Qianjiang station (at Qianjiang
 * town, 18 km)".
 *
 * @param access - from {@link nearestAccess}
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * describeAccess(rail, 'en'); // 'Qianjiang station (at Qianjiang town, 18 km)'
 */
export function describeAccess(access: TransportAccess, lang: 'zh' | 'en'): string {
	const d = formatKm(access.distanceKm);
	const town = access.town[lang];
	if (access.mode === 'rail') {
		const names = access.stations.length ? access.stations.map((s) => s[lang]) : [town];
		const station = lang === 'zh' ? names.map((n) => `${n}站`).join('、') : names.map((n) => `${n} station`).join(', ');
		return lang === 'zh' ? `${station}（位于${town}，${d}公里）` : `${station} (at ${town} town, ${d} km)`;
	}
	return lang === 'zh' ? `${town}互通（位于${town}，${d}公里）` : `${town} interchange (at ${town}, ${d} km)`;
}
