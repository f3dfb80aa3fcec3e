/**
 * Importing a user's GeoJSON or KML file (a surveyed alignment, a planning sketch) safely: every check a hostile or
 * broken file can fail is made before anything is used, and every refusal comes with a zh and an en message.
 * Names and properties come back as plain text, unescaped: the UI renders them as text nodes, never as HTML.
 */
import { kml as kmlToGeoJSON } from '@tmcw/togeojson';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { detectGcj02, gcj02ToWgs84, type Gcj02Check } from '../geo/datum';
import type { LonLat } from '../geo/types';
import { FILE_MAX_BYTES, FILE_MAX_FEATURES, FILE_MAX_VERTICES, stripInvisible } from '../limits';

/** Why an import was refused, or what it should warn about. */
export type ImportCode =
	| 'empty'
	| 'too-large'
	| 'encoding'
	| 'encoding-detected'
	| 'json-syntax'
	| 'xml-syntax'
	| 'xml-dtd'
	| 'no-xml-parser'
	| 'unsupported-format'
	| 'archive'
	| 'no-features'
	| 'too-many-features'
	| 'bad-geometry'
	| 'bad-coordinates'
	| 'too-many-vertices'
	| 'dropped-features'
	| 'dropped-keys'
	| 'gcj02-suspected'
	| 'simplified'
	| 'no-lines';

/** A refusal or a warning, in both languages. */
export interface ImportMessage {
	code: ImportCode;
	message_zh: string;
	message_en: string;
}

/** Property values after import: text, numbers, booleans or null; anything nested becomes its JSON text. */
export type ImportedProperties = Record<string, string | number | boolean | null>;

/** An imported feature, always with a valid geometry. */
export type ImportedFeature = Feature<Geometry, ImportedProperties>;

/** Result of {@link importFile}. */
export type ImportResult =
	| { ok: true; format: 'geojson' | 'kml' | 'kmz'; features: ImportedFeature[]; warnings: ImportMessage[]; gcj02: Gcj02Check | null }
	| { ok: false; error: ImportMessage };

/** The one method of DOMParser the KML reader needs (window.DOMParser in the browser, @xmldom/xmldom in node). */
export interface DOMParserLike {
	parseFromString(text: string, mimeType: string): unknown;
}

/** Options of {@link importFile}. */
export interface ImportOptions {
	/** Largest accepted file, bytes of UTF-8 (default 5 MB). */
	maxBytes?: number;
	/** Largest accepted number of vertices over all features (default 200,000). */
	maxVertices?: number;
	/** Largest accepted number of features (default 10,000). */
	maxFeatures?: number;
	/** Needed to read KML. */
	domParser?: DOMParserLike;
	/** WGS-84 positions of known places, to detect a GCJ-02 offset (no check without them). */
	referencePoints?: LonLat[];
}

/** Largest accepted file, bytes (the shared {@link FILE_MAX_BYTES}). */
export const DEFAULT_MAX_BYTES = FILE_MAX_BYTES;
const DEFAULT_MAX_VERTICES = FILE_MAX_VERTICES;
const DEFAULT_MAX_FEATURES = FILE_MAX_FEATURES;
/** Keys that would reach an object's prototype if a consumer copied properties naively. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);
/** Nested property values become JSON text; beyond this they are cut, since no label shows that much. */
const MAX_PROPERTY_CHARS = 10_000;

function message(code: ImportCode, zh: string, en: string): ImportMessage {
	return { code, message_zh: zh, message_en: en };
}

function refuse(code: ImportCode, zh: string, en: string): ImportResult {
	return { ok: false, error: message(code, zh, en) };
}

