/**
 * Loads the terrain tiles a line needs into a height sampler. The tile decoder is handed in, so the same code
 * runs in node (fast-png, for the command line and tests) and in the browser (the canvas, reading the very
 * tiles the map already fetched: no extra download).
 */
import type { LonLat } from './types';
import { decodeTerrariumTile, TileGrid, tilesForBBox, type TerrainInfo, type TileHeights } from './terrain-grid';

/** Decoded pixels of one PNG tile. */
export interface DecodedTile {
	data: ArrayLike<number>;
	width: number;
	height: number;
	channels: number;
}

/** Reads and decodes one tile, given its path relative to static/geo (`terrain/7/102/53.png`). */
export type TileReader = (path: string) => Promise<DecodedTile>;

/**
 * The bounding box of a list of positions.
 * @param coords - [lon, lat] positions in degrees
 * @returns [west, south, east, north]
 * @example coordsBBox([[108, 29], [109, 30]]); // [108, 29, 109, 30]
 */
export function coordsBBox(coords: readonly LonLat[]): [number, number, number, number] {
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of coords) {
		w = Math.min(w, x);
		e = Math.max(e, x);
		s = Math.min(s, y);
		n = Math.max(n, y);
	}
	return [w, s, e, n];
}

/**
 * A height sampler over the terrain tiles around some positions: every written tile that the positions' box
 * (plus one tile around it, for interpolation at tile edges) touches. Tiles that were never written are simply
 * absent: there the sampler answers null.
 *
 * @param info - static/geo/terrain.json
 * @param coords - the positions to be sampled, [lon, lat] in degrees
 * @param read - reads and decodes one tile
 * @param cache - decoded tiles kept between calls, keyed `x/y`
 * @returns the sampler
 * @throws Error when a tile cannot be read or is not the size terrain.json states
 * @example
 * const grid = await loadTerrainGrid(info, line.coordinates, readTile);
 */
export async function loadTerrainGrid(
	info: TerrainInfo,
	coords: readonly LonLat[],
	read: TileReader,
	cache: Map<string, TileHeights> = new Map()
): Promise<TileGrid> {
	const written = new Set(info.tileList);
	const wanted = new Set<string>();
	for (const [x, y] of tilesForBBox(coordsBBox(coords), info.zoom))
		for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) wanted.add(`${x + dx}/${y + dy}`);
	const keys = [...wanted].filter((k) => written.has(`${info.zoom}/${k}`));
	await Promise.all(
		keys
			.filter((k) => !cache.has(k))
			.map(async (k) => {
				const [x, y] = k.split('/');
				const path = info.tiles.replace('{z}', String(info.zoom)).replace('{x}', x).replace('{y}', y);
				const tile = await read(path);
				if (tile.width !== info.tileSize || tile.height !== info.tileSize)
					throw new Error(`${path} is ${tile.width}×${tile.height}, not ${info.tileSize}×${info.tileSize}`);
				cache.set(k, decodeTerrariumTile(tile.data, info.tileSize, tile.channels));
			})
	);
	return new TileGrid(info.zoom, info.tileSize, new Map(keys.map((k) => [k, cache.get(k) as TileHeights])));
}
