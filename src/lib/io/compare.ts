/**
 * Comparing an imported line (say, a published alignment) with the catalogue's schematic line for the same project.
 */
import { along, length, lineString, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';

type Line = Feature<LineString | MultiLineString> | LineString | MultiLineString;

function parts(line: Line): Position[][] {
	const g = 'geometry' in line ? line.geometry : line;
	return (g.type === 'LineString' ? [g.coordinates] : g.coordinates).filter((p) => p.length >= 2);
}

function sample(line: Line, count: number): Position[] {
	const ps = parts(line);
	const lengths = ps.map((p) => length(lineString(p), { units: 'kilometers' }));
	const total = lengths.reduce((a, b) => a + b, 0);
	const out: Position[] = [];
	ps.forEach((p, i) => {
		const k = Math.max(2, Math.round((count * lengths[i]) / (total || 1)));
		const part: LineString = { type: 'LineString', coordinates: p };
		for (let j = 0; j < k; j++) out.push(along(part, (lengths[i] * j) / (k - 1), { units: 'kilometers' }).geometry.coordinates);
	});
	return out;
}

function distancesKm(points: Position[], to: Line): number[] {
	const ps = parts(to);
	return points.map((pt) =>
		Math.min(...ps.map((p) => pointToLineDistance(pt, { type: 'LineString', coordinates: p }, { units: 'kilometers' })))
	);
}

/** Result of {@link compareLines}. */
export interface LineComparison {
	/** Computed length of the imported line, km. */
	importedKm: number;
	/** Computed length of the schematic line, km. */
	schematicKm: number;
	/** Mean distance from points sampled along the imported line to the schematic line, km. */
	meanOffsetKm: number;
	/** Largest distance between the lines in either direction, from samples (a sampled Hausdorff distance), km. */
	maxOffsetKm: number;
}

/**
 * How far an imported line departs from a schematic one: both lengths, the mean offset and a sampled Hausdorff
 * distance.
 *
 * @param imported - the imported line
 * @param schematic - the schematic line
 * @param options - `samples` per line (default 200)
 * @returns lengths and offsets, km
 * @example
 * compareLines(surveyed, schematic).maxOffsetKm;
 */
export function compareLines(imported: Line, schematic: Line, options: { samples?: number } = {}): LineComparison {
	const samples = Math.max(2, Math.min(5000, options.samples ?? 200));
	const km = (l: Line) => parts(l).reduce((s, p) => s + length(lineString(p), { units: 'kilometers' }), 0);
	if (parts(imported).length === 0 || parts(schematic).length === 0) throw new RangeError('both lines need at least two positions');
	const forward = distancesKm(sample(imported, samples), schematic);
	const backward = distancesKm(sample(schematic, samples), imported);
	return {
		importedKm: km(imported),
		schematicKm: km(schematic),
		meanOffsetKm: forward.reduce((a, b) => a + b, 0) / forward.length,
		maxOffsetKm: Math.max(...forward, ...backward)
	};
}
