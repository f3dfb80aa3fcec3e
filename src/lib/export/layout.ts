/**
 * Layout of an exported map image: sizes, where the title, legend, scale bar, north arrow and footer
 * go, the scale bar's length and label, and text wrapping. Pure arithmetic; the drawing is done
 * elsewhere with Canvas 2D.
 */

/** An output size of the export. */
export interface ExportSize {
	id: 'screen' | 'a4' | 'a3';
	widthPx: number;
	heightPx: number;
	/** Dots per inch for paper sizes; null for a screen size. */
	dpi: number | null;
}

/**
 * Pixels for a paper length at a resolution.
 * @param mm length in millimetres
 * @param dpi dots per inch
 * @returns whole pixels
 * @example paperPx(297, 150) // 1754
 */
export function paperPx(mm: number, dpi: number): number {
	return Math.round((mm / 25.4) * dpi);
}

/** The export sizes: 16:9 for slides, A4 and A3 landscape at 150 dpi for print. */
export const EXPORT_SIZES: readonly ExportSize[] = [
	{ id: 'screen', widthPx: 1920, heightPx: 1080, dpi: null },
	{ id: 'a4', widthPx: paperPx(297, 150), heightPx: paperPx(210, 150), dpi: 150 },
	{ id: 'a3', widthPx: paperPx(420, 150), heightPx: paperPx(297, 150), dpi: 150 }
];

/** Equatorial circumference of the Web Mercator sphere, in metres. */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;

/**
 * Ground metres per output pixel at a latitude and zoom, for MapLibre's 512-pixel tiles.
 * @param latDeg latitude of the point, degrees
 * @param zoom map zoom
 * @param pixelRatio output pixels per CSS pixel
 * @returns metres per output pixel
 * @example metersPerPixel(0, 0, 1) // ≈ 78271.5
 */
export function metersPerPixel(latDeg: number, zoom: number, pixelRatio = 1): number {
	return (EARTH_CIRCUMFERENCE_M * Math.cos((latDeg * Math.PI) / 180)) / (512 * 2 ** zoom) / pixelRatio;
}

/** A scale bar: a round ground length and its length in pixels. */
export interface ScaleBar {
	meters: number;
	lengthPx: number;
	label: string;
}

/**
 * The longest round scale bar (1, 2 or 5 × a power of ten metres) that fits a maximum length.
 * @param metersPerPx ground metres per output pixel
 * @param maxLengthPx longest bar allowed, in output pixels
 * @param units words for kilometres and metres
 * @returns the bar's ground length, pixel length and label ("20 km", "500 m")
 * @example niceScaleBar(100, 240) // { meters: 20000, lengthPx: 200, label: '20 km' }
 */
export function niceScaleBar(metersPerPx: number, maxLengthPx: number, units: { km: string; m: string } = { km: 'km', m: 'm' }): ScaleBar {
	const maxMeters = metersPerPx * maxLengthPx;
	const pow = 10 ** Math.floor(Math.log10(maxMeters));
	const step = [5, 2, 1].find((s) => s * pow <= maxMeters) ?? 1;
	const meters = step * pow;
	const label = meters >= 1000 ? `${formatNumber(meters / 1000)} ${units.km}` : `${formatNumber(meters)} ${units.m}`;
	return { meters, lengthPx: meters / metersPerPx, label };
}

function formatNumber(n: number): string {
	// Round away floating-point dust (0.1 × 3 and the like) before printing.
	return String(Number(n.toPrecision(6)));
}

/**
 * The screen angle of north for a map bearing: the arrow turns against the map.
 * @param bearingDeg map bearing, degrees clockwise from north
 * @returns rotation of the arrow, radians clockwise
 * @example northArrowAngle(90) // -π/2: north points left
 */
export function northArrowAngle(bearingDeg: number): number {
	return (-bearingDeg * Math.PI) / 180;
}

/** How an offscreen map is sized to render an export. */
export interface RenderPlan {
	/** CSS size of the offscreen map. */
	cssWidth: number;
	cssHeight: number;
	/** Device pixels per CSS pixel, so that the canvas has the output size. */
	pixelRatio: number;
}

/**
 * Sizes an offscreen map so that the export shows at least what the screen shows, at the output size:
 * the zoom stays, labels grow with the output, and the other axis shows more map.
 * @param view the screen map's CSS size
 * @param out the output size in pixels
 * @returns CSS size and pixel ratio of the offscreen map
 * @example renderPlan({ width: 960, height: 540 }, { width: 1920, height: 1080 }) // 960×540 at ×2
 */
