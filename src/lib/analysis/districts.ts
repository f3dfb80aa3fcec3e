/**
 * Clipping a line to administrative polygons: how many kilometres of a line run through each county. Crossings
 * are found exactly for every segment (in the lon/lat plane, as the line is drawn), and each piece is measured
 * on the sphere, so the pieces add up to the line's length.
 */
import { booleanPointInPolygon, distance } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from '../geo/types';
import { segmentIntersection } from './distance';

/** Properties of a county-level unit of `boundaries.topo.json`. */
export interface UnitProperties {
	id: string;
	zh: string;
	en: string;
	level?: string;
	province?: string;
	[key: string]: unknown;
}

/** A county-level polygon. */
export type UnitFeature = Feature<Polygon | MultiPolygon, UnitProperties>;

/** The part of a line inside one unit. */
export interface UnitLength {
	id: string;
	zh: string;
	en: string;
	/** Computed length of the line inside the unit, km. */
	lengthKm: number;
	/** The pieces of the line inside the unit. */
	pieces: LonLat[][];
}

/** Result of {@link lengthByUnit}. */
export interface LengthByUnit {
	/** Units the line passes through, in the order the line first enters them. */
	units: UnitLength[];
	/** Computed length of the line outside every unit, km. */
	outsideKm: number;
	/** Computed length of the whole line, km. */
	totalKm: number;
}

type Box = [number, number, number, number];

function boxOf(points: Position[]): Box {
	let b: Box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const p of points) b = [Math.min(b[0], p[0]), Math.min(b[1], p[1]), Math.max(b[2], p[0]), Math.max(b[3], p[1])];
	return b;
}

function boxesMeet(a: Box, b: Box): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
	return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

interface PreparedUnit {
	feature: UnitFeature;
	box: Box;
	edges: { a: Position; b: Position; box: Box }[];
}

function prepare(units: UnitFeature[]): PreparedUnit[] {
	return units
		.filter((u) => u.geometry && (u.geometry.type === 'Polygon' || u.geometry.type === 'MultiPolygon'))
		.map((feature) => {
			const edges: PreparedUnit['edges'] = [];
			for (const ring of rings(feature.geometry))
				for (let i = 1; i < ring.length; i++) edges.push({ a: ring[i - 1], b: ring[i], box: boxOf([ring[i - 1], ring[i]]) });
			return { feature, box: boxOf(rings(feature.geometry).flat()), edges };
		});
}

function lerp(p: Position, q: Position, t: number): LonLat {
	return [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
}

/**
 * The length of a line inside each polygon of a set of non-overlapping units (counties), with the pieces.
 *
 * @param line - the line
 * @param units - county-level polygons with `id`, `zh`, `en`
 * @returns per-unit lengths in km (in the order the line meets them), the length outside all units and the total
 * @example
 * lengthByUnit(line, counties).units.map((u) => `${u.zh} ${u.lengthKm.toFixed(1)} km`);
 */
export function lengthByUnit(line: Feature<LineString> | LineString, units: UnitFeature[]): LengthByUnit {
	const coords = 'type' in line && line.type === 'Feature' ? line.geometry.coordinates : (line as LineString).coordinates;
	const prepared = prepare(units);
	const byId = new Map<string, UnitLength>();
	const order: UnitLength[] = [];
	let outsideKm = 0;
	let totalKm = 0;
	let open: { unit: UnitLength | null; piece: LonLat[] } = { unit: null, piece: [] };

	for (let i = 1; i < coords.length; i++) {
		const p = coords[i - 1];
		const q = coords[i];
		const segBox = boxOf([p, q]);
		const near = prepared.filter((u) => boxesMeet(u.box, segBox));
		const cuts = [0, 1];
		for (const u of near)
			for (const e of u.edges) {
				if (!boxesMeet(e.box, segBox)) continue;
				const t = segmentIntersection(p, q, e.a, e.b);
				if (t !== null) cuts.push(t);
			}
		cuts.sort((a, b) => a - b);
		for (let k = 1; k < cuts.length; k++) {
			const t0 = cuts[k - 1];
			const t1 = cuts[k];
			if (t1 - t0 < 1e-12) continue;
			const from = lerp(p, q, t0);
			const to = lerp(p, q, t1);
			const mid = lerp(p, q, (t0 + t1) / 2);
			const pieceKm = distance(from, to, { units: 'kilometers' });
			totalKm += pieceKm;
			const inside = near.find(
				(u) =>
					mid[0] >= u.box[0] &&
					mid[0] <= u.box[2] &&
					mid[1] >= u.box[1] &&
					mid[1] <= u.box[3] &&
					booleanPointInPolygon(mid, u.feature.geometry)
			);
			let unit: UnitLength | null = null;
			if (inside) {
				const id = String(inside.feature.properties.id);
				unit = byId.get(id) ?? null;
				if (!unit) {
					const { zh, en } = inside.feature.properties;
					unit = { id, zh: String(zh), en: String(en), lengthKm: 0, pieces: [] };
					byId.set(id, unit);
					order.push(unit);
				}
				unit.lengthKm += pieceKm;
			} else outsideKm += pieceKm;
			if (open.unit !== unit || open.piece.length === 0) {
				if (open.unit && open.piece.length > 1) open.unit.pieces.push(open.piece);
				open = { unit, piece: [from] };
			}
			open.piece.push(to);
		}
	}
	if (open.unit && open.piece.length > 1) open.unit.pieces.push(open.piece);
	return { units: order, outsideKm, totalKm };
}