function formatMb(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return mb >= 1 ? `${Math.round(mb * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** UTF-8 byte length, counting no further than `stopAfter`. */
function utf8Bytes(text: string, stopAfter: number): number {
	let n = 0;
	for (let i = 0; i < text.length && n <= stopAfter; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

class GeometryError extends Error {
	constructor(
		readonly code: 'bad-geometry' | 'bad-coordinates' | 'too-many-vertices',
		readonly zh: string,
		en: string
	) {
		super(en);
	}
}

interface Budget {
	vertices: number;
	max: number;
}

const geometryTypes = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

function position(value: unknown, where: string, budget: Budget): Position {
	if (!Array.isArray(value) || value.length < 2 || value.length > 4)
		throw new GeometryError('bad-coordinates', `${where}：坐标应为 [经度, 纬度]。`, `${where}: a position must be [lon, lat].`);
	const [lon, lat, alt] = value as unknown[];
	if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat))
		throw new GeometryError('bad-coordinates', `${where}：坐标不是有限数值。`, `${where}: coordinates must be finite numbers.`);
	if (lon < -180 || lon > 180)
		throw new GeometryError(
			'bad-coordinates',
			`${where}：经度 ${lon} 超出 −180 至 180。`,
			`${where}: longitude ${lon} is outside −180..180.`
		);
	if (lat < -90 || lat > 90)
		throw new GeometryError('bad-coordinates', `${where}：纬度 ${lat} 超出 −90 至 90。`, `${where}: latitude ${lat} is outside −90..90.`);
	if (++budget.vertices > budget.max)
		throw new GeometryError(
			'too-many-vertices',
			`顶点超过 ${budget.max} 个的上限，请先简化数据。`,
			`More than the limit of ${budget.max} vertices; simplify the data first.`
		);
	return typeof alt === 'number' && Number.isFinite(alt) ? [lon, lat, alt] : [lon, lat];
}

function positions(value: unknown, min: number, where: string, budget: Budget): Position[] {
	if (!Array.isArray(value))
		throw new GeometryError('bad-geometry', `${where}：坐标列表格式错误。`, `${where}: coordinates must be a list of positions.`);
	const out = value.map((p, i) => position(p, `${where} #${i + 1}`, budget));
	if (out.length < min)
		throw new GeometryError('bad-geometry', `${where}：至少需要 ${min} 个点。`, `${where}: needs at least ${min} positions.`);
	return out;
}

function ring(value: unknown, where: string, budget: Budget): Position[] {
	const out = positions(value, 3, where, budget);
	const a = out[0];
	const b = out[out.length - 1];
	if (a[0] !== b[0] || a[1] !== b[1]) out.push([...a]);
	if (out.length < 4)
		throw new GeometryError('bad-geometry', `${where}：多边形环至少需要 3 个不同的点。`, `${where}: a ring needs 3 distinct positions.`);
	return out;
}

function listOf<T>(value: unknown, where: string, each: (v: unknown, w: string) => T, min = 1): T[] {
	if (!Array.isArray(value) || value.length < min)
		throw new GeometryError('bad-geometry', `${where}：坐标结构错误。`, `${where}: malformed coordinates.`);
	return value.map((v, i) => each(v, `${where}[${i}]`));
}

/** A fresh, validated copy of a geometry; nested GeometryCollections are refused rather than recursed into. */
function geometry(value: unknown, where: string, budget: Budget, allowCollection = true): Geometry {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw new GeometryError('bad-geometry', `${where}：缺少几何对象。`, `${where}: missing geometry object.`);
	const g = value as { type?: unknown; coordinates?: unknown; geometries?: unknown };
	if (typeof g.type !== 'string' || !geometryTypes.has(g.type))
		throw new GeometryError(
			'bad-geometry',
			`${where}：不支持的几何类型“${String(g.type).slice(0, 40)}”。`,
			`${where}: unsupported geometry type "${String(g.type).slice(0, 40)}".`
		);
	const c = g.coordinates;
	switch (g.type) {
		case 'Point':
			return { type: 'Point', coordinates: position(c, where, budget) };
		case 'MultiPoint':
			return { type: 'MultiPoint', coordinates: positions(c, 1, where, budget) };
		case 'LineString':
			return { type: 'LineString', coordinates: positions(c, 2, where, budget) };
		case 'MultiLineString':
			return { type: 'MultiLineString', coordinates: listOf(c, where, (v, w) => positions(v, 2, w, budget)) };
		case 'Polygon':
			return { type: 'Polygon', coordinates: listOf(c, where, (v, w) => ring(v, w, budget)) };
		case 'MultiPolygon':
			return { type: 'MultiPolygon', coordinates: listOf(c, where, (v, w) => listOf(v, w, (r, wr) => ring(r, wr, budget))) };
		default: {
			if (!allowCollection)
				throw new GeometryError(
					'bad-geometry',
					`${where}：不支持嵌套的几何集合。`,
					`${where}: nested GeometryCollections are not supported.`
				);
			return {
				type: 'GeometryCollection',
				geometries: listOf(g.geometries, where, (v, w) => geometry(v, w, budget, false))
			};
		}
	}
}

