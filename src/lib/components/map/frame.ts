/**
 * Framing the camera on the part of the map a user can see: on a phone the bottom sheet covers the lower part
 * of the map, so a framed place goes above it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SHEET_SHARE, type SheetHeight } from '$lib/state/app.svelte';

/** The page switches to the bottom-sheet layout at this width (as the page's CSS does). */
export const PHONE_QUERY = '(max-width: 760px)';

/**
 * How many CSS px of the map the bottom sheet covers at a height; 0 on the desktop layout.
 * @param map the map
 * @param sheet the sheet's height
 * @returns px from the bottom of the map's container
 * @example sheetInsetPx(map, 'half') // 443 on a 390×844 phone
 */
export function sheetInsetPx(map: MapLibreMap, sheet: SheetHeight): number {
	if (typeof matchMedia === 'undefined' || !matchMedia(PHONE_QUERY).matches) return 0;
	return Math.round(map.getContainer().clientHeight * SHEET_SHARE[sheet]);
}

/**
 * Fits a box into the part of the map above the sheet.
 * @param map the map
 * @param box [west, south, east, north] in degrees
 * @param sheet the sheet's height
 * @param options maxZoom and whether to animate
 * @example frameAboveSheet(map, [108.6, 29.2, 108.9, 29.5], 'half')
 */
export function frameAboveSheet(
	map: MapLibreMap,
	box: [number, number, number, number],
	sheet: SheetHeight,
	options: { maxZoom?: number; animate?: boolean; duration?: number } = {}
): void {
	const el = map.getContainer();
	const pad = Math.round(Math.min(60, el.clientWidth / 10));
	const bottom = sheetInsetPx(map, sheet);
	// Keep at least a strip of map to frame into, however tall the sheet.
	const top = Math.min(pad, Math.max(8, (el.clientHeight - bottom) / 6));
	const [w, s, e, n] = box;
	const padding = { top, left: pad, right: pad, bottom: bottom + top };
	if (w === e && s === n) {
		// An offset, not padding: padding given to easeTo would stay on the map for every later move.
		map.easeTo({
			center: [w, s],
			zoom: Math.max(map.getZoom(), 9.5),
			offset: [0, -bottom / 2],
			animate: options.animate ?? true,
			duration: options.duration
		});
		return;
	}
	map.fitBounds([w, s, e, n], { padding, maxZoom: options.maxZoom ?? 11, animate: options.animate ?? true, duration: options.duration });
}
