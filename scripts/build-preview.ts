/**
 * Writes src/lib/generated/preview/map-zh.svg: the first picture of `/`, prerendered into its HTML so that a map is
 * on screen before MapLibre has loaded. It is the map's own first view: the style the page gives MapLibre (basemap,
 * projects of the default year view, from the same theme and layer functions over the same static/geo files)
 * drawn by scripts/preview/render.ts at the camera MapLibre's `fitBounds` gives the region
 * (src/lib/map/camera-fit.ts), with the terrain hillshade as a small image (scripts/preview/hillshade.ts).
 *
 * The picture is an SVG document for an <img> as large as the map. Its inner `viewBox` is the region's Mercator
 * box, fitted with `preserveAspectRatio="xMidYMid meet"` into the map's padded box (CSS in the document, by the
 * image's width as `regionPadding` decides by the map's), so it lands where MapLibre puts the region at any map
 * size. Pixel sizes (circles, labels, side-by-side offsets) are drawn for two reference maps, the desktop
 * (1280×800 window) and the phone (390×844), each in its own group shown by width. An <img> rather than inline
 * SVG: the browser takes it as the page's largest contentful paint, and a screen reader reads its `alt`.
 *
 * Usage: npx tsx scripts/build-preview.ts (part of `npm run data`). Deterministic; logs to stderr; exits 1 on an
 * empty picture.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCatalogue, loadGeoBundle } from '../src/lib/geo/load';
import { styleForBundle } from '../src/lib/map/basemap';
import { projectLayers, projectSources, withProjectLayers } from '../src/lib/map/projects';
import { lightTheme } from '../src/lib/map/theme';
import { MAX_ZOOM, REGION_BOUNDS } from '../src/lib/map/region';
import {
	fitCamera,
	PHONE_MAX_WIDTH,
	PHONE_SHEET_SHARE,
	regionPadding,
	unmercator,
	visibleBounds,
	type FittedCamera
} from '../src/lib/map/camera-fit';
import { mapFeatures, uncertaintyCircles, visibleEntries, type IndexEntry } from '../src/lib/catalogue/view';
import { renderStyle, toUnits } from './preview/render';
import { hillshadeImage } from './preview/hillshade';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/lib/generated/preview/map-zh.svg');
const MIN_ZOOM = 4.5;

/** The reference maps: the map's box (CSS px) in a 1280×800 desktop window and a 390×844 phone (54 px header). */
export const REFERENCE_MAPS = {
	desktop: { width: 900, height: 746 },
	phone: { width: 390, height: 790 },
	/** A large desktop window (1920×1080): only widens what the picture covers. */
	wide: { width: 1540, height: 1026 }
} as const;

/** Class names of the two size groups, shown by the page by width (MapPreview.svelte). */
export const GROUP_CLASS = { desktop: 'wp-d', phone: 'wp-p' } as const;

const log = (m: string) => console.error(`build-preview: ${m}`);

const camera = (m: { width: number; height: number }): FittedCamera =>
	fitCamera(REGION_BOUNDS, m.width, m.height, regionPadding(m.width, m.height), [MIN_ZOOM, MAX_ZOOM]);

/**
 * The picture of the default view as SVG markup.
 * @param staticDir the folder whose geo/ holds the static/geo files
 * @returns the SVG document
 */