function propertyValue(value: unknown): string | number | boolean | null {
	if (typeof value === 'string') return stripInvisible(value);
	if (value === null || typeof value === 'boolean') return value;
	if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
	if (value === undefined) return null;
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = '[unreadable]';
	}
	text = stripInvisible(text);
	return text.length > MAX_PROPERTY_CHARS ? text.slice(0, MAX_PROPERTY_CHARS) : text;
}

function properties(value: unknown, dropped: Set<string>): ImportedProperties {
	const out: ImportedProperties = {};
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
	for (const rawKey of Object.keys(value)) {
		const key = stripInvisible(rawKey);
		if (unsafeKeys.has(key)) {
			dropped.add(key);
			continue;
		}
		Object.defineProperty(out, key, {
			value: propertyValue((value as Record<string, unknown>)[rawKey]),
			enumerable: true,
			writable: true,
			configurable: true
		});
	}
	return out;
}

/** Feature-like objects of a parsed GeoJSON document: a FeatureCollection, a Feature or a bare geometry. */
function featureList(doc: unknown): unknown[] | null {
	if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
	const type = (doc as { type?: unknown }).type;
	if (type === 'FeatureCollection') {
		const fs = (doc as { features?: unknown }).features;
		return Array.isArray(fs) ? fs : null;
	}
	if (type === 'Feature') return [doc];
	if (typeof type === 'string' && geometryTypes.has(type)) return [{ type: 'Feature', properties: {}, geometry: doc }];
	return null;
}

function validateFeatures(list: unknown[], options: ImportOptions, format: 'geojson' | 'kml'): ImportResult {
	const maxFeatures = options.maxFeatures ?? DEFAULT_MAX_FEATURES;
	if (list.length > maxFeatures)
		return refuse('too-many-features', `要素超过 ${maxFeatures} 个的上限。`, `More than the limit of ${maxFeatures} features.`);
	const budget: Budget = { vertices: 0, max: options.maxVertices ?? DEFAULT_MAX_VERTICES };
	const droppedKeys = new Set<string>();
	const features: ImportedFeature[] = [];
	let withoutGeometry = 0;
	for (let i = 0; i < list.length; i++) {
		const raw = list[i] as { type?: unknown; geometry?: unknown; properties?: unknown; id?: unknown } | null;
		const where = `要素 ${i + 1}`;
		const whereEn = `Feature ${i + 1}`;
		if (typeof raw !== 'object' || raw === null || raw.type !== 'Feature')
			return refuse('bad-geometry', `${where} 不是 GeoJSON Feature。`, `${whereEn} is not a GeoJSON Feature.`);
		if (raw.geometry === null || raw.geometry === undefined) {
			withoutGeometry++;
			continue;
		}
		try {
			const feature: ImportedFeature = {
				type: 'Feature',
				properties: properties(raw.properties, droppedKeys),
				geometry: geometry(raw.geometry, whereEn, budget)
			};
			if (typeof raw.id === 'string' || (typeof raw.id === 'number' && Number.isFinite(raw.id))) feature.id = raw.id;
			features.push(feature);
		} catch (e) {
			if (e instanceof GeometryError) return { ok: false, error: message(e.code, e.zh.replace(whereEn, where), e.message) };
			throw e;
		}
	}
	const warnings: ImportMessage[] = [];
	if (withoutGeometry > 0)
		warnings.push(
			message(
				'dropped-features',
				`${withoutGeometry} 个要素没有几何，已略过。`,
				`${withoutGeometry} feature(s) without geometry were skipped.`
			)
		);
	if (droppedKeys.size > 0) {
		const keys = [...droppedKeys].join(', ');
		warnings.push(message('dropped-keys', `已忽略不安全的属性名：${keys}。`, `Ignored unsafe property names: ${keys}.`));
	}
	if (features.length === 0) return refuse('no-features', '文件中没有可用的几何要素。', 'The file contains no features with a geometry.');
	let gcj02: Gcj02Check | null = null;
	if (options.referencePoints && options.referencePoints.length > 0) {
		gcj02 = detectGcj02(features, options.referencePoints);
		if (gcj02.likely)
			warnings.push(
				message(
					'gcj02-suspected',
					`坐标似乎是 GCJ-02（“火星坐标”，中国网络地图所用），与已知地点相差约 ${Math.round(gcj02.medianOffsetM)} 米。可转换为 WGS-84 后再比较。`,
					`The coordinates look like GCJ-02 (the datum of Chinese web maps): about ${Math.round(gcj02.medianOffsetM)} m off known places. Convert them to WGS-84 before comparing.`
				)
			);
	}
	return { ok: true, format, features, warnings, gcj02 };
}

