/**
 * An import made ready for the page: everything whose cost grows with the file is done here, in the analysis
 * worker, so that what crosses to the main thread is small and applies in a few milliseconds at any accepted size
 * (10,000 features, 200,000 vertices). Only the lines that can become corridors are sent, packed in typed arrays;
 * the feature list is a short preview; points and areas come as map features thinned for display, in parts that
 * the page adds to the map one per task.
 * Pure: no DOM, no Svelte.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { fitVertexBudget } from '../analysis/simplify';
import { gcj02ToWgs84 } from '../geo/datum';
import type { CorridorImport } from './corridor-lines';
import { featuresGcj02ToWgs84, type ImportedProperties, type ImportMessage } from './import';

/** Features listed in the import's preview. */
export const PREVIEW_FEATURES = 30;
/** Most vertices of imported points and areas drawn on the map (a thinned copy; the map stops at zoom 11). */
export const EXTRAS_DISPLAY_VERTICES = 20_000;
/** Most features, and most vertices, of one part of the points and areas sent to the page at a time. */
export const EXTRAS_CHUNK_FEATURES = 500;
export const EXTRAS_CHUNK_VERTICES = 5_000;
/** Most vertices of the imported lines drawn on the map, all lines together (each corridor keeps its own). */
export const LINES_DISPLAY_VERTICES = 10_000;

/** Rounds to 5 decimals (about 1 m), as corridors are kept. */
const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** One line ready to become a corridor: coordinates packed as lon, lat, lon, lat, … (rounded to 5 decimals). */
export interface PreparedLine {
	coords: Float64Array;
	/** The line as drawn on the map (zoom 11 at most): simplified when long, else the same as `coords`. */
	display: Float64Array;
	part: number;
	parts: number;
	properties: ImportedProperties;
}

/** A feature as the import's preview lists it. */
export interface PreviewFeature {
	name: string | null;
	type: Geometry['type'];
	props: string[];
}

/** What the page receives from an import. */
export type PreparedImport =
	| { ok: false; error: ImportMessage }
	| {
			ok: true;
			format: 'geojson' | 'kml' | 'kmz';
			warnings: ImportMessage[];
			gcj02: boolean;
			featureCount: number;
			/** Lines in the file (each part of a multi-line counted). */
			lineCount: number;
			/** The first lines, as many as the corridor list has room for. */
			lines: PreparedLine[];
			preview: PreviewFeature[];
			/**
			 * Points and areas of the file as map features (labels in both languages, numbered ids), thinned for
			 * display and cut into parts small enough to apply one per task.
			 */
			extrasChunks: Feature[][];
			extrasCount: number;
	  };

const pack = (coords: Position[]): Float64Array => {
	const a = new Float64Array(coords.length * 2);
	coords.forEach((p, i) => {
		a[2 * i] = round5(p[0]);
		a[2 * i + 1] = round5(p[1]);
	});
	return a;
};

/**
 * Unpacks a {@link PreparedLine}'s coordinates.
 *
 * @param coords - lon, lat pairs
 * @returns positions
 * @example
 * unpackCoords(new Float64Array([108, 29, 109, 30])); // [[108, 29], [109, 30]]
 */
export function unpackCoords(coords: Float64Array): [number, number][] {
	const out: [number, number][] = new Array(coords.length >> 1);
	for (let i = 0; i < out.length; i++) out[i] = [coords[2 * i], coords[2 * i + 1]];
	return out;
}

const featureName = (p: ImportedProperties | null): string | null => {
	const n = p?.name ?? p?.name_zh ?? p?.name_en;
	return typeof n === 'string' && n ? n.slice(0, 120) : null;
};

/** Every `step`-th position of a line or ring, its ends kept (a ring stays closed with at least four). */
function thin(coords: Position[], step: number, ring: boolean): Position[] {
	if (step <= 1 || coords.length <= (ring ? 4 : 2)) return coords;
	const kept = coords.filter((_, i) => i % step === 0);
	if (kept[kept.length - 1] !== coords[coords.length - 1]) kept.push(coords[coords.length - 1]);
	if (ring && kept.length < 4)
		return [coords[0], coords[Math.floor(coords.length / 3)], coords[Math.floor((2 * coords.length) / 3)], coords[0]];
	return kept;
}

function thinGeometry(g: Geometry, step: number): Geometry {
	switch (g.type) {
		case 'Point':
			return g;
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: thin(g.coordinates, step, false) };
		case 'LineString':
			return { type: 'LineString', coordinates: thin(g.coordinates, step, false) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => thin(l, step, false)) };
		case 'Polygon':
			return { type: 'Polygon', coordinates: g.coordinates.map((r) => thin(r, step, true)) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => thin(r, step, true))) };
		case 'GeometryCollection':
			return { type: 'GeometryCollection', geometries: g.geometries.map((x) => thinGeometry(x, step)) };
	}
}

