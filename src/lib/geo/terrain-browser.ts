/**
 * Reads terrain tiles in the browser: fetch (the map has already fetched them, so they come from the HTTP or
 * service-worker cache), createImageBitmap without colour management, and an OffscreenCanvas to get the bytes.
 */
import { elevationProfile, type ElevationProfile } from '../analysis/profile';
import type { TerrainInfo, TileGrid, TileHeights } from '../analysis/terrain';
import { loadTerrainGrid, type DecodedTile } from './terrain';
import type { LonLat } from './types';

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

/** Profiles computed this visit, by line; a handful is plenty (the selected corridor, the measured path). */
const profiles = new Map<string, { promise: Promise<ElevationProfile>; value?: ElevationProfile }>();
const MAX_PROFILES = 16;

/**
 * The elevation profile of a line from the terrain tiles, computed once per line and kept for the visit.
 * @param info - static/geo/terrain.json
 * @param geoBase - absolute URL of the static/geo folder, ending in '/'
 * @param coords - the line, [lon, lat] in degrees
 * @returns the profile
 * @example
 * const p = await browserProfile(geo.terrain, `${location.origin}${base}/geo/`, corridor.coords);
 */
export function browserProfile(info: TerrainInfo, geoBase: string, coords: readonly LonLat[]): Promise<ElevationProfile> {
	const key = JSON.stringify(coords);
	const hit = profiles.get(key);
	if (hit) return hit.promise;
	const entry: { promise: Promise<ElevationProfile>; value?: ElevationProfile } = {
		promise: browserTerrainGrid(info, geoBase, coords).then((grid) => {
			const p = elevationProfile({ type: 'LineString', coordinates: coords.map((c) => [c[0], c[1]]) }, grid);
			entry.value = p;
			return p;
		})
	};
	entry.promise.catch(() => profiles.delete(key));
	profiles.set(key, entry);
	if (profiles.size > MAX_PROFILES) profiles.delete(profiles.keys().next().value as string);
	return entry.promise;
}

/**
 * The profile of a line if {@link browserProfile} has finished it, for code that cannot wait (an export button).
 * @param coords - the line
 * @returns the profile, or undefined
 * @example
 * finishedProfile(corridor.coords)?.climbM;
 */
export function finishedProfile(coords: readonly LonLat[]): ElevationProfile | undefined {
	return profiles.get(JSON.stringify(coords))?.value;
}
