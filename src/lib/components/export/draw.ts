/**
 * Browser side of the export: renders the map at an output size in an offscreen MapLibre map, and draws
 * the furniture (title, legend, scale bar, north arrow, date, credits) with Canvas 2D. Layout arithmetic
 * lives in lib/export/layout.ts.
 */
import * as maplibregl from 'maplibre-gl';
import type { Map as MapLibreMap } from 'maplibre-gl';
import {
	coverCrop,
	exportLayout,
	exportMetrics,
	metersPerPixel,
	niceScaleBar,
	northArrowAngle,
	emptiestBox,
	renderPlan,
	wrapText
} from '$lib/export/layout';
import type { LegendRow } from '$lib/export/legend';

/** What the furniture says. */
export interface Furniture {
	title: string;
	/** Year, filters and tool shown. */
	subtitle: string;
	legend: LegendRow[];
	/** Footer paragraphs: the data date, the credits, the schematic note. */
	footer: string[];
	units: { km: string; m: string };
	northLabel: string;
	/** Where data is drawn, in output pixels: the legend goes to the corner that covers the fewest. */
	dataPoints?: [number, number][];
}

/** A map image at the output size, and what the scale bar and north arrow need. */
export interface MapImage {
	canvas: HTMLCanvasElement;
	metersPerPx: number;
	bearingDeg: number;
}

/** The page's own font stack (system CJK fonts), so the image reads like the page. */
let stack: string | null = null;
function fontStack(): string {
	stack ??= getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';
	return stack;
}

function waitFor(map: MapLibreMap, event: 'load' | 'idle', timeoutMs: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`map did not reach ${event}`)), timeoutMs);
		map.once(event, () => {
			clearTimeout(timer);
			resolve();
		});
	});
}

/**
 * Renders the current view of a map at an output size in a hidden map of its own, so the screen map is
 * left alone. The zoom is kept; a larger output shows the map sharper, not smaller.
 */
export async function renderMapImage(
	map: MapLibreMap,
	out: { width: number; height: number },
	featureStates: { source: string; id: string; state: Record<string, boolean> }[] = []
): Promise<MapImage> {
	const view = map.getContainer().getBoundingClientRect();
	const plan = renderPlan({ width: view.width, height: view.height }, out);
	const holder = document.createElement('div');
	holder.setAttribute('aria-hidden', 'true');
	holder.style.cssText = `position:fixed;left:-${plan.cssWidth + 1000}px;top:0;width:${plan.cssWidth}px;height:${plan.cssHeight}px;pointer-events:none;`;
	document.body.appendChild(holder);
	const off = new maplibregl.Map({
		container: holder,
		style: map.getStyle(),
		center: map.getCenter(),
		zoom: map.getZoom(),
		bearing: map.getBearing(),
		pitch: map.getPitch(),
		pixelRatio: plan.pixelRatio,
		maxCanvasSize: [8192, 8192],
		interactive: false,
		validateStyle: false,
		attributionControl: false,
		fadeDuration: 0,
		canvasContextAttributes: { preserveDrawingBuffer: true }
	});
	try {
		await waitFor(off, 'load', 30000);
		// The style's global state starts from its defaults: carry over what the page has set since (the year view).
		for (const [key, value] of Object.entries(map.getGlobalState())) off.setGlobalStateProperty(key, value);
		for (const f of featureStates) if (off.getSource(f.source)) off.setFeatureState({ source: f.source, id: f.id }, f.state);
		off.triggerRepaint();
		await waitFor(off, 'idle', 30000);
		const canvas = document.createElement('canvas');
		canvas.width = out.width;
		canvas.height = out.height;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2D canvas');
		ctx.drawImage(off.getCanvas(), 0, 0, out.width, out.height);
		const centre = off.getCenter();
		const ratio = off.getCanvas().width / plan.cssWidth;
		return {
			canvas,
			metersPerPx: metersPerPixel(centre.lat, off.getZoom(), ratio * (out.width / off.getCanvas().width)),
			bearingDeg: off.getBearing()
		};
	} finally {
		off.remove();
		holder.remove();
	}
}

