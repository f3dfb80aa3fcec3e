/**
 * Pure helpers for keeping the page's state in its query string: reading a query safely, deciding
 * whether a change deserves its own history entry, keeping links short, and wording notices.
 * No DOM, no Svelte: they run in node tests as in the browser.
 */
import { MAX_SEARCH_CHARS } from '../limits';

/** A parameter that could not be used, with the reason in both languages. */
export interface IgnoredParam {
	key: string;
	value: string;
	reason: { zh: string; en: string };
}

/** Longest query string read at all; anything longer is cut before parsing (one of the shared limits). */
export { MAX_SEARCH_CHARS };

/** Links longer than this are shortened (with a notice), characters of the whole URL. */
export const MAX_URL_CHARS = 2_000;

/**
 * Parses a query string without ever throwing, cutting absurdly long input first.
 * @param search `location.search`, with or without the leading "?"
 * @param maxChars longest input parsed, characters
 * @returns the parameters (empty if the text cannot be read)
 * @example readSearch('?lang=en&year=2030').get('year') // '2030'
 */
export function readSearch(search: string, maxChars = MAX_SEARCH_CHARS): URLSearchParams {
	try {
		return new URLSearchParams(search.slice(0, maxChars));
	} catch {
		return new URLSearchParams();
	}
}

/**
 * The keys in `params` that no part of the page owns, in order of first appearance.
 * @param params the query
 * @param known every owned key
 * @returns unknown keys, each once
 * @example unknownKeys(new URLSearchParams('a=1&lang=en'), ['lang']) // ['a']
 */
export function unknownKeys(params: URLSearchParams, known: Iterable<string>): string[] {
	const owned = new Set(known);
	const out: string[] = [];
	for (const key of params.keys()) if (!owned.has(key) && !out.includes(key)) out.push(key);
	return out;
}

/**
 * Keys whose values differ between two query strings (present in one only counts as differing).
 * @param before the earlier query string
 * @param after the later query string
 * @returns the differing keys, sorted
 * @example changedKeys('a=1&b=2', 'a=1&b=3') // ['b']
 */
export function changedKeys(before: string, after: string): string[] {
	const a = readSearch(before);
	const b = readSearch(after);
	const keys = new Set([...a.keys(), ...b.keys()]);
	return [...keys].filter((k) => a.getAll(k).join('\u0000') !== b.getAll(k).join('\u0000')).sort();
}

/**
 * Decides how a state change reaches the browser history: a change of a navigable key (selection,
 * tab, filters, year, tool state) gets its own entry, so Back returns to it; a change confined to
 * continuous keys (camera, search text, language) only rewrites the current entry.
 * @param changed keys that changed
 * @param continuousKeys keys whose changes never make an entry
 * @returns 'none' when nothing changed, else 'push' or 'replace'
 * @example historyMode(['map'], new Set(['map'])) // 'replace'
 */
export function historyMode(changed: readonly string[], continuousKeys: ReadonlySet<string>): 'none' | 'push' | 'replace' {
	if (changed.length === 0) return 'none';
	return changed.every((k) => continuousKeys.has(k)) ? 'replace' : 'push';
}

/**
 * Shortens a query so the whole URL fits `maxUrlChars`, leaving out the longest values first and
 * never the keys in `keep`.
 * @param params the full query
 * @param baseChars length of everything in the URL but the query (origin, path, "?"), characters
 * @param keep keys never left out
 * @param maxUrlChars longest URL allowed, characters
 * @returns the query that fits and the keys left out
 * @example fitQuery(params, 30, ['lang']).dropped // ['m'] when the measured path is too long
 */
