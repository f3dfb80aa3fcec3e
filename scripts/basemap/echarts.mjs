// Reads the ECharts 4.9 map files: decodes their compact geometry and converts GCJ-02 to WGS-84.
import { readFileSync } from 'node:fs';
import { gcj02ToWgs84 } from './datum.mjs';

const ECHARTS_MAP_DIR = 'node_modules/echarts/map/json';

/**
 * Decodes one ECharts-encoded ring: zig-zag deltas of coordinates quantised by `scale`.
 * Mirrors decodePolygon in echarts 4.9 src/coord/geo/parseGeoJson.js.
 * @param {string} encoded ring as a string of character pairs
 * @param {[number, number]} offsets start position, quantised
 * @param {number} scale quantisation (1024 units per degree)
 * @returns {[number, number][]} ring in GCJ-02 degrees
 * @example
 * decodeRing('@@BB', [1024, 1024], 1024); // [[1, 1], [1.0009765625, 1.0009765625]]
 */
export function decodeRing(encoded, offsets, scale) {
	const ring = [];
	let prevX = offsets[0];
	let prevY = offsets[1];
	for (let i = 0; i < encoded.length; i += 2) {
		let x = encoded.charCodeAt(i) - 64;
		let y = encoded.charCodeAt(i + 1) - 64;
		x = (x >> 1) ^ -(x & 1);
		y = (y >> 1) ^ -(y & 1);
		x += prevX;
		y += prevY;
		prevX = x;
		prevY = y;
		ring.push([x / scale, y / scale]);
	}
	return ring;
}

/**
 * Closes a ring (first = last) and drops consecutive duplicates, as GeoJSON requires.
 * @param {[number, number][]} ring positions
 * @returns {[number, number][]} closed ring
 * @example
 * closeRing([[0, 0], [1, 0], [1, 1]]); // [[0,0],[1,0],[1,1],[0,0]]
 */
function closeRing(ring) {
	const out = [];
	for (const p of ring) {
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0], first[1]]);
	return out;
}

/**
 * Decodes an ECharts geometry and converts every vertex from GCJ-02 to WGS-84.
 * @param {{ type: string, coordinates: any, encodeOffsets?: any }} geometry encoded Polygon or MultiPolygon
 * @param {boolean} encoded whether the file has UTF8Encoding set
 * @param {number} scale quantisation per degree
 * @returns {import('geojson').Polygon | import('geojson').MultiPolygon} WGS-84 geometry
 * @example
 * decodeGeometry(feature.geometry, true, 1024);
 */
export function decodeGeometry(geometry, encoded, scale) {
	const ringOf = (ring, offsets) => closeRing((encoded ? decodeRing(ring, offsets, scale) : ring).map(gcj02ToWgs84));
	if (geometry.type === 'Polygon') {
		return {
			type: 'Polygon',
			coordinates: geometry.coordinates.map((ring, i) => ringOf(ring, geometry.encodeOffsets?.[i]))
		};
	}
	if (geometry.type === 'MultiPolygon') {
		return {
			type: 'MultiPolygon',
			coordinates: geometry.coordinates.map((poly, i) => poly.map((ring, j) => ringOf(ring, geometry.encodeOffsets?.[i]?.[j])))
		};
	}
	throw new Error(`unexpected ECharts geometry type ${geometry.type}`);
}

/**
 * Loads one ECharts map file as WGS-84 GeoJSON features with `name`, `echartsId` and a WGS-84 `cp`.
 * @param {string} relPath path under echarts/map/json, e.g. 'province/chongqing.json'
 * @returns {import('geojson').Feature[]} decoded features in file order
 * @example
 * loadEchartsMap('province/chongqing.json').length; // 38
 */
export function loadEchartsMap(relPath) {
	const json = JSON.parse(readFileSync(`${ECHARTS_MAP_DIR}/${relPath}`, 'utf8'));
	const scale = json.UTF8Scale ?? 1024;
	return json.features
		.filter((f) => f.geometry && f.geometry.coordinates.length > 0)
		.map((f) => ({
			type: 'Feature',
			properties: {
				name: f.properties.name,
				echartsId: String(f.id ?? ''),
				cp: f.properties.cp ? gcj02ToWgs84(f.properties.cp) : null,
				cpGcj02: f.properties.cp ?? null
			},
			geometry: decodeGeometry(f.geometry, Boolean(json.UTF8Encoding), scale)
		}));
}