/**
 * Copies the screen map's canvas into an output size at once (cropped to cover), for printing, where
 * there is no time to render again. Needs the map's preserved drawing buffer.
 */
export function copyMapImage(map: MapLibreMap, out: { width: number; height: number }): MapImage {
	const src = map.getCanvas();
	const canvas = document.createElement('canvas');
	canvas.width = out.width;
	canvas.height = out.height;
	const ctx = canvas.getContext('2d');
	const crop = coverCrop({ width: src.width, height: src.height }, out);
	ctx?.drawImage(src, crop.x, crop.y, crop.width, crop.height, 0, 0, out.width, out.height);
	const cssPerSrcPx = map.getContainer().clientWidth / Math.max(1, src.width);
	const outPerCss = out.width / crop.width / cssPerSrcPx;
	return {
		canvas,
		metersPerPx: metersPerPixel(map.getCenter().lat, map.getZoom(), outPerCss),
		bearingDeg: map.getBearing()
	};
}

/** The precision key: a soft band under a line, a dashed circle round a dot, or a plain dot. */
function drawPrecisionSwatch(
	ctx: CanvasRenderingContext2D,
	style: 'schematic' | 'approximate' | 'exact',
	colour: string,
	x: number,
	y: number,
	w: number,
	unit: number
): void {
	ctx.strokeStyle = colour;
	ctx.fillStyle = colour;
	if (style === 'schematic') {
		ctx.globalAlpha = 0.18;
		ctx.lineCap = 'round';
		ctx.lineWidth = 12 * unit;
		ctx.beginPath();
		ctx.moveTo(x + 4 * unit, y);
		ctx.lineTo(x + w - 4 * unit, y);
		ctx.stroke();
		ctx.globalAlpha = 1;
		ctx.lineWidth = 2.5 * unit;
		ctx.stroke();
		return;
	}
	const cx = x + w / 2;
	if (style === 'approximate') {
		ctx.lineWidth = 1.5 * unit;
		ctx.setLineDash([3 * unit, 2 * unit]);
		ctx.beginPath();
		ctx.arc(cx, y, 8 * unit, 0, 2 * Math.PI);
		ctx.stroke();
		ctx.setLineDash([]);
	}
	ctx.beginPath();
	ctx.arc(cx, y, (style === 'exact' ? 5 : 3) * unit, 0, 2 * Math.PI);
	ctx.fill();
}

/**
 * Where the drawn projects fall in an export of the map's current view, in output pixels: every vertex of the
 * features, projected on the screen map and carried to the output (same centre and zoom, see `renderPlan`).
 */
export function dataPointsFor(
	map: MapLibreMap,
	features: { features: { geometry: { type: string; coordinates?: unknown } | null }[] },
	out: { width: number; height: number },
	plan: { cssWidth: number; cssHeight: number }
): [number, number][] {
	const view = map.getContainer().getBoundingClientRect();
	const k = out.width / plan.cssWidth;
	const points: [number, number][] = [];
	const visit = (c: unknown): void => {
		if (!Array.isArray(c)) return;
		if (typeof c[0] === 'number' && typeof c[1] === 'number') {
			const p = map.project([c[0], c[1]]);
			points.push([(plan.cssWidth / 2 + p.x - view.width / 2) * k, (plan.cssHeight / 2 + p.y - view.height / 2) * k]);
			return;
		}
		for (const x of c) visit(x);
	};
	for (const f of features.features) visit(f.geometry?.coordinates);
	return points;
}

function font(px: number, weight = 400): string {
	return `${weight} ${px}px ${fontStack()}`;
}

function panel(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number): void {
	ctx.save();
	ctx.fillStyle = 'rgba(255, 253, 249, 0.92)';
	ctx.strokeStyle = 'rgba(74, 67, 58, 0.35)';
	ctx.lineWidth = Math.max(1, r / 6);
	ctx.beginPath();
	ctx.roundRect(x, y, w, h, r);
	ctx.fill();
	ctx.stroke();
	ctx.restore();
}

