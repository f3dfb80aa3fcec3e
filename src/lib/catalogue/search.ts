/**
 * Project search over Chinese names, English names, pinyin (full and initials) and inventory refs.
 * Matching is case-, space- and punctuation-insensitive and uses plain string comparison (no regular
 * expressions are built from the query), so any input is safe.
 */
import type { Bilingual } from './types';

/** What search needs of a project; static/geo/projects.json records carry all of it. */
export interface SearchRecord {
	id: string;
	ref: string;
	name: Bilingual;
	shortName: Bilingual;
	/** Other names the documents use (a former name): found like the Chinese name. */
	aliases?: string[];
	/** Toneless pinyin of the names, joined (`qianjiangzhijishougaotie`). */
	pinyin: string[];
	/** Pinyin initials of the names (`qjzjsgt`). */
	pinyinInitials: string[];
}

/** Which field a hit matched best. */
export type SearchField = 'ref' | 'zh' | 'en' | 'pinyin' | 'initials';

export interface SearchHit<T extends SearchRecord = SearchRecord> {
	record: T;
	/** Higher is better; 100 is an exact ref. */
	score: number;
	field: SearchField;
}

interface IndexedRecord<T extends SearchRecord> {
	record: T;
	ref: string;
	zh: string[];
	en: string[];
	enWords: string[];
	pinyin: string[];
	initials: string[];
}

/** A prepared index; build once with {@link buildSearchIndex}. */
export interface SearchIndex<T extends SearchRecord = SearchRecord> {
	items: IndexedRecord<T>[];
}

/** Longest query (after normalising) that is compared; longer input is cut, never rejected. */
export const MAX_QUERY_LENGTH = 100;

/**
 * Normalise text for matching: Unicode NFKC, lower case, and no spaces, punctuation or symbols.
 *
 * @param text - any string
 * @returns the normalised string (letters, digits and Han characters only)
 * @example
 * normalizeForSearch(' Qianjiang–Jishou HSR '); // 'qianjiangjishouhsr'
 */
export function normalizeForSearch(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * Prepare records for searching.
 *
 * @param records - projects with names, ref and precomputed pinyin
 * @returns an index for {@link searchProjects}
 * @example
 * const index = buildSearchIndex(projectsJson);
 */
export function buildSearchIndex<T extends SearchRecord>(records: readonly T[]): SearchIndex<T> {
	return {
		items: records.map((record) => ({
			record,
			ref: normalizeForSearch(record.ref),
			zh: [record.name.zh, record.shortName.zh, ...(record.aliases ?? [])].map(normalizeForSearch),
			en: [record.name.en, record.shortName.en].map(normalizeForSearch),
			enWords: `${record.name.en} ${record.shortName.en}`
				.normalize('NFKC')
				.toLowerCase()
				.split(/[^\p{L}\p{N}]+/u)
				.filter((w) => w.length > 0),
			pinyin: record.pinyin.map(normalizeForSearch),
			initials: record.pinyinInitials.map(normalizeForSearch)
		}))
	};
}

function bestOf(values: string[], query: string, exact: number, prefix: number, inside: number): number {
	let best = 0;
	for (const value of values) {
		if (value === query) best = Math.max(best, exact);
		else if (value.startsWith(query)) best = Math.max(best, prefix);
		else if (value.includes(query)) best = Math.max(best, inside);
	}
	return best;
}

function scoreItem<T extends SearchRecord>(item: IndexedRecord<T>, query: string): { score: number; field: SearchField } {
	const latin = /^[a-z0-9]+$/.test(query);
	const candidates: Array<[SearchField, number]> = [
		['ref', item.ref === query ? 100 : latin && item.ref.startsWith(query) ? 55 : 0],
		['zh', bestOf(item.zh, query, 95, 80, 60)],
		['en', Math.max(bestOf(item.en, query, 90, 70, 40), item.enWords.some((w) => w.startsWith(query)) ? 65 : 0)],
		['pinyin', latin ? bestOf(item.pinyin, query, 85, 75, 45) : 0],
		['initials', latin && query.length >= 2 ? bestOf(item.initials, query, 85, 72, 35) : 0]
	];
	let best: { score: number; field: SearchField } = { score: 0, field: 'zh' };
	for (const [field, score] of candidates) if (score > best.score) best = { score, field };
	return best;
}

/**
 * Find projects by Chinese or English name, pinyin, pinyin initials or inventory ref, best first.
 *
 * @param index - from {@link buildSearchIndex}
 * @param query - what the user typed; empty or punctuation-only input finds nothing
 * @param options - `limit`: most hits returned (default 20)
 * @returns hits sorted by score, then shorter Chinese name, then id
 * @example
 * searchProjects(index, 'qjgt')[0].record.id; // 'qianjiang-jishou-hsr' (黔吉高铁)
 * searchProjects(index, '黔江至吉首')[0].field; // 'zh'
 */
export function searchProjects<T extends SearchRecord>(
	index: SearchIndex<T>,
	query: string,
	options: { limit?: number } = {}
): SearchHit<T>[] {
	const normalized = normalizeForSearch(typeof query === 'string' ? query : '').slice(0, MAX_QUERY_LENGTH);
	if (normalized.length === 0) return [];
	const limit = options.limit ?? 20;
	const hits: SearchHit<T>[] = [];
	for (const item of index.items) {
		const { score, field } = scoreItem(item, normalized);
		if (score > 0) hits.push({ record: item.record, score, field });
	}
	hits.sort(
		(a, b) =>
			b.score - a.score ||
			a.record.name.zh.length - b.record.name.zh.length ||
			(a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0)
	);
	return hits.slice(0, Math.max(0, limit));
}
