#!/usr/bin/env node
// Writes static/geo/terrain/{z}/{x}/{y}.png and static/geo/terrain.json: the SRTM30_PLUS heights of
// ../shared/data/dem (or $WULING_DEM) re-encoded as Terrarium tiles for MapLibre's raster-dem source.
// The zoom-6 source tiles (256 px) are cut into zoom-7 tiles of 128 px: the same grid, not resampled, so the
// region can be clipped four times finer. Only tiles that touch the region, lie inside the source and hold no
// masked cell are written; the rest of the region has no terrain, and terrain.json says where.
// Usage: npx tsx scripts/build-terrain.ts
import { rmSync } from 'node:fs';
import { encode } from 'fast-png';
import { REGION_BOUNDS } from '../src/lib/catalogue/geometry';
import { metresToTerrarium, mercatorCellKm, tilesForBBox, worldPixelToLonLat } from '../src/lib/geo/terrain-grid';
import { DEM_DIR, readSourceTiles, SOURCE_TILE_SIZE, SOURCE_ZOOM, type SourceTile } from './basemap/terrain';
import { stableJson, writeOutput } from './basemap/json.mjs';
import { check, log, runStep } from './basemap/log.mjs';

const STEP = 'build-terrain';
const OUT = 'static/geo';
export const TERRAIN_ZOOM = SOURCE_ZOOM + 1;
export const TERRAIN_TILE_SIZE = SOURCE_TILE_SIZE / 2;
/** Heights outside this range mean a decoding error, not terrain (the tiles west of 104°E reach the Sichuan ranges). */
const PLAUSIBLE_M = [-100, 8900];

function main() {
	const sources = readSourceTiles(DEM_DIR);
	const byKey = new Map<string, SourceTile>(sources.map((t) => [`${t.x}/${t.y}`, t]));
	log(STEP, `${sources.length} source tiles from ${DEM_DIR}, checksums as in its README`);

	const size = TERRAIN_TILE_SIZE;
	const world = size * 2 ** TERRAIN_ZOOM;
	const region: [number, number, number, number] = [REGION_BOUNDS.west, REGION_BOUNDS.south, REGION_BOUNDS.east, REGION_BOUNDS.north];
	rmSync(`${OUT}/terrain`, { recursive: true, force: true });
	const written: [number, number][] = [];
	const skipped: string[] = [];
	let lo = Infinity;
	let hi = -Infinity;
	for (const [tx, ty] of tilesForBBox(region, TERRAIN_ZOOM)) {
		const src = byKey.get(`${tx >> 1}/${ty >> 1}`);
		if (!src) {
			skipped.push(`${TERRAIN_ZOOM}/${tx}/${ty}`);
			continue;
		}
		const ox = (tx & 1) * size;
		const oy = (ty & 1) * size;
		const rgb = new Uint8Array(size * size * 3);
		for (let row = 0; row < size; row++) {
			for (let col = 0; col < size; col++) {
				const h = src.heights[(oy + row) * SOURCE_TILE_SIZE + ox + col];
				check(!Number.isNaN(h), `tile ${TERRAIN_ZOOM}/${tx}/${ty} touches the region but holds masked cells (${src.file} row ${oy + row})`);
				check(h >= PLAUSIBLE_M[0] && h <= PLAUSIBLE_M[1], `${src.file} (${ox + col}, ${oy + row}): height ${h} m is implausible`);
				lo = Math.min(lo, h);
				hi = Math.max(hi, h);
				rgb.set(metresToTerrarium(h), 3 * (row * size + col));
			}
		}
		const png = encode({ width: size, height: size, data: rgb, channels: 3, depth: 8 }, { zlib: { level: 9 } });
		writeOutput(`${OUT}/terrain/${TERRAIN_ZOOM}/${tx}/${ty}.png`, Buffer.from(png));
		written.push([tx, ty]);
	}
	check(written.length > 0, 'no terrain tile touches the region');

	const xs = written.map((t) => t[0]);
	const ys = written.map((t) => t[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs) + 1, Math.min(...ys), Math.max(...ys) + 1];
	check(written.length === (x1 - x0) * (y1 - y0), 'the written tiles do not form a rectangle: MapLibre would ask for missing ones');
	const [west, north] = worldPixelToLonLat([x0 * size, y0 * size], world);
	const [east, south] = worldPixelToLonLat([x1 * size, y1 * size], world);

	const gaps = { zh: [] as string[], en: [] as string[] };
	const f = (v: number) => v.toFixed(2);
	if (east < region[2]) {
		gaps.zh.push(`东经 ${f(east)}° 以东`);
		gaps.en.push(`east of ${f(east)}°E`);
	}
	if (north < region[3]) {
		gaps.zh.push(`北纬 ${f(north)}° 以北`);
		gaps.en.push(`north of ${f(north)}°N`);
	}
	if (west > region[0]) {
		gaps.zh.push(`东经 ${f(west)}° 以西`);
		gaps.en.push(`west of ${f(west)}°E`);
	}
	if (south > region[1]) {
		gaps.zh.push(`北纬 ${f(south)}° 以南`);
		gaps.en.push(`south of ${f(south)}°N`);
	}
	const missing = gaps.en.length
		? {
				zh: `高程数据只覆盖东经 ${f(west)}–${f(east)}°、北纬 ${f(south)}–${f(north)}°：地图区域${gaps.zh.join('、')}没有地形，不画晕渲。`,
				en: `The elevation tiles cover lon ${f(west)}–${f(east)}°E, lat ${f(south)}–${f(north)}°N only: the map region ${gaps.en.join(' and ')} has no terrain and no hillshade.`
			}
		: { zh: '高程数据覆盖整个地图区域。', en: 'The elevation tiles cover the whole map region.' };

	const midLat = (region[1] + region[3]) / 2;
	const info = {
		encoding: 'terrarium',
		tiles: 'terrain/{z}/{x}/{y}.png',
		tileSize: size,
		zoom: TERRAIN_ZOOM,
		// A hair inside the tile edges, so MapLibre never asks for a neighbour that does not exist.
		bounds: [west + 1e-4, south + 1e-4, east - 1e-4, north - 1e-4],
		tileList: written.map(([x, y]) => `${TERRAIN_ZOOM}/${x}/${y}`),
		cellSizeKm: mercatorCellKm(midLat, world),
		cellSizeLat: midLat,
		heightRangeM: [lo, hi],
		missing,
		source: 'SRTM30_PLUS v9 (Scripps/UCSD), from NASA SRTM30; see ../shared/data/dem/README.md'
	};
	writeOutput(`${OUT}/terrain.json`, stableJson(info));
	log(
		STEP,
		`terrain: ${written.length} tiles of ${size} px at zoom ${TERRAIN_ZOOM}, heights ${lo}–${hi} m, bounds ${[west, south, east, north].map(f).join(', ')}`
	);
	log(STEP, `no source tile for ${skipped.length} region tiles (${skipped.join(', ')}): ${missing.en}`);
}

runStep(STEP, main);
