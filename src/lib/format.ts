/**
 * Number formatting for the interface, in zh and en.
 */
import type { Lang } from './lang';

/**
 * Formats a distance in km for display.
 * @param km kilometres
 * @param lang language
 * @returns text such as "35.2 公里" or "35.2 km"
 * @example formatKm(35.24, 'en') // '35.2 km'
 */
export function formatKm(km: number, lang: Lang): string {
	const digits = km < 10 ? 1 : 0;
	const n = km.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	});
	return lang === 'zh' ? `${n} 公里` : `${n} km`;
}

/**
 * Formats minutes as hours and minutes.
 * @param minutes a duration in minutes
 * @param lang language
 * @returns text such as "1 小时 5 分" or "1 h 05 min"
 * @example formatMinutes(65, 'en') // '1 h 05 min'
 */
export function formatMinutes(minutes: number, lang: Lang): string {
	if (!Number.isFinite(minutes)) return lang === 'zh' ? '不可达' : 'unreachable';
	const m = Math.round(minutes);
	const h = Math.floor(m / 60);
	const r = m % 60;
	if (lang === 'zh') return h ? `${h} 小时 ${r} 分` : `${r} 分钟`;
	return h ? `${h} h ${String(r).padStart(2, '0')} min` : `${r} min`;
}
