// boundaries.topo.json: simplified unit polygons and dissolved province outlines as one TopoJSON.
import mapshaper from 'mapshaper';
import { topology } from 'topojson-server';
import * as turf from '@turf/turf';
import { check } from './log.mjs';

/** Simplification tolerances (Douglas–Peucker, metres): 黔江区 is measured on, so it stays close. */
export const SIMPLIFY_M = { qianjiang: 60, chongqingAndNeighbours: 300, context: 1500, provinces: 1500 };

/** Province outlines are clipped to this extent (lon/lat degrees). */
export const PROVINCE_CLIP_BBOX = [103, 25, 114, 34];

const UNIT_FIELDS = ['id', 'zh', 'en', 'level', 'province', 'provinceEn', 'code', 'context'];

/**
 * Runs mapshaper on in-memory GeoJSON and returns the parsed GeoJSON output.
 * @param {string} commands mapshaper commands after `-i input.json`
 * @param {import('geojson').FeatureCollection} input features
 * @returns {Promise<import('geojson').FeatureCollection>} result
 * @example
 * await runMapshaper('-simplify dp interval=300', fc);
 */
async function runMapshaper(commands, input) {
	const out = await mapshaper.applyCommands(`-i input.json ${commands} -o format=geojson precision=0.00001 output.json`, {
		'input.json': input
	});
	return JSON.parse(out['output.json']);
}

/**
 * Simplifies unit polygons (keeping every shape) with a tighter tolerance inside 黔江区.
 * @param {import('geojson').Feature[]} units WGS-84 unit features
 * @returns {Promise<import('geojson').Feature[]>} simplified features with UNIT_FIELDS only
 * @example
 * await simplifyUnits(units);
 */
export async function simplifyUnits(units) {
	const features = units.map((u) => ({
		type: 'Feature',
		properties: Object.fromEntries(UNIT_FIELDS.map((k) => [k, u.properties[k]])),
		geometry: u.geometry
	}));
	const { qianjiang, chongqingAndNeighbours, context } = SIMPLIFY_M;
	const interval = `context ? ${context} : (id === 'qianjiang' ? ${qianjiang} : ${chongqingAndNeighbours})`;
	const fc = await runMapshaper(`snap -simplify dp variable interval="${interval}" keep-shapes`, {
		type: 'FeatureCollection',
		features
	});
	check(fc.features.length === units.length, 'simplification lost unit features');
	return fc.features;
}

/**
 * Dissolves every decoded polygon of each province into its outline, clipped and simplified.
 * @param {{ zh: string, en: string, features: import('geojson').Feature[] }[]} provinceSources per province
 * @returns {Promise<import('geojson').Feature[]>} one feature per province with `zh`, `en`
 * @example
 * await buildProvinceOutlines(provinceSources);
 */
export async function buildProvinceOutlines(provinceSources) {
	const features = provinceSources.flatMap((p) =>
		p.features.map((f) => ({ type: 'Feature', properties: { zh: p.zh, en: p.en }, geometry: f.geometry }))
	);
	const fc = await runMapshaper(
		`snap -dissolve zh copy-fields=en -clip bbox=${PROVINCE_CLIP_BBOX.join(',')} -simplify dp interval=${SIMPLIFY_M.provinces} keep-shapes -sort 'zh'`,
		{ type: 'FeatureCollection', features }
	);
	check(fc.features.length === provinceSources.length, 'province dissolve lost outlines');
	return fc.features;
}

/**
 * Builds the TopoJSON topology with objects `units` and `provinces`.
 * @param {import('geojson').Feature[]} units simplified units
 * @param {import('geojson').Feature[]} provinces province outlines
 * @returns {object} TopoJSON topology, quantised to 1e5 steps per axis
 * @example
 * buildBoundaryTopology(units, provinces).objects.units.geometries.length; // 93
 */
export function buildBoundaryTopology(units, provinces) {
	return topology(
		{
			units: { type: 'FeatureCollection', features: units },
			provinces: { type: 'FeatureCollection', features: provinces }
		},
		1e5
	);
}

/**
 * Area ratio of a simplified polygon to its source, to log how much simplification changed a unit.
 * @param {import('geojson').Feature} source unsimplified feature
 * @param {import('geojson').Feature} simplified simplified feature
 * @returns {number} ratio (1 = unchanged)
 * @example
 * areaRatio(qianjiangSource, qianjiangSimplified); // ≈ 1.00
 */
export function areaRatio(source, simplified) {
	return turf.area(simplified) / turf.area(source);
}
