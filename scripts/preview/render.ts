/**
 * Draws a MapLibre style as SVG at a fixed camera, in node: the first picture of the map, prerendered. It reads the
 * style the app gives MapLibre (sources with inline GeoJSON, layers with their filters and paint expressions) and
 * evaluates every filter and paint property with MapLibre's own expression engine
 * (`@maplibre/maplibre-gl-style-spec`), so the picture follows the theme and layer rules without a second design.
 *
 * Drawn: background, fill, line (colour, width, opacity, dash, offset) and circle layers, and the point labels of
 * the layers named in `labelLayers` (without MapLibre's collision placement). Raster layers (the hillshade) are
 * drawn by the caller as an image (`extraAfter`). Symbol layers along lines are left out.
 *
 * The SVG's user unit is a pixel at zoom `UNIT_ZOOM`, with the origin at the world's top left, so coordinates are
 * integers and a `viewBox` in these units places the picture exactly as the map's camera does.
 */
import { featureFilter, latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { bboxClip, featureCollection, union } from '@turf/turf';
import { mercator, TILE_SIZE } from '../../src/lib/map/camera-fit';

/** A pixel at this zoom is one SVG unit. */
export const UNIT_ZOOM = 9;
const UNITS = TILE_SIZE * 2 ** UNIT_ZOOM;

/** One size the picture is drawn for: a class name on its own elements, and the zoom its camera has. */
export interface SizeGroup {
	name: string;
	zoom: number;
}

export interface RenderOptions {
	/** [west, south, east, north]: nothing outside is drawn. */
	clip: [number, number, number, number];
	/** The sizes drawn; pixel sizes (circle radii, offsets, labels) differ between them, the geometry does not. */
	groups: SizeGroup[];
	/** Symbol layers whose point labels are drawn. */
	labelLayers: string[];
	/** The label language's property. */
	labelField: string;
	/** SVG to put after a layer, by layer id (the hillshade image). */
	extraAfter?: Record<string, string>;
}

/** World position in SVG units. */
export function toUnits(lngLat: Position): [number, number] {
	const [x, y] = mercator(lngLat as [number, number]);
	return [x * UNITS, y * UNITS];
}

const round = (n: number) => Math.round(n);
const num = (n: number) => String(Number(n.toFixed(2)));

/** Douglas–Peucker in SVG units. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
	if (points.length <= 2) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const stack: [number, number][] = [[0, points.length - 1]];
	const t2 = tolerance * tolerance;
	while (stack.length) {
		const [a, b] = stack.pop()!;
		const [ax, ay] = points[a];
		const [bx, by] = points[b];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		let worst = -1;
		let worstD = t2;
		for (let i = a + 1; i < b; i++) {
			const [px, py] = points[i];
			let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
			t = Math.max(0, Math.min(1, t));
			const ex = ax + t * dx - px;
			const ey = ay + t * dy - py;
			const d = ex * ex + ey * ey;
			if (d > worstD) {
				worstD = d;
				worst = i;
			}
		}
		if (worst >= 0) {
			keep[worst] = 1;
			stack.push([a, worst], [worst, b]);
		}
	}
	return points.filter((_, i) => keep[i]);
}

/**
 * A line moved sideways by `px` (positive: to the right of its direction, as MapLibre's `line-offset`), with mitred
 * joins.
 */
function offsetLine(points: [number, number][], units: number): [number, number][] {
	if (!units || points.length < 2) return points;
	const normals: [number, number][] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const dx = points[i + 1][0] - points[i][0];
		const dy = points[i + 1][1] - points[i][1];
		const len = Math.hypot(dx, dy) || 1;
		normals.push([-dy / len, dx / len]);
	}
	return points.map((p, i) => {
		const a = normals[Math.max(0, i - 1)];
		const b = normals[Math.min(normals.length - 1, i)];
		let nx = a[0] + b[0];
		let ny = a[1] + b[1];
		const len = Math.hypot(nx, ny) || 1;
		nx /= len;
		ny /= len;
		// Mitre length, limited as a sharp turn would otherwise shoot far out.
		const cos = nx * b[0] + ny * b[1];
		const k = units / Math.max(cos, 0.5);
		return [p[0] + nx * k, p[1] + ny * k];
	});
}

