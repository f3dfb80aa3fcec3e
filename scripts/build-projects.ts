/**
 * Writes static/geo/projects.geojson (one feature per drawable entry) and static/geo/projects.json
 * (every entry, including unlocated ones, with pinyin and computed lengths) from the catalogue.
 * Usage: npx tsx scripts/build-projects.ts
 * Runs the catalogue validation first and exits 1 on any problem. Output is deterministic: catalogue
 * order, 5-decimal coordinates, no timestamps. Lengths inside Qianjiang need
 * static/geo/boundaries.topo.json; with WULING_DEV_NO_BOUNDARIES=1 a missing file is tolerated and
 * those lengths are written as null (logged loudly).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { catalogue } from '../src/lib/catalogue/index';
import { EXPECTED_ITEMS } from '../src/lib/catalogue/expected';
import { validateCatalogue } from '../src/lib/catalogue/validate';
import { buildGazetteer, deriveGeometry, geometryPlaceIds, geometryRadiusKm } from '../src/lib/catalogue/geometry';
import { computedLengths } from '../src/lib/catalogue/measure';
import { MAP_YEARS, currentClaim, currentStatus, droppedFrom, lastNamedIn, statusByYear } from '../src/lib/catalogue/status';
import { currentTarget } from '../src/lib/catalogue/targets';
import { fullPinyin, pinyinInitials } from '../src/lib/catalogue/pinyin';
import type { ProjectEntry } from '../src/lib/catalogue/types';
import { REPO_ROOT, loadValidationInputs } from './check-data';

const GEO_DIR = join(REPO_ROOT, 'static/geo');
const BOUNDARIES = join(GEO_DIR, 'boundaries.topo.json');
const COORDINATE_DECIMALS = 5;

function log(message: string): void {
	console.error(`build-projects: ${message}`);
}

function roundCoordinate(value: number): number {
	const factor = 10 ** COORDINATE_DECIMALS;
	return Math.round(value * factor) / factor;
}

function roundGeometry<G extends Geometry | null>(geometry: G): G {
	if (!geometry) return geometry;
	if (geometry.type === 'Point') return { ...geometry, coordinates: geometry.coordinates.map(roundCoordinate) };
	if (geometry.type === 'LineString') return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(roundCoordinate)) };
	throw new Error(`unexpected geometry type ${geometry.type}`);
}

/** The Qianjiang district polygon from the boundaries topology (object `units`, id `qianjiang`). */
function loadQianjiangPolygon(): Polygon | MultiPolygon | null {
	if (!existsSync(BOUNDARIES)) {
		if (process.env.WULING_DEV_NO_BOUNDARIES === '1') {
			log(`DEV MODE: ${BOUNDARIES} is missing; lengthInQianjiangKm is written as null for every entry`);
			return null;
		}
		throw new Error(`${BOUNDARIES} is missing (set WULING_DEV_NO_BOUNDARIES=1 to build without lengths in Qianjiang)`);
	}
	const topology = JSON.parse(readFileSync(BOUNDARIES, 'utf8')) as Topology;
	const units = topology.objects.units as GeometryCollection | undefined;
	if (!units) throw new Error(`${BOUNDARIES} has no object "units"`);
	const collection = feature(topology, units) as FeatureCollection<Geometry, { id?: string }>;
	const qianjiang = collection.features.find((f) => f.properties?.id === 'qianjiang');
	if (!qianjiang || (qianjiang.geometry.type !== 'Polygon' && qianjiang.geometry.type !== 'MultiPolygon')) {
		throw new Error(`${BOUNDARIES}: no Polygon feature with id "qianjiang" in "units"`);
	}
	return qianjiang.geometry;
}

interface Built {
	entry: ProjectEntry;
	geometry: Geometry | null;
	lengths: ReturnType<typeof computedLengths>;
}

function projectFeature({ entry, geometry, lengths }: Built): Feature {
	const latest = currentClaim(entry);
	return {
		type: 'Feature',
		id: entry.id,
		properties: {
			id: entry.id,
			ref: entry.ref,
			kind: entry.kind,
			status: currentStatus(entry),
			statusYear: latest ? latest.asOf : null,
			method: entry.geometry.method,
			radiusKm: geometryRadiusKm(entry),
			period: entry.period,
			context: entry.context === true,
			places: geometryPlaceIds(entry.geometry).join(','),
			name_zh: entry.name.zh,
			name_en: entry.name.en,
			short_zh: entry.shortName.zh,
			short_en: entry.shortName.en,
			lengthKm: lengths.lengthKm,
			lengthInQianjiangKm: lengths.lengthInQianjiangKm,
			statusByYear: JSON.stringify(statusByYear(entry)),
			targetByYear: JSON.stringify(targetByYear(entry)),
			stated: JSON.stringify(entry.stated),
			sources: JSON.stringify(entry.sources)
		},
		geometry: geometry as Geometry
	};
}

/** The target shown beside each map year's status ("planned to open by 2030 (target)"), or null. */
function targetByYear(entry: ProjectEntry) {
	return Object.fromEntries(
		MAP_YEARS.map((year) => {
			const t = currentTarget(entry, year);
			return [year, t ? { aim: t.aim, by: t.by } : null];
		})
	);
}

function projectRecord({ entry, lengths }: Built) {
	const last = lastNamedIn(entry);
	const dropped = droppedFrom(entry);
	return {
		...entry,
		method: entry.geometry.method,
		currentStatus: currentStatus(entry),
		statusByYear: statusByYear(entry),
		targetByYear: targetByYear(entry),
		lastNamedIn: last ? { file: last.file, year: last.year } : null,
		droppedFrom: dropped ? { file: dropped.file, year: dropped.year } : null,
		pinyin: [fullPinyin(entry.name.zh), fullPinyin(entry.shortName.zh)],
		pinyinInitials: [pinyinInitials(entry.name.zh), pinyinInitials(entry.shortName.zh)],
		lengthKm: lengths.lengthKm,
		lengthInQianjiangKm: lengths.lengthInQianjiangKm
	};
}

function main(): void {
	const loaded = loadValidationInputs();
	const { problems } = loaded;
	// The expected items are codes of their own (R16, E12, …): without them every such entry is an unknown ref.
	const inputs = { ...loaded.inputs, expectedItems: EXPECTED_ITEMS };
	const errors = validateCatalogue(catalogue, inputs);
	for (const problem of problems) log(problem);
	for (const e of errors) log(`${e.id} [${e.rule}] ${e.message}`);
	if (problems.length > 0 || errors.length > 0) {
		log(`${problems.length + errors.length} problem(s); nothing written`);
		process.exit(1);
	}
	const gazetteer = buildGazetteer(inputs.places, inputs.airports);
	const qianjiang = loadQianjiangPolygon();
	const built: Built[] = catalogue.map((entry) => {
		const geometry = roundGeometry(deriveGeometry(entry, gazetteer));
		return { entry, geometry, lengths: computedLengths(geometry, qianjiang) };
	});
	const collection: FeatureCollection = {
		type: 'FeatureCollection',
		features: built.filter((b) => b.geometry !== null).map(projectFeature)
	};
	writeFileSync(join(GEO_DIR, 'projects.geojson'), `${JSON.stringify(collection)}\n`);
	writeFileSync(join(GEO_DIR, 'projects.json'), `${JSON.stringify({ projects: built.map(projectRecord) }, null, '\t')}\n`);
	log(`wrote projects.geojson (${collection.features.length} features) and projects.json (${built.length} entries)`);
}

main();
