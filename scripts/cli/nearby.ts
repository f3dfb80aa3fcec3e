/**
 * `atlas nearby --at <lon,lat | place> --radius-km N [--json]`: the projects near a point, nearest first, with
 * honest distances, the nearest station, expressway and airport, and a one-sentence summary.
 */
import type { LonLat, Place } from '../../src/lib/geo/types';
import { nearestAirport } from '../../src/lib/analysis/nearby';
import { parseLonLat, resolvePlace } from '../../src/lib/analysis/places';
import {
	describeAccess,
	describeServed,
	nearestAccess,
	servedContext,
	servedProjects,
	withMentions,
	type ServedContext,
	type ServedItem,
	type ServedRelation,
	type TransportAccess
} from '../../src/lib/analysis/served';
import { servedSummary } from '../../src/lib/analysis/summary';
import { formatKm } from '../../src/lib/analysis/words';
import {
	err,
	formatTable,
	loadAirports,
	loadCatalogue,
	loadPlaces,
	loadProjectFeatures,
	out,
	readArgs,
	readNumber,
	UsageError
} from './_data';
import type { ProjectEntry } from '../../src/lib/catalogue/types';
import { NEAR_RADIUS_KM } from '../../src/lib/limits';

export const summary = 'Projects within a radius of a place or lon,lat, nearest first';

const usage = `Usage: npm run atlas -- nearby --at <lon,lat | place name> [--radius-km N] [--json]
  --at          a position "108.77,29.30" or a place in zh, pinyin or English (濯水, zhuoshui, Zhuoshui)
  --radius-km   search radius in km (default ${NEAR_RADIUS_KM.default}, at most ${NEAR_RADIUS_KM.cliMax})
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
		if (r.suggestions.length > 0) err(`Did you mean / 您是否要找: ${r.suggestions.map((p) => `${p.zh} (${p.en}, ${p.id})`).join('; ')}`);
		return { ok: false, code: 1 };
	}
	return { ok: true, at: [r.lon, r.lat], place: r };
}

function itemJson(item: ServedItem, context: ServedContext) {
	return {
		id: item.id,
		ref: item.ref,
		name: item.name,
		kind: item.kind,
		status: item.status,
		statusAsOf: item.statusYear,
		method: item.method,
		relation: item.relation,
		town: item.town,
		distanceKm: round(item.distanceKm),
		rangeKm: [round(item.rangeKm[0]), round(item.rangeKm[1])],
		description: { zh: describeServed(item, context, 'zh'), en: describeServed(item, context, 'en') }
	};
}

function accessJson(access: TransportAccess | null) {
	if (!access) return null;
	return {
		town: access.town,
		distanceKm: round(access.distanceKm),
		stations: access.stations,
		projects: access.projects,
		description: { zh: describeAccess(access, 'zh'), en: describeAccess(access, 'en') }
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
	let radiusKm: number = NEAR_RADIUS_KM.default;
	let json: boolean;
	try {
		const a = readArgs(args, { values: ['at', 'radius-km'], booleans: ['json'] });
		if (!a.values.at || a.positionals.length > 0) throw new UsageError('--at is required');
		at = a.values.at;
		if (a.values['radius-km'] !== undefined) {
			radiusKm = readNumber(a.values['radius-km'], {
				name: '--radius-km',
				unit: 'km',
				min: NEAR_RADIUS_KM.cliMin,
				max: NEAR_RADIUS_KM.cliMax
			});
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
	// Every project that names the township is listed, drawn or not (the same features as the place cards).
	const projects = withMentions(loadProjectFeatures(), loadCatalogue() as unknown as ProjectEntry[], places);
	const context = servedContext(places, resolved.at, resolved.place);
	const items = servedProjects(projects, places, context, { radiusKm });
	const access = {
		rail: {
			today: nearestAccess(projects, places, resolved.at, 'rail', { inServiceOnly: true }),
			planned: nearestAccess(projects, places, resolved.at, 'rail')
		},
		expressway: {
			today: nearestAccess(projects, places, resolved.at, 'expressway', { inServiceOnly: true }),
			planned: nearestAccess(projects, places, resolved.at, 'expressway')
		}
	};
	const airport = nearestAirport(loadAirports(), resolved.at);
	const sentence = { zh: servedSummary(context, items, radiusKm, 'zh'), en: servedSummary(context, items, radiusKm, 'en') };
	const ref = (p: Place | null) => (p ? { id: p.id, zh: p.zh, en: p.en } : null);

	if (json) {
		out(
			JSON.stringify(
				{
					at: resolved.at,
					place: ref(context.place),
					placeAsked: context.placeAsked,
					placeKm: round(context.placeKm),
					seat: ref(context.seat),
					seatKm: context.seatKm === null ? null : round(context.seatKm),
					radiusKm,
					items: items.map((i) => itemJson(i, context)),
					nearest: {
						rail: { today: accessJson(access.rail.today), planned: accessJson(access.rail.planned) },
						expressway: { today: accessJson(access.expressway.today), planned: accessJson(access.expressway.planned) },
						airport: airport
							? { iata: airport.airport.iata, zh: airport.airport.zh, en: airport.airport.en, distanceKm: round(airport.distanceKm) }
							: null
					},
					summary: sentence,
					note: 'A project serves the towns it names. Distances are great-circle distances between real town positions (or to a facility position, with its uncertainty), never to a schematic line. A station or interchange is taken to be at its town. Air routes are not listed.'
				},
				null,
				2
			)
		);
		return 0;
	}

	const where = context.place ? `${context.place.zh} / ${context.place.en}` : 'this point';
	out(`What serves ${where} (${resolved.at[0]}, ${resolved.at[1]}), and what lies within ${radiusKm} km\n`);
	const groups: [ServedRelation[], string][] = [
		[['here'], `Here: names ${context.place?.zh ?? '—'} / 途经或位于本地`],
		[
			['seat'],
			context.seat
				? `Serving your district seat ${context.seat.zh} ${context.seat.en} (${formatKm(context.seatKm ?? 0)} km away) / 服务所在区县城区`
				: 'Serving your district seat'
		],
		[['town', 'point'], `Within ${radiusKm} km / ${radiusKm}公里内`]
	];
	for (const [relations, title] of groups) {
		const rows = items.filter((i) => relations.includes(i.relation));
		if (rows.length === 0) continue;
		out(`\n${title}`);
		out(
			formatTable(
				['#', 'Project / 项目', 'Kind', 'Status', 'How / 关系'],
				rows.map((item, i) => [
					String(i + 1),
					`${item.name.zh} ${item.name.en}`,
					item.kind,
					item.status,
					describeServed(item, context, 'en')
				])
			)
		);
	}
	const nearestRows: string[][] = [];
	for (const [label, a] of [
		['rail today', access.rail.today],
		['rail planned', access.rail.planned],
		['expressway today', access.expressway.today],
		['expressway planned', access.expressway.planned]
	] as const)
		if (a) nearestRows.push([label, describeAccess(a, 'en'), a.projects.map((p) => `${p.name.en} (${p.status})`).join('; ')]);
	if (airport)
		nearestRows.push([
			'airport',
			`${airport.airport.zh} ${airport.airport.en} (${airport.airport.iata}), ${formatKm(airport.distanceKm)} km`,
			''
		]);
	if (nearestRows.length > 0) out(`\nNearest / 最近\n${formatTable(['What', 'Where (town position)', 'Lines'], nearestRows)}`);
	out(`\n${sentence.zh}\n${sentence.en}`);
	out('\nA project serves the towns it names; distances run between real town positions, never to a schematic line.');
	return 0;
}
