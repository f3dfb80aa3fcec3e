/**
 * `atlas nearby --at <lon,lat | place> --radius-km N [--json]`: the projects near a point, nearest first, with
 * honest distances, the nearest station, expressway and airport, and a one-sentence summary.
 */
import type { LonLat, Place } from '../../src/lib/geo/types';
import { describeDistance, nearbyProjects, nearestAirport, nearestOfKind, type NearbyItem } from '../../src/lib/analysis/nearby';
import { buildNearbyIndex } from '../../src/lib/analysis/spatial-index';
import { parseLonLat, resolvePlace } from '../../src/lib/analysis/places';
import { placeLabel, plainSummary } from '../../src/lib/analysis/summary';
import { err, formatTable, loadAirports, loadPlaces, loadProjectFeatures, out, readArgs, readNumber, UsageError } from './_data';

export const summary = 'Projects within a radius of a place or lon,lat, nearest first';

const usage = `Usage: npm run atlas -- nearby --at <lon,lat | place name> [--radius-km N] [--json]
  --at          a position "108.77,29.30" or a place in zh, pinyin or English (濯水, zhuoshui, Zhuoshui)
  --radius-km   search radius in km (default 10, at most 500)
  --json        print machine-readable JSON only`;

/** How the --at text resolved: a position, or a failure already explained. */
export type ResolvedAt = { ok: true; at: LonLat; place: Place | null } | { ok: false; code: number };

/**
 * Reads a position or a place name, printing close matches (exit 1) for an unknown name and the reason (exit 2)
 * for a malformed position.
 *
 * @param text - "lon,lat" or a place name in zh, pinyin or English
 * @param places - the gazetteer
 * @returns the position and the place, or the exit code to return
 * @example
 * resolveAt('濯水', loadPlaces()); // { ok: true, at: [108.7702, 29.30309], place: { id: 'qianjiang-zhuoshui', ... } }
 */
export function resolveAt(text: string, places: Place[]): ResolvedAt {
	if (/^[\s+\-\d.,，;]+$/.test(text)) {
		const r = parseLonLat(text);
		if (!r.ok) {
			err(`${r.error.message_en}\n${r.error.message_zh}`);
			return { ok: false, code: 2 };
		}
		return { ok: true, at: r.lonLat, place: null };
	}
	const r = resolvePlace(places, text);
	if ('suggestions' in r) {
		err(`Unknown place "${text}" / 找不到地点“${text}”.`);
		if (r.suggestions.length > 0)
			err(`Did you mean / 您是否要找: ${r.suggestions.map((p) => `${p.zh} (${p.en}, ${p.id})`).join('; ')}`);
		return { ok: false, code: 1 };
	}
	return { ok: true, at: [r.lon, r.lat], place: r };
}

function itemJson(item: NearbyItem) {
	return {
		id: item.id,
		ref: item.ref,
		name: item.name,
		kind: item.kind,
		status: item.status,
		method: item.method,
		distanceKm: round(item.distanceKm),
		rangeKm: [round(item.rangeKm[0]), round(item.rangeKm[1])],
		description: { zh: describeDistance(item, 'zh'), en: describeDistance(item, 'en') }
	};
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns the exit code: 0 done, 1 unknown name or unreadable input, 2 bad arguments
 * @example
 * npm run atlas -- nearby --at 濯水 --radius-km 10
 */
export async function run(args: string[]): Promise<number> {
	let at: string;
	let radiusKm = 10;
	let json = false;
	try {
		const a = readArgs(args, { values: ['at', 'radius-km'], booleans: ['json'] });
		if (!a.values.at || a.positionals.length > 0) throw new UsageError('--at is required');
		at = a.values.at;
		if (a.values['radius-km'] !== undefined) {
			radiusKm = readNumber(a.values['radius-km'], { name: '--radius-km', unit: 'km', min: 0.1, max: 500 });
		}
		json = a.flags.has('json');
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\n${usage}`);
		return 2;
	}

	const places = loadPlaces();
	const resolved = resolveAt(at, places);
	if (!resolved.ok) return resolved.code;
	const index = buildNearbyIndex(loadProjectFeatures());
	const items = nearbyProjects(index, resolved.at, { radiusKm });
	const station = nearestOfKind(index, resolved.at, ['station']);
	const expressway = nearestOfKind(index, resolved.at, ['expressway'], { linesOnly: true });
	const airport = nearestAirport(loadAirports(), resolved.at);
	const placeName = resolved.place ? placeLabel(resolved.place) : null;
	const sentence = { zh: plainSummary({ placeName, radiusKm, items }, 'zh'), en: plainSummary({ placeName, radiusKm, items }, 'en') };

	if (json) {
		out(
			JSON.stringify(
				{
					at: resolved.at,
					place: resolved.place ? { id: resolved.place.id, zh: resolved.place.zh, en: resolved.place.en } : null,
					radiusKm,
					items: items.map(itemJson),
					nearest: {
						station: station ? itemJson(station) : null,
						expressway: expressway ? itemJson(expressway) : null,
						airport: airport ? { iata: airport.airport.iata, zh: airport.airport.zh, en: airport.airport.en, distanceKm: round(airport.distanceKm) } : null
					},
					summary: sentence,
					note: 'All distances are computed to the drawn geometry; schematic lines are not alignments.'
				},
				null,
				2
			)
		);
		return 0;
	}

	const where = placeName ? `${placeName.zh} / ${placeName.en}` : 'this point';
	out(`Projects within ${radiusKm} km of ${where} (${resolved.at[0]}, ${resolved.at[1]}) — computed distances\n`);
	if (items.length > 0)
		out(
			formatTable(
				['#', 'Project / 项目', 'Kind', 'Distance (computed)', 'Geometry'],
				items.map((item, i) => [String(i + 1), `${item.name.zh} ${item.name.en}`, item.kind, describeDistance(item, 'en'), item.method])
			)
		);
	const nearestRows: string[][] = [];
	if (station) nearestRows.push(['station', `${station.name.zh} ${station.name.en}`, describeDistance(station, 'en')]);
	if (expressway) nearestRows.push(['expressway', `${expressway.name.zh} ${expressway.name.en}`, describeDistance(expressway, 'en')]);
	if (airport)
		nearestRows.push(['airport', `${airport.airport.zh} ${airport.airport.en} (${airport.airport.iata})`, `${Math.round(airport.distanceKm * 10) / 10} km`]);
	if (nearestRows.length > 0) out(`\nNearest / 最近\n${formatTable(['Kind', 'Name', 'Distance (computed)'], nearestRows)}`);
	out(`\n${sentence.zh}\n${sentence.en}`);
	out('\nDistances are computed to the drawn geometry. Schematic lines join towns and are not alignments; approximate points show a range.');
	return 0;
}
