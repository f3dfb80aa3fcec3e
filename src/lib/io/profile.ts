/**
 * Adds an elevation profile to an exported line: its figures and its sampled series become properties of the
 * collection's first line feature, so a GIS user gets them with the line.
 */
import type { FeatureCollection } from 'geojson';
import { profileSeries, profileSummary, type ElevationProfile } from '../analysis/profile';

/**
 * A copy of a collection whose first LineString feature carries the profile as `elevation_profile` (the rounded
 * figures, marked computed, with the caveat) and `elevation_series` ([km, m] pairs, null where there is no terrain).
 *
 * @param collection - the exported features (unchanged)
 * @param profile - the line's profile
 * @returns the new collection; the same one when it has no LineString
 * @example
 * withProfile(corridorCollection(line, stats, 'schematic'), profile).features[0].properties.elevation_profile.climb_m;
 */
export function withProfile(collection: FeatureCollection, profile: ElevationProfile): FeatureCollection {
	const i = collection.features.findIndex((f) => f.geometry?.type === 'LineString');
	if (i < 0) return collection;
	const features = [...collection.features];
	const f = features[i];
	features[i] = {
		...f,
		properties: { ...f.properties, elevation_profile: profileSummary(profile), elevation_series: profileSeries(profile) }
	};
	return { ...collection, features };
}
