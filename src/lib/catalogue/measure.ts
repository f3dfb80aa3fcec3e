/**
 * Computed lengths of schematic lines, shown beside (never instead of) the documents' stated figures.
 * A schematic line joins towns, so its length is the length of that drawing, not of the project.
 */
import type { Geometry, LineString, MultiPolygon, Polygon, Feature } from 'geojson';
import { along, booleanPointInPolygon, length, lineSplit, lineString } from '@turf/turf';

/** Computed lengths in km, rounded to 0.1 km; null where they do not apply. */
export interface ComputedLengths {
	/** Computed length of the drawn line (geodesic, Turf), km. */
	lengthKm: number | null;
	/** Computed length of the part of the drawn line inside Qianjiang district, km. */
	lengthInQianjiangKm: number | null;
}

const roundKm = (km: number) => Math.round(km * 10) / 10;

/**
 * Length of the parts of a line inside a polygon: the line is split where it crosses the polygon's
 * boundary and each piece is kept when its midpoint lies inside.
 *
 * @param line - a LineString in [lon, lat] degrees
 * @param polygon - the area, Polygon or MultiPolygon
 * @returns the inside length in km (unrounded)
 * @example
 * lengthInsideKm(lineAcrossSquare, square); // ≈ 111.2 for one degree of meridian inside
 */
export function lengthInsideKm(line: LineString, polygon: Polygon | MultiPolygon): number {
	const feature = lineString(line.coordinates);
	const area: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: polygon };
	const split = lineSplit(feature, area);
	const pieces = split.features.length > 0 ? split.features : [feature];
	let insideKm = 0;
	for (const piece of pieces) {
		const pieceKm = length(piece, { units: 'kilometers' });
		if (pieceKm === 0) continue;
		const middle = along(piece, pieceKm / 2, { units: 'kilometers' });
		if (booleanPointInPolygon(middle, area)) insideKm += pieceKm;
	}
	return insideKm;
}

/**
 * Computed lengths of a derived geometry: the whole drawn line, and its part inside Qianjiang.
 *
 * @param geometry - a derived geometry (from deriveGeometry); points and null have no length
 * @param qianjiangPolygon - the district's boundary, or null when it is not available
 * @returns `{ lengthKm, lengthInQianjiangKm }` in km rounded to 0.1, null for points, unlocated
 *   entries, or (for the district part) when no polygon is given
 * @example
 * computedLengths({ type: 'LineString', coordinates: [[0.5, -1], [0.5, 2]] }, unitSquare);
 * // { lengthKm: 333.6, lengthInQianjiangKm: 111.2 }
 */
export function computedLengths(geometry: Geometry | null, qianjiangPolygon: Polygon | MultiPolygon | null): ComputedLengths {
	if (!geometry || geometry.type !== 'LineString') return { lengthKm: null, lengthInQianjiangKm: null };
	const lengthKm = roundKm(length(lineString(geometry.coordinates), { units: 'kilometers' }));
	const lengthInQianjiangKm = qianjiangPolygon ? roundKm(lengthInsideKm(geometry, qianjiangPolygon)) : null;
	return { lengthKm, lengthInQianjiangKm };
}