/** The runs of a ring's edges not yet in `seen` (either way round), adding them. */
function unseenRuns(ring: Position[], seen: Set<string>): Position[][] {
	const runs: Position[][] = [];
	let run: Position[] = [];
	const key = (a: Position, b: Position) => `${a[0]},${a[1]};${b[0]},${b[1]}`;
	for (let i = 0; i + 1 < ring.length; i++) {
		const a = ring[i];
		const b = ring[i + 1];
		if (seen.has(key(a, b)) || seen.has(key(b, a))) {
			if (run.length > 1) runs.push(run);
			run = [];
			continue;
		}
		seen.add(key(a, b));
		if (!run.length) run.push(a);
		run.push(b);
	}
	if (run.length > 1) runs.push(run);
	return runs;
}

/** Path data of rings or lines in SVG units: absolute start, relative integer steps. */
function pathData(parts: [number, number][][], closed: boolean): string {
	let d = '';
	for (const part of parts) {
		const pts = part.map(([x, y]) => [round(x), round(y)] as [number, number]);
		const deduped = pts.filter((p, i) => i === 0 || p[0] !== pts[i - 1][0] || p[1] !== pts[i - 1][1]);
		if (deduped.length < (closed ? 3 : 2)) continue;
		d += `M${deduped[0][0]} ${deduped[0][1]}l`;
		const steps: string[] = [];
		for (let i = 1; i < deduped.length; i++) steps.push(`${deduped[i][0] - deduped[i - 1][0]} ${deduped[i][1] - deduped[i - 1][1]}`);
		d += steps.join(' ').replace(/ -/g, '-');
		if (closed) d += 'z';
	}
	return d;
}

type Expr = ReturnType<typeof normalizePropertyExpression>;
const expressions = new Map<string, Expr>();
/** Each layer's place in the style, for the expression engine's error locations. */
const layerIndex = new Map<string, number>();

/** A paint or layout property of a layer evaluated for a feature at a zoom, with MapLibre's expression engine. */
function evaluate(layer: LayerSpecification, kind: 'paint' | 'layout', name: string, zoom: number, feature: EvalFeature): unknown {
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`${kind}_${layer.type}`]?.[name];
	if (!spec) throw new Error(`preview: no ${kind} property ${name} for ${layer.type}`);
	const value = ((layer as unknown as Record<string, Record<string, unknown> | undefined>)[kind] ?? {})[name];
	const key = `${layer.id}/${kind}/${name}`;
	let expr = expressions.get(key);
	if (!expr) {
		expr = normalizePropertyExpression(
			(value ?? (spec as { default?: unknown }).default) as never,
			`layers[${layerIndex.get(layer.id)}].${kind}.${name}`,
			spec as never
		);
		expressions.set(key, expr);
	}
	return expr.evaluate({ zoom } as never, feature as never, {} as never);
}

interface EvalFeature {
	type: string;
	properties: Record<string, unknown>;
	id?: unknown;
}

function colour(value: unknown): { fill: string; opacity: number } {
	// style-spec colours are premultiplied: r, g, b in 0–1 times alpha.
	const c = value as { r: number; g: number; b: number; a: number };
	const a = c.a;
	const hex = (v: number) =>
		Math.round(Math.max(0, Math.min(1, a ? v / a : 0)) * 255)
			.toString(16)
			.padStart(2, '0');
	return { fill: `#${hex(c.r)}${hex(c.g)}${hex(c.b)}`, opacity: a };
}

function attrs(a: Record<string, string | number | undefined | null>): string {
	return Object.entries(a)
		.filter(([, v]) => v !== undefined && v !== null && v !== '')
		.map(
			([k, v]) =>
				` ${k}="${typeof v === 'number' ? num(v) : String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`
		)
		.join('');
}

/** Polygons merged into one (turf's union, polygon-clipping). */
function merged(features: Feature[]): Feature {
	const polygons = features.filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon') as Feature<
		Polygon | MultiPolygon
	>[];
	const u = polygons.length > 1 ? union(featureCollection(polygons)) : null;
	return u ?? features[0];
}

/** Lines and rings of a geometry, clipped to the box, in SVG units. */
function parts(geometry: Geometry, clip: [number, number, number, number]): { lines: Position[][]; closed: boolean } | null {
	const clipped = bboxClip({ type: 'Feature', properties: {}, geometry } as Feature<never>, clip).geometry as Geometry;
	switch (clipped.type) {
		case 'LineString':
			return { lines: [clipped.coordinates], closed: false };
		case 'MultiLineString':
			return { lines: clipped.coordinates, closed: false };
		case 'Polygon':
			return { lines: clipped.coordinates, closed: true };
		case 'MultiPolygon':
			return { lines: clipped.coordinates.flat(), closed: true };
		default:
			return null;
	}
}

/** One drawn element: its tag, attributes per size group, and its geometry per size group. */
interface Drawn {
	tag: 'path' | 'circle' | 'text';
	style: (Record<string, string | number | undefined> | null)[];
	geometry: (string | null)[];
	text?: string;
}

