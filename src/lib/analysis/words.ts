/**
 * The few words the analysis sentences need, in zh and en. Kept beside the analysis so that node scripts and the
 * CLI produce the same text as the app.
 */
import { kindRow } from '../catalogue/kinds';

/**
 * The zh or en word for one project of a kind (its noun in catalogue/kinds.ts).
 *
 * @param kind - a ProjectKind
 * @param lang - 'zh' or 'en'
 * @returns the word
 * @example
 * kindWord('reservoir', 'zh'); // '水库'
 */
export function kindWord(kind: string, lang: 'zh' | 'en'): string {
	return kindRow(kind).noun[lang];
}

/**
 * Formats kilometres for reading: one decimal below 10 km, whole kilometres above.
 *
 * @param km - a distance, km
 * @returns the number as text, without unit
 * @example
 * formatKm(3.14); // '3.1'
 */
export function formatKm(km: number): string {
	if (!Number.isFinite(km)) return '?';
	return km < 10 ? (Math.round(km * 10) / 10).toFixed(1) : String(Math.round(km));
}