/** Features in parts of at most {@link EXTRAS_CHUNK_FEATURES} features and (but for a single larger one) {@link EXTRAS_CHUNK_VERTICES} vertices. */
function chunk(features: Feature[]): Feature[][] {
	const out: Feature[][] = [];
	let part: Feature[] = [];
	let vertices = 0;
	for (const f of features) {
		const n = countVertices(f.geometry);
		if (part.length > 0 && (part.length >= EXTRAS_CHUNK_FEATURES || vertices + n > EXTRAS_CHUNK_VERTICES)) {
			out.push(part);
			part = [];
			vertices = 0;
		}
		part.push(f);
		vertices += n;
	}
	if (part.length) out.push(part);
	return out;
}

function countVertices(g: Geometry): number {
	switch (g.type) {
		case 'Point':
			return 1;
		case 'MultiPoint':
		case 'LineString':
			return g.coordinates.length;
		case 'MultiLineString':
		case 'Polygon':
			return g.coordinates.reduce((n, l) => n + l.length, 0);
		case 'MultiPolygon':
			return g.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
		case 'GeometryCollection':
			return g.geometries.reduce((n, x) => n + countVertices(x), 0);
	}
}

/**
 * Makes an import ready for the page (see the module's note).
 *
 * @param r - the import, from `importCorridors`
 * @param room - how many corridors the list can still take
 * @param importedTag - the word for "imported" in each language, for the map labels
 * @returns the prepared import
 * @example
 * prepareImport(importCorridors('a.geojson', bytes), 20, { zh: '导入', en: 'imported' }).ok;
 */
export function prepareImport(r: CorridorImport, room: number, importedTag: { zh: string; en: string }): PreparedImport {
	if (!r.ok) return r;
	const isLine = (f: Feature) => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString';
	const others = r.features.filter((f) => !isLine(f));
	const total = others.reduce((n, f) => n + countVertices(f.geometry), 0);
	const step = Math.ceil(total / EXTRAS_DISPLAY_VERTICES);
	return {
		ok: true,
		format: r.format,
		warnings: r.warnings,
		gcj02: Boolean(r.gcj02?.likely),
		featureCount: r.features.length,
		lineCount: r.lines.length,
		lines: r.lines.slice(0, Math.max(0, room)).map((l, _, taken) => {
			const coords = pack(l.coords);
			const budget = Math.max(200, Math.floor(LINES_DISPLAY_VERTICES / taken.length));
			return {
				coords,
				display: l.coords.length > budget ? pack(fitVertexBudget(l.coords, budget).coords) : coords,
				part: l.part,
				parts: l.parts,
				properties: l.properties
			};
		}),
		preview: r.features.slice(0, PREVIEW_FEATURES).map((f) => ({
			name: featureName(f.properties),
			type: f.geometry.type,
			props: Object.entries(f.properties ?? {})
				.slice(0, 12)
				.map(([k, v]) => `${k}: ${String(v).slice(0, 120)}`)
		})),
		extrasChunks: chunk(
			others.map((f, i) => {
				const name = featureName(f.properties)?.slice(0, 60) ?? '';
				return {
					type: 'Feature',
					id: i,
					properties: {
						label_zh: name ? `${name}（${importedTag.zh}）` : importedTag.zh,
						label_en: name ? `${name} (${importedTag.en})` : importedTag.en
					},
					geometry: step > 1 ? thinGeometry(f.geometry, step) : f.geometry
				} satisfies Feature;
			})
		),
		extrasCount: others.length
	};
}

/**
 * Moves packed lines from GCJ-02 to WGS-84 (in the worker: it is per vertex), rounded as corridors are kept.
 *
 * @param lines - packed lines
 * @returns the lines, converted
 * @example
 * convertLines([new Float64Array([108.5, 29.5])])[0].length; // 2
 */
export function convertLines(lines: Float64Array[]): Float64Array[] {
	return lines.map((a) => {
		const out = new Float64Array(a.length);
		for (let i = 0; i < a.length; i += 2) {
			const [x, y] = gcj02ToWgs84([a[i], a[i + 1]]);
			out[i] = round5(x);
			out[i + 1] = round5(y);
		}
		return out;
	});
}

/**
 * Moves map features from GCJ-02 to WGS-84 (the importer's one conversion, altitudes kept).
 *
 * @param features - features
 * @returns new features, properties and ids kept
 * @example
 * convertFeatures(chunk).length;
 */
export function convertFeatures(features: Feature[]): Feature[] {
	return featuresGcj02ToWgs84(features);
}
