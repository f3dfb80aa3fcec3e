/**
 * Elevation profiles for the page: computed in the analysis worker (tile decoding and sampling grow with the line),
 * once per line, and kept for the visit.
 */
import type { ElevationProfile } from '../analysis/profile';
import type { TerrainInfo } from '../geo/terrain-grid';
import { createAnalysisClient, type AnalysisTasks, type TaskClient } from './index';
import type { LonLat } from '../geo/types';

let client: TaskClient<AnalysisTasks> | null = null;

/** Profiles computed this visit, by line; a handful is plenty (the selected corridor, the measured path). */
const profiles = new Map<string, { promise: Promise<ElevationProfile>; value?: ElevationProfile }>();
const MAX_PROFILES = 16;

/**
 * The elevation profile of a line from the terrain tiles, computed once per line and kept for the visit.
 * @param info - static/geo/terrain.json
 * @param geoBase - absolute URL of the static/geo folder, ending in '/'
 * @param coords - the line, [lon, lat] in degrees
 * @returns the profile
 * @example
 * const p = await browserProfile(geo.terrain, `${location.origin}${base}/geo/`, corridor.coords);
 */
export function browserProfile(info: TerrainInfo, geoBase: string, coords: readonly LonLat[]): Promise<ElevationProfile> {
	const key = JSON.stringify(coords);
	const hit = profiles.get(key);
	if (hit) return hit.promise;
	const entry: { promise: Promise<ElevationProfile>; value?: ElevationProfile } = {
		promise: (client ??= createAnalysisClient())
			.run('elevationProfile', [info, geoBase, coords.map((c) => [c[0], c[1]] as LonLat)])
			.promise.then((p) => {
				entry.value = p;
				return p;
			})
	};
	entry.promise.catch(() => profiles.delete(key));
	profiles.set(key, entry);
	if (profiles.size > MAX_PROFILES) profiles.delete(profiles.keys().next().value as string);
	return entry.promise;
}

/**
 * The profile of a line if {@link browserProfile} has finished it, for code that cannot wait (an export button).
 * @param coords - the line
 * @returns the profile, or undefined
 * @example
 * finishedProfile(corridor.coords)?.climbM;
 */
export function finishedProfile(coords: readonly LonLat[]): ElevationProfile | undefined {
	return profiles.get(JSON.stringify(coords))?.value;
}
