/**
 * Finding gazetteer places by what people type: Chinese with or without its 镇/乡/区/县 suffix, pinyin, English,
 * or a "lon,lat" pair.
 */
import type { LonLat, Place } from '../geo/types';

/** How well a place matched; lower is better. */
export type MatchQuality = 'exact' | 'prefix' | 'substring' | 'fuzzy';

/** One search hit. */
export interface PlaceMatch {
	place: Place;
	quality: MatchQuality;
}

const qualityOrder: Record<MatchQuality, number> = { exact: 0, prefix: 1, substring: 2, fuzzy: 3 };

/** Longest first, so that 自治县 is removed before 县. */
const zhSuffixes = ['土家族苗族自治县', '苗族土家族自治县', '土家族自治县', '自治县', '街道', '镇', '乡', '区', '县', '市', '州'];

/** Queries longer than this cannot be a place name; cutting them keeps fuzzy matching cheap on hostile input. */
const MAX_QUERY_CHARS = 64;

function normalise(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s'’`\-_.·]/g, '');
}

function stripZhSuffix(zh: string): string {
	for (const s of zhSuffixes) if (zh.length > s.length && zh.endsWith(s)) return zh.slice(0, -s.length);
	return zh;
}

function keysOf(place: Place): string[] {
	const keys = [place.zh, stripZhSuffix(place.zh), place.pinyin, place.en, place.id].map((k) => normalise(String(k ?? '')));
	return [...new Set(keys.filter((k) => k.length > 0))];
}

/** Edit distance, giving up (returning max + 1) as soon as it must exceed `max`. */
function boundedLevenshtein(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
			cur.push(v);
			if (v < rowMin) rowMin = v;
		}
		if (rowMin > max) return max + 1;
		prev = cur;
	}
	return prev[b.length];
}

function fuzzyBudget(query: string): number {
	// Chinese characters carry more than Latin letters: one wrong character in a two-character name is a guess.
	const cjk = /[\u3400-\u9fff]/.test(query);
	if (cjk) return query.length >= 3 ? 1 : 0;
	return query.length <= 3 ? 0 : query.length <= 6 ? 1 : 2;
}

function matchQuality(place: Place, query: string): MatchQuality | null {
	const keys = keysOf(place);
	if (keys.includes(query)) return 'exact';
	if (keys.some((k) => k.startsWith(query))) return 'prefix';
	if (keys.some((k) => k.includes(query))) return 'substring';
	const budget = fuzzyBudget(query);
	if (budget > 0 && keys.some((k) => boundedLevenshtein(query, k, budget) <= budget)) return 'fuzzy';
	return null;
}

/**
 * Searches the gazetteer by zh (with or without 镇/乡/区/县), pinyin or English, case-insensitively, ranking exact
 * matches before prefix, substring and fuzzy ones, and more important places first within a rank. Any input is
 * safe: non-strings and empty strings give no hits.
 *
 * @param places - the gazetteer
 * @param query - what the user typed
 * @param limit - at most this many hits (default 10)
 * @returns hits, best first
 * @example
 * searchPlaces(places, '濯水')[0].place.id; // 'qianjiang-zhuoshui'
 */
export function searchPlaces(places: Place[], query: unknown, limit = 10): PlaceMatch[] {
	if (typeof query !== 'string' || !Array.isArray(places)) return [];
	const q = normalise(query.slice(0, MAX_QUERY_CHARS * 4)).slice(0, MAX_QUERY_CHARS);
	if (q.length === 0) return [];
	const hits: (PlaceMatch & { order: number })[] = [];
	places.forEach((place, order) => {
		const quality = matchQuality(place, q);
		if (quality) hits.push({ place, quality, order });
	});
	hits.sort(
		(a, b) =>
			qualityOrder[a.quality] - qualityOrder[b.quality] ||
			a.place.rank - b.place.rank ||
			a.place.zh.length - b.place.zh.length ||
			a.order - b.order
	);
	return hits.slice(0, Math.max(0, limit)).map(({ place, quality }) => ({ place, quality }));
}

/** A name that did not resolve to one place. */
export interface Unresolved {
	suggestions: Place[];
}

/**
 * Resolves typed text to one place: the single exact match (or the most important one when exact matches differ in
 * rank), otherwise a few suggestions to choose from.
 *
 * @param places - the gazetteer
 * @param text - a zh, pinyin or English name, or a place id
 * @returns the place, or `{ suggestions }` (possibly empty)
 * @example
 * const r = resolvePlace(places, 'Zhuoshui'); if (!('suggestions' in r)) console.log(r.lon, r.lat);
 */
export function resolvePlace(places: Place[], text: unknown): Place | Unresolved {
	const hits = searchPlaces(places, text, 8);
	const exact = hits.filter((h) => h.quality === 'exact');
	if (exact.length === 1 || (exact.length > 1 && exact[0].place.rank < exact[1].place.rank)) return exact[0].place;
	if (exact.length === 0 && hits.length > 0 && hits[0].quality === 'prefix') {
		const prefixes = hits.filter((h) => h.quality === 'prefix');
		if (prefixes.length === 1) return prefixes[0].place;
	}
	return { suggestions: hits.map((h) => h.place) };
}

/** Why a "lon,lat" string was refused. */
export interface LonLatError {
	message_zh: string;
	message_en: string;
}

/**
 * Parses "lon,lat" (comma, full-width comma, semicolon-free whitespace) into a WGS-84 pair, with range checks and
 * a hint when the numbers look swapped.
 *
 * @param text - e.g. "108.77, 29.53"
 * @returns `{ ok: true, lonLat }` or `{ ok: false, error }` with zh and en messages
 * @example
 * parseLonLat('108.7702,29.30309'); // { ok: true, lonLat: [108.7702, 29.30309] }
 */
export function parseLonLat(text: unknown): { ok: true; lonLat: LonLat } | { ok: false; error: LonLatError } {
	const fail = (zh: string, en: string) => ({ ok: false as const, error: { message_zh: zh, message_en: en } });
	if (typeof text !== 'string' || text.length > 100)
		return fail('坐标应写作“经度,纬度”，例如 108.77,29.53。', 'Write a position as "lon,lat", e.g. 108.77,29.53.');
	const parts = text
		.normalize('NFKC')
		.trim()
		.split(/\s*[,;]\s*|\s+/)
		.filter((s) => s.length > 0);
	const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
	if (parts.length !== 2 || !parts.every((p) => numeric.test(p)))
		return fail(
			`无法识别坐标“${text.slice(0, 40)}”：应写作“经度,纬度”，例如 108.77,29.53。`,
			`Cannot read "${text.slice(0, 40)}" as a position: write "lon,lat", e.g. 108.77,29.53.`
		);
	const lon = Number(parts[0]);
	const lat = Number(parts[1]);
	if (Math.abs(lat) > 90 && Math.abs(lon) <= 90)
		return fail(
			`纬度 ${lat} 超出 −90 至 90；是否把纬度和经度写反了？顺序应为“经度,纬度”。`,
			`Latitude ${lat} is outside −90..90; are the numbers swapped? The order is "lon,lat".`
		);
	if (Math.abs(lat) > 90) return fail(`纬度 ${lat} 超出 −90 至 90。`, `Latitude ${lat} is outside −90..90.`);
	if (Math.abs(lon) > 180) return fail(`经度 ${lon} 超出 −180 至 180。`, `Longitude ${lon} is outside −180..180.`);
	return { ok: true, lonLat: [lon, lat] };
}
