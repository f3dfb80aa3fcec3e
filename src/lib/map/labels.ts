import type { ExpressionSpecification } from 'maplibre-gl';

/** Interface and label languages. */
export type Lang = 'zh' | 'en';

/**
 * The `text-field` expression for a feature's name in one language, falling back to the other.
 * @param lang label language
 * @param zhKey property holding the Chinese name
 * @param enKey property holding the English name
 * @returns a MapLibre expression
 * @example labelField('en') // ['coalesce', ['get', 'en'], ['get', 'zh']]
 */
export function labelField(lang: Lang, zhKey = 'zh', enKey = 'en'): ExpressionSpecification {
	return lang === 'zh' ? ['coalesce', ['get', zhKey], ['get', enKey]] : ['coalesce', ['get', enKey], ['get', zhKey]];
}

/** Layer metadata key marking a label layer and the property names it reads. */
export const LABEL_META = 'wuling:label';

/** Metadata for a label layer: which properties hold the zh and en text. */
export interface LabelMeta {
	[LABEL_META]: { zh: string; en: string };
}

/**
 * Metadata to put on a symbol layer so that a language switch can relabel it.
 * @param zhKey property with the Chinese text
 * @param enKey property with the English text
 * @returns layer metadata
 * @example labelMeta('name_zh', 'name_en')
 */
export function labelMeta(zhKey = 'zh', enKey = 'en'): LabelMeta {
	return { [LABEL_META]: { zh: zhKey, en: enKey } };
}
