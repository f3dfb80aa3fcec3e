/**
 * The map's first camera, in Web Mercator as MapLibre computes it: the region fitted into the map's box with the
 * page's padding. One function for the projection and the fit, shared by the live map (its padding), the picture
 * prerendered for the first paint (scripts/build-preview.ts) and the tests that hold the two together.
 */

/** MapLibre's tile size: the world is `TILE_SIZE × 2^zoom` CSS pixels wide. */
export const TILE_SIZE = 512;

/** The page switches to the bottom-sheet layout at and below this width of the map (px). */
export const PHONE_MAX_WIDTH = 760;

/** Share of the map's height the phone's bottom sheet covers at first (as the page's CSS, 34%). */
export const PHONE_SHEET_SHARE = 0.34;

/** Padding in CSS px. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/**
 * Web Mercator of a position as a share of the world: x from 0 (180°W) to 1, y from 0 (85.05°N) to 1, as MapLibre's
 * `MercatorCoordinate.fromLngLat`.
 * @param lngLat [longitude, latitude] in degrees
 * @returns [x, y] in world units (multiply by `TILE_SIZE × 2^zoom` for pixels)
 * @example mercator([0, 0]) // [0.5, 0.5]
 */
export function mercator([lng, lat]: [number, number] | number[]): [number, number] {
	const x = (180 + lng) / 360;
	const y = (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;
	return [x, y];
}

/**
 * The inverse of `mercator`.
 * @param xy world units
 * @returns [longitude, latitude] in degrees
 * @example unmercator([0.5, 0.5]) // [0, 0]
 */
export function unmercator([x, y]: [number, number]): [number, number] {
	const lng = x * 360 - 180;
	const y2 = 180 - y * 360;
	const lat = (360 / Math.PI) * Math.atan(Math.exp((y2 * Math.PI) / 180)) - 90;
	return [lng, lat];
}

/**
 * The padding the map frames the region with at first: 24 px on the desktop layout; on a phone the bottom sheet
 * covers the lower third, so the region goes above it.
 * @param width the map's width, CSS px
 * @param height the map's height, CSS px
 * @returns padding in CSS px
 * @example regionPadding(390, 790).bottom // 281
 */
export function regionPadding(width: number, height: number): Padding {
	if (width <= PHONE_MAX_WIDTH) return { top: 48, left: 12, right: 12, bottom: Math.round(height * PHONE_SHEET_SHARE) + 12 };
	return { top: 24, right: 24, bottom: 24, left: 24 };
}

/** A camera: centre, zoom, and what follows from them for a map of a given size. */
export interface FittedCamera {
	center: [number, number];
	zoom: number;
	/** CSS px per world unit (`TILE_SIZE × 2^zoom`). */
	worldSize: number;
	/** The map's centre in world units. */
	centerWorld: [number, number];
	width: number;
	height: number;
}

/**
 * The camera MapLibre's `fitBounds` (bearing 0, no zoom snap) gives a box in a map of a size: the zoom at which the
 * box's Mercator extent fills the padded area on its tighter axis, and the box's centre at the padded area's centre.
 * @param bounds [west, south, east, north] in degrees
 * @param width the map's width, CSS px
 * @param height the map's height, CSS px
 * @param padding padding, CSS px
 * @param zoomRange the map's min and max zoom
 * @returns the camera
 * @example fitCamera([107, 28.35, 110.6, 30.75], 900, 744, regionPadding(900, 744)).zoom // ≈ 7.9
 */
export function fitCamera(
	bounds: [number, number, number, number],
	width: number,
	height: number,
	padding: Padding,
	zoomRange: [number, number] = [0, 22]
): FittedCamera {
	const [w, s, e, n] = bounds;
	const nw = mercator([w, n]);
	const se = mercator([e, s]);
	const availableWidth = width - padding.left - padding.right;
	const availableHeight = height - padding.top - padding.bottom;
	const scale = Math.min(availableWidth / (se[0] - nw[0]), availableHeight / (se[1] - nw[1]));
	const zoom = Math.max(zoomRange[0], Math.min(zoomRange[1], Math.log2(scale / TILE_SIZE)));
	const worldSize = TILE_SIZE * 2 ** zoom;
	// The box's centre sits at the padded area's centre: the map's centre is offset from it by half the padding's skew.
	const offsetX = (padding.left - padding.right) / 2;
	const offsetY = (padding.top - padding.bottom) / 2;
	const centerWorld: [number, number] = [(nw[0] + se[0]) / 2 - offsetX / worldSize, (nw[1] + se[1]) / 2 - offsetY / worldSize];
	return { center: unmercator(centerWorld), zoom, worldSize, centerWorld, width, height };
}

/**
 * Where a position lies on the map's box, CSS px from its top left.
 * @param camera a camera from `fitCamera`
 * @param lngLat [longitude, latitude]
 * @returns [x, y] in CSS px
 * @example project(camera, camera.center) // [width / 2, height / 2]
 */
export function project(camera: FittedCamera, lngLat: [number, number] | number[]): [number, number] {
	const [x, y] = mercator(lngLat);
	return [
		camera.width / 2 + (x - camera.centerWorld[0]) * camera.worldSize,
		camera.height / 2 + (y - camera.centerWorld[1]) * camera.worldSize
	];
}

/**
 * The part of the world a camera shows: [west, south, east, north] in degrees.
 * @param camera a camera from `fitCamera`
 * @returns the visible box
 * @example visibleBounds(camera)[0] < 107 // true
 */
export function visibleBounds(camera: FittedCamera): [number, number, number, number] {
	const [w, n] = unmercator([
		camera.centerWorld[0] - camera.width / 2 / camera.worldSize,
		camera.centerWorld[1] - camera.height / 2 / camera.worldSize
	]);
	const [e, s] = unmercator([
		camera.centerWorld[0] + camera.width / 2 / camera.worldSize,
		camera.centerWorld[1] + camera.height / 2 / camera.worldSize
	]);
	return [w, s, e, n];
}
