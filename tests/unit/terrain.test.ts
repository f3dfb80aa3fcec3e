// The terrain pipeline: source tiles checked and decoded as their README says, the defect masked, and the
// Terrarium tiles written for MapLibre giving back the README's check-point heights.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { DEFECTS, DEM_DIR, readmeChecksums, readSourceTiles, sourceHeight } from '../../scripts/basemap/terrain';
import { nodeTerrainGrid, readTerrainInfo } from '../../scripts/cli/_terrain';
import {
	decodeTerrariumTile,
	mercatorCellKm,
	metresToTerrarium,
	terrariumToMetres,
	tilesForBBox,
	worldPixel,
	type TerrainInfo
} from '../../src/lib/geo/terrain-grid';
import { REGION_BOUNDS } from '../../src/lib/catalogue/geometry';
import hand from '../fixtures/terrain/qianjiang-row.json';

const README = readFileSync(`${DEM_DIR}/README.md`, 'utf8');

/** The README's check-point table: place, lon/lat, tile and pixel, R/G, height. */
function checkPoints() {
	const rows = [
		...README.matchAll(
			/^\|([^|]+)\|\s*([\d.]+),\s*([\d.]+)\s*\|\s*(\d+_\d+_\d+),\s*\((\d+),\s*(\d+)\)\s*\|\s*(\d+),\s*(\d+)\s*\|\s*(-?\d+)\s*\|$/gm
		)
	];
	return rows.map((m) => ({
		place: m[1].trim(),
		lonLat: [Number(m[2]), Number(m[3])] as [number, number],
		tile: m[4],
		pixel: [Number(m[5]), Number(m[6])],
		rg: [Number(m[7]), Number(m[8])],
		heightM: Number(m[9])
	}));
}

const sources = readSourceTiles();
const info = readTerrainInfo() as TerrainInfo;

describe('source tiles (../shared/data/dem)', () => {
	it('reads the seven check points of the README', () => {
		expect(checkPoints().map((c) => c.place.split(' ')[0])).toEqual(['金佛山', '梵净山', '黔江', '万州,', '重庆', '张家界', '綦江']);
	});

	for (const c of checkPoints()) {
		it(`decodes ${c.place} as ${c.heightM} m at the README's pixel`, () => {
			const [z, tx, ty] = c.tile.split('_').map(Number);
			const [wx, wy] = worldPixel(c.lonLat, 256 * 2 ** z);
			expect([Math.floor(wx) - tx * 256, Math.floor(wy) - ty * 256]).toEqual(c.pixel);
			expect(sourceHeight(c.rg[0], c.rg[1])).toBe(c.heightM);
			const tile = sources.find((t) => t.file === `${c.tile}.png`);
			expect(tile?.heights[c.pixel[1] * 256 + c.pixel[0]]).toBe(c.heightM);
		});
	}

	it('decodes negative heights as the README says (B 255, 16-bit two’s complement)', () => {
		expect(sourceHeight(0xff, 0xff)).toBe(-1);
		expect(sourceHeight(0x00, 0x80)).toBe(-32768);
		expect(sourceHeight(0x22, 0x01)).toBe(290);
	});

	it('masks 6_51_27.png from row 184 down and keeps its clean rows', () => {
		const t = sources.find((s) => s.file === '6_51_27.png');
		expect(t).toBeDefined();
		expect(DEFECTS['6_51_27.png'].fromRow).toBe(184);
		const rows = (from: number, to: number) => Array.from(t!.heights.subarray(from * 256, to * 256));
		expect(rows(184, 256).every(Number.isNaN)).toBe(true);
		const clean = rows(0, 184);
		expect(clean.some(Number.isNaN)).toBe(false);
		expect(Math.min(...clean)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...clean)).toBeLessThan(3000);
	});

	it('fails loudly when a tile does not match the README checksum', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dem-'));
		try {
			cpSync(DEM_DIR, dir, { recursive: true });
			const bad = join(dir, '6_51_26.png');
			const bytes = readFileSync(bad);
			bytes[bytes.length - 20] ^= 0xff;
			rmSync(bad, { force: true });
			writeFileSync(bad, bytes);
			expect(() => readSourceTiles(dir)).toThrow(/6_51_26\.png: sha256 [0-9a-f]{64} differs from the README's b0eee963/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('reads all four checksums from the README table', () => {
		expect(Object.keys(readmeChecksums(README)).sort()).toEqual(['6_50_26.png', '6_50_27.png', '6_51_26.png', '6_51_27.png']);
	});
});

