import type { Map as MapLibreMap } from 'maplibre-gl';

/** The performance mark set once the map is idle with project features drawn (see `markWhenDrawn`). */
export const MAP_DRAWN_MARK = 'wuling:map-drawn';

/**
 * Sets a performance mark at the first `idle` at which any of `layers` has features on screen. A plain first
 * `idle` can come before the project layers have drawn anything; this one cannot, so the benchmark, the tests and
 * the deferred offline precache all wait on it.
 * @param map the map
 * @param layers layer ids that must show features (those missing from the style are skipped)
 * @param options `name` of the mark; `empty`, true when there is nothing to draw (then any idle counts)
 * @param onDrawn called once, when the mark is set
 * @example markWhenDrawn(map, PROJECT_INTERACTIVE_LAYERS)
 */
export function markWhenDrawn(
	map: MapLibreMap,
	layers: readonly string[],
	options: { name?: string; empty?: () => boolean } = {},
	onDrawn?: () => void
): void {
	const name = options.name ?? MAP_DRAWN_MARK;
	const check = () => {
		const present = layers.filter((id) => map.getLayer(id));
		const drawn = present.length > 0 && map.queryRenderedFeatures({ layers: present }).length > 0;
		if (!drawn && !options.empty?.()) return;
		map.off('idle', check);
		performance.mark(name);
		onDrawn?.();
	};
	map.on('idle', check);
	// Should the map be idle already, a repaint brings one more `idle` to check at.
	map.triggerRepaint();
}
