/**
 * The terrain hillshade of the prerendered first picture: MapLibre's `hillshade` layer (method "standard", its
 * default) computed in node over the same Terrarium tiles, one image pixel per terrain cell, as a PNG placed in the
 * SVG where the cells lie. The browser scales it up smoothly, as MapLibre samples the slope texture linearly.
 *
 * The arithmetic follows MapLibre's two shaders: the prepare pass (a Sobel kernel over the 3×3 heights, scaled by
 * the tile's zoom) and the standard shading (slope, aspect, shadow/highlight/accent colours from the theme, corrected
 * for the Mercator scale by cos(latitude)).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from 'fast-png';
import { latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { TerrainInfo } from '../../src/lib/geo/terrain-grid';
import type { Theme } from '../../src/lib/map/theme';
import { mercator } from '../../src/lib/map/camera-fit';
import { UNIT_ZOOM } from './render';

/** Terrain cells averaged into one image pixel, each way. */
const STEP = 2;

/** A theme colour as premultiplied [r, g, b, a] in 0–1, as MapLibre hands colours to its shaders. */
function premultiplied(css: string): [number, number, number, number] {
	const c = normalizePropertyExpression(
		css as never,
		'layers[0].paint.hillshade-shadow-color',
		latest.paint_line['line-color'] as never
	).evaluate({ zoom: 0 } as never) as unknown as {
		r: number;
		g: number;
		b: number;
		a: number;
	};
	return [c.r, c.g, c.b, c.a];
}

/**
 * The hillshade as an SVG `<image>` over the box, in the picture's units.
 * @param terrain static/geo/terrain.json
 * @param geoDir the folder of the terrain tiles
 * @param clip [west, south, east, north]
 * @param zoom the map zoom the shading is computed for (its exaggeration follows the theme's zoom curve)
 * @param theme colours and exaggeration
 * @returns SVG markup
 */
