import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('wuling-map');

/** What map overlay components get from their MapView. */
export interface MapContext {
	/** The map once its style has loaded, else null. */
	readonly map: MapLibreMap | null;
}

/** Provides the map to overlay components below a MapView. */
export function setMapContext(ctx: MapContext): void {
	setContext(KEY, ctx);
}

/** The enclosing MapView's map context. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('getMapContext() must be used inside <MapView>');
	return ctx;
}