describe('Terrarium tiles (static/geo/terrain)', () => {
	it('encodes and decodes whole metres exactly', () => {
		for (const h of [-32768, -12, 0, 22, 899, 2172, 6296, 32767]) expect(terrariumToMetres(...metresToTerrarium(h))).toBe(h);
		expect(() => metresToTerrarium(12.5)).toThrow(RangeError);
	});

	it('covers the region where the source does, at the source grid (2.1 km cells at 29.5°N), and no more', () => {
		expect(info.encoding).toBe('terrarium');
		expect(info.zoom).toBe(7);
		expect(info.tileSize).toBe(128);
		expect(info.cellSizeKm).toBeCloseTo(mercatorCellKm(29.5, 128 * 128), 4);
		expect(info.cellSizeKm).toBeGreaterThan(2.1);
		expect(info.cellSizeKm).toBeLessThan(2.2);
		const region: [number, number, number, number] = [REGION_BOUNDS.west, REGION_BOUNDS.south, REGION_BOUNDS.east, REGION_BOUNDS.north];
		const touching = new Set(tilesForBBox(region, 7).map(([x, y]) => `7/${x}/${y}`));
		for (const t of info.tileList) expect(touching.has(t), t).toBe(true);
		// The source ends at 112.5°E and 31.95°N: the rest of the region has no tile, and the notes say so.
		expect(info.bounds[2]).toBeCloseTo(112.5, 3);
		expect(info.bounds[3]).toBeCloseTo(31.952, 2);
		expect(info.missing.en).toMatch(/east of 112\.50°E and north of 31\.95°N/);
		expect(info.missing.zh).toMatch(/112\.50° 以东、北纬 31\.95° 以北/);
		// No tile holds a masked cell: 6_51_27 rows 184+ are zoom-7 rows 55 (tiles 102/55 and 103/55).
		expect(info.tileList.some((t) => t.endsWith('/55'))).toBe(false);
	});

	it('gives back every check point of the README, nearest pixel', async () => {
		for (const c of checkPoints()) {
			const grid = await nodeTerrainGrid([c.lonLat]);
			expect(grid.cellAt(c.lonLat), c.place).toBe(c.heightM);
		}
	});

	it('writes the source heights unchanged, tile by tile', () => {
		for (const key of info.tileList) {
			const [, x, y] = key.split('/').map(Number);
			const png = decode(readFileSync(`static/geo/terrain/${key}.png`));
			expect(png.width).toBe(128);
			const heights = decodeTerrariumTile(png.data, 128, png.channels);
			const src = sources.find((s) => s.x === x >> 1 && s.y === y >> 1)!;
			const [ox, oy] = [(x & 1) * 128, (y & 1) * 128];
			for (const [col, row] of [
				[0, 0],
				[127, 0],
				[0, 127],
				[127, 127],
				[64, 37]
			])
				expect(heights[row * 128 + col], `${key} (${col}, ${row})`).toBe(src.heights[(oy + row) * 256 + ox + col]);
		}
	});

	it('samples hand-computed heights between cells (bilinear)', async () => {
		const grid = await nodeTerrainGrid(hand.points.map((p) => p.lonLat as [number, number]));
		for (const p of hand.points) expect(grid.heightAt(p.lonLat as [number, number]), p.what).toBeCloseTo(p.heightM, 3);
	});

	it('answers null where there is no terrain instead of inventing it', async () => {
		const east: [number, number] = [113.2, 29.5];
		const north: [number, number] = [108.8, 32.5];
		const grid = await nodeTerrainGrid([east, north]);
		expect(grid.heightAt(east)).toBeNull();
		expect(grid.heightAt(north)).toBeNull();
	});
});
