/**
 * Exporting any FeatureCollection (a corridor, a nearby list, the catalogue) as GeoJSON, KML or CSV text, for
 * download or for other GIS tools.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

/**
 * GeoJSON text of a FeatureCollection.
 *
 * @param collection - the features
 * @param options - `pretty` indents with tabs
 * @returns the JSON text
 * @example
 * toGeoJSON({ type: 'FeatureCollection', features: [] }); // '{"type":"FeatureCollection","features":[]}'
 */
export function toGeoJSON(collection: FeatureCollection, options: { pretty?: boolean } = {}): string {
	return JSON.stringify(collection, null, options.pretty ? '\t' : undefined);
}

/** Characters XML 1.0 cannot carry even escaped; replaced by U+FFFD so the file stays well-formed. */
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids, named on purpose
const xmlInvalid = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Escapes text for XML element content and attribute values.
 *
 * @param text - any text
 * @returns the text with &, <, >, " and ' escaped and XML-invalid control characters replaced
 * @example
 * escapeXml('<b>&'); // '&lt;b&gt;&amp;'
 */
export function escapeXml(text: string): string {
	return text
		.replace(xmlInvalid, '\uFFFD')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

function valueText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	try {
		return JSON.stringify(value) ?? '';
	} catch {
		return String(value);
	}
}

function kmlCoords(positions: Position[]): string {
	return positions.map((p) => p.slice(0, 3).join(',')).join(' ');
}

function kmlRing(tag: 'outerBoundaryIs' | 'innerBoundaryIs', ring: Position[]): string {
	return `<${tag}><LinearRing><coordinates>${kmlCoords(ring)}</coordinates></LinearRing></${tag}>`;
}

function kmlPolygon(rings: Position[][]): string {
	return `<Polygon>${rings.map((r, i) => kmlRing(i === 0 ? 'outerBoundaryIs' : 'innerBoundaryIs', r)).join('')}</Polygon>`;
}

function kmlGeometry(g: Geometry): string {
	switch (g.type) {
		case 'Point':
			return `<Point><coordinates>${kmlCoords([g.coordinates])}</coordinates></Point>`;
		case 'LineString':
			return `<LineString><coordinates>${kmlCoords(g.coordinates)}</coordinates></LineString>`;
		case 'Polygon':
			return kmlPolygon(g.coordinates);
		case 'MultiPoint':
			return `<MultiGeometry>${g.coordinates.map((c) => kmlGeometry({ type: 'Point', coordinates: c })).join('')}</MultiGeometry>`;
		case 'MultiLineString':
			return `<MultiGeometry>${g.coordinates.map((c) => kmlGeometry({ type: 'LineString', coordinates: c })).join('')}</MultiGeometry>`;
		case 'MultiPolygon':
			return `<MultiGeometry>${g.coordinates.map(kmlPolygon).join('')}</MultiGeometry>`;
		case 'GeometryCollection':
			return `<MultiGeometry>${g.geometries.map(kmlGeometry).join('')}</MultiGeometry>`;
	}
}

function featureName(f: Feature, lang: 'zh' | 'en'): string {
	const p = (f.properties ?? {}) as Record<string, unknown>;
	const order =
		lang === 'zh'
			? ['name_zh', 'short_zh', 'zh', 'name', 'name_en', 'en', 'id']
			: ['name_en', 'short_en', 'en', 'name', 'name_zh', 'zh', 'id'];
	for (const k of order) if (typeof p[k] === 'string' && p[k]) return p[k] as string;
	return f.id !== undefined ? String(f.id) : '';
}

/**
 * KML text of a FeatureCollection: one Placemark per feature, its properties as ExtendedData. All text is escaped.
 *
 * @param collection - the features
 * @param options - `name` of the document, `lang` picks the Placemark names (default 'zh')
 * @returns the KML document
 * @example
 * toKML(corridor, { name: '黔江—吉首 走廊（示意）' });
 */
