/**
 * Heights from the terrain tiles in static/geo/terrain/: Web Mercator pixel arithmetic, the Terrarium encoding
 * MapLibre reads, and a height sampler over decoded tiles. Pure: the tiles are decoded elsewhere (fast-png in
 * node, a canvas in the browser) and handed in as height arrays.
 */
import type { LonLat } from './types';

/** Turf's mean Earth radius, km, so that cell sizes agree with the distances the other analyses give. */
const EARTH_RADIUS_KM = 6371.0088;

/** Anything that gives a height at a position: the profile depends on this alone. */
export interface HeightSampler {
	/**
	 * Height at a position, metres above sea level, or null where the grid has no data.
	 * @param position [lon, lat] in degrees
	 */
	heightAt(position: LonLat): number | null;
	/**
	 * Ground size of one grid cell at a latitude, km (the same east–west and north–south on Web Mercator tiles).
	 * @param lat latitude in degrees
	 */
	cellSizeKm(lat: number): number;
}

/** What static/geo/terrain.json says about the tiles (written by scripts/build-terrain.ts). */
export interface TerrainInfo {
	/** Always 'terrarium': height = R × 256 + G + B / 256 − 32768 metres. */
	encoding: 'terrarium';
	/** Tile URL template relative to static/geo, e.g. `terrain/{z}/{x}/{y}.png`. */
	tiles: string;
	tileSize: number;
	/** Tiles exist at this zoom only; MapLibre overzooms them. */
	zoom: number;
	/** Extent of the written tiles, [west, south, east, north] in degrees. */
	bounds: [number, number, number, number];
	/** Every written tile as `z/x/y`. */
	tileList: string[];
	/** The grid's cell size at `cellSizeLat`, the region's middle latitude, km (computed). */
	cellSizeKm: number;
	cellSizeLat: number;
	/** Lowest and highest height in the written tiles, metres. */
	heightRangeM: [number, number];
	/** Where the region has no terrain, in words (zh/en). */
	missing: { zh: string; en: string };
}

/**
 * World pixel coordinates of a position on a Web Mercator grid.
 *
 * @param position - [lon, lat] in degrees
 * @param worldSize - pixels across the whole world at the grid's zoom (tileSize × 2^zoom)
 * @returns [x, y] in pixels from the north-west corner of the world; pixel (i, j) spans [i, i + 1) × [j, j + 1)
 * @example
 * worldPixel([108.77, 29.53], 16384); // ≈ [13142.2, 6784.3]
 */
export function worldPixel(position: LonLat, worldSize: number): [number, number] {
	const [lon, lat] = position;
	const s = Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
	return [((lon + 180) / 360) * worldSize, ((1 - s / Math.PI) / 2) * worldSize];
}

/**
 * The position of a world pixel coordinate (the inverse of {@link worldPixel}).
 *
 * @param xy - [x, y] in pixels from the north-west corner of the world
 * @param worldSize - pixels across the whole world
 * @returns [lon, lat] in degrees
 * @example
 * worldPixelToLonLat([13312, 6656], 16384); // [112.5, ≈ 31.95]
 */
export function worldPixelToLonLat(xy: [number, number], worldSize: number): LonLat {
	const lon = (xy[0] / worldSize) * 360 - 180;
	const n = Math.PI * (1 - (2 * xy[1]) / worldSize);
	return [lon, (Math.atan(Math.sinh(n)) * 180) / Math.PI];
}

/**
 * The ground size of one cell of a Web Mercator grid at a latitude.
 *
 * @param lat - latitude in degrees
 * @param worldSize - pixels across the whole world (tileSize × 2^zoom)
 * @returns km per cell (east–west and north–south alike, the projection being conformal)
 * @example
 * mercatorCellKm(29.5, 16384); // ≈ 2.13
 */
export function mercatorCellKm(lat: number, worldSize: number): number {
	return (2 * Math.PI * EARTH_RADIUS_KM * Math.cos((lat * Math.PI) / 180)) / worldSize;
}

/**
 * Decodes one Terrarium pixel.
 *
 * @param r - red byte
 * @param g - green byte
 * @param b - blue byte
 * @returns height in metres
 * @example
 * terrariumToMetres(131, 131, 0); // 899
 */
export function terrariumToMetres(r: number, g: number, b: number): number {
	return r * 256 + g + b / 256 - 32768;
}

/**
 * Encodes a whole-metre height as a Terrarium pixel.
 *
 * @param metres - height in whole metres, −32768 to 32767
 * @returns [r, g, b] bytes (b is 0 for whole metres)
 * @throws RangeError for a height that is not a whole number in range
 * @example
 * metresToTerrarium(899); // [131, 131, 0]
 */