/**
 * Renders a style to the inner markup of an SVG (no `<svg>` element): one element per layer and style, those that
 * differ between size groups inside `<g class="<group name>">`.
 * @param style a MapLibre style whose GeoJSON sources hold their data inline
 * @param options clip box, size groups, labels
 * @returns SVG markup
 */
export function renderStyle(style: StyleSpecification, options: RenderOptions): string {
	const { clip, groups } = options;
	// Geometry is simplified to a pixel at the closest zoom drawn.
	const tolerance = 1 * 2 ** (UNIT_ZOOM - Math.max(...groups.map((g) => g.zoom)));
	const unitsPerPx = groups.map((g) => 2 ** (UNIT_ZOOM - g.zoom));
	const out: string[] = [];
	const [cw, cs, ce, cn] = clip;
	const [x0, y0] = toUnits([cw, cn]);
	const [x1, y1] = toUnits([ce, cs]);

	style.layers.forEach((l, i) => layerIndex.set(l.id, i));
	/** The background colour while nothing but the background has been drawn: a fill of that colour adds nothing. */
	let background: string | null = null;
	for (const layer of style.layers) {
		if (layer.type === 'background') {
			const c = colour(evaluate(layer, 'paint', 'background-color', groups[0].zoom, { type: 'Point', properties: {} }));
			background = c.fill;
			out.push(`<rect${attrs({ x: round(x0), y: round(y0), width: round(x1 - x0), height: round(y1 - y0), fill: c.fill })}/>`);
		}
		const drawn: Drawn[] = [];
		if (['fill', 'line', 'circle', 'symbol'].includes(layer.type)) {
			if (layer.type === 'symbol' && !options.labelLayers.includes(layer.id)) continue;
			const source = style.sources[(layer as { source: string }).source] as { type: string; data?: unknown };
			if (source?.type !== 'geojson' || typeof source.data !== 'object') continue;
			const filter = featureFilter((layer as { filter?: unknown }).filter as never, `layers[${layerIndex.get(layer.id)}].filter`);
			const buckets = new Map<string, { style: Drawn['style']; features: Feature[] }>();
			for (const f of (source.data as FeatureCollection).features) {
				if (!f.geometry) continue;
				const ef: EvalFeature = { type: f.geometry.type, properties: (f.properties ?? {}) as Record<string, unknown>, id: f.id };
				const styles = groups.map((g, gi) => {
					if (layer.minzoom !== undefined && g.zoom < layer.minzoom) return null;
					if (layer.maxzoom !== undefined && g.zoom >= layer.maxzoom) return null;
					if (!filter.filter({ zoom: g.zoom } as never, ef as never)) return null;
					return layerStyle(layer, g.zoom, ef, unitsPerPx[gi]);
				});
				if (layer.type === 'fill' && background) {
					styles.forEach((st, gi) => {
						if (st && st.fill === background && st['fill-opacity'] === undefined) styles[gi] = null;
					});
				}
				if (styles.every((s) => s === null)) continue;
				if (layer.type === 'circle' || layer.type === 'symbol') {
					drawn.push(...pointElements(layer, f, styles, groups, unitsPerPx, clip, options.labelField));
					continue;
				}
				const key = JSON.stringify(styles);
				const b = buckets.get(key) ?? { style: styles, features: [] };
				b.features.push(f);
				buckets.set(key, b);
			}
			for (const { style: styles, features: bucket } of buckets.values()) {
				// Polygons of one fill are merged, so the borders between them are not written twice.
				const features = layer.type === 'fill' && bucket.length > 1 ? [merged(bucket)] : bucket;
				const geometry = styles.map((s) => {
					if (!s) return null;
					const offset = Number(s['data-offset'] ?? 0);
					const all: [number, number][][] = [];
					let closed = false;
					// A line along polygon edges draws each edge once: borders between two polygons come twice in the data.
					const seen = new Set<string>();
					for (const f of features) {
						const p = parts(f.geometry, clip);
						if (!p) continue;
						closed = p.closed && layer.type === 'fill';
						const lines = p.closed && layer.type === 'line' ? p.lines.flatMap((ring) => unseenRuns(ring, seen)) : p.lines;
						for (const line of lines) {
							const pts = simplify(line.map(toUnits), tolerance);
							all.push(offset ? offsetLine(pts, offset) : pts);
						}
					}
					return pathData(all, closed) || null;
				});
				drawn.push({ tag: 'path', style: styles.map((s) => (s ? withoutData(s) : null)), geometry });
			}
		}
		emit(drawn);
		if (drawn.length) background = null;
		const extra = options.extraAfter?.[layer.id];
		if (extra) out.push(extra);
	}

	function emit(drawn: Drawn[]) {
		// What is the same in every size group is drawn once; the rest goes in its group's element.
		const shared: El[] = [];
		const perGroup: El[][] = groups.map(() => []);
		for (const d of drawn) {
			const same = d.style.every((s) => JSON.stringify(s) === JSON.stringify(d.style[0])) && d.geometry.every((g) => g === d.geometry[0]);
			if (same && d.style[0]) {
				shared.push(element(d, 0));
				continue;
			}
			d.style.forEach((s, gi) => s && d.geometry[gi] && perGroup[gi].push(element(d, gi)));
		}
		if (shared.length) out.push(batch(shared));
		perGroup.forEach((els, gi) => els.length && out.push(batch(els, groups[gi].name)));
	}

	return dedupePaths(out.join(''));
}