export function toKML(collection: FeatureCollection, options: { name?: string; lang?: 'zh' | 'en' } = {}): string {
	const lang = options.lang ?? 'zh';
	const placemarks = collection.features.map((f) => {
		const data = Object.entries((f.properties ?? {}) as Record<string, unknown>)
			.map(([k, v]) => `<Data name="${escapeXml(k)}"><value>${escapeXml(valueText(v))}</value></Data>`)
			.join('');
		const geometry = f.geometry ? kmlGeometry(f.geometry) : '';
		return `<Placemark><name>${escapeXml(featureName(f, lang))}</name>${data ? `<ExtendedData>${data}</ExtendedData>` : ''}${geometry}</Placemark>`;
	});
	const name = options.name !== undefined ? `<name>${escapeXml(options.name)}</name>` : '';
	return `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${name}\n${placemarks.join('\n')}\n</Document></kml>\n`;
}

function wkt(g: Geometry): string {
	const pt = (p: Position) => `${p[0]} ${p[1]}`;
	const path = (ps: Position[]) => `(${ps.map(pt).join(', ')})`;
	const poly = (rs: Position[][]) => `(${rs.map(path).join(', ')})`;
	switch (g.type) {
		case 'Point':
			return `POINT (${pt(g.coordinates)})`;
		case 'MultiPoint':
			return `MULTIPOINT (${g.coordinates.map((p) => `(${pt(p)})`).join(', ')})`;
		case 'LineString':
			return `LINESTRING ${path(g.coordinates)}`;
		case 'MultiLineString':
			return `MULTILINESTRING (${g.coordinates.map(path).join(', ')})`;
		case 'Polygon':
			return `POLYGON ${poly(g.coordinates)}`;
		case 'MultiPolygon':
			return `MULTIPOLYGON (${g.coordinates.map(poly).join(', ')})`;
		case 'GeometryCollection':
			return `GEOMETRYCOLLECTION (${g.geometries.map(wkt).join(', ')})`;
	}
}

/**
 * Quotes one CSV field per RFC 4180 and, unless disabled, defuses text a spreadsheet would run as a formula.
 *
 * @param value - any value
 * @param guardFormulas - prefix text starting with = + - @ tab or CR with an apostrophe
 * @returns the field
 * @example
 * csvField('a,"b"'); // '"a,""b"""'
 */
export function csvField(value: unknown, guardFormulas = true): string {
	let text = valueText(value);
	if (guardFormulas && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV text of a FeatureCollection: one row per feature, a header of every property key (in first-seen order)
 * followed by `geometry_type`, `lon`, `lat` (points only) and `wkt`. CRLF line ends per RFC 4180.
 *
 * @param collection - the features
 * @param options - `bom` prefixes a UTF-8 byte-order mark so Excel reads Chinese correctly; `guardFormulas`
 *   (default true) keeps spreadsheet formulas from running
 * @returns the CSV text
 * @example
 * toCSV(nearbyCollection, { bom: true });
 */
export function toCSV(collection: FeatureCollection, options: { bom?: boolean; guardFormulas?: boolean } = {}): string {
	const guard = options.guardFormulas ?? true;
	const keys: string[] = [];
	const seen = new Set<string>();
	for (const f of collection.features)
		for (const k of Object.keys(f.properties ?? {}))
			if (!seen.has(k)) {
				seen.add(k);
				keys.push(k);
			}
	const header = [...keys, 'geometry_type', 'lon', 'lat', 'wkt'];
	const rows = collection.features.map((f) => {
		const p = (f.properties ?? {}) as Record<string, unknown>;
		const g = f.geometry;
		const point = g?.type === 'Point' ? g.coordinates : null;
		return [
			...keys.map((k) => csvField(p[k], guard)),
			csvField(g?.type ?? '', false),
			point ? String(point[0]) : '',
			point ? String(point[1]) : '',
			csvField(g ? wkt(g) : '', false)
		].join(',');
	});
	return `${options.bom ? '\uFEFF' : ''}${[header.map((h) => csvField(h, guard)).join(','), ...rows].join('\r\n')}\r\n`;
}