export async function buildPreview(staticDir = join(ROOT, 'static')): Promise<string> {
	const fetchFile = async (url: string) => new Response(readFileSync(join(staticDir, url)));
	const [bundle, catalogue] = await Promise.all([loadGeoBundle('', fetchFile), loadCatalogue<IndexEntry>('', fetchFile)]);
	// As the page builds its first style (src/routes/+page.svelte): the default filters and year view.
	const shown = visibleEntries(catalogue.entries, { groups: [], phases: [], periods: [], year: 'now', matches: null });
	const data = mapFeatures(catalogue.features, new Map(shown.map((v) => [v.entry.id, v.phase])));
	const style = withProjectLayers(
		styleForBundle(bundle, 'zh', 'http://localhost'),
		projectSources(data, uncertaintyCircles(data)),
		projectLayers(lightTheme, 'zh', { showPrecision: false }),
		'now'
	);

	const desktop = camera(REFERENCE_MAPS.desktop);
	const phone = camera(REFERENCE_MAPS.phone);
	// Everything the reference maps show, and a margin; on the phone only what lies above its sheet (72% down).
	const phoneBox = visibleBounds(phone);
	phoneBox[1] = unmercator([0, phone.centerWorld[1] + (0.72 * phone.height - phone.height / 2) / phone.worldSize])[1];
	const boxes = [visibleBounds(desktop), phoneBox, visibleBounds(camera(REFERENCE_MAPS.wide))];
	const margin = 0.05;
	const clip: [number, number, number, number] = [
		Math.min(...boxes.map((b) => b[0])) - margin,
		Math.min(...boxes.map((b) => b[1])) - margin,
		Math.max(...boxes.map((b) => b[2])) + margin,
		Math.max(...boxes.map((b) => b[3])) + margin
	];
	log(
		`desktop zoom ${desktop.zoom.toFixed(3)}, phone zoom ${phone.zoom.toFixed(3)}; drawn over [${clip.map((x) => x.toFixed(2)).join(', ')}]`
	);

	const hillshade = await hillshadeImage(bundle.terrain, join(staticDir, 'geo'), clip, desktop.zoom, lightTheme);
	const inner = renderStyle(style, {
		clip,
		groups: [
			{ name: GROUP_CLASS.desktop, zoom: desktop.zoom },
			{ name: GROUP_CLASS.phone, zoom: phone.zoom }
		],
		labelLayers: ['basemap-place-label-major'],
		labelField: 'zh',
		extraAfter: { 'basemap-hillshade': hillshade }
	});
	if (!inner.includes('<path')) throw new Error('the picture has no paths');

	const [x0, y0] = toUnits([REGION_BOUNDS[0], REGION_BOUNDS[3]]);
	const [x1, y1] = toUnits([REGION_BOUNDS[2], REGION_BOUNDS[1]]);
	const viewBox = [x0, y0, x1 - x0, y1 - y0].map((v) => Number(v.toFixed(3))).join(' ');
	// A document for an <img> as large as the map: the region's box is fitted (meet) into the map's padded box, as
	// MapLibre's fitBounds does, and drawn past it (overflow visible) to the map's edges. Media queries in an image
	// answer to the image's width, that is the map's, as `regionPadding` does.
	const [d, p] = [GROUP_CLASS.desktop, GROUP_CLASS.phone];
	const css =
		`.f{position:absolute;inset:24px}.f>svg{display:block;width:100%;height:100%}.${p}{display:none}` +
		`@media (max-width:${PHONE_MAX_WIDTH}px){.f{inset:48px 12px calc(${PHONE_SHEET_SHARE * 100}% + 12px) 12px;bottom:calc(round(${PHONE_SHEET_SHARE * 100}%,1px) + 12px)}.${p}{display:inline}.${d}{display:none}}`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"><style>${css}</style>` +
		`<rect width="100%" height="100%" fill="${lightTheme.landOutside}"/>` +
		`<foreignObject width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml" class="f">` +
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}" preserveAspectRatio="xMidYMid meet" overflow="visible" ` +
		`font-family="Noto Sans SC,Noto Sans CJK SC,sans-serif">${inner}</svg></div></foreignObject></svg>\n`
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	buildPreview()
		.then((svg) => {
			mkdirSync(dirname(OUT), { recursive: true });
			writeFileSync(OUT, svg);
			log(`wrote ${OUT} (${(svg.length / 1024).toFixed(1)} KB)`);
		})
		.catch((e: unknown) => {
			console.error(`build-preview: ${e instanceof Error ? e.stack : String(e)}`);
			process.exit(1);
		});
}
