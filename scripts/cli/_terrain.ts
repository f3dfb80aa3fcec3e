/**
 * The terrain tiles of static/geo (or `$WULING_GEO_DIR`) as a height sampler, for the command line and the tests:
 * the tiles are decoded with fast-png, the same Terrarium tiles the map draws.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'fast-png';
import type { TerrainInfo, TileGrid } from '../../src/lib/geo/terrain-grid';
import { loadTerrainGrid } from '../../src/lib/geo/terrain';
import type { LonLat } from '../../src/lib/geo/types';
import { DataFileError, geoDir } from './_data';

/**
 * What terrain.json says about the tiles.
 * @param dir - the static/geo folder
 * @returns the parsed terrain.json
 * @throws DataFileError when it is missing
 * @example
 * readTerrainInfo().zoom; // 7
 */
export function readTerrainInfo(dir: string = geoDir()): TerrainInfo {
	const file = join(dir, 'terrain.json');
	if (!existsSync(file)) throw new DataFileError(`${file} is missing: run "npm run data" first (or set WULING_GEO_DIR).`);
	return JSON.parse(readFileSync(file, 'utf8')) as TerrainInfo;
}

/**
 * A height sampler over the tiles around some positions, decoded from the PNG files.
 * @param coords - the positions to be sampled, [lon, lat] in degrees
 * @param dir - the static/geo folder
 * @returns the sampler
 * @example
 * (await nodeTerrainGrid([[108.77, 29.53]])).cellAt([108.77, 29.53]); // 899
 */
export async function nodeTerrainGrid(coords: readonly LonLat[], dir: string = geoDir()): Promise<TileGrid> {
	return loadTerrainGrid(readTerrainInfo(dir), coords, async (path) => {
		const png = decode(readFileSync(join(dir, path)));
		return { data: png.data, width: png.width, height: png.height, channels: png.channels };
	});
}