export async function hillshadeImage(
	terrain: TerrainInfo,
	geoDir: string,
	clip: [number, number, number, number],
	zoom: number,
	theme: Theme
): Promise<string> {
	const z = terrain.zoom;
	const size = terrain.tileSize;
	const tiles = terrain.tileList.map((t) => t.split('/').map(Number));
	const tx0 = Math.min(...tiles.map((t) => t[1]));
	const ty0 = Math.min(...tiles.map((t) => t[2]));
	const tx1 = Math.max(...tiles.map((t) => t[1]));
	const ty1 = Math.max(...tiles.map((t) => t[2]));
	const W = (tx1 - tx0 + 1) * size;
	const H = (ty1 - ty0 + 1) * size;
	const heights = new Float64Array(W * H).fill(Number.NaN);
	for (const [, x, y] of tiles) {
		const png = decode(
			readFileSync(join(geoDir, terrain.tiles.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))))
		);
		const ch = png.channels;
		for (let j = 0; j < size; j++) {
			for (let i = 0; i < size; i++) {
				const o = (j * size + i) * ch;
				const h = png.data[o] * 256 + png.data[o + 1] + png.data[o + 2] / 256 - 32768;
				heights[((y - ty0) * size + j) * W + (x - tx0) * size + i] = h;
			}
		}
	}
	// Every `STEP` × `STEP` cells averaged into one: the picture's image has a quarter of the cells' pixels, which
	// keeps it a few KB; the shading is as soft as the map's at its first zooms.
	const CW = W / STEP;
	const CH = H / STEP;
	const coarse = new Float64Array(CW * CH);
	for (let j = 0; j < CH; j++) {
		for (let i = 0; i < CW; i++) {
			let sum = 0;
			for (let dj = 0; dj < STEP; dj++) for (let di = 0; di < STEP; di++) sum += heights[(j * STEP + dj) * W + i * STEP + di];
			coarse[j * CW + i] = sum / (STEP * STEP);
		}
	}
	const at = (i: number, j: number) => coarse[Math.max(0, Math.min(CH - 1, j)) * CW + Math.max(0, Math.min(CW - 1, i))];
	const tile = size / STEP;

	// The clip box in (coarse) cells of the mosaic.
	const cells = tile * 2 ** z;
	const [cx0, cy0] = mercator([clip[0], clip[3]]).map((v) => v * cells);
	const [cx1, cy1] = mercator([clip[2], clip[1]]).map((v) => v * cells);
	const i0 = Math.max(0, Math.floor(cx0) - tx0 * tile);
	const j0 = Math.max(0, Math.floor(cy0) - ty0 * tile);
	const i1 = Math.min(CW, Math.ceil(cx1) - tx0 * tile);
	const j1 = Math.min(CH, Math.ceil(cy1) - ty0 * tile);
	const w = i1 - i0;
	const h = j1 - j0;

	const exaggeration = Number(
		normalizePropertyExpression(
			['interpolate', ['linear'], ['zoom'], 5, theme.hillshadeExaggeration[0], 10, theme.hillshadeExaggeration[1]] as never,
			'layers[0].paint.hillshade-exaggeration',
			latest.paint_line['line-width'] as never
		).evaluate({ zoom } as never)
	);
	const shadow = premultiplied(theme.hillshadeShadow);
	const highlight = premultiplied(theme.hillshadeHighlight);
	const accentColour = premultiplied(theme.hillshadeAccent);
	const azimuth = (335 * Math.PI) / 180 + Math.PI;
	// Prepare pass: heights to slopes, scaled for a tile of this zoom (MapLibre's hillshade_prepare shader).
	// The tile's zoom sets the exaggeration as on the map; the cell size is the coarse cell's.
	const prepareScale = tile / 2 ** ((z - 15) * 0.3 + (3 + 25.2562 - z));
	const base = 1.875 - exaggeration * 1.75;
	const maxValue = 0.5 * Math.PI;
	const strength = Math.min(1, Math.max(0, exaggeration * 2));

	// Colour 0 is transparent: no terrain there.
	const palette: number[][] = [[0, 0, 0, 0]];
	const paletteIndex = new Map<string, number>();
	const pixels = new Uint8Array(w * h);
	for (let j = 0; j < h; j++) {
		const gy = j0 + j;
		const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (ty0 * tile + gy + 0.5)) / cells))) * 180) / Math.PI;
		const scaleFactor = Math.cos((lat * Math.PI) / 180);
		for (let i = 0; i < w; i++) {
			const gx = i0 + i;
			if (Number.isNaN(at(gx, gy))) continue;
			const a = at(gx - 1, gy - 1);
			const b = at(gx, gy - 1);
			const c = at(gx + 1, gy - 1);
			const d = at(gx - 1, gy);
			const f = at(gx + 1, gy);
			const g = at(gx - 1, gy + 1);
			const hh = at(gx, gy + 1);
			const k = at(gx + 1, gy + 1);
			if ([a, b, c, d, f, g, hh, k].some(Number.isNaN)) continue;
			// The prepare pass stores each slope as one byte around 128/255, clamped to [0, 1].
			const enc = (v: number) => Math.round(Math.min(1, Math.max(0, (v * prepareScale) / 8 + 128 / 255)) * 255) / 255;
			const dx = ((enc(c + f + f + k - (a + d + d + g)) - 128 / 255) * 8) / scaleFactor;
			const dy = ((enc(g + hh + hh + k - (a + b + b + c)) - 128 / 255) * 8) / scaleFactor;
			const slope = Math.atan(0.625 * Math.hypot(dx, dy));
			const aspect = dx !== 0 ? Math.atan2(dy, -dx) : (Math.PI / 2) * (dy > 0 ? 1 : -1);
			// Shade and slope in steps (12 × 20 at most): an indexed PNG of a few KB, smooth once scaled up.
			const scaledSlope =
				(Math.round(((exaggeration !== 0.5 ? ((base ** slope - 1) / (base ** maxValue - 1)) * maxValue : slope) / maxValue) * 19) / 19) *
				maxValue;
			const shade = Math.round(Math.abs((((((aspect + azimuth) / Math.PI + 0.5) % 2) + 2) % 2) - 1) * 11) / 11;
			const key = `${shade},${scaledSlope}`;
			let index = paletteIndex.get(key);
			if (index === undefined) {
				const accent = Math.cos(scaledSlope);
				const shadeColour = [0, 1, 2, 3].map((n) => (shadow[n] * (1 - shade) + highlight[n] * shade) * Math.sin(scaledSlope) * strength);
				const out = [0, 1, 2, 3].map((n) => (1 - accent) * accentColour[n] * strength * (1 - shadeColour[3]) + shadeColour[n]);
				const alpha = out[3];
				// Straight alpha for the PNG.
				const c = alpha > 0 ? [out[0] / alpha, out[1] / alpha, out[2] / alpha, alpha] : [0, 0, 0, 0];
				index = palette.length;
				palette.push(c.map((v) => Math.max(0, Math.min(255, Math.round(v * 255)))));
				paletteIndex.set(key, index);
			}
			pixels[j * w + i] = index;
		}
	}
	if (palette.length > 256) throw new Error(`hillshade: ${palette.length} colours, more than a PNG palette holds`);
	const png = encode({ width: w, height: h, data: pixels, channels: 1, depth: 8, palette }, { zlib: { level: 9 } });
	// One image pixel per coarse cell: 2^(UNIT_ZOOM − z) × (512 / tile) picture units.
	const unit = 2 ** (UNIT_ZOOM - z) * (512 / tile);
	const x = (tx0 * tile + i0) * unit;
	const y = (ty0 * tile + j0) * unit;
	return `<image x="${x}" y="${y}" width="${w * unit}" height="${h * unit}" preserveAspectRatio="none" href="data:image/png;base64,${Buffer.from(png).toString('base64')}"/>`;
}