export function renderPlan(view: { width: number; height: number }, out: { width: number; height: number }): RenderPlan {
	const fit = Math.min(out.width / Math.max(1, view.width), out.height / Math.max(1, view.height));
	const pixelRatio = Math.min(4, Math.max(1, fit));
	return {
		cssWidth: Math.ceil(out.width / pixelRatio),
		cssHeight: Math.ceil(out.height / pixelRatio),
		pixelRatio
	};
}

/**
 * The crop of a source image that covers a target's aspect ratio, centred.
 * @param src source size
 * @param out target size
 * @returns the source rectangle to draw into the whole target
 * @example coverCrop({ width: 200, height: 100 }, { width: 100, height: 100 }) // { x: 50, y: 0, width: 100, height: 100 }
 */
export function coverCrop(
	src: { width: number; height: number },
	out: { width: number; height: number }
): { x: number; y: number; width: number; height: number } {
	const scale = Math.max(out.width / src.width, out.height / src.height);
	const width = out.width / scale;
	const height = out.height / scale;
	return { x: (src.width - width) / 2, y: (src.height - height) / 2, width, height };
}

/**
 * Splits text into lines no wider than a width. Chinese breaks between any two characters (never
 * before a closing mark or after an opening one), other scripts at spaces and at script changes; a
 * word longer than the width gets a line of its own.
 * @param text the text
 * @param maxWidthPx the widest line allowed
 * @param measure width of a string in pixels (Canvas 2D `measureText` in the browser)
 * @returns the lines, trimmed
 * @example wrapText('a bb ccc', 4, (s) => s.length) // ['a bb', 'ccc']
 */
export function wrapText(text: string, maxWidthPx: number, measure: (s: string) => number): string[] {
	// A token is one Chinese character or one run of other script, with opening marks kept before it
	// and closing marks after it, so no line starts with "）" or ends with "（".
	const tokens =
		text.match(
			/[（「『《“]*(?:[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)[，。、；：！？）」』》”]*\s*|\s+/g
		) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line + token;
		if (line && measure(candidate.trimEnd()) > maxWidthPx) {
			lines.push(line.trim());
			line = token.trimStart();
		} else line = candidate;
	}
	if (line.trim()) lines.push(line.trim());
	return lines;
}

/** A rectangle in output pixels. */
export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

/** Type sizes and margins of an export, scaled with its area. */
export interface ExportMetrics {
	widthPx: number;
	heightPx: number;
	/** 1 at 1920×1080; grows with the square root of the area. */
	unit: number;
	marginPx: number;
	paddingPx: number;
	titlePx: number;
	bodyPx: number;
	smallPx: number;
	/** Widest title line. */
	titleMaxWidthPx: number;
	/** Widest footer line. */
	footerMaxWidthPx: number;
	legendWidthPx: number;
	legendRowPx: number;
	scaleMaxPx: number;
	northSizePx: number;
}

/**
 * Type sizes and margins for an output size.
 * @param widthPx output width
 * @param heightPx output height
 * @returns the metrics
 * @example exportMetrics(1920, 1080).titlePx // 44
 */
export function exportMetrics(widthPx: number, heightPx: number): ExportMetrics {
	const unit = Math.sqrt((widthPx * heightPx) / (1920 * 1080));
	const r = (n: number) => Math.round(n * unit);
	const marginPx = r(28);
	const paddingPx = r(16);
	return {
		widthPx,
		heightPx,
		unit,
		marginPx,
		paddingPx,
		titlePx: r(44),
		bodyPx: r(19),
		smallPx: r(15),
		titleMaxWidthPx: Math.round(widthPx * 0.6) - 2 * paddingPx,
		footerMaxWidthPx: widthPx - 2 * marginPx - 2 * paddingPx,
		legendWidthPx: r(330),
		legendRowPx: r(28),
		scaleMaxPx: r(240),
		northSizePx: r(64)
	};
}

/** Where each piece of furniture goes. */
export interface ExportLayout {
	/** The title box; the subtitle's lines follow the title's inside it. */
	title: Box & { lineHeightPx: number; subtitleLineHeightPx: number };
	/** Where else the legend may go (top right, bottom left, top left), for `emptiestBox`; `legend` is the first choice. */
	legendCandidates: (Box & { rowHeightPx: number })[];
	north: { cx: number; cy: number; sizePx: number };
	legend: Box & { rowHeightPx: number };
	scale: { x: number; y: number; maxLengthPx: number; barHeightPx: number };
	footer: Box & { lineHeightPx: number };
}