/** Line and column of a JSON.parse error, from the position V8 reports, or null when it reports none. */
function jsonErrorPlace(e: unknown, text: string): { line: number; column: number } | null {
	const m = e instanceof Error ? /position (\d+)|line (\d+) column (\d+)/.exec(e.message) : null;
	if (!m) return null;
	if (m[2]) return { line: Number(m[2]), column: Number(m[3]) };
	const at = Math.min(Number(m[1]), text.length);
	const before = text.slice(0, at);
	const line = before.split('\n').length;
	return { line, column: at - before.lastIndexOf('\n') };
}

function readGeoJSON(text: string, options: ImportOptions): ImportResult {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch (e) {
		const detail = e instanceof Error ? e.message.slice(0, 120) : '';
		const at = jsonErrorPlace(e, text);
		return refuse(
			'json-syntax',
			at ? `JSON 格式错误：第 ${at.line} 行第 ${at.column} 列附近。` : 'JSON 格式错误。',
			`The file is not valid JSON: ${detail}`
		);
	}
	const list = featureList(doc);
	if (!list)
		return refuse(
			'unsupported-format',
			'不是 GeoJSON：应为 FeatureCollection、Feature 或几何对象。',
			'Not GeoJSON: expected a FeatureCollection, a Feature or a geometry.'
		);
	return validateFeatures(list, options, 'geojson');
}

interface ElementLike {
	nodeName?: string;
	localName?: string | null;
	namespaceURI?: string | null;
	getElementsByTagName?(name: string): { length: number };
}

interface XmlDocLike {
	documentElement?: ElementLike | null;
	getElementsByTagName?(name: string): { length: number; item?(i: number): ElementLike | null; [i: number]: ElementLike };
	getElementsByTagNameNS?(ns: string | null, name: string): { length: number };
}

/** The namespace a parser gives its own `parsererror` element, learnt once per parser from a broken document. */
const errorNamespaces = new WeakMap<object, string | null | undefined>();

function parserErrorNamespace(parser: DOMParserLike): string | null | undefined {
	if (errorNamespaces.has(parser)) return errorNamespaces.get(parser);
	let ns: string | null | undefined;
	try {
		const probe = parser.parseFromString('<', 'application/xml') as XmlDocLike;
		const list = probe?.getElementsByTagName?.('parsererror');
		const el = list && list.length > 0 ? (list.item?.(0) ?? list[0]) : null;
		ns = el ? (el.namespaceURI ?? null) : undefined;
	} catch {
		// A parser that throws on errors (xmldom with a strict onError) inserts no error element.
		ns = undefined;
	}
	errorNamespaces.set(parser, ns);
	return ns;
}

/**
 * Whether a parsed document carries the parser's own error element. An element a file names `parsererror` in the
 * KML (or no) namespace is content, not an error: only the namespace the parser itself uses counts.
 */
function hasParserError(doc: XmlDocLike, parser: DOMParserLike): boolean {
	const ns = parserErrorNamespace(parser);
	if (ns === undefined) return false;
	if (doc.getElementsByTagNameNS) return doc.getElementsByTagNameNS(ns, 'parsererror').length > 0;
	return (doc.getElementsByTagName?.('parsererror').length ?? 0) > 0;
}

function readKML(text: string, options: ImportOptions): ImportResult {
	// KML never needs a DTD; refusing one rules out entity-expansion bombs and external entities in any parser.
	if (/<!DOCTYPE|<!ENTITY/i.test(text))
		return refuse(
			'xml-dtd',
			'不接受带 DOCTYPE 或实体声明的 XML 文件。',
			'XML files with a DOCTYPE or entity declarations are not accepted.'
		);
	if (!options.domParser) return refuse('no-xml-parser', '此环境无法读取 KML。', 'KML cannot be read here (no XML parser).');
	let doc: XmlDocLike;
	try {
		doc = options.domParser.parseFromString(text, 'application/xml') as XmlDocLike;
	} catch (e) {
		const detail = e instanceof Error ? e.message.split('\n')[0].slice(0, 120) : '';
		return refuse('xml-syntax', 'XML 格式错误，无法解析。', `The file is not valid XML: ${detail}`);
	}
	const root = doc?.documentElement;
	if (!root || hasParserError(doc, options.domParser))
		return refuse('xml-syntax', 'XML 格式错误，无法解析。', 'The file is not valid XML.');
	const rootName = String(root.localName ?? root.nodeName ?? '').toLowerCase();
	if (!rootName.endsWith('kml')) return refuse('unsupported-format', '不是 KML 文件。', 'Not a KML file.');
	let collection: FeatureCollection<Geometry | null>;
	try {
		collection = kmlToGeoJSON(doc as unknown as Document);
	} catch (e) {
		const detail = e instanceof Error ? e.message.slice(0, 120) : '';
		return refuse('xml-syntax', '无法读取 KML 的内容。', `Cannot read the KML: ${detail}`);
	}
	return validateFeatures(collection.features, options, 'kml');
}

