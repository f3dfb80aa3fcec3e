/**
 * `atlas measure --path "lon,lat;lon,lat;..." [--area] [--json]`: the great-circle length of a path (and the area
 * of the polygon it encloses).
 */
import type { LonLat } from '../../src/lib/geo/types';
import { measureArea, measurePath } from '../../src/lib/analysis/measure';
import { parseLonLat, resolvePlace } from '../../src/lib/analysis/places';
import { err, formatTable, loadPlaces, out, readArgs, UsageError } from './_data';
import { profileJson, profileOf, profileText } from './_profile';

export const summary = 'Length of a path of lon,lat points or places (and --area)';

const usage = `Usage: npm run atlas -- measure --path "lon,lat;lon,lat;..." [--area] [--profile] [--json]
  --path   positions separated by ";" (a place name may stand for a position)
  --area   also the area and perimeter of the polygon the path encloses
  --profile  also the elevation profile along the path (SRTM30_PLUS terrain, computed)
  --json   print machine-readable JSON only`;

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns the exit code: 0 done, 1 unknown name or unreadable input, 2 bad arguments
 * @example
 * npm run atlas -- measure --path "108.77,29.53;108.77,29.30"
 */
export async function run(args: string[]): Promise<number> {
	let path: string;
	let json: boolean;
	let withArea: boolean;
	let withProfile: boolean;
	try {
		const a = readArgs(args, { values: ['path'], booleans: ['json', 'area', 'profile'] });
		withProfile = a.flags.has('profile');
		if (!a.values.path || a.positionals.length > 0) throw new UsageError('--path is required');
		path = a.values.path;
		json = a.flags.has('json');
		withArea = a.flags.has('area');
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\n${usage}`);
		return 2;
	}

	const parts = path
		.split(/[;；]/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
	const coords: LonLat[] = [];
	const labels: string[] = [];
	for (const part of parts) {
		if (/^[\s+\-\d.,，]+$/.test(part)) {
			const r = parseLonLat(part);
			if (!r.ok) {
				err(`${r.error.message_en}\n${r.error.message_zh}\n\n${usage}`);
				return 2;
			}
			coords.push(r.lonLat);
			labels.push(`${r.lonLat[0]},${r.lonLat[1]}`);
			continue;
		}
		const r = resolvePlace(loadPlaces(), part);
		if ('suggestions' in r) {
			err(`Unknown place "${part}" / 找不到地点“${part}”.`);
			if (r.suggestions.length > 0) err(`Did you mean / 您是否要找: ${r.suggestions.map((p) => `${p.zh} (${p.en})`).join('; ')}`);
			return 1;
		}
		coords.push([r.lon, r.lat]);
		labels.push(`${r.zh} ${r.en}`);
	}
	if (coords.length < 2 || (withArea && coords.length < 3)) {
		err(`${withArea ? 'An area needs at least three positions' : 'A path needs at least two positions'}.\n\n${usage}`);
		return 2;
	}
	const measured = measurePath(coords);
	let area: { areaKm2: number; perimeterKm: number } | null;
	try {
		area = withArea ? measureArea(coords) : null;
	} catch (e) {
		err(`${e instanceof Error ? e.message : String(e)}\n\n${usage}`);
		return 2;
	}
	const profile = withProfile ? await profileOf({ type: 'LineString', coordinates: coords }) : null;
	if (json) {
		out(
			JSON.stringify(
				{
					coordinates: coords,
					lengthKm: round(measured.lengthKm),
					segmentsKm: measured.segmentsKm.map(round),
					...(area ? { areaKm2: round(area.areaKm2), perimeterKm: round(area.perimeterKm) } : {}),
					method: 'great-circle (computed)',
					...(profile ? { profile: profileJson(profile) } : {})
				},
				null,
				2
			)
		);
		return 0;
	}
	out(
		formatTable(
			['#', 'From', 'To', 'km (computed)'],
			measured.segmentsKm.map((km, i) => [String(i + 1), labels[i], labels[i + 1], km.toFixed(2)])
		)
	);
	out(`\nTotal length (computed, great-circle): ${measured.lengthKm.toFixed(2)} km`);
	if (area) out(`Area (computed): ${area.areaKm2.toFixed(2)} km²; perimeter ${area.perimeterKm.toFixed(2)} km`);
	if (profile) out(profileText(profile, false));
	return 0;
}
