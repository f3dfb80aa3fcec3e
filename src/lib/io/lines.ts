/**
 * The lines an imported file offers as corridors: every LineString, every part of a MultiLineString, and the lines
 * inside a GeometryCollection, in file order; and, when there are none, why, per geometry type. Pure.
 */
import type { Geometry, Position } from 'geojson';
import type { ImportedFeature, ImportMessage } from './import';

/** One line of an imported file. */
export interface ImportedLine {
	/** Index of the feature in the file's feature list. */
	feature: number;
	/** Part number within the feature (0 for a plain LineString). */
	part: number;
	/** How many line parts the feature holds. */
	parts: number;
	coords: Position[];
}

/** Counts of the geometries that are not lines, by type (points, polygons…). */
export type GeometryCounts = Partial<Record<Geometry['type'], number>>;

function lineParts(g: Geometry, out: Position[][], others: GeometryCounts): void {
	if (g.type === 'LineString') out.push(g.coordinates);
	else if (g.type === 'MultiLineString') out.push(...g.coordinates);
	else if (g.type === 'GeometryCollection') for (const child of g.geometries) lineParts(child, out, others);
	else others[g.type] = (others[g.type] ?? 0) + 1;
}

/**
 * The lines of imported features (GeometryCollections included), and counts of the geometries that are not lines.
 *
 * @param features - features from the importer
 * @returns lines in file order and the other geometries counted by type
 * @example
 * linesOfFeatures(r.features).lines.length; // 2
 */
export function linesOfFeatures(features: ImportedFeature[]): { lines: ImportedLine[]; others: GeometryCounts } {
	const lines: ImportedLine[] = [];
	const others: GeometryCounts = {};
	features.forEach((f, i) => {
		const parts: Position[][] = [];
		lineParts(f.geometry, parts, others);
		const usable = parts.filter((p) => p.length >= 2);
		usable.forEach((coords, part) => lines.push({ feature: i, part, parts: usable.length, coords }));
	});
	return { lines, others };
}

const TYPE_NAMES: Record<Geometry['type'], { zh: string; en: string }> = {
	Point: { zh: '点', en: 'point(s)' },
	MultiPoint: { zh: '多点', en: 'multipoint(s)' },
	LineString: { zh: '线', en: 'line(s)' },
	MultiLineString: { zh: '多线', en: 'multiline(s)' },
	Polygon: { zh: '多边形', en: 'polygon(s)' },
	MultiPolygon: { zh: '多多边形', en: 'multipolygon(s)' },
	GeometryCollection: { zh: '几何集合', en: 'geometry collection(s)' }
};

/**
 * Why an import added no corridor: what the file holds instead, by geometry type, in both languages.
 *
 * @param others - counts from {@link linesOfFeatures}
 * @returns the message (code `no-lines`)
 * @example
 * noLinesMessage({ Point: 3 }).message_en; // 'The file holds no line to make a corridor from: 3 point(s). …'
 */
export function noLinesMessage(others: GeometryCounts): ImportMessage {
	const entries = (Object.keys(TYPE_NAMES) as Geometry['type'][]).filter((t) => (others[t] ?? 0) > 0);
	const zh = entries.map((t) => `${others[t]} 个${TYPE_NAMES[t].zh}`).join('、');
	const en = entries.map((t) => `${others[t]} ${TYPE_NAMES[t].en}`).join(', ');
	return {
		code: 'no-lines',
		message_zh: `文件中没有可作为走廊的线${zh ? `，只有 ${zh}` : ''}。点和面会显示在地图上，但不会成为走廊。`,
		message_en: `The file holds no line to make a corridor from${en ? `: only ${en}` : ''}. Points and polygons are shown on the map but do not become corridors.`
	};
}
