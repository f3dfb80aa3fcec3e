/**
 * `atlas corridor --via 黔江,吉首 [--buffer-km N] [--json]` or `--file line.geojson|kml`: corridor statistics of a
 * schematic line through places, or of an imported line.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, LineString } from 'geojson';
import { corridorFromPlaces, corridorStats, type ContactKind, type ProjectContact } from '../../src/lib/analysis/corridor';
import { importCorridors } from '../../src/lib/io/corridor-lines';
import { FileArgError, readUserFile } from './_args';
import { err, formatTable, loadPlaces, loadProjectFeatures, loadUnits, out, readArgs, readNumber, UsageError } from './_data';
import { profileJson, profileOf, profileText } from './_profile';

export const summary = 'Length, counties, towns and projects along a line through places (--via) or from a file';

const usage = `Usage: npm run atlas -- corridor (--via <place,place,...> | --file <line.geojson|line.kml>) [--buffer-km N] [--profile] [--json]
  --via         places in order, comma-separated, in zh, pinyin or English (黔江,吉首)
  --file        a GeoJSON or KML file holding a line (at most 5 MB; a line of more than 5,000 vertices is
                simplified to 5,000, as in the app)
  --buffer-km   half-width of the corridor in km, 0 to 200 (default 5)
  --profile     also the elevation profile along the line (SRTM30_PLUS terrain, computed)
  --json        print machine-readable JSON only`;

const round = (x: number) => Math.round(x * 1000) / 1000;

function lineFromFile(file: string): { line: Feature<LineString> } | { code: number } {
	let bytes: Uint8Array;
	try {
		bytes = readUserFile(file);
	} catch (e) {
		if (!(e instanceof FileArgError)) throw e;
		err(e.message);
		return { code: 1 };
	}
	const parser = new DOMParser({
		onError: (level: string, msg: string) => {
			if (level !== 'warning') throw new Error(msg);
		}
	});
	const r = importCorridors(file, bytes, { domParser: parser });
	if (!r.ok) {
		err(`${r.error.message_en}\n${r.error.message_zh}`);
		return { code: 1 };
	}
	for (const w of r.warnings) err(`warning: ${w.message_en}`);
	const found = r.lines[0];
	if (!found) {
		err('The file holds no line. / 文件中没有线要素。');
		return { code: 1 };
	}
	return {
		line: {
			type: 'Feature',
			properties: { ...found.properties, method: 'imported' },
			geometry: { type: 'LineString', coordinates: found.coords }
		}
	};
}

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns the exit code: 0 done, 1 unknown name or unreadable input, 2 bad arguments
 * @example
 * npm run atlas -- corridor --via 黔江,吉首 --buffer-km 5
 */
const CONTACT_TITLES: [ContactKind, string][] = [
	['shares-town', 'Projects that name a town within the corridor / 与走廊共享城镇的项目'],
	['crosses', 'Projects whose schematic line crosses the corridor away from its ends / 示意线与走廊相交的项目'],
	['point', 'Point facilities within the buffer (range with position uncertainty) / 缓冲区内的点状设施'],
	['ends', 'Projects that only start or end where the corridor does / 仅在走廊起讫点相接的项目']
];

function contactGroups(contacts: ProjectContact[]) {
	const pick = (c: ContactKind) =>
		contacts
			.filter((p) => p.contact === c)
			.map((p) => ({
				id: p.id,
				name: p.name,
				kind: p.kind,
				method: p.method,
				towns: p.towns,
				alongKm: round(p.alongKm),
				...(c === 'ends' ? { bothEnds: p.bothEnds } : {}),
				...(c === 'point' ? { distanceKm: round(p.distanceKm ?? 0), rangeKm: (p.rangeKm ?? [0, 0]).map(round) } : {})
			}));
	return { sharesTown: pick('shares-town'), crosses: pick('crosses'), points: pick('point'), ends: pick('ends') };
}

