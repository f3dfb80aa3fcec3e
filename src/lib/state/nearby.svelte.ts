import { nearestAirport } from '../analysis/nearby';
import { nearestAccess, servedContext, servedProjects, withMentions } from '../analysis/served';
import { parseLonLat, resolvePlace } from '../analysis/places';
import type { ProjectFeature } from '../analysis/project-feature';
import type { Bilingual, ProjectEntry } from '../catalogue/types';
import type { Airport, LonLat, Place } from '../geo/types';
import { roundLonLat } from './measure.svelte';
import type { ParamNotice, UrlStateful } from './url-state';
import { NEAR_RADIUS_KM } from '../limits';

export const DEFAULT_RADIUS_KM: number = NEAR_RADIUS_KM.default;
export const MIN_RADIUS_KM: number = NEAR_RADIUS_KM.min;
export const MAX_RADIUS_KM: number = NEAR_RADIUS_KM.max;

/** Where a nearby search is made from. */
export type NearTarget =
	| { kind: 'place'; id: string }
	/** `device`: the browser's own location, which stays on the device and out of the URL. */
	| { kind: 'point'; lonLat: LonLat; origin: 'map' | 'typed' | 'link' | 'device' };

/** A place id as the gazetteer writes them: `qianjiang`, `qianjiang-zhuoshui`. */
const PLACE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Text made only of digits, signs, points and separators is meant as a position, not a name. */
const LOOKS_NUMERIC = /^[\s\d.,，;+\-−]+$/;

/**
 * Checks a search radius.
 * @param value a number from the slider, the number box or the URL
 * @returns the radius in km, or a bilingual message when it is not a number between 1 and 100
 * @example checkRadius(25) // { ok: true, radiusKm: 25 }
 */
export function checkRadius(value: unknown): { ok: true; radiusKm: number } | { ok: false; error: Bilingual } {
	const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof n !== 'number' || !Number.isFinite(n) || n < MIN_RADIUS_KM || n > MAX_RADIUS_KM)
		return {
			ok: false,
			error: {
				zh: `半径应为 ${MIN_RADIUS_KM} 至 ${MAX_RADIUS_KM} 公里之间的数字。`,
				en: `The radius must be a number from ${MIN_RADIUS_KM} to ${MAX_RADIUS_KM} km.`
			}
		};
	return { ok: true, radiusKm: Math.round(n * 10) / 10 };
}

/** What typed text in the place box means. */
export type NearQuery = { ok: true; target: NearTarget; place: Place | null } | { ok: false; error: Bilingual; suggestions: Place[] };

/**
 * Reads what was typed into the place box: a township, town or county (zh, pinyin, English) or "lon,lat".
 * @param places the gazetteer
 * @param text the typed text
 * @returns the target, or a bilingual message with suggestions to choose from
 * @example readNearQuery(places, '濯水') // { ok: true, target: { kind: 'place', id: 'qianjiang-zhuoshui' }, ... }
 */
export function readNearQuery(places: Place[], text: string): NearQuery {
	const q = text.trim();
	if (!q)
		return {
			ok: false,
			error: { zh: '请输入乡镇、区县名称或“经度,纬度”。', en: 'Enter a township, town or county name, or "lon,lat".' },
			suggestions: []
		};
	if (LOOKS_NUMERIC.test(q)) {
		const r = parseLonLat(q.replace(/−/g, '-'));
		if (!r.ok) return { ok: false, error: { zh: r.error.message_zh, en: r.error.message_en }, suggestions: [] };
		return { ok: true, target: { kind: 'point', lonLat: roundLonLat(r.lonLat), origin: 'typed' }, place: null };
	}
	const hit = resolvePlace(places, q);
	if (!('suggestions' in hit)) return { ok: true, target: { kind: 'place', id: hit.id }, place: hit };
	const shown = q.slice(0, 40);
	return hit.suggestions.length
		? {
				ok: false,
				error: { zh: `“${shown}”可能指几个地方，请选择：`, en: `"${shown}" could be several places; choose one:` },
				suggestions: hit.suggestions
			}
		: {
				ok: false,
				error: {
					zh: `找不到“${shown}”。请输入本区域的乡镇或区县名称（中文、拼音或英文），或“经度,纬度”。`,
					en: `No place called "${shown}". Enter a township, town or county of the region (Chinese, pinyin or English), or "lon,lat".`
				},
				suggestions: []
			};
}

/** "What is planned near me?": the chosen point, the radius, and what lies around it. */
export class NearbyState implements UrlStateful {
	readonly urlKeys = ['near', 'r'] as const;
	target = $state.raw<NearTarget | null>(null);
	radiusKm = $state(DEFAULT_RADIUS_KM);
	/** The project last opened from the list, to bring back into view when the list shows again. */
	opened = $state<string | null>(null);
	/** Why the last input was refused (shown in the panel); the previous search stays. */
	problem = $state.raw<Bilingual | null>(null);

	#projects = $state.raw<ProjectFeature[]>([]);
	#drawn: ProjectFeature[] = [];
	#entries: readonly ProjectEntry[] = [];
	#places = $state.raw<Place[]>([]);
	#airports = $state.raw<Airport[]>([]);

