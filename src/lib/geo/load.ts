/**
 * Loads the generated files in static/geo/ and turns them into GeoJSON. Uses `fetch` only, so it runs
 * in the browser and in node alike; every URL is relative to the app's own origin.
 */
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Airport, Place, PlacesFile } from './types';
import type { TerrainInfo } from './terrain-grid';

/** A function that fetches a URL; `fetch` itself in the browser. */
export type Fetcher = (url: string) => Promise<Response>;

/** A credit line the data licences require. */
export interface Credit {
	zh: string;
	en: string;
}

/** The subset of static/geo/manifest.json the app reads. */
export interface Manifest {
	dataDate: string;
	credits: Credit[];
	files?: Record<string, unknown> | unknown[];
}

/** A font file declaration as written by scripts/build-fonts.mjs. */
export interface FontFile {
	url: string;
	'unicode-range'?: string[];
}

/** Everything the basemap needs, as GeoJSON. */
export interface GeoBundle {
	units: FeatureCollection<Geometry>;
	provinces: FeatureCollection<Geometry>;
	water: FeatureCollection<Geometry>;
	places: Place[];
	airports: Airport[];
	/** The terrain tiles (static/geo/terrain.json). */
	terrain: TerrainInfo;
	fonts: Record<string, FontFile[]>;
	manifest: Manifest;
}

async function getJson<T>(fetcher: Fetcher, url: string): Promise<T> {
	const res = await fetcher(url);
	if (!res.ok) throw new Error(`Could not load ${url} (HTTP ${res.status})`);
	return (await res.json()) as T;
}

/**
 * Converts one object of a TopoJSON topology to a GeoJSON FeatureCollection.
 * @param topology the parsed TopoJSON
 * @param name the object's name
 * @returns a FeatureCollection (empty if the object is missing)
 * @example topoObject(topo, 'units').features.length
 */
export function topoObject(topology: Topology, name: string): FeatureCollection<Geometry> {
	const obj = topology.objects[name] as GeometryCollection | undefined;
	if (!obj) return { type: 'FeatureCollection', features: [] };
	const fc = feature(topology, obj) as FeatureCollection<Geometry> | Feature<Geometry>;
	return fc.type === 'FeatureCollection' ? fc : { type: 'FeatureCollection', features: [fc] };
}

/**
 * Turns gazetteer places into GeoJSON points carrying the properties the map styles and labels use.
 * @param places gazetteer places
 * @returns a FeatureCollection of points
 * @example placesToGeoJSON([{ id: 'qianjiang', lon: 108.77, lat: 29.53, ... }]).features[0].id
 */
export function placesToGeoJSON(places: Place[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			id: p.id,
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: { id: p.id, zh: p.zh, en: p.en, kind: p.kind, rank: p.rank, county: p.county }
		}))
	};
}

/**
 * Turns airports into GeoJSON points.
 * @param airports airports from static/geo/airports.json
 * @returns a FeatureCollection of points
 * @example airportsToGeoJSON(airports).features.length
 */
export function airportsToGeoJSON(airports: Airport[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: airports.map((a) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
			properties: { iata: a.iata, zh: a.zh, en: a.en }
		}))
	};
}

/**
 * Loads every basemap file from `<base>/geo/`.
 * @param base the app's base path ('' at the root)
 * @param fetcher `fetch` or a test double
 * @returns the parsed bundle
 * @example const bundle = await loadGeoBundle('', fetch)
 */
export async function loadGeoBundle(base: string, fetcher: Fetcher): Promise<GeoBundle> {
	const dir = `${base}/geo`;
	const [boundaries, water, placesFile, airportsFile, terrain, fonts, manifest] = await Promise.all([
		getJson<Topology>(fetcher, `${dir}/boundaries.topo.json`),
		getJson<Topology>(fetcher, `${dir}/water.topo.json`),
		getJson<PlacesFile>(fetcher, `${dir}/places.json`),
		getJson<{ airports: Airport[] }>(fetcher, `${dir}/airports.json`),
		getJson<TerrainInfo>(fetcher, `${dir}/terrain.json`),
		getJson<Record<string, FontFile[]>>(fetcher, `${dir}/fonts/fonts.json`),
		getJson<Manifest>(fetcher, `${dir}/manifest.json`)
	]);
	const rivers = topoObject(water, 'rivers');
	const lakes = topoObject(water, 'lakes');
	return {
		units: topoObject(boundaries, 'units'),
		provinces: topoObject(boundaries, 'provinces'),
		water: { type: 'FeatureCollection', features: [...lakes.features, ...rivers.features] },
		places: placesFile.places,
		airports: airportsFile.airports,
		terrain,
		fonts,
		manifest
	};
}

/**
 * Loads the catalogue index and its drawable features from `<base>/geo/`.
 * @param base the app's base path
 * @param fetcher `fetch` or a test double
 * @returns entries (all, including unlocated) and features (those with geometry)
 * @example const { entries, features } = await loadCatalogue('', fetch)
 */
export async function loadCatalogue<E>(base: string, fetcher: Fetcher): Promise<{ entries: E[]; features: FeatureCollection<Geometry> }> {
	const [index, features] = await Promise.all([
		getJson<E[] | { projects: E[] }>(fetcher, `${base}/geo/projects.json`),
		getJson<FeatureCollection<Geometry>>(fetcher, `${base}/geo/projects.geojson`)
	]);
	return { entries: Array.isArray(index) ? index : index.projects, features };
}
