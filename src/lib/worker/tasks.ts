/**
 * The tasks the analysis worker runs: the corridor analysis, elevation profiles and the import of a user's file,
 * whose cost grows with what the user supplies. Each task calls the analysis function as it is, passing its options through, so a change
 * to what the analysis computes needs no change here. The loaded data (places, counties, projects) is sent once
 * and kept.
 */
import { DOMParser } from '@xmldom/xmldom';
import * as corridor from '../analysis/corridor';
import { importCorridors, type CorridorLine } from '../io/corridor-lines';
import type { ImportedFeature } from '../io/import';
import { compareLines } from '../io/compare';
import { convertFeatures, convertLines, prepareImport } from '../io/prepared-import';
import type { Feature } from 'geojson';
import type { LonLat } from '../geo/types';
import { tileProfile } from './terrain-tiles';
import type { TerrainInfo } from '../geo/terrain-grid';

/** The loaded data the corridor statistics read, sent once. */
export type CorridorData = Pick<corridor.CorridorOptions, 'places' | 'units' | 'projects'>;

/**
 * A fresh task table with its own copy of the loaded data.
 *
 * @returns the tasks
 * @example
 * const tasks = createTasks(); tasks.setCorridorData({ places, units, projects });
 */
export function createTasks() {
	let data: CorridorData = {};
	/** The points and areas of the last import, in parts the page asks for one at a time. */
	let extras: { token: number; chunks: Feature[][] } = { token: 0, chunks: [] };
	// xmldom reports recoverable errors to onError; treating them as fatal matches a browser's parsererror.
	const domParser = new DOMParser({
		onError: (level: string, msg: string) => {
			if (level !== 'warning') throw new Error(msg);
		}
	});
	return {
		setCorridorData(next: CorridorData): true {
			data = next;
			return true;
		},
		corridorStats(line: Parameters<typeof corridor.corridorStats>[0], options: Omit<corridor.CorridorOptions, keyof CorridorData>) {
			return corridor.corridorStats(line, { ...data, ...options });
		},
		corridorBuffer(...args: Parameters<typeof corridor.corridorBuffer>) {
			return corridor.corridorBuffer(...args);
		},
		compareLines(...args: Parameters<typeof compareLines>) {
			return compareLines(...args);
		},
		/** The elevation profile of a line; the worker fetches and decodes the terrain tiles itself. */
		elevationProfile(info: TerrainInfo, geoBase: string, coords: LonLat[]) {
			return tileProfile(info, geoBase, coords);
		},
		importCorridors(name: string, bytes: Uint8Array, referencePoints: LonLat[]) {
			const r = importCorridors(name, bytes, { domParser, referencePoints });
			// The page needs the lines as fitted, not as read: sending back 150,000 vertices would cost the main
			// thread the very time the worker saved.
			return r.ok ? { ...r, features: r.features.map((f, i) => withFittedLines(f, i, r.lines)) } : r;
		},
		/**
		 * The import as the page applies it: only the lines the corridor list has room for (packed), a short preview,
		 * and the number of parts of points and areas kept here for {@link extrasChunk}, so that applying it costs
		 * the main thread little at any size.
		 */
		importForPage(name: string, bytes: Uint8Array, referencePoints: LonLat[], room: number, importedTag: { zh: string; en: string }) {
			const r = prepareImport(importCorridors(name, bytes, { domParser, referencePoints }), room, importedTag);
			if (!r.ok) return r;
			const { extrasChunks, ...rest } = r;
			extras = { token: extras.token + 1, chunks: extrasChunks };
			return { ...rest, extras: { token: extras.token, chunks: extrasChunks.length } };
		},
		/** One part of the last import's points and areas (null once another import has replaced it). */
		extrasChunk(token: number, index: number): Feature[] | null {
			return token === extras.token ? (extras.chunks[index] ?? null) : null;
		},
		/** Moves the last import's points and areas from GCJ-02 to WGS-84; returns the new token and part count. */
		convertExtras(token: number): { token: number; chunks: number } | null {
			if (token !== extras.token) return null;
			extras = { token: extras.token + 1, chunks: extras.chunks.map(convertFeatures) };
			return { token: extras.token, chunks: extras.chunks.length };
		},
		/** Packed lines moved from GCJ-02 to WGS-84. */
		convertLines(lines: Float64Array[]) {
			return convertLines(lines);
		}
	};
}

/** A feature whose line geometry is replaced by its lines as fitted to the vertex budget (others unchanged). */
function withFittedLines(f: ImportedFeature, index: number, lines: CorridorLine[]): ImportedFeature {
	const mine = lines.filter((l) => l.feature === index);
	const g = f.geometry;
	if (g.type === 'LineString' && mine.length === 1) return { ...f, geometry: { type: 'LineString', coordinates: mine[0].coords } };
	if (g.type === 'MultiLineString' && mine.length === g.coordinates.length)
		return { ...f, geometry: { type: 'MultiLineString', coordinates: mine.map((l) => l.coords) } };
	return f;
}

/** The worker's task table type, from which the client types its calls. */
export type AnalysisTasks = ReturnType<typeof createTasks>;
