/**
 * From a user's file to candidate corridors: import (../io/import), take every line (GeometryCollections included),
 * and fit each to the corridor vertex budget, telling the user what was simplified or why nothing was added.
 * Pure: runs in the analysis worker, in node tests and in the CLI alike.
 */
import type { Position } from 'geojson';
import { fitVertexBudget } from '../analysis/simplify';
import { CORRIDOR_MAX_VERTICES } from '../limits';
import {
	importBytes,
	importFile,
	type ImportedFeature,
	type ImportedProperties,
	type ImportMessage,
	type ImportOptions,
	type ImportResult
} from './import';
import { linesOfFeatures, noLinesMessage } from './lines';

/** One line ready to become a corridor. */
export interface CorridorLine {
	coords: Position[];
	/** Index of its feature in the import's feature list. */
	feature: number;
	part: number;
	parts: number;
	properties: ImportedProperties;
	/** Vertices before simplification, when the line was simplified to the budget. */
	simplifiedFrom?: number;
}

/** An import with the lines made ready for corridors. */
export type CorridorImport = ((ImportResult & { ok: true }) & { lines: CorridorLine[] }) | (ImportResult & { ok: false });

/**
 * The lines of imported features, each fitted to `maxVertices`, with a warning for simplified lines and one saying
 * why (per geometry type) when there is no line at all.
 *
 * @param features - features from the importer
 * @param maxVertices - vertex budget per line (default {@link CORRIDOR_MAX_VERTICES})
 * @returns the lines and the warnings to add
 * @example
 * corridorLinesOf(r.features).lines[0].coords.length;
 */
export function corridorLinesOf(
	features: ImportedFeature[],
	maxVertices = CORRIDOR_MAX_VERTICES
): { lines: CorridorLine[]; warnings: ImportMessage[] } {
	const { lines, others } = linesOfFeatures(features);
	const warnings: ImportMessage[] = [];
	const out: CorridorLine[] = lines.map((l) => {
		const fitted = fitVertexBudget(l.coords, maxVertices);
		return {
			coords: fitted.coords,
			feature: l.feature,
			part: l.part,
			parts: l.parts,
			properties: features[l.feature].properties ?? {},
			...(fitted.simplified ? { simplifiedFrom: fitted.before } : {})
		};
	});
	const simplified = out.filter((l) => l.simplifiedFrom !== undefined);
	if (simplified.length > 0) {
		const most = Math.max(...simplified.map((l) => l.simplifiedFrom ?? 0));
		warnings.push({
			code: 'simplified',
			message_zh: `${simplified.length} 条线的顶点超过每条走廊 ${maxVertices} 个的上限（最多 ${most} 个），已简化为 ${maxVertices} 个以内；长度等统计按简化后的线计算。`,
			message_en: `${simplified.length} line(s) had more than the ${maxVertices}-vertex limit of a corridor (up to ${most}) and were simplified to fit; length and other figures are computed on the simplified line.`
		});
	}
	if (out.length === 0) warnings.push(noLinesMessage(others));
	return { lines: out, warnings };
}

/**
 * Imports a file (bytes, decoded by their encoding, or text) and prepares its lines as corridors.
 *
 * @param name - file name
 * @param content - the file's bytes or text
 * @param options - importer options
 * @returns the import result with `lines` when it succeeded
 * @example
 * importCorridors('route.kml', bytes, { domParser }).ok;
 */
export function importCorridors(name: string, content: Uint8Array | string, options: ImportOptions = {}): CorridorImport {
	const r = typeof content === 'string' ? importFile(name, content, options) : importBytes(name, content, options);
	if (!r.ok) return r;
	const { lines, warnings } = corridorLinesOf(r.features);
	return { ...r, warnings: [...r.warnings, ...warnings], lines };
}
