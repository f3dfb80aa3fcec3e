/**
 * The few words the analysis sentences need, in zh and en. Kept beside the analysis so that node scripts and the
 * CLI produce the same text as the app.
 */
import type { Bilingual } from '../catalogue/types';

const kindWords: Record<string, Bilingual> = {
	hsr: { zh: '高铁', en: 'high-speed railway' },
	rail: { zh: '铁路', en: 'railway' },
	'rail-spur': { zh: '铁路专用线', en: 'railway spur' },
	'suburban-rail': { zh: '城轨快线', en: 'suburban railway' },
	station: { zh: '车站', en: 'station' },
	'freight-yard': { zh: '货场', en: 'freight yard' },
	expressway: { zh: '高速公路', en: 'expressway' },
	'trunk-road': { zh: '公路', en: 'road' },
	tunnel: { zh: '隧道', en: 'tunnel' },
	'airport-works': { zh: '机场工程', en: 'airport works' },
	'aviation-route': { zh: '航线', en: 'air route' },
	reservoir: { zh: '水库', en: 'reservoir' },
	irrigation: { zh: '灌区', en: 'irrigation district' },
	'water-transfer': { zh: '引调水工程', en: 'water transfer' },
	'pumped-storage': { zh: '抽水蓄能电站', en: 'pumped-storage station' },
	zone: { zh: '园区', en: 'zone' }
};

/**
 * The zh or en word for a project kind, or a neutral word for an unknown kind.
 *
 * @param kind - a ProjectKind
 * @param lang - 'zh' or 'en'
 * @returns the word
 * @example
 * kindWord('reservoir', 'zh'); // '水库'
 */
export function kindWord(kind: string, lang: 'zh' | 'en'): string {
	return kindWords[kind]?.[lang] ?? (lang === 'zh' ? '项目' : 'project');
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
