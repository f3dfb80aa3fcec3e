// Reading the SRTM30_PLUS source tiles of ../shared/data/dem: checksums from its README, the README's own
// height encoding, and the mask over the known defect. Used by build-terrain.ts and by the unit tests.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { decode } from 'fast-png';

import { DEM_DIR } from './dem-source.mjs';

export { DEM_DIR };
/** The source tiles are web-map tiles of this zoom and size (README: `z_x_y.png`, 256 × 256). */
export const SOURCE_ZOOM = 6;
export const SOURCE_TILE_SIZE = 256;
/**
 * Known defects, as the README states them: `6_51_27.png` is corrupt from pixel row 184 down. Masked cells are
 * NaN (no data) and no tile that holds one is ever written.
 */
export const DEFECTS: Record<string, { fromRow: number }> = { '6_51_27.png': { fromRow: 184 } };

/** One decoded source tile: heights in metres row by row, NaN where masked. */
export interface SourceTile {
	file: string;
	x: number;
	y: number;
	heights: Float32Array;
}

class DemError extends Error {}

function fail(message: string): never {
	throw new DemError(message);
}

/**
 * The sha256 of every tile the README's table lists.
 * @param readme - the README text
 * @returns file name → sha256 (hex)
 * @example
 * readmeChecksums(text)['6_50_26.png']; // 'df4059b8…'
 */
export function readmeChecksums(readme: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const m of readme.matchAll(/^\|\s*(\d+_\d+_\d+\.png)\s*\|[^|]*\|\s*([0-9a-f]{64})\s*\|\s*$/gm)) out[m[1]] = m[2];
	return out;
}

/**
 * Height of one source pixel in the README's encoding: h = (G << 8) | R, minus 65536 when that is 32768 or more.
 * @param r - red byte
 * @param g - green byte
 * @returns whole metres
 * @example
 * sourceHeight(131, 3); // 899
 */
export function sourceHeight(r: number, g: number): number {
	const v = (g << 8) | r;
	return v >= 32768 ? v - 65536 : v;
}

/**
 * Reads, checks and decodes every source tile the README lists. Fails on a missing README or tile, a checksum
 * that differs from the README's, a tile of the wrong size, or a pixel that breaks the README's encoding
 * (alpha not 255, B not 0 on land or 255 below sea level) outside a masked defect.
 * @param dir - the folder holding the tiles and README.md
 * @returns the tiles, sorted by name
 * @example
 * readSourceTiles().map((t) => t.file); // ['6_50_26.png', '6_50_27.png', '6_51_26.png', '6_51_27.png']
 */
export function readSourceTiles(dir: string = DEM_DIR): SourceTile[] {
	const readmePath = `${dir}/README.md`;
	if (!existsSync(readmePath)) fail(`no README.md in ${dir} (set $WULING_DEM to the folder of the SRTM30_PLUS tiles)`);
	const sums = readmeChecksums(readFileSync(readmePath, 'utf8'));
	const files = Object.keys(sums).sort();
	if (files.length === 0) fail(`${readmePath} lists no tile with a sha256`);
	return files.map((file) => {
		const path = `${dir}/${file}`;
		if (!existsSync(path)) fail(`${path} is missing`);
		const bytes = readFileSync(path);
		const sha = createHash('sha256').update(bytes).digest('hex');
		if (sha !== sums[file]) fail(`${path}: sha256 ${sha} differs from the README's ${sums[file]}`);
		const [z, x, y] = file.replace('.png', '').split('_').map(Number);
		if (z !== SOURCE_ZOOM) fail(`${file} is not a zoom-${SOURCE_ZOOM} tile`);
		const png = decode(bytes);
		const size = SOURCE_TILE_SIZE;
		if (png.width !== size || png.height !== size || png.depth !== 8 || png.channels !== 4)
			fail(`${file}: expected ${size}×${size} 8-bit RGBA, got ${png.width}×${png.height} ${png.depth}-bit, ${png.channels} channels`);
		const fromRow = DEFECTS[file]?.fromRow ?? size;
		const heights = new Float32Array(size * size);
		for (let row = 0; row < size; row++) {
			for (let col = 0; col < size; col++) {
				const i = row * size + col;
				if (row >= fromRow) {
					heights[i] = NaN;
					continue;
				}
				const [r, g, b, a] = [png.data[4 * i], png.data[4 * i + 1], png.data[4 * i + 2], png.data[4 * i + 3]];
				const h = sourceHeight(r, g);
				if (a !== 255 || b !== (h < 0 ? 255 : 0))
					fail(`${file} pixel (${col}, ${row}): R ${r} G ${g} B ${b} A ${a} breaks the README's encoding`);
				heights[i] = h;
			}
		}
		return { file, x, y, heights };
	});
}
