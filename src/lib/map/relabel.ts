import type { Map as MapLibreMap } from 'maplibre-gl';
import { LABEL_META, labelField, type Lang, type LabelMeta } from './labels';

/**
 * Switches every label layer of a map to another language, using the property names each layer
 * declares in its metadata.
 * @param map a map whose style has loaded
 * @param lang the label language
 * @returns the ids of the layers relabelled
 * @example relabel(map, 'en')
 */
export function relabel(map: MapLibreMap, lang: Lang): string[] {
	const done: string[] = [];
	for (const layer of map.getStyle().layers) {
		const meta = (layer as { metadata?: Partial<LabelMeta> }).metadata?.[LABEL_META];
		if (!meta || layer.type !== 'symbol') continue;
		map.setLayoutProperty(layer.id, 'text-field', labelField(lang, meta.zh, meta.en));
		done.push(layer.id);
	}
	return done;
}
