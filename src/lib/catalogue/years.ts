/**
 * The map's year views: one row per view, read by the year control, the map's per-year layers, the catalogue's status
 * by year (and so projects.json), the travel tool (which network a view stands for), links and stories. Adding a view
 * is one row here; its network scenario must be one of the model's (analysis/network/types.ts SCENARIOS).
 */
import type { Bilingual } from './types';

/** One year view. */
export interface YearViewRow {
	/** The value in links (`year=2030`) and stories. */
	id: string;
	/** The calendar year the view shows; null for "now" (the year of the newest plan). */
	year: number | null;
	/** The travel network the view stands for. */
	scenario: '2020' | '2025' | '2030' | 'long-term';
	/** The label on the year control. */
	label: Bilingual;
}

/** The views, in the order of the year control. */
export const YEAR_VIEW_ROWS = [
	{ id: 'now', year: null, scenario: '2025', label: { zh: '现状', en: 'Now' } },
	{ id: '2020', year: 2020, scenario: '2020', label: { zh: '2020', en: '2020' } },
	{ id: '2025', year: 2025, scenario: '2025', label: { zh: '2025', en: '2025' } },
	{ id: '2030', year: 2030, scenario: '2030', label: { zh: '2030', en: '2030' } },
	{ id: '2035', year: 2035, scenario: 'long-term', label: { zh: '2035', en: '2035' } }
] as const satisfies readonly YearViewRow[];

/** A year view of the map. */
export type YearView = (typeof YEAR_VIEW_ROWS)[number]['id'];

/** Every year view, in control order. */
export const YEAR_VIEWS: readonly YearView[] = YEAR_VIEW_ROWS.map((r) => r.id);

/** A calendar year a view shows (the keys of an entry's status by year). */
export type MapYear = Exclude<(typeof YEAR_VIEW_ROWS)[number]['year'], null>;

/** The calendar years of the views, ascending. */
export const MAP_YEARS = YEAR_VIEW_ROWS.flatMap((r) => (r.year === null ? [] : [r.year])).sort((a, b) => a - b) as MapYear[];

/**
 * The row of a view.
 *
 * @param id - a view id
 * @returns its row, or undefined for an unknown id
 * @example
 * yearViewRow('2035')?.scenario; // 'long-term'
 */
export function yearViewRow(id: string): YearViewRow | undefined {
	return (YEAR_VIEW_ROWS as readonly YearViewRow[]).find((r) => r.id === id);
}

/** The views a link may name, as a sentence: "2020、2025、2030 或 2035" / "2020, 2025, 2030 or 2035". */
export function yearViewChoices(): Bilingual {
	const years = YEAR_VIEW_ROWS.filter((r) => r.year !== null).map((r) => r.id);
	const last = years.at(-1);
	const head = years.slice(0, -1);
	return { zh: `${head.join('、')} 或 ${last}`, en: `${head.join(', ')} or ${last}` };
}
