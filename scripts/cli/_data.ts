/**
 * Loads the generated files of static/geo/ for the command-line tools (node only). `WULING_GEO_DIR` points the
 * tools at another folder with the same files (the tests use a small fixture). Also holds the text functions every
 * command shares: printing aligned tables (and re-exports the argument reader of _args.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Airport, Place } from '../../src/lib/geo/types';
import type { UnitFeature } from '../../src/lib/analysis/districts';
import type { ProjectFeature } from '../../src/lib/analysis/project-feature';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The folder the files are read from: `$WULING_GEO_DIR`, else static/geo.
 *
 * @returns an absolute path
 * @example
 * geoDir(); // '/path/to/repo/static/geo'
 */
export function geoDir(): string {
	const dir = process.env.WULING_GEO_DIR;
	return dir ? resolve(dir) : join(repoRoot, 'static', 'geo');
}

/** A required data file is missing or unreadable. */
export class DataFileError extends Error {}

const cache = new Map<string, unknown>();

function readJson(name: string): unknown {
	const file = join(geoDir(), name);
	if (cache.has(file)) return cache.get(file);
	if (!existsSync(file)) throw new DataFileError(`${file} is missing: run "npm run data" first (or set WULING_GEO_DIR).`);
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(file, 'utf8'));
	} catch (e) {
		throw new DataFileError(`${file} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
	}
	cache.set(file, value);
	return value;
}

/**
 * The gazetteer of places.json.
 *
 * @returns every place
 * @throws DataFileError when the file is missing or malformed
 * @example
 * loadPlaces().find((p) => p.id === 'qianjiang-zhuoshui');
 */
export function loadPlaces(): Place[] {
	const value = readJson('places.json') as { places?: Place[] };
	if (!Array.isArray(value?.places)) throw new DataFileError('places.json has no "places" list.');
	return value.places;
}

/**
 * The airports of airports.json.
 *
 * @returns every airport
 * @throws DataFileError when the file is missing or malformed
 * @example
 * loadAirports().map((a) => a.iata);
 */
export function loadAirports(): Airport[] {
	const value = readJson('airports.json') as { airports?: Airport[] };
	if (!Array.isArray(value?.airports)) throw new DataFileError('airports.json has no "airports" list.');
	return value.airports;
}

/**
 * The county-level polygons of boundaries.topo.json (object `units`).
 *
 * @returns the polygons as GeoJSON features with id, zh, en, level, province
 * @throws DataFileError when the file is missing or has no `units`
 * @example
 * loadUnits().map((u) => u.properties.zh);
 */
export function loadUnits(): UnitFeature[] {
	const topo = readJson('boundaries.topo.json') as Topology;
	const object = topo?.objects?.units as GeometryCollection | undefined;
	if (!object) throw new DataFileError('boundaries.topo.json has no "units" object.');
	const fc = feature(topo, object) as FeatureCollection<Geometry | null>;
	return fc.features.filter(
		(f): f is Feature<Polygon | MultiPolygon> => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
	) as UnitFeature[];
}

/**
 * The drawn projects of projects.geojson.
 *
 * @returns the project features
 * @throws DataFileError when the file is missing or not a FeatureCollection
 * @example
 * buildNearbyIndex(loadProjectFeatures());
 */
export function loadProjectFeatures(): ProjectFeature[] {
	const value = readJson('projects.geojson') as FeatureCollection;
	if (value?.type !== 'FeatureCollection' || !Array.isArray(value.features))
		throw new DataFileError('projects.geojson is not a FeatureCollection.');
	return value.features as ProjectFeature[];
}

/**
 * Every catalogue entry of projects.json, drawn or not (the file holds `{ projects: [...] }` or a bare list).
 *
 * @returns the entries as plain records
 * @throws DataFileError when the file is missing or holds no list
 * @example
 * loadCatalogue().find((e) => e.ref === 'R2');
 */
export function loadCatalogue(): Record<string, unknown>[] {
	const value = readJson('projects.json') as unknown;
	if (Array.isArray(value)) return value as Record<string, unknown>[];
	const holder = value as { projects?: unknown; entries?: unknown };
	const list = Array.isArray(holder?.projects) ? holder.projects : Array.isArray(holder?.entries) ? holder.entries : null;
	if (!list) throw new DataFileError('projects.json holds no list of entries.');
	return list as Record<string, unknown>[];
}

// Arguments are read by node's util.parseArgs (strict) in _args.ts; re-exported for the commands.
export { readArgs, readNumber, UsageError } from './_args';

/** Columns of a CJK character take two cells in a terminal. */
function cells(text: string): number {
	let n = 0;
	for (const ch of text)
		n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
	return n;
}

/**
 * An aligned text table with a header rule; CJK characters count as two columns.
 *
 * @param header - column titles
 * @param rows - cells, row by row
 * @returns the table text, ending in a newline
 * @example
 * formatTable(['County', 'km'], [['黔江区', '24.7']]);
 */
export function formatTable(header: string[], rows: string[][]): string {
	const widths = header.map((h, i) => Math.max(cells(h), ...rows.map((r) => cells(r[i] ?? ''))));
	const line = (r: string[]) =>
		r
			.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i] - cells(c))))
			.join('  ')
			.trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/**
 * Prints a line to stdout.
 *
 * @param text - the text (a newline is added when missing)
 * @example
 * out('done');
 */
export function out(text: string): void {
	process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/**
 * Prints a line to stderr.
 *
 * @param text - the text (a newline is added when missing)
 * @example
 * err('Unknown place');
 */
export function err(text: string): void {
	process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
