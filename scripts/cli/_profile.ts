/**
 * The `--profile` option shared by `corridor` and `measure`: the elevation profile of a line from the terrain tiles,
 * as JSON or as text.
 */
import type { LineString } from 'geojson';
import { elevationProfile, profileSeries, profileSummary, type ElevationProfile } from '../../src/lib/analysis/profile';
import type { LonLat } from '../../src/lib/geo/types';
import { formatTable } from './_data';
import { nodeTerrainGrid } from './_terrain';

/**
 * The profile of a line, sampled from static/geo/terrain (or `$WULING_GEO_DIR`).
 * @param line - the line
 * @returns the profile
 * @throws DataFileError when terrain.json is missing
 * @example
 * const p = await profileOf({ type: 'LineString', coordinates: [[108.77, 29.53], [108.76, 28.84]] });
 */
export async function profileOf(line: LineString): Promise<ElevationProfile> {
	const coords = line.coordinates.map((p) => [p[0], p[1]] as LonLat);
	return elevationProfile(line, await nodeTerrainGrid(coords));
}

/**
 * The profile for `--json`: the rounded figures and the sampled series as [km, m] pairs.
 * @param p - the profile
 * @returns a plain object
 * @example
 * profileJson(p).series[0]; // [0, 899]
 */
export function profileJson(p: ElevationProfile) {
	return { ...profileSummary(p), series: profileSeries(p) };
}

/**
 * The profile as text lines: the figures, the caveat, and a coarse table of the series.
 * @param p - the profile
 * @param schematic - the line is a schematic, not an alignment: the profile is of the straight line only
 * @returns text to print
 * @example
 * out(profileText(p, true));
 */
export function profileText(p: ElevationProfile, schematic: boolean): string {
	const at = (q: { heightM: number; distanceKm: number; position: LonLat } | null) =>
		q
			? `${Math.round(q.heightM)} m at km ${q.distanceKm.toFixed(1)} (${q.position[0].toFixed(4)}, ${q.position[1].toFixed(4)})`
			: '— (no terrain)';
	const s = p.steepest;
	const lines = [
		`\nElevation profile (computed from SRTM30_PLUS, every ${p.stepKm.toFixed(2)} km${schematic ? ', along the straight schematic line, not an alignment' : ''})`,
		`Highest: ${at(p.highest)}`,
		`Lowest: ${at(p.lowest)}`,
		`Total climb: ${Math.round(p.climbM)} m; total descent: ${Math.round(p.descentM)} m`,
		`Steepest ${p.windowKm} km: ${
			s
				? `km ${s.startKm.toFixed(1)}–${s.endKm.toFixed(1)}, ${s.changeM >= 0 ? 'up' : 'down'} ${Math.abs(Math.round(s.changeM))} m (average grade ${Math.abs(s.gradePercent).toFixed(1)}%)`
				: `— (the line is shorter than ${p.windowKm} km or has no terrain there)`
		}`
	];
	if (p.missingKm > 0.05)
		lines.push(`No terrain under ${p.missingKm.toFixed(1)} km of the line (east of 112.5°E or north of 31.95°N): left out of the figures.`);
	lines.push(p.caveat.en, p.caveat.zh);
	const every = Math.max(1, Math.ceil(p.samples.length / 25));
	const rows = p.samples
		.filter((_, i) => i % every === 0 || i === p.samples.length - 1)
		.map((q) => [q.distanceKm.toFixed(1), q.heightM === null ? '—' : String(Math.round(q.heightM))]);
	lines.push('', formatTable(['km', 'm'], rows));
	return lines.join('\n');
}
