/**
 * A static spatial index over feature bounding boxes (Flatbush), so that a "within r km of here" query measures
 * exact distances only to the few features whose boxes come near the query point.
 */
import Flatbush from 'flatbush';
import type { Feature, Geometry } from 'geojson';
import type { LonLat } from '../geo/types';
import { nearestOnGeometry, vertices } from './distance';

/** An index built once over a list of features, queried many times. */
export interface NearbyIndex<F extends Feature<Geometry | null> = Feature<Geometry | null>> {
	/** The indexed features, in their original order. */
	features: F[];
	/** Flatbush item i is `features[slots[i]]`; features without geometry are not indexed. */
	slots: number[];
	tree: Flatbush | null;
}

/** One feature found near a point. */
export interface NearbyHit<F> {
	feature: F;
	/** Great-circle distance to the nearest point of the feature's geometry, km. */
	distanceKm: number;
	/** That nearest point. */
	nearest: LonLat;
}

/** Kilometres per degree of latitude on Turf's sphere (R = 6371.0088 km). */
const KM_PER_DEGREE = (Math.PI * 6371.0088) / 180;

function bounds(geometry: Geometry): [number, number, number, number] | null {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const [x, y] of vertices(geometry)) {
		if (x < minX) minX = x;
		if (y < minY) minY = y;
		if (x > maxX) maxX = x;
		if (y > maxY) maxY = y;
	}
	return minX <= maxX && minY <= maxY ? [minX, minY, maxX, maxY] : null;
}

/**
 * Builds the spatial index of a list of features (typically the projects of `projects.geojson`).
 *
 * @param features - features with any geometry; those with none are kept in `features` but never found
 * @returns the index, to pass to {@link queryNearby}
 * @example
 * const index = buildNearbyIndex(projects.features);
 */
export function buildNearbyIndex<F extends Feature<Geometry | null>>(features: F[]): NearbyIndex<F> {
	const slots: number[] = [];
	const boxes: [number, number, number, number][] = [];
	features.forEach((f, i) => {
		const b = f.geometry ? bounds(f.geometry) : null;
		if (b) {
			slots.push(i);
			boxes.push(b);
		}
	});
	if (boxes.length === 0) return { features, slots, tree: null };
	const tree = new Flatbush(boxes.length);
	for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
	tree.finish();
	return { features, slots, tree };
}

/**
 * A query box that contains every point within `radiusKm` of `at`: degrees of longitude shrink towards the poles,
 * so the box is widened for the latitude furthest from the equator that it reaches.
 */
function queryBox(at: LonLat, radiusKm: number): [number, number, number, number] {
	const dLat = (radiusKm / KM_PER_DEGREE) * 1.001 + 1e-9;
	const maxLat = Math.min(89.999, Math.abs(at[1]) + dLat);
	const dLon = Math.min(180, (radiusKm / (KM_PER_DEGREE * Math.cos((maxLat * Math.PI) / 180))) * 1.001 + 1e-9);
	return [at[0] - dLon, at[1] - dLat, at[0] + dLon, at[1] + dLat];
}

/**
 * The features within `radiusKm` of a point, nearest first, with the distance to each feature's geometry.
 *
 * @param index - built by {@link buildNearbyIndex}
 * @param at - [lon, lat] in degrees
 * @param radiusKm - search radius, km (≥ 0)
 * @returns hits sorted by distance (ties keep the features' order)
 * @example
 * queryNearby(index, [108.77, 29.30], 10).map((h) => h.distanceKm);
 */
export function queryNearby<F extends Feature<Geometry | null>>(
	index: NearbyIndex<F>,
	at: LonLat,
	radiusKm: number
): NearbyHit<F>[] {
	if (!index.tree || !(radiusKm >= 0)) return [];
	const [minX, minY, maxX, maxY] = queryBox(at, radiusKm);
	const hits: (NearbyHit<F> & { order: number })[] = [];
	for (const item of index.tree.search(minX, minY, maxX, maxY)) {
		const order = index.slots[item];
		const feature = index.features[order];
		const n = nearestOnGeometry(feature.geometry, at);
		if (n && n.distanceKm <= radiusKm) hits.push({ feature, distanceKm: n.distanceKm, nearest: n.nearest, order });
	}
	hits.sort((a, b) => a.distanceKm - b.distanceKm || a.order - b.order);
	return hits.map(({ feature, distanceKm, nearest }) => ({ feature, distanceKm, nearest }));
}

/**
 * The nearest feature passing a filter, however far: the search radius doubles until something is found.
 *
 * @param index - built by {@link buildNearbyIndex}
 * @param at - [lon, lat] in degrees
 * @param accept - which features count
 * @param startKm - first radius tried, km
 * @returns the nearest hit or null when no feature passes the filter
 * @example
 * nearestInIndex(index, [108.77, 29.3], (f) => f.properties.kind === 'station');
 */
export function nearestInIndex<F extends Feature<Geometry | null>>(
	index: NearbyIndex<F>,
	at: LonLat,
	accept: (feature: F) => boolean,
	startKm = 10
): NearbyHit<F> | null {
	if (!index.slots.some((i) => accept(index.features[i]))) return null;
	// Half the Earth's circumference reaches every point, so the loop ends.
	for (let r = startKm; ; r *= 2) {
		const radius = Math.min(r, 20038);
		const hit = queryNearby(index, at, radius).find((h) => accept(h.feature));
		if (hit || radius === 20038) return hit ?? null;
	}
}