/**
 * Reads a user's GeoJSON or KML file, refusing anything broken, oversized or hostile with a clear message.
 * GeoJSON may be a FeatureCollection, a Feature or a bare geometry; KML needs `options.domParser`.
 *
 * @param name - the file name (its extension picks the format; otherwise the first character does)
 * @param text - the file's text
 * @param options - limits (`maxBytes`, default 5 MB; `maxVertices`; `maxFeatures`), `domParser` for KML,
 *   `referencePoints` to check for a GCJ-02 offset
 * @returns `{ ok: true, features, warnings }` or `{ ok: false, error: { code, message_zh, message_en } }`
 * @example
 * const r = importFile('line.kml', text, { domParser: new DOMParser() });
 * if (!r.ok) alert(r.error.message_en);
 */
export function importFile(name: string, text: string, options: ImportOptions = {}): ImportResult {
	try {
		const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
		if (typeof text !== 'string') return refuse('empty', '文件为空。', 'The file is empty.');
		if (text.length > maxBytes || utf8Bytes(text, maxBytes) > maxBytes)
			return refuse('too-large', `文件超过 ${formatMb(maxBytes)} 的上限。`, `The file is larger than the ${formatMb(maxBytes)} limit.`);
		const body = text.replace(/^\uFEFF/, '');
		if (body.trim().length === 0) return refuse('empty', '文件为空。', 'The file is empty.');
		const ext =
			String(name ?? '')
				.toLowerCase()
				.split('.')
				.pop() ?? '';
		if (body.startsWith('PK\u0003\u0004')) return refuse('archive', ...ARCHIVE_AS_TEXT);
		const first = body.trimStart()[0];
		if (ext === 'kml' || (ext !== 'json' && ext !== 'geojson' && first === '<')) return readKML(body, options);
		if (ext === 'json' || ext === 'geojson' || first === '{' || first === '[') return readGeoJSON(body, options);
		return refuse('unsupported-format', '只支持 GeoJSON 和 KML 文件。', 'Only GeoJSON and KML files are supported.');
	} catch (e) {
		// A last guard: whatever a hostile file provokes (stack overflow, parser bug) becomes a refusal.
		const detail = e instanceof Error ? e.message.slice(0, 120) : String(e).slice(0, 120);
		return refuse('unsupported-format', '无法读取文件，文件可能已损坏。', `Cannot read the file: ${detail}`);
	}
}

/** A file's bytes decoded to text, or why they could not be. */
export type DecodeResult = { ok: true; text: string; encoding: string; detected: boolean } | { ok: false; error: ImportMessage };

/** Labels a file may declare that name the Chinese national encodings, all read by the GB18030 decoder. */
const GB_LABELS = new Set([
	'gbk',
	'gb2312',
	'gb_2312',
	'gb_2312-80',
	'gb18030',
	'x-gbk',
	'cp936',
	'ms936',
	'windows-936',
	'csgb2312',
	'chinese',
	'iso-ir-58'
]);

function decoderFor(label: string): TextDecoder | null {
	const name = GB_LABELS.has(label) ? 'gb18030' : label;
	try {
		return new TextDecoder(name, { fatal: true });
	} catch {
		return null;
	}
}

/** The encoding an XML declaration names (`<?xml version="1.0" encoding="GBK"?>`), lower case, or null. */
function declaredEncoding(bytes: Uint8Array): string | null {
	let head = '';
	for (let i = 0; i < Math.min(bytes.length, 256); i++) head += String.fromCharCode(bytes[i]);
	const m = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head);
	return m ? m[1].toLowerCase() : null;
}