export function fitQuery(
	params: URLSearchParams,
	baseChars: number,
	keep: readonly string[] = [],
	maxUrlChars = MAX_URL_CHARS
): { params: URLSearchParams; dropped: string[] } {
	const out = new URLSearchParams(params);
	const dropped: string[] = [];
	while (baseChars + serializeQuery(out).length > maxUrlChars) {
		let longest: string | null = null;
		let longestChars = -1;
		for (const key of new Set(out.keys())) {
			if (keep.includes(key)) continue;
			const chars = serializeQuery(new URLSearchParams(out.getAll(key).map((v) => [key, v]))).length;
			if (chars > longestChars) {
				longest = key;
				longestChars = chars;
			}
		}
		if (longest === null) break;
		out.delete(longest);
		dropped.push(longest);
	}
	return { params: out, dropped };
}

/**
 * Makes a parameter value safe and short enough to quote in a notice: control characters become
 * spaces and long values end in an ellipsis. The result is shown as text, never as HTML.
 * @param value a raw parameter value
 * @param maxChars longest quoted value, characters
 * @returns the value to quote
 * @example quoteValue('x'.repeat(100), 10) // 'xxxxxxxxx…'
 */
export function quoteValue(value: string, maxChars = 24): string {
	// eslint-disable-next-line no-control-regex
	const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
	const chars = [...clean];
	return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('')}…` : clean;
}

/**
 * Words one short bilingual notice listing the parameters that were ignored.
 * @param ignored the ignored parameters, in the order found
 * @param maxListed how many to list before "and N more"
 * @returns the notice in both languages, or null when nothing was ignored
 * @example ignoredNotice([{ key: 'year', value: '1999', reason: { zh: '…', en: 'no such year' } }])?.en
 */
export function ignoredNotice(ignored: readonly IgnoredParam[], maxListed = 6): { zh: string; en: string } | null {
	if (ignored.length === 0) return null;
	const listed = ignored.slice(0, maxListed);
	const more = ignored.length - listed.length;
	const item = (p: IgnoredParam, lang: 'zh' | 'en') =>
		`${quoteValue(p.key, 16)}=${quoteValue(p.value)}${lang === 'zh' ? `（${p.reason.zh}）` : ` (${p.reason.en})`}`;
	return {
		zh: `链接中的部分参数已忽略：${listed.map((p) => item(p, 'zh')).join('；')}${more > 0 ? `；另有 ${more} 项` : ''}。其余设置已生效。`,
		en: `Some link parameters were ignored: ${listed.map((p) => item(p, 'en')).join('; ')}${more > 0 ? `; and ${more} more` : ''}. The rest applies.`
	};
}

/**
 * Words the notice shown when a link had to be shortened.
 * @param dropped keys left out of the link
 * @returns the notice in both languages
 * @example droppedNotice(['m']).en
 */
export function droppedNotice(dropped: readonly string[]): { zh: string; en: string } {
	const keys = dropped.map((k) => quoteValue(k, 16)).join(', ');
	return {
		zh: `当前状态过多，链接中未包含：${keys}。页面上的设置不受影响。`,
		en: `The link would be too long, so it leaves out: ${keys}. The page itself is unaffected.`
	};
}

/** Characters RFC 3986 allows unescaped in a query value that links here use as separators. */
const READABLE = /%(2C|2F|3A|3B|40)/gi;
// encodeURIComponent throws on a lone surrogate, which typed or pasted text can contain.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Writes a query string that keeps `,` `/` `:` `;` readable (`map=8/29.5/108.8`, `kinds=hsr,road`)
 * and spaces as `%20`; `URLSearchParams` reads it back unchanged.
 * @param params the query
 * @returns the query string without the leading "?" ("" when empty)
 * @example serializeQuery(new URLSearchParams({ map: '8/29.5/108.8' })) // 'map=8/29.5/108.8'
 */
export function serializeQuery(params: URLSearchParams): string {
	const out: string[] = [];
	const enc = (s: string) => encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD')).replace(READABLE, (m) => decodeURIComponent(m));
	for (const [key, value] of params) {
		out.push(`${enc(key)}=${enc(value)}`);
	}
	return out.join('&');
}