	place = $derived.by<Place | null>(() => {
		const t = this.target;
		return t?.kind === 'place' ? (this.#places.find((p) => p.id === t.id) ?? null) : null;
	});

	at = $derived.by<LonLat | null>(() => {
		const t = this.target;
		if (!t) return null;
		if (t.kind === 'point') return t.lonLat;
		return this.place ? [this.place.lon, this.place.lat] : null;
	});

	/** The place the answer is about (asked for, or nearest the picked point) and its district seat. */
	context = $derived(this.at ? servedContext(this.#places, this.at, this.place) : null);
	/** What serves the place, from the towns each project names; never distances to a schematic line. */
	items = $derived(this.context ? servedProjects(this.#projects, this.#places, this.context, { radiusKm: this.radiusKm }) : []);
	/** The nearest station and expressway access, today (in service) and on the planned network. */
	access = $derived.by(() => {
		const at = this.at;
		if (!at) return null;
		const of = (mode: 'rail' | 'expressway', inServiceOnly: boolean) =>
			nearestAccess(this.#projects, this.#places, at, mode, { inServiceOnly });
		return {
			rail: { today: of('rail', true), planned: of('rail', false) },
			expressway: { today: of('expressway', true), planned: of('expressway', false) }
		};
	});
	airport = $derived(this.at ? nearestAirport(this.#airports, this.at) : null);

	/** The gazetteer, for resolving names and place ids. */
	get places(): Place[] {
		return this.#places;
	}

	/**
	 * Gives the state the data it searches. Idempotent: the same arrays again change nothing, so the index is
	 * built only when the catalogue itself changes.
	 */
	setData(projects: ProjectFeature[], places: Place[], airports: Airport[], entries: readonly ProjectEntry[] = []): void {
		// Every project that names the township is listed, drawn or not (the same features as the place cards).
		if (projects !== this.#drawn || entries !== this.#entries || places !== this.#places) {
			this.#drawn = projects;
			this.#entries = entries;
			this.#projects = withMentions(projects, entries, places);
		}
		if (airports !== this.#airports) this.#airports = airports;
		if (places !== this.#places) {
			this.#places = places;
			const t = this.target;
			// A place id from a link can only be checked once the gazetteer is here.
			if (t?.kind === 'place' && places.length && !places.some((p) => p.id === t.id)) {
				this.target = null;
				this.problem = { zh: `链接中的地点“${t.id}”不存在。`, en: `The place "${t.id}" in the link does not exist.` };
			}
		}
	}

	/** Searches from a point (a map click or a typed position). */
	pickPoint(lonLat: LonLat, origin: 'map' | 'typed' | 'device' = 'map'): void {
		this.target = { kind: 'point', lonLat: origin === 'device' ? lonLat : roundLonLat(lonLat), origin };
		this.problem = null;
	}

	/** Searches from a gazetteer place. */
	pickPlace(place: Place): void {
		this.target = { kind: 'place', id: place.id };
		this.problem = null;
	}

	/** Searches from typed text; returns the suggestions when the text names several places. */
	search(text: string): Place[] {
		const r = readNearQuery(this.#places, text);
		if (r.ok) {
			this.target = r.target;
			this.problem = null;
			return [];
		}
		this.problem = r.error;
		return r.suggestions;
	}

	/** Sets the radius; a bad value is reported and the radius kept. */
	setRadius(value: unknown): boolean {
		const r = checkRadius(value);
		if (!r.ok) {
			this.problem = r.error;
			return false;
		}
		this.radiusKm = r.radiusKm;
		this.problem = null;
		return true;
	}

	clear(): void {
		this.target = null;
		this.problem = null;
	}

	writeParams(params: URLSearchParams): void {
		const t = this.target;
		// The device's own location never leaves the device, not even into the address bar.
		if (t?.kind === 'place') params.set('near', t.id);
		else if (t?.kind === 'point' && t.origin !== 'device') params.set('near', roundLonLat(t.lonLat).join(','));
		else params.delete('near');
		if (this.radiusKm === DEFAULT_RADIUS_KM) params.delete('r');
		else params.set('r', String(this.radiusKm));
	}

	readParams(params: URLSearchParams, notice: ParamNotice): void {
		const near = params.get('near');
		if (near === null || near === '') this.target = null;
		else if (LOOKS_NUMERIC.test(near)) {
			const r = parseLonLat(near);
			if (r.ok) this.target = { kind: 'point', lonLat: roundLonLat(r.lonLat), origin: 'link' };
			else {
				this.target = null;
				notice('near', near.slice(0, 60), { zh: r.error.message_zh, en: r.error.message_en });
			}
		} else if (PLACE_ID.test(near) && near.length <= 80) {
			if (this.#places.length && !this.#places.some((p) => p.id === near)) {
				this.target = null;
				notice('near', near, { zh: '没有这个地点', en: 'no such place' });
			} else this.target = { kind: 'place', id: near };
		} else {
			this.target = null;
			notice('near', near.slice(0, 60), { zh: '应为地点编号或“经度,纬度”', en: 'expected a place id or "lon,lat"' });
		}
		const r = params.get('r');
		if (r === null || r === '') this.radiusKm = DEFAULT_RADIUS_KM;
		else {
			const checked = checkRadius(r);
			if (checked.ok) this.radiusKm = checked.radiusKm;
			else {
				this.radiusKm = DEFAULT_RADIUS_KM;
				notice('r', r.slice(0, 20), checked.error);
			}
		}
		this.problem = null;
	}
}
