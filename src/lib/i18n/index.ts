/**
 * Interface strings. Each feature keeps its own dictionary (`common.ts`, ...) as `{ zh: {...}, en: {...} }`
 * with the same keys in both languages; the type below makes a missing translation a compile error.
 */
export type { Lang } from '../lang';
import type { Lang } from '../lang';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A dictionary with the same keys in zh and en. */
export type Dict<K extends string> = { zh: Record<K, string>; en: Record<K, string> };

/**
 * Defines a bilingual dictionary, checking that both languages have every key.
 * @param zh Chinese strings
 * @param en English strings with exactly the same keys
 * @returns the dictionary
 * @example const d = defineDict({ hi: '你好' }, { hi: 'Hello' }); d.en.hi // 'Hello'
 */
export function defineDict<K extends string>(zh: Record<K, string>, en: Record<K, string>): Dict<K> {
	return { zh, en };
}

/**
 * Fills `{name}` placeholders in a string with values, as text.
 * @param template a string with `{name}` placeholders
 * @param values values to put in
 * @returns the filled string
 * @example fill('{n} 个项目', { n: 3 }) // '3 个项目'
 */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/**
 * Parses a language code, defaulting to Chinese.
 * @param value anything (a URL parameter, a stored value)
 * @returns 'zh' or 'en'
 * @example parseLang('en') // 'en'
 */
export function parseLang(value: unknown): Lang | null {
	return value === 'zh' || value === 'en' ? value : null;
}
