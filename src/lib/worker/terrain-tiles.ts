/**
 * Reads terrain tiles in a browser or a worker: fetch (the map has already fetched them, so they come from the HTTP
 * or service-worker cache), createImageBitmap without colour management, and an OffscreenCanvas to get the bytes.
 * The analysis worker uses it to compute elevation profiles off the page's main thread.
 */
import { elevationProfile, type ElevationProfile } from '../analysis/profile';
import type { TerrainInfo, TileGrid, TileHeights } from '../geo/terrain-grid';
import { loadTerrainGrid, type DecodedTile } from '../geo/terrain';
import type { LonLat } from '../geo/types';

/** Decoded tiles, kept for the visit: a dozen tiles of 64 KB each at most. */
const decoded = new Map<string, TileHeights>();

async function readTile(url: string): Promise<DecodedTile> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status})`);
	// Heights live in the colour bytes: any colour conversion or premultiplication would change them.
	const bitmap = await createImageBitmap(await res.blob(), { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
	const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
	const ctx = canvas.getContext('2d', { willReadFrequently: true });
	if (!ctx) throw new Error('no 2D canvas');
	ctx.drawImage(bitmap, 0, 0);
	bitmap.close();
	const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
	return { data: image.data, width: image.width, height: image.height, channels: 4 };
}

/**
 * A height sampler over the terrain tiles around some positions.
 * @param info - static/geo/terrain.json
 * @param geoBase - absolute URL of the static/geo folder, ending in '/'
 * @param coords - the positions to be sampled
 * @returns the sampler
 * @example
 * const grid = await browserTerrainGrid(geo.terrain, `${location.origin}${base}/geo/`, corridor.coords);
 */
export function browserTerrainGrid(info: TerrainInfo, geoBase: string, coords: readonly LonLat[]): Promise<TileGrid> {
	return loadTerrainGrid(info, coords, (path) => readTile(new URL(path, geoBase).href), decoded);
}

/**
 * The elevation profile of a line from the terrain tiles (run in the analysis worker).
 * @param info - static/geo/terrain.json
 * @param geoBase - absolute URL of the static/geo folder, ending in '/'
 * @param coords - the line, [lon, lat] in degrees
 * @returns the profile
 * @example
 * const p = await tileProfile(geo.terrain, `${location.origin}${base}/geo/`, corridor.coords);
 */
export async function tileProfile(info: TerrainInfo, geoBase: string, coords: readonly LonLat[]): Promise<ElevationProfile> {
	const grid = await browserTerrainGrid(info, geoBase, coords);
	return elevationProfile({ type: 'LineString', coordinates: coords.map((c) => [c[0], c[1]]) }, grid);
}