/** Draws the furniture over a map image, in place. */
export function drawFurniture(image: MapImage, f: Furniture): HTMLCanvasElement {
	const { canvas } = image;
	const ctx = canvas.getContext('2d');
	if (!ctx) return canvas;
	const m = exportMetrics(canvas.width, canvas.height);
	const measureWith =
		(px: number, weight = 400) =>
		(s: string) => {
			ctx.font = font(px, weight);
			return ctx.measureText(s).width;
		};
	const titleLines = wrapText(f.title, m.titleMaxWidthPx, measureWith(m.titlePx, 700)).slice(0, 3);
	const subtitleLines = wrapText(f.subtitle, m.titleMaxWidthPx, measureWith(m.bodyPx, 600)).slice(0, 3);
	const footerLines = f.footer.flatMap((p) => wrapText(p, m.footerMaxWidthPx, measureWith(m.smallPx)));
	const swatchW = Math.round(44 * m.unit);
	const rowWidths = f.legend.map((row) =>
		row.kind === 'heading'
			? measureWith(m.smallPx, 700)(row.label)
			: swatchW + m.paddingPx * 1.75 + measureWith(m.bodyPx)(row.label) + measureWith(m.bodyPx)(String(row.count))
	);
	const lay = exportLayout(m, {
		titleLines: titleLines.length,
		subtitleLines: subtitleLines.length,
		footerLines: footerLines.length,
		legendRows: f.legend.length,
		legendWidthPx: Math.max(0, ...rowWidths) + 2 * m.paddingPx
	});
	const radius = Math.round(8 * m.unit);
	ctx.textBaseline = 'middle';

	// Title: the box shrinks to the text.
	const titleWidth =
		Math.max(...titleLines.map(measureWith(m.titlePx, 700)), ...subtitleLines.map(measureWith(m.bodyPx, 600))) + 2 * m.paddingPx;
	panel(ctx, lay.title.x, lay.title.y, titleWidth, lay.title.height, radius);
	ctx.fillStyle = '#23201c';
	ctx.font = font(m.titlePx, 700);
	titleLines.forEach((line, i) =>
		ctx.fillText(line, lay.title.x + m.paddingPx, lay.title.y + m.paddingPx + (i + 0.5) * lay.title.lineHeightPx)
	);
	ctx.fillStyle = '#4d463e';
	ctx.font = font(m.bodyPx, 600);
	const subTop = lay.title.y + m.paddingPx + titleLines.length * lay.title.lineHeightPx;
	subtitleLines.forEach((line, i) => ctx.fillText(line, lay.title.x + m.paddingPx, subTop + (i + 0.5) * lay.title.subtitleLineHeightPx));

	// North arrow, turned against the map's bearing.
	const n = lay.north;
	panel(
		ctx,
		n.cx - n.sizePx / 2 - m.paddingPx / 2,
		n.cy - n.sizePx / 2 - m.smallPx * 1.4,
		n.sizePx + m.paddingPx,
		n.sizePx + m.smallPx * 1.6 + m.paddingPx / 2,
		radius
	);
	ctx.save();
	ctx.translate(n.cx, n.cy + m.smallPx * 0.2);
	ctx.rotate(northArrowAngle(image.bearingDeg));
	const a = n.sizePx * 0.42;
	ctx.beginPath();
	ctx.moveTo(0, -a);
	ctx.lineTo(a * 0.45, a * 0.7);
	ctx.lineTo(0, a * 0.35);
	ctx.closePath();
	ctx.fillStyle = '#23201c';
	ctx.fill();
	ctx.beginPath();
	ctx.moveTo(0, -a);
	ctx.lineTo(-a * 0.45, a * 0.7);
	ctx.lineTo(0, a * 0.35);
	ctx.closePath();
	ctx.fillStyle = '#fffdf9';
	ctx.strokeStyle = '#23201c';
	ctx.lineWidth = Math.max(1, m.unit * 1.5);
	ctx.fill();
	ctx.stroke();
	ctx.textAlign = 'center';
	ctx.fillStyle = '#23201c';
	ctx.font = font(m.smallPx, 700);
	ctx.fillText(f.northLabel, 0, -a - m.smallPx * 0.75);
	ctx.restore();

	// Legend.
	if (f.legend.length) {
		const L = emptiestBox([lay.legend, ...lay.legendCandidates], f.dataPoints ?? []).box;
		panel(ctx, L.x, L.y, L.width, L.height, radius);
		f.legend.forEach((row, i) => {
			const y = L.y + m.paddingPx + (i + 0.5) * L.rowHeightPx;
			const x = L.x + m.paddingPx;
			ctx.textAlign = 'left';
			if (row.kind === 'heading') {
				ctx.font = font(m.smallPx, 700);
				ctx.fillStyle = '#4d463e';
				ctx.fillText(row.label, x, y);
				return;
			}
			ctx.save();
			if (row.kind === 'group') {
				ctx.fillStyle = row.colour;
				ctx.fillRect(x, y - 4 * m.unit, swatchW, 8 * m.unit);
			} else if (row.kind === 'precision') {
				drawPrecisionSwatch(ctx, row.style, row.colour, x, y, swatchW, m.unit);
			} else {
				const w = 5 * m.unit * row.widthScale;
				ctx.strokeStyle = row.colour;
				ctx.globalAlpha = row.opacity;
				ctx.lineWidth = w;
				ctx.setLineDash(row.dash.map((d) => d * w));
				ctx.beginPath();
				ctx.moveTo(x, y);
				ctx.lineTo(x + swatchW, y);
				ctx.stroke();
				if (row.hatch) {
					ctx.globalAlpha = 1;
					ctx.strokeStyle = '#ffffff';
					ctx.lineWidth = w * 0.45;
					ctx.setLineDash([w * 0.45, w * 0.55]);
					ctx.stroke();
				}
			}
			ctx.restore();
			ctx.font = font(m.bodyPx);
			ctx.fillStyle = '#23201c';
			ctx.fillText(row.label, x + swatchW + m.paddingPx * 0.75, y);
			ctx.textAlign = 'right';
			ctx.fillStyle = '#6e665c';
			ctx.fillText(String(row.count), L.x + L.width - m.paddingPx, y);
		});
	}

	// Scale bar, at the centre's scale.
	const bar = niceScaleBar(image.metersPerPx, lay.scale.maxLengthPx, f.units);
	const S = lay.scale;
	panel(
		ctx,
		S.x - m.paddingPx / 2,
		S.y - m.smallPx * 1.6,
		bar.lengthPx + m.paddingPx,
		S.barHeightPx + m.smallPx * 1.6 + m.paddingPx / 2,
		radius / 2
	);
	ctx.fillStyle = '#23201c';
	ctx.fillRect(S.x, S.y, bar.lengthPx / 2, S.barHeightPx);
	ctx.fillStyle = '#fffdf9';
	ctx.fillRect(S.x + bar.lengthPx / 2, S.y, bar.lengthPx / 2, S.barHeightPx);
	ctx.strokeStyle = '#23201c';
	ctx.lineWidth = Math.max(1, m.unit * 1.5);
	ctx.strokeRect(S.x, S.y, bar.lengthPx, S.barHeightPx);
	ctx.font = font(m.smallPx, 600);
	ctx.fillStyle = '#23201c';
	ctx.textAlign = 'left';
	ctx.fillText('0', S.x, S.y - m.smallPx * 0.75);
	ctx.textAlign = 'right';
	ctx.fillText(bar.label, S.x + bar.lengthPx, S.y - m.smallPx * 0.75);

	// Footer: date, credits, note.
	const F = lay.footer;
	ctx.fillStyle = 'rgba(255, 253, 249, 0.94)';
	ctx.fillRect(F.x, F.y, F.width, F.height);
	ctx.fillStyle = '#4d463e';
	ctx.font = font(m.smallPx);
	ctx.textAlign = 'left';
	footerLines.forEach((line, i) =>
		ctx.fillText(line, m.marginPx + m.paddingPx, F.y + Math.round(m.paddingPx / 2) + (i + 0.5) * F.lineHeightPx)
	);
	return canvas;
}

/** The canvas as a PNG blob. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}