export async function run(args: string[]): Promise<number> {
	let via: string | undefined;
	let file: string | undefined;
	let bufferKm = 5;
	let json: boolean;
	let withProfile: boolean;
	try {
		const a = readArgs(args, { values: ['via', 'file', 'buffer-km'], booleans: ['json', 'profile'] });
		withProfile = a.flags.has('profile');
		via = a.values.via;
		file = a.values.file;
		if ((via === undefined) === (file === undefined) || a.positionals.length > 0) throw new UsageError('give either --via or --file');
		if (a.values['buffer-km'] !== undefined) {
			bufferKm = readNumber(a.values['buffer-km'], { name: '--buffer-km', unit: 'km', min: 0, max: 200 });
		}
		json = a.flags.has('json');
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\n${usage}`);
		return 2;
	}

	const places = loadPlaces();
	let line: Feature<LineString>;
	let label: string;
	if (via !== undefined) {
		const names = via
			.split(/[,，、]/)
			.map((s) => s.trim())
			.filter((s) => s.length > 0);
		if (names.length < 2) {
			err(`--via needs at least two places.\n\n${usage}`);
			return 2;
		}
		const r = corridorFromPlaces(names, places);
		if (!r.ok) {
			err(`${r.message_en}\n${r.message_zh}`);
			for (const u of r.unresolved)
				if (u.suggestions.length > 0)
					err(`  ${u.text}: did you mean / 您是否要找 ${u.suggestions.map((p) => `${p.zh} (${p.en}, ${p.id})`).join('; ')}`);
			return 1;
		}
		line = r.line;
		label = `schematic line through ${r.places.map((p) => `${p.zh} ${p.en}`).join(' → ')} (示意线，非线位)`;
	} else {
		const r = lineFromFile(file as string);
		if ('code' in r) return r.code;
		line = r.line;
		label = `line imported from ${file}`;
	}

	const stats = corridorStats(line, { bufferKm, places, units: loadUnits(), projects: loadProjectFeatures() });
	const schematic = via !== undefined;
	const profile = withProfile ? await profileOf(line.geometry) : null;
	if (json) {
		out(
			JSON.stringify(
				{
					line: line.geometry,
					method: schematic ? 'schematic' : 'imported',
					computed: true,
					lengthKm: round(stats.lengthKm),
					straightKm: round(stats.straightKm),
					sinuosity: stats.sinuosity === null ? null : round(stats.sinuosity),
					bufferKm,
					districts: stats.districts.map((d) => ({ ...d, lengthKm: round(d.lengthKm) })),
					outsideKm: round(stats.outsideKm),
					placesWithin: stats.placesWithin.map((p) => ({ ...p, distanceKm: round(p.distanceKm), alongKm: round(p.alongKm) })),
					projects: contactGroups(stats.projects),
					note: 'Projects are sorted by what is known: the towns they name and the positions of point facilities. A crossing is between two schematic lines, not a place on the ground.',
					...(profile ? { profile: profileJson(profile) } : {})
				},
				null,
				2
			)
		);
		return 0;
	}
	const tag = schematic ? ' (computed on the schematic line)' : ' (computed)';
	out(`Corridor: ${label}\n`);
	out(`Length${tag}: ${stats.lengthKm.toFixed(1)} km`);
	out(`Straight-line distance between the ends: ${stats.straightKm.toFixed(1)} km`);
	out(`Sinuosity${tag}: ${stats.sinuosity === null ? '—' : stats.sinuosity.toFixed(3)}`);
	if (schematic) out("A schematic line runs straight between towns: its length understates a real alignment's.");
	out(`\nLength by county${tag}`);
	out(
		formatTable(
			['County / 区县', 'km'],
			[
				...stats.districts.map((d) => [`${d.zh} ${d.en}`, d.lengthKm.toFixed(1)]),
				...(stats.outsideKm > 0.05 ? [['(outside the mapped counties)', stats.outsideKm.toFixed(1)]] : [])
			]
		)
	);
	out(`\nPlaces within ${bufferKm} km${tag}`);
	out(
		stats.placesWithin.length === 0
			? '(none)'
			: formatTable(
					['Place / 地点', 'Kind', 'km from line', 'km along'],
					stats.placesWithin.map((p) => [`${p.zh} ${p.en}`, p.kind, p.distanceKm.toFixed(1), p.alongKm.toFixed(1)])
				)
	);
	for (const [contact, title] of CONTACT_TITLES) {
		const rows = stats.projects.filter((p) => p.contact === contact);
		out(`\n${title}`);
		out(
			rows.length === 0
				? '(none)'
				: formatTable(
						['Project / 项目', 'Kind', 'Towns / 城镇', 'km along', contact === 'point' ? 'km from line' : ''],
						rows.map((p) => [
							`${p.name.zh} ${p.name.en}`,
							p.kind,
							p.towns.map((t) => `${t.zh} ${t.en}`).join('; ') + (p.bothEnds ? ' (both ends)' : ''),
							p.alongKm.toFixed(1),
							p.rangeKm ? `${p.rangeKm[0].toFixed(1)}–${p.rangeKm[1].toFixed(1)}` : ''
						])
					)
		);
	}
	if (profile) out(profileText(profile, schematic));
	return 0;
}
