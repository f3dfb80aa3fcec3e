/**
 * Pinyin for search: toneless, lower case, no separators. Kept apart from `search.ts` so the browser
 * can search precomputed pinyin (static/geo/projects.json) without loading the pinyin dictionary.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

// 厦 reads xià in 厦门 and so in 渝厦 (Chongqing–Xiamen); the dictionary's default is shà.
customPinyin({ 渝厦: 'yú xià' });

const BASE_OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

function joinTokens(tokens: string[]): string {
	return tokens.map((t) => t.toLowerCase().replace(/[^a-z0-9]/g, '')).join('');
}

/**
 * Full toneless pinyin of a text, syllables joined; Latin letters and digits are kept (lower-cased),
 * everything else dropped.
 *
 * @param text - Chinese text, e.g. `黔江至吉首高铁`
 * @returns e.g. `qianjiangzhijishougaotie`
 * @example
 * fullPinyin('G319正阳至城西段'); // 'g319zhengyangzhichengxiduan'
 */
export function fullPinyin(text: string): string {
	return joinTokens(pinyin(text, BASE_OPTIONS));
}

/**
 * Pinyin initials of a text; runs of Latin letters or digits are kept whole.
 *
 * @param text - Chinese text, e.g. `黔江至吉首高铁`
 * @returns e.g. `qjzjsgt`
 * @example
 * pinyinInitials('G319正阳至城西段'); // 'g319zyzcxd'
 */
export function pinyinInitials(text: string): string {
	return joinTokens(pinyin(text, { ...BASE_OPTIONS, pattern: 'first' }));
}
