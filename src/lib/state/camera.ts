/**
 * The map camera in the URL: `map=zoom/lat/lon[/bearing[/pitch]]`, the order OpenStreetMap and most
 * web maps use, so a link reads the same here as elsewhere. Pure: no MapLibre, no DOM.
 */

/** A map camera: centre in degrees (WGS 84), zoom level, bearing and pitch in degrees. */
export interface Camera {
	center: [lon: number, lat: number];
	zoom: number;
	bearing: number;
	pitch: number;
}

/** Why a `map` value could not be used, in both languages. */
export interface CameraError {
	zh: string;
	en: string;
}

/** The result of reading a `map` value. */
export type CameraParse = { ok: true; camera: Camera } | { ok: false; reason: CameraError };

/** Limits a camera must respect; the defaults are what Web Mercator and MapLibre allow. */
export interface CameraLimits {
	/** [west, south, east, north] the centre must lie in, degrees. */
	bounds?: [number, number, number, number];
	minZoom?: number;
	maxZoom?: number;
	maxPitchDeg?: number;
}

const MERCATOR_MAX_LAT = 85.051129;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * How many decimals a coordinate needs at a zoom level so that rounding moves the centre by less
 * than about one screen pixel (512-pixel tiles).
 * @param zoom map zoom level
 * @returns decimal places for degrees, 0 to 6
 * @example coordinateDecimals(8) // 3
 */
export function coordinateDecimals(zoom: number): number {
	const pixelsPerDegree = (512 * 2 ** Math.max(0, zoom)) / 360;
	return Math.min(6, Math.max(0, Math.ceil(Math.log10(pixelsPerDegree))));
}

/** Rounds to `decimals` places and drops trailing zeros, without exponent notation. */
function compact(value: number, decimals: number): string {
	// Number() drops the trailing zeros toFixed leaves, and String(-0) is "0".
	return String(Number(value.toFixed(decimals)));
}

/**
 * Normalises a bearing into (-180, 180] degrees.
 * @param bearingDeg any bearing, degrees
 * @returns the same direction in (-180, 180]
 * @example normalizeBearing(270) // -90
 */
export function normalizeBearing(bearingDeg: number): number {
	const b = ((((bearingDeg + 180) % 360) + 360) % 360) - 180;
	return b === -180 ? 180 : b;
}

/**
 * Writes a camera as a compact `zoom/lat/lon[/bearing[/pitch]]` string; bearing and pitch are left out
 * when they are zero (bearing is kept when only pitch is set, since the fields are positional).
 * @param camera the camera
 * @returns e.g. "8/29.5/108.8" or "10.5/29.532/108.775/30/45"
 * @example formatCamera({ center: [108.8, 29.5], zoom: 8, bearing: 0, pitch: 0 }) // '8/29.5/108.8'
 */
export function formatCamera(camera: Camera): string {
	const zoom = Math.round(camera.zoom * 100) / 100;
	const decimals = coordinateDecimals(zoom);
	const [lon, lat] = camera.center;
	const parts = [compact(zoom, 2), compact(lat, decimals), compact(lon, decimals)];
	const bearing = Math.round(normalizeBearing(camera.bearing));
	const pitch = Math.round(camera.pitch);
	if (bearing !== 0 || pitch !== 0) parts.push(String(bearing));
	if (pitch !== 0) parts.push(String(pitch));
	return parts.join('/');
}

/**
 * Reads a `zoom/lat/lon[/bearing[/pitch]]` string, rejecting anything malformed or out of range.
 * @param text the parameter's value
 * @param limits optional bounds and zoom/pitch limits (degrees)
 * @returns the camera, or a bilingual reason it was rejected
 * @example parseCamera('8/29.5/108.8') // { ok: true, camera: { center: [108.8, 29.5], zoom: 8, bearing: 0, pitch: 0 } }
 */
export function parseCamera(text: string, limits: CameraLimits = {}): CameraParse {
	const fields = text.trim().split('/');
	if (fields.length < 3 || fields.length > 5 || !fields.every((f) => NUMBER.test(f))) {
		return fail('地图位置应写作 缩放/纬度/经度', 'map position must be zoom/lat/lon');
	}
	const [zoom, lat, lon, bearing = 0, pitch = 0] = fields.map(Number);
	const { bounds, minZoom = 0, maxZoom = 24, maxPitchDeg = 85 } = limits;
	if (zoom < minZoom || zoom > maxZoom) {
		return fail(`缩放级别应在 ${minZoom} 到 ${maxZoom} 之间`, `zoom must be between ${minZoom} and ${maxZoom}`);
	}
	if (Math.abs(lat) > MERCATOR_MAX_LAT || Math.abs(lon) > 180) {
		return fail('纬度或经度超出范围', 'latitude or longitude out of range');
	}
	if (bounds && (lon < bounds[0] || lat < bounds[1] || lon > bounds[2] || lat > bounds[3])) {
		return fail('位置在地图范围以外', 'position lies outside the map');
	}
	if (Math.abs(bearing) > 360 || pitch < 0 || pitch > maxPitchDeg) {
		return fail('方位或倾角超出范围', 'bearing or pitch out of range');
	}
	return { ok: true, camera: { center: [lon, lat], zoom, bearing: normalizeBearing(bearing), pitch } };
}

function fail(zh: string, en: string): CameraParse {
	return { ok: false, reason: { zh, en } };
}

/**
 * Whether two cameras show the same view once written to a URL.
 * @param a a camera
 * @param b another camera
 * @returns true when both format to the same string
 * @example sameCamera(a, a) // true
 */
export function sameCamera(a: Camera, b: Camera): boolean {
	return formatCamera(a) === formatCamera(b);
}