/** One element: its tag, its geometry as attribute text, its style attributes and text. */
interface El {
	tag: string;
	geometry: string;
	style: Record<string, string | number | undefined>;
	text?: string;
}

/** Attributes children inherit from a `<g>` (vector-effect is not one). */
const INHERITED = new Set([
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-opacity',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'font-size',
	'paint-order',
	'text-anchor',
	'dominant-baseline'
]);

/** Elements in a `<g>` that holds what they all share (and the size group's class). */
function batch(els: El[], className?: string): string {
	const common: Record<string, string | number | undefined> = {};
	if (els.length > 1) {
		for (const [k, v] of Object.entries(els[0].style)) {
			if (INHERITED.has(k) && v !== undefined && els.every((e) => e.style[k] === v)) common[k] = v;
		}
	}
	const inner = els
		.map((e) => {
			const own = Object.fromEntries(Object.entries(e.style).filter(([k]) => !(k in common)));
			const open = `<${e.tag}${e.geometry}${attrs(own)}`;
			return e.text === undefined ? `${open}/>` : `${open}>${escapeText(e.text)}</${e.tag}>`;
		})
		.join('');
	if (!className && !Object.keys(common).length) return inner;
	return `<g${attrs({ class: className, ...common })}>${inner}</g>`;
}

/** Long path data that comes more than once (a border drawn as casing and line) is written once and used. */
function dedupePaths(svg: string): string {
	const counts = new Map<string, number>();
	for (const m of svg.matchAll(/<path d="([^"]{200,})"/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
	const ids = new Map<string, string>();
	for (const [d, n] of counts) if (n > 1) ids.set(d, `wp${ids.size}`);
	if (!ids.size) return svg;
	const body = svg.replace(/<path d="([^"]{200,})"([^>]*)\/>/g, (whole, d: string, rest: string) => {
		const id = ids.get(d);
		return id ? `<use href="#${id}"${rest.replace(' vector-effect="non-scaling-stroke"', '')}/>` : whole;
	});
	const defs = [...ids].map(([d, id]) => `<path id="${id}" d="${d}" vector-effect="non-scaling-stroke"/>`).join('');
	return `<defs>${defs}</defs>${body}`;
}

function element(d: Drawn, gi: number): El {
	const style = d.style[gi]!;
	if (d.tag === 'path') return { tag: 'path', geometry: attrs({ d: d.geometry[gi]! }), style };
	if (d.tag === 'circle') return { tag: 'circle', geometry: d.geometry[gi]!, style };
	return {
		tag: 'text',
		geometry: d.geometry[gi]!,
		style: { ...style, 'text-anchor': 'middle', 'dominant-baseline': 'hanging', 'paint-order': 'stroke' },
		text: d.text ?? ''
	};
}

const escapeText = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function withoutData(s: Record<string, string | number | undefined>) {
	const { 'data-offset': _o, ...rest } = s;
	void _o;
	return rest;
}