/**
 * Decodes a file's bytes by its byte-order mark, then its declared encoding (an XML declaration), else as UTF-8;
 * text that is not UTF-8 but reads as GB18030 (GBK, GB2312) with Chinese characters is accepted with a warning.
 * Anything else is refused with a message rather than shown as mojibake.
 *
 * @param bytes - the file's content
 * @returns the text and the encoding used, or a bilingual refusal
 * @example
 * decodeFileBytes(new TextEncoder().encode('{"type":"Point","coordinates":[108,29]}')).ok; // true
 */
export function decodeFileBytes(bytes: Uint8Array): DecodeResult {
	const decode = (label: string, from = 0): string | null => {
		const d = decoderFor(label);
		if (!d) return null;
		try {
			return d.decode(bytes.subarray(from));
		} catch {
			return null;
		}
	};
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		const text = decode('utf-8', 3);
		return text === null
			? {
					ok: false,
					error: message('encoding', '文件标明为 UTF-8，但内容不是有效的 UTF-8。', 'The file is marked UTF-8 but is not valid UTF-8.')
				}
			: { ok: true, text, encoding: 'utf-8', detected: false };
	}
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
		const text = decode(label, 2);
		return text === null
			? {
					ok: false,
					error: message(
						'encoding',
						'文件标明为 UTF-16，但内容无法按 UTF-16 读取。',
						'The file is marked UTF-16 but cannot be read as UTF-16.'
					)
				}
			: { ok: true, text, encoding: label, detected: false };
	}
	const declared = declaredEncoding(bytes);
	if (declared && declared !== 'utf-8' && declared !== 'utf8') {
		const shown = declared.slice(0, 40);
		if (!decoderFor(declared))
			return {
				ok: false,
				error: message(
					'encoding',
					`文件声明的编码“${shown}”无法识别。请另存为 UTF-8。`,
					`The file declares the encoding "${shown}", which cannot be read. Save it as UTF-8.`
				)
			};
		const text = decode(declared);
		if (text === null)
			return {
				ok: false,
				error: message(
					'encoding',
					`文件声明为 ${shown} 编码，但内容与之不符。请另存为 UTF-8。`,
					`The file declares ${shown} but its content does not match. Save it as UTF-8.`
				)
			};
		return { ok: true, text, encoding: GB_LABELS.has(declared) ? 'gb18030' : declared, detected: false };
	}
	const utf8 = decode('utf-8');
	if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', detected: false };
	const gb = decode('gb18030');
	if (gb !== null && !declared) {
		const nonAscii = [...gb].filter((ch) => ch.charCodeAt(0) > 0x7f);
		const han = nonAscii.filter((ch) => /\p{Script=Han}|[\u3000-\u303f\uff00-\uffef]/u.test(ch));
		if (nonAscii.length > 0 && han.length / nonAscii.length >= 0.8) return { ok: true, text: gb, encoding: 'gb18030', detected: true };
	}
	return {
		ok: false,
		error: message(
			'encoding',
			'文件不是 UTF-8 编码，也无法识别为 GBK/GB18030。请另存为 UTF-8 后再导入。',
			'The file is not UTF-8 and could not be recognised as GBK/GB18030. Save it as UTF-8 and import it again.'
		)
	};
}

/**
 * Reads a user's file from its bytes: checks the size, decodes it ({@link decodeFileBytes}), then imports it
 * ({@link importFile}). A detected (undeclared) GBK/GB18030 encoding comes back as a warning.
 *
 * @param name - the file name
 * @param bytes - the file's content
 * @param options - as for {@link importFile}
 * @returns the import result
 * @example
 * importBytes('line.kml', new Uint8Array(await file.arrayBuffer()), { domParser: new DOMParser() });
 */