/**
 * Places the furniture: title (and subtitle) top left, north arrow top right, footer (date and credits) along the
 * bottom, legend bottom right (or, see `legendCandidates`, another corner) and scale bar bottom left above the footer.
 * @param m metrics from `exportMetrics`
 * @param counts lines of title and footer text (after wrapping), legend rows, and the width the
 *   legend's longest row needs (kept between the default width and a third of the image)
 * @returns boxes in output pixels
 * @example exportLayout(exportMetrics(1920, 1080), { titleLines: 1, footerLines: 2, legendRows: 6 }).title.y // 28
 */
export function exportLayout(
	m: ExportMetrics,
	counts: { titleLines: number; subtitleLines?: number; footerLines: number; legendRows: number; legendWidthPx?: number }
): ExportLayout {
	const legendWidth = Math.round(Math.min(m.widthPx / 3, Math.max(m.legendWidthPx, counts.legendWidthPx ?? 0)));
	const titleLine = Math.round(m.titlePx * 1.25);
	const subtitleLine = Math.round(m.bodyPx * 1.4);
	const footerLine = Math.round(m.smallPx * 1.45);
	const titleWidth = m.titleMaxWidthPx + 2 * m.paddingPx;
	const title = {
		x: m.marginPx,
		y: m.marginPx,
		width: titleWidth,
		height: counts.titleLines * titleLine + (counts.subtitleLines ?? 0) * subtitleLine + 2 * m.paddingPx,
		lineHeightPx: titleLine,
		subtitleLineHeightPx: subtitleLine
	};
	const footerHeight = counts.footerLines * footerLine + 2 * Math.round(m.paddingPx / 2);
	const footer = {
		x: 0,
		y: m.heightPx - footerHeight,
		width: m.widthPx,
		height: footerHeight,
		lineHeightPx: footerLine
	};
	const legendHeight = counts.legendRows * m.legendRowPx + 2 * m.paddingPx;
	const legend = {
		x: m.widthPx - m.marginPx - legendWidth,
		y: Math.max(title.y + title.height + m.marginPx, footer.y - m.marginPx - legendHeight),
		width: legendWidth,
		height: legendHeight,
		rowHeightPx: m.legendRowPx
	};
	const barHeightPx = Math.max(4, Math.round(10 * m.unit));
	const scale = {
		x: m.marginPx,
		y: footer.y - m.marginPx - barHeightPx,
		maxLengthPx: m.scaleMaxPx,
		barHeightPx
	};
	const north = {
		cx: m.widthPx - m.marginPx - m.northSizePx / 2,
		cy: m.marginPx + m.northSizePx / 2 + Math.round(m.smallPx * 1.2),
		sizePx: m.northSizePx
	};
	const below = (y: number) => Math.min(y, footer.y - m.marginPx - legendHeight);
	const legendCandidates: (Box & { rowHeightPx: number })[] = [
		// Top right, under the north arrow.
		{ ...legend, y: below(north.cy + north.sizePx / 2 + m.marginPx) },
		// Bottom left, above the scale bar.
		{ ...legend, x: m.marginPx, y: Math.max(title.y + title.height + m.marginPx, scale.y - m.smallPx * 2 - m.marginPx - legendHeight) },
		// Top left, under the title.
		{ ...legend, x: m.marginPx, y: below(title.y + title.height + m.marginPx) }
	];
	return { title, north, legend, legendCandidates, scale, footer };
}

/**
 * The box that covers the fewest data points: where the legend hides the least of the map. Ties go to the
 * earlier box, so the usual corner wins on an empty map.
 * @param boxes candidate boxes, in order of preference
 * @param points drawn data positions, in the same pixels as the boxes
 * @returns the chosen box and how many points it covers
 * @example emptiestBox([br, tr], [[1800, 900]]).box === tr // a point under the bottom-right box moves the legend
 */
export function emptiestBox<B extends Box>(boxes: B[], points: [number, number][]): { box: B; covered: number } {
	let best = { box: boxes[0], covered: Number.POSITIVE_INFINITY };
	for (const box of boxes) {
		let covered = 0;
		for (const [x, y] of points) if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) covered++;
		if (covered < best.covered) best = { box, covered };
	}
	return best;
}