/** The SVG presentation attributes of a fill or line feature (and its offset in SVG units as `data-offset`). */
function layerStyle(
	layer: LayerSpecification,
	zoom: number,
	f: EvalFeature,
	unitsPerPx: number
): Record<string, string | number | undefined> | null {
	if (layer.type === 'fill') {
		const c = colour(evaluate(layer, 'paint', 'fill-color', zoom, f));
		const opacity = Number(evaluate(layer, 'paint', 'fill-opacity', zoom, f)) * c.opacity;
		if (opacity <= 0) return null;
		return { fill: c.fill, 'fill-opacity': opacity < 1 ? opacity : undefined };
	}
	if (layer.type === 'line') {
		const c = colour(evaluate(layer, 'paint', 'line-color', zoom, f));
		const opacity = Number(evaluate(layer, 'paint', 'line-opacity', zoom, f)) * c.opacity;
		const width = Number(evaluate(layer, 'paint', 'line-width', zoom, f));
		if (opacity <= 0 || width <= 0) return null;
		const dash = (layer.paint as Record<string, unknown> | undefined)?.['line-dasharray'] as number[] | undefined;
		const offset = Number(evaluate(layer, 'paint', 'line-offset', zoom, f));
		const cap = String(evaluate(layer, 'layout', 'line-cap', zoom, f));
		const join = String(evaluate(layer, 'layout', 'line-join', zoom, f));
		return {
			fill: 'none',
			stroke: c.fill,
			'stroke-opacity': opacity < 1 ? opacity : undefined,
			// Widths and dashes are in screen pixels, as MapLibre draws them, whatever the picture's scale.
			'stroke-width': Number(width.toFixed(2)),
			'stroke-dasharray': Array.isArray(dash) ? dash.map((x) => num(x * width)).join(' ') : undefined,
			'stroke-linecap': cap === 'butt' ? undefined : cap,
			'stroke-linejoin': join === 'miter' ? undefined : join,
			'vector-effect': 'non-scaling-stroke',
			'data-offset': offset ? Number((offset * unitsPerPx).toFixed(1)) : undefined
		};
	}
	if (layer.type === 'circle') {
		const c = colour(evaluate(layer, 'paint', 'circle-color', zoom, f));
		const opacity = Number(evaluate(layer, 'paint', 'circle-opacity', zoom, f)) * c.opacity;
		const radius = Number(evaluate(layer, 'paint', 'circle-radius', zoom, f));
		const sw = Number(evaluate(layer, 'paint', 'circle-stroke-width', zoom, f));
		const sc = colour(evaluate(layer, 'paint', 'circle-stroke-color', zoom, f));
		const so = Number(evaluate(layer, 'paint', 'circle-stroke-opacity', zoom, f)) * sc.opacity;
		if (opacity <= 0 && (so <= 0 || sw <= 0)) return null;
		// MapLibre's stroke lies outside the radius; SVG's is centred on it.
		return {
			r: round((radius + sw / 2) * unitsPerPx),
			fill: c.fill,
			'fill-opacity': opacity < 1 ? opacity : undefined,
			stroke: sw > 0 ? sc.fill : undefined,
			'stroke-opacity': sw > 0 && so < 1 ? so : undefined,
			'stroke-width': sw > 0 ? round(sw * unitsPerPx) : undefined
		};
	}
	if (layer.type === 'symbol') {
		const size = Number(evaluate(layer, 'layout', 'text-size', zoom, f));
		const c = colour(evaluate(layer, 'paint', 'text-color', zoom, f));
		const halo = colour(evaluate(layer, 'paint', 'text-halo-color', zoom, f));
		const hw = Number(evaluate(layer, 'paint', 'text-halo-width', zoom, f));
		return {
			'font-size': round(size * unitsPerPx),
			fill: c.fill,
			stroke: halo.fill,
			'stroke-opacity': halo.opacity < 1 ? halo.opacity : undefined,
			'stroke-width': round(2 * hw * unitsPerPx),
			'data-size': size * unitsPerPx
		};
	}
	return null;
}

/** Circles and labels: one element per feature, sized per size group. */
function pointElements(
	layer: LayerSpecification,
	f: Feature,
	styles: Drawn['style'],
	groups: SizeGroup[],
	_unitsPerPx: number[],
	clip: [number, number, number, number],
	labelField: string
): Drawn[] {
	if (f.geometry.type !== 'Point') return [];
	const [lng, lat] = f.geometry.coordinates;
	if (lng < clip[0] || lng > clip[2] || lat < clip[1] || lat > clip[3]) return [];
	const [x, y] = toUnits([lng, lat]);
	if (layer.type === 'circle') {
		return [{ tag: 'circle', style: styles, geometry: styles.map(() => attrs({ cx: round(x), cy: round(y) })) }];
	}
	const text = String((f.properties ?? {})[labelField] ?? '');
	if (!text) return [];
	// The first of the label's anchors ('top': the text below its dot), pushed down by its radial offset (0.55 em).
	const geometry = styles.map((s) => (s ? attrs({ x: round(x), y: round(y + Number(s['data-size']) * 0.55) }) : null));
	void groups;
	return [
		{
			tag: 'text',
			style: styles.map((s) => {
				if (!s) return null;
				const { 'data-size': _size, ...rest } = s;
				void _size;
				return rest;
			}),
			geometry,
			text
		}
	];
}