export function metresToTerrarium(metres: number): [number, number, number] {
	if (!Number.isInteger(metres) || metres < -32768 || metres > 32767) throw new RangeError(`height ${metres} m cannot be encoded`);
	const v = metres + 32768;
	return [v >> 8, v & 255, 0];
}

/**
 * The tiles of a zoom level that a bounding box touches.
 *
 * @param bbox - [west, south, east, north] in degrees
 * @param zoom - tile zoom
 * @returns [x, y] tile indices, row by row from the north-west
 * @example
 * tilesForBBox([108.7, 29.4, 108.9, 29.6], 7); // [[102, 53]]
 */
export function tilesForBBox(bbox: [number, number, number, number], zoom: number): [number, number][] {
	const n = 2 ** zoom;
	const [x0, y0] = worldPixel([bbox[0], bbox[3]], n);
	const [x1, y1] = worldPixel([bbox[2], bbox[1]], n);
	const clamp = (v: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));
	const out: [number, number][] = [];
	for (let y = clamp(y0); y <= clamp(y1); y++) for (let x = clamp(x0); x <= clamp(x1); x++) out.push([x, y]);
	return out;
}

/** Heights of one decoded tile, metres, row by row from its north-west pixel; NaN where there is no data. */
export type TileHeights = Float32Array;

/**
 * Decodes an RGBA or RGB Terrarium tile into heights.
 *
 * @param data - pixel bytes, row by row
 * @param size - tile width and height in pixels
 * @param channels - bytes per pixel (3 or 4)
 * @returns heights in metres
 * @example
 * decodeTerrariumTile(imageData.data, 128, 4)[0]; // height of the north-west pixel
 */
export function decodeTerrariumTile(data: ArrayLike<number>, size: number, channels: number): TileHeights {
	if (data.length < size * size * channels) throw new RangeError(`tile data holds ${data.length} bytes, not ${size}×${size}×${channels}`);
	const out = new Float32Array(size * size);
	for (let i = 0; i < size * size; i++) {
		const k = i * channels;
		out[i] = terrariumToMetres(data[k], data[k + 1], data[k + 2]);
	}
	return out;
}

/**
 * A height sampler over decoded tiles of one zoom level: bilinear between cell centres, null where any of the
 * four cells around a position is missing (no fake terrain at the edge of the data).
 */
export class TileGrid implements HeightSampler {
	readonly zoom: number;
	readonly tileSize: number;
	readonly worldSize: number;
	readonly #tiles: ReadonlyMap<string, TileHeights>;

	/**
	 * @param zoom - the tiles' zoom
	 * @param tileSize - pixels across one tile
	 * @param tiles - heights keyed `x/y`
	 */
	constructor(zoom: number, tileSize: number, tiles: ReadonlyMap<string, TileHeights>) {
		this.zoom = zoom;
		this.tileSize = tileSize;
		this.worldSize = tileSize * 2 ** zoom;
		this.#tiles = tiles;
	}

	/**
	 * The height of one cell, the nearest-pixel value with no interpolation.
	 * @param px - world pixel column
	 * @param py - world pixel row
	 * @returns metres, or null outside the loaded tiles
	 */
	cell(px: number, py: number): number | null {
		const s = this.tileSize;
		const tile = this.#tiles.get(`${Math.floor(px / s)}/${Math.floor(py / s)}`);
		if (!tile) return null;
		const v = tile[(py % s) * s + (px % s)];
		return Number.isNaN(v) ? null : v;
	}

	/**
	 * The height of the cell a position falls in (nearest pixel).
	 * @param position - [lon, lat] in degrees
	 * @returns metres, or null without data
	 */
	cellAt(position: LonLat): number | null {
		const [x, y] = worldPixel(position, this.worldSize);
		return this.cell(Math.floor(x), Math.floor(y));
	}

	heightAt(position: LonLat): number | null {
		const [x, y] = worldPixel(position, this.worldSize);
		// Cell centres sit at i + 0.5.
		const u = x - 0.5;
		const v = y - 0.5;
		const i = Math.floor(u);
		const j = Math.floor(v);
		const fx = u - i;
		const fy = v - j;
		const a = this.cell(i, j);
		const b = this.cell(i + 1, j);
		const c = this.cell(i, j + 1);
		const d = this.cell(i + 1, j + 1);
		if (a === null || b === null || c === null || d === null) return null;
		return a * (1 - fx) * (1 - fy) + b * fx * (1 - fy) + c * (1 - fx) * fy + d * fx * fy;
	}

	cellSizeKm(lat: number): number {
		return mercatorCellKm(lat, this.worldSize);
	}
}
