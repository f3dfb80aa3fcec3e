import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { indexEntries } from '$lib/catalogue/index-file';
import type { IndexEntry } from '$lib/catalogue/view';

/** The catalogue index and features from static/geo, read once at prerender time. */
export function readCatalogue(): { entries: IndexEntry[]; features: Map<string, Feature<Geometry>> } {
	const entries = indexEntries(JSON.parse(readFileSync('static/geo/projects.json', 'utf8')));
	const fc = JSON.parse(readFileSync('static/geo/projects.geojson', 'utf8')) as FeatureCollection<Geometry>;
	return { entries, features: new Map(fc.features.map((f) => [String(f.properties?.id), f])) };
}