export function importBytes(name: string, bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	if (bytes.length > maxBytes)
		return refuse('too-large', `文件超过 ${formatMb(maxBytes)} 的上限。`, `The file is larger than the ${formatMb(maxBytes)} limit.`);
	if (bytes.length === 0) return refuse('empty', '文件为空。', 'The file is empty.');
	if (isZip(bytes)) {
		// A KMZ (whatever its name says): its KML is read, within the same limits, as a KML file.
		const inner = kmlOfKmz(bytes, maxBytes);
		if (!inner.ok) return inner;
		if (isZip(inner.bytes))
			return refuse(
				'archive',
				'压缩包中的 KML 文件本身又是压缩包，无法读取。',
				'The KML file inside the archive is itself an archive and cannot be read.'
			);
		const r = importBytes(`${String(name ?? '').replace(/\.km[lz]$/i, '')}.kml`, inner.bytes, options);
		return r.ok ? { ...r, format: 'kmz' } : r;
	}
	const decoded = decodeFileBytes(bytes);
	if (!decoded.ok) return { ok: false, error: decoded.error };
	const r = importFile(name, decoded.text, { ...options, maxBytes: Math.max(maxBytes, decoded.text.length * 4) });
	if (r.ok && decoded.detected)
		r.warnings.unshift(
			message(
				'encoding-detected',
				'文件未声明编码，已按 GBK/GB18030 读取。请核对名称是否正确。',
				'The file declares no encoding and was read as GBK/GB18030. Check that the names read correctly.'
			)
		);
	return r;
}

const ARCHIVE_AS_TEXT = [
	'这是 ZIP 压缩包（如 KMZ），不是文本文件。请直接导入原文件，或解压后导入其中的 KML 文件。',
	'This is a ZIP archive (such as a KMZ), not a text file. Import the file itself, or unzip it and import the KML file inside.'
] as const;

/** Whether bytes start as a ZIP archive does (a KMZ is one): "PK\x03\x04". */
function isZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The KML file of a KMZ archive (the first `.kml` entry, `doc.kml` by convention), no larger unpacked than
 * `maxBytes` (the size the archive declares is checked before anything is unpacked, and unpacking never writes
 * past it), or why it cannot be had.
 */
function kmlOfKmz(bytes: Uint8Array, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; error: ImportMessage } {
	let chosen: string | null = null;
	let tooLarge = false;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => {
				if (chosen !== null || !/\.kml$/i.test(f.name)) return false;
				if (f.originalSize > maxBytes) {
					tooLarge = true;
					return false;
				}
				chosen = f.name;
				return true;
			}
		});
	} catch (e) {
		const detail = e instanceof Error ? e.message.slice(0, 80) : '';
		return {
			ok: false,
			error: message(
				'archive',
				'文件是 KMZ（ZIP）压缩包，但已损坏，无法解压。',
				`The file is a KMZ (ZIP) archive but is damaged and cannot be unpacked${detail ? ` (${detail})` : ''}.`
			)
		};
	}
	if (tooLarge)
		return {
			ok: false,
			error: message(
				'archive',
				`KMZ 压缩包中的 KML 文件解压后超过 ${formatMb(maxBytes)} 的上限。`,
				`The KML file in this KMZ archive is larger than the ${formatMb(maxBytes)} limit once unpacked.`
			)
		};
	const kml = chosen === null ? undefined : files[chosen];
	if (!kml)
		return {
			ok: false,
			error: message(
				'archive',
				'文件是 ZIP 压缩包，但其中没有 KML 文件，不是 KMZ。',
				'The file is a ZIP archive with no KML file inside, so it is not a KMZ.'
			)
		};
	return { ok: true, bytes: kml };
}

/**
 * Moves features from GCJ-02 to WGS-84, vertex by vertex (for input that {@link importFile} flagged).
 *
 * @param features - imported features in GCJ-02
 * @returns new features in WGS-84, properties shared
 * @example
 * const fixed = featuresGcj02ToWgs84(result.features);
 */
export function featuresGcj02ToWgs84<F extends Feature<Geometry>>(features: F[]): F[] {
	const move = (p: Position): Position => {
		const [lon, lat] = gcj02ToWgs84([p[0], p[1]]);
		return p.length > 2 ? [lon, lat, p[2]] : [lon, lat];
	};
	const convert = (g: Geometry): Geometry => {
		switch (g.type) {
			case 'Point':
				return { type: 'Point', coordinates: move(g.coordinates) };
			case 'MultiPoint':
				return { type: 'MultiPoint', coordinates: g.coordinates.map(move) };
			case 'LineString':
				return { type: 'LineString', coordinates: g.coordinates.map(move) };
			case 'MultiLineString':
				return { type: 'MultiLineString', coordinates: g.coordinates.map((l) => l.map(move)) };
			case 'Polygon':
				return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(move)) };
			case 'MultiPolygon':
				return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(move))) };
			case 'GeometryCollection':
				return { type: 'GeometryCollection', geometries: g.geometries.map(convert) };
		}
	};
	return features.map((f) => ({ ...f, geometry: convert(f.geometry) }));
}
