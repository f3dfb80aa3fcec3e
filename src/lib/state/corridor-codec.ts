/* eslint-disable no-control-regex -- names and file names are cleaned of control characters on purpose */
/**
 * Corridors as text: the compact, URL-safe form that travels in a shareable link (`c`, `cb`, `cc`), and the
 * versioned JSON kept in localStorage. Pure: no DOM, no Svelte; every reader validates and reports instead of
 * throwing.
 */
import type { LonLat } from '../geo/types';
import { CORRIDOR_MAX_VERTICES, MAX_CORRIDORS, MAX_FILE_NAME_CHARS, MAX_LINK_CHARS, MAX_NAME_CHARS, stripInvisible } from '../limits';

// The limits live in ../limits, shared with the importer and the command line.
export { MAX_CORRIDORS, MAX_LINK_CHARS, MAX_NAME_CHARS };
/** Largest number of vertices per corridor (the shared {@link CORRIDOR_MAX_VERTICES}). */
export const MAX_VERTICES = CORRIDOR_MAX_VERTICES;

/** How a corridor came to be: sketched on the map, joined through named places, or read from a file. */
export type CorridorOrigin = 'drawn' | 'places' | 'imported';

/** Property values kept from an imported feature (text only, never markup). */
export type CorridorProps = Record<string, string | number | boolean | null>;

/** One candidate corridor: a named line. */
export interface Corridor {
	/** Short id, `[a-z0-9]{1,12}`. */
	id: string;
	name: string;
	origin: CorridorOrigin;
	/** Index into the corridor palette. */
	colour: number;
	/** Vertices, WGS-84 [lon, lat], 5 decimals (about 1 m). */
	coords: LonLat[];
	/** Place ids a schematic corridor runs through. */
	via?: string[];
	/** Properties of the imported feature, for display as text. */
	props?: CorridorProps;
}

/** A bilingual problem report. */
export interface CodecProblem {
	zh: string;
	en: string;
}

/** Buffer half-width range and default, km. */
export const BUFFER_MIN_KM = 1;
export const BUFFER_MAX_KM = 30;
export const DEFAULT_BUFFER_KM = 5;
/** How many corridors the comparison table holds. */
export const MAX_COMPARED = 3;
/** Number of corridor colours. */
export const PALETTE_SIZE = 6;
/** The localStorage key and the version of what is stored under it. */
export const STORAGE_KEY = 'wuling-atlas:corridors';
export const STORAGE_VERSION = 1;
/**
 * The version of the stored index: the list of ids and the settings under {@link STORAGE_KEY}, each corridor under
 * its own key ({@link corridorStorageKey}), so that a change writes only the corridors it touched, each on its own.
 */
export const STORAGE_INDEX_VERSION = 2;

/**
 * The localStorage key of one corridor (stored index, version {@link STORAGE_INDEX_VERSION}).
 *
 * @param id - the corridor's id
 * @returns the key
 * @example
 * corridorStorageKey('k3x9q'); // 'wuling-atlas:corridors:k3x9q'
 */
export function corridorStorageKey(id: string): string {
	return `${STORAGE_KEY}:${id}`;
}

const ID_PATTERN = /^[a-z0-9]{1,12}$/;
const ORIGIN_CODES: Record<CorridorOrigin, string> = { drawn: 'd', places: 'p', imported: 'i' };
const ORIGINS: Record<string, CorridorOrigin> = { d: 'drawn', p: 'places', i: 'imported' };
/** 32 final digits then 32 continuation digits; every character is left alone by URLSearchParams. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Rounds a coordinate to 5 decimals (about 1 m), the precision links and storage keep.
 *
 * @param value - degrees
 * @returns degrees, 5 decimals
 * @example
 * round5(108.774781234); // 108.77478
 */
export function round5(value: number): number {
	return Math.round(value * 1e5) / 1e5;
}

function encodeInteger(n: number): string {
	let z = n >= 0 ? n * 2 : -n * 2 - 1;
	let out = '';
	while (z >= 32) {
		out += DIGITS[32 + (z % 32)];
		z = Math.floor(z / 32);
	}
	return out + DIGITS[z];
}

/**
 * Encodes positions as URL-safe text: 1e-5° integers, delta-coded, zigzag, 5 bits per character.
 *
 * @param coords - [lon, lat] positions, degrees
 * @returns text of `A–Z a–z 0–9 - _`
 * @example
 * decodeCoords(encodeCoords([[108.77478, 29.53284]])); // [[108.77478, 29.53284]]
 */
export function encodeCoords(coords: LonLat[]): string {
	let lon = 0;
	let lat = 0;
	let out = '';
	for (const [x, y] of coords) {
		const ix = Math.round(x * 1e5);
		const iy = Math.round(y * 1e5);
		out += encodeInteger(ix - lon) + encodeInteger(iy - lat);
		lon = ix;
		lat = iy;
	}
	return out;
}

/**
 * Decodes text written by {@link encodeCoords}.
 *
 * @param text - encoded positions
 * @returns the positions in degrees, or null if the text is malformed or a position is out of range
 * @example
 * decodeCoords('not valid!'); // null
 */
export function decodeCoords(text: string): LonLat[] | null {
	const values: number[] = [];
	let z = 0;
	let scale = 1;
	let open = false;
	for (const ch of text) {
		const d = DIGITS.indexOf(ch);
		if (d < 0) return null;
		if (d >= 32) {
			z += (d - 32) * scale;
			scale *= 32;
			open = true;
			if (scale > 2 ** 35) return null;
		} else {
			z += d * scale;
			values.push(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
			z = 0;
			scale = 1;
			open = false;
		}
	}
	if (open || values.length % 2 !== 0) return null;
	const coords: LonLat[] = [];
	let lon = 0;
	let lat = 0;
	for (let i = 0; i < values.length; i += 2) {
		lon += values[i];
		lat += values[i + 1];
		const p: LonLat = [lon / 1e5, lat / 1e5];
		if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return null;
		coords.push(p);
	}
	return coords;
}

function utf8ToBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function base64UrlToUtf8(text: string): string | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
	try {
		const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/**
 * Cleans a corridor name: control characters and invisible formatting characters (bidi controls, zero-width
 * characters) removed, whitespace collapsed, cut to {@link MAX_NAME_CHARS}.
 *
 * @param name - any text
 * @returns the cleaned name (possibly empty)
 * @example
 * cleanName('  a\u0000  b '); // 'a b'
 */
export function cleanName(name: unknown): string {
	if (typeof name !== 'string') return '';
	return [
		...stripInvisible(name)
			.replace(/[\u0000-\u001f\u007f]/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
	]
		.slice(0, MAX_NAME_CHARS)
		.join('');
}

function encodeOne(c: Corridor): string {
	const colour = DIGITS[Math.max(0, Math.min(PALETTE_SIZE - 1, Math.floor(c.colour)))];
	return `${c.id}*${ORIGIN_CODES[c.origin]}${colour}*${utf8ToBase64Url(c.name)}*${encodeCoords(c.coords)}`;
}

/** Result of {@link encodeCorridorsParam}. */
export interface EncodedCorridors {
	/** The `c` value ('' when no corridor fits or there is none). */
	value: string;
	/** Ids of the corridors the value holds. */
	included: string[];
	/** Ids left out because the link would exceed `maxChars`. */
	omitted: string[];
}

/**
 * Encodes corridors for the `c` link parameter, whole corridors in order until `maxChars` would be exceeded.
 *
 * @param corridors - the corridors
 * @param maxChars - longest value, characters (default {@link MAX_LINK_CHARS})
 * @returns the value, and which corridors it holds and leaves out
 * @example
 * encodeCorridorsParam([corridor]).value; // 'k3x9*d0*6buf5rGf*...'
 */
export function encodeCorridorsParam(corridors: Corridor[], maxChars = MAX_LINK_CHARS): EncodedCorridors {
	const parts: string[] = [];
	const included: string[] = [];
	const omitted: string[] = [];
	let size = 0;
	for (const c of corridors) {
		// Every vertex takes at least two characters: a corridor that cannot fit is not encoded at all.
		if (size + 2 * c.coords.length > maxChars) {
			omitted.push(c.id);
			continue;
		}
		const part = encodeOne(c);
		const add = part.length + (parts.length > 0 ? 1 : 0);
		if (size + add > maxChars) {
			omitted.push(c.id);
			continue;
		}
		parts.push(part);
		included.push(c.id);
		size += add;
	}
	return { value: parts.join('.'), included, omitted };
}

/**
 * Checks one corridor read from storage or a link, returning a clean copy.
 *
 * @param raw - anything
 * @returns the corridor, or a bilingual reason it was refused
 * @example
 * validateCorridor({ id: 'a', name: 'x', origin: 'drawn', colour: 0, coords: [[108, 29], [109, 29]] }).ok; // true
 */
export function validateCorridor(raw: unknown): { ok: true; corridor: Corridor } | { ok: false; problem: CodecProblem } {
	const fail = (zh: string, en: string) => ({ ok: false as const, problem: { zh, en } });
	if (typeof raw !== 'object' || raw === null) return fail('走廊数据格式错误', 'a corridor is not an object');
	const r = raw as Record<string, unknown>;
	if (typeof r.id !== 'string' || !ID_PATTERN.test(r.id)) return fail('走廊编号无效', 'invalid corridor id');
	const origin = typeof r.origin === 'string' && r.origin in ORIGIN_CODES ? (r.origin as CorridorOrigin) : null;
	if (!origin) return fail('走廊来源无效', 'invalid corridor origin');
	if (!Array.isArray(r.coords) || r.coords.length < 2) return fail('走廊至少需要两个点', 'a corridor needs at least two points');
	if (r.coords.length > MAX_VERTICES) return fail(`走廊顶点超过 ${MAX_VERTICES} 个`, `a corridor has more than ${MAX_VERTICES} vertices`);
	const coords: LonLat[] = [];
	for (const p of r.coords) {
		if (!Array.isArray(p) || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1]))
			return fail('走廊坐标不是数值', 'corridor coordinates must be numbers');
		if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return fail('走廊坐标超出范围', 'corridor coordinates are out of range');
		coords.push([round5(p[0]), round5(p[1])]);
	}
	const colour = typeof r.colour === 'number' && Number.isInteger(r.colour) && r.colour >= 0 && r.colour < PALETTE_SIZE ? r.colour : 0;
	const corridor: Corridor = { id: r.id, name: cleanName(r.name) || r.id, origin, colour, coords };
	if (Array.isArray(r.via) && r.via.every((v) => typeof v === 'string')) corridor.via = (r.via as string[]).slice(0, 50);
	if (typeof r.props === 'object' && r.props !== null && !Array.isArray(r.props))
		corridor.props = cleanProps(r.props as Record<string, unknown>);
	return { ok: true, corridor };
}

/**
 * Keeps imported properties small and plain: at most 30 keys of scalar values, text cut to 300 characters.
 *
 * @param props - property values
 * @returns a new object of strings, numbers, booleans and nulls
 * @example
 * cleanProps({ name: 'a', nested: { x: 1 } }); // { name: 'a' }
 */
export function cleanProps(props: Record<string, unknown>): CorridorProps {
	const out: CorridorProps = Object.create(null);
	for (const [k, v] of Object.entries(props).slice(0, 30)) {
		if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
		if (typeof v === 'string') out[k.slice(0, 60)] = v.slice(0, 300);
		else if ((typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || v === null) out[k.slice(0, 60)] = v;
	}
	return { ...out };
}

/** Result of {@link decodeCorridorsParam}. */
export interface DecodedCorridors {
	corridors: Corridor[];
	/** One entry per corridor that could not be read; the others still apply. */
	problems: CodecProblem[];
}

/**
 * Reads the `c` link parameter. Corridors that are malformed, duplicated or beyond the limits are skipped and
 * reported; nothing throws.
 *
 * @param value - the parameter's value
 * @param maxChars - longest accepted value (default {@link MAX_LINK_CHARS})
 * @returns the corridors that could be read and the problems met
 * @example
 * decodeCorridorsParam(encodeCorridorsParam([corridor]).value).corridors[0].name;
 */
export function decodeCorridorsParam(value: string, maxChars = MAX_LINK_CHARS): DecodedCorridors {
	const problems: CodecProblem[] = [];
	if (value.length > maxChars)
		return {
			corridors: [],
			problems: [{ zh: `走廊参数超过 ${maxChars} 个字符的上限`, en: `the corridor parameter exceeds the ${maxChars}-character limit` }]
		};
	const corridors: Corridor[] = [];
	const seen = new Set<string>();
	const parts = value.split('.').filter((p) => p.length > 0);
	parts.forEach((part, i) => {
		const n = i + 1;
		if (corridors.length >= MAX_CORRIDORS) {
			problems.push({ zh: `第 ${n} 条走廊超出 ${MAX_CORRIDORS} 条的上限`, en: `corridor ${n} is beyond the limit of ${MAX_CORRIDORS}` });
			return;
		}
		const fields = part.split('*');
		const coords = fields.length === 4 ? decodeCoords(fields[3]) : null;
		const name = fields.length === 4 ? base64UrlToUtf8(fields[2]) : null;
		const flags = fields[1] ?? '';
		const colour = DIGITS.indexOf(flags[1] ?? '');
		if (!coords || name === null || flags.length !== 2 || !(flags[0] in ORIGINS) || colour < 0) {
			problems.push({ zh: `第 ${n} 条走廊的编码已损坏`, en: `corridor ${n} is not encoded correctly` });
			return;
		}
		const checked = validateCorridor({ id: fields[0], name, origin: ORIGINS[flags[0]], colour, coords });
		if (!checked.ok) {
			problems.push({ zh: `第 ${n} 条走廊：${checked.problem.zh}`, en: `corridor ${n}: ${checked.problem.en}` });
			return;
		}
		if (seen.has(checked.corridor.id)) {
			problems.push({ zh: `第 ${n} 条走廊的编号重复`, en: `corridor ${n} repeats an id` });
			return;
		}
		seen.add(checked.corridor.id);
		corridors.push(checked.corridor);
	});
	return { corridors, problems };
}

/**
 * Reads the `cb` buffer parameter.
 *
 * @param value - text such as '5' or '12.5'
 * @returns the half-width in km (one decimal), or null unless a number within 1–30
 * @example
 * parseBufferKm('12'); // 12
 */
export function parseBufferKm(value: string): number | null {
	if (!/^\d{1,2}(\.\d{1,3})?$/.test(value.trim())) return null;
	const km = Math.round(Number(value) * 10) / 10;
	return km >= BUFFER_MIN_KM && km <= BUFFER_MAX_KM ? km : null;
}

/**
 * Reads the `cc` compared-ids parameter against the known corridors.
 *
 * @param value - comma-separated ids
 * @param known - ids of the corridors present
 * @returns up to {@link MAX_COMPARED} known ids, in order, and the unknown ones
 * @example
 * parseCompared('a,b,zz', ['a', 'b']); // { ids: ['a', 'b'], unknown: ['zz'] }
 */
export function parseCompared(value: string, known: string[]): { ids: string[]; unknown: string[] } {
	const ids: string[] = [];
	const unknown: string[] = [];
	for (const id of value
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean)) {
		if (!known.includes(id)) unknown.push(id.slice(0, 20));
		else if (!ids.includes(id) && ids.length < MAX_COMPARED) ids.push(id);
	}
	return { ids, unknown };
}

/** What is kept in localStorage. */
export interface StoredCorridors {
	corridors: Corridor[];
	bufferKm: number;
	compared: string[];
	selectedId: string | null;
}

/**
 * Serialises corridors for localStorage, with a version number.
 *
 * @param data - corridors, buffer, compared ids and the selection
 * @returns JSON text
 * @example
 * parseStored(serializeStored(data)).ok; // true
 */
export function serializeStored(data: StoredCorridors): string {
	return JSON.stringify({ v: STORAGE_VERSION, ...data });
}

/**
 * Reads what {@link serializeStored} wrote. Corrupt text or an unknown version is refused with a reason; single bad
 * corridors are dropped.
 *
 * @param text - the stored text (null when nothing is stored)
 * @returns the data, or a bilingual reason; `dropped` counts corridors that could not be read
 * @example
 * parseStored('{oops').ok; // false
 */
export function parseStored(
	text: string | null,
	readCorridor: (id: string) => string | null = () => null
): { ok: true; data: StoredCorridors; dropped: number } | { ok: false; problem: CodecProblem } {
	const empty: StoredCorridors = { corridors: [], bufferKm: DEFAULT_BUFFER_KM, compared: [], selectedId: null };
	if (text === null || text === '') return { ok: true, data: empty, dropped: 0 };
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		return {
			ok: false,
			problem: { zh: '本机保存的走廊数据已损坏，已忽略。', en: 'The corridors saved on this device are corrupted and were ignored.' }
		};
	}
	const d = doc as Record<string, unknown> | null;
	if (typeof d !== 'object' || d === null || Array.isArray(d))
		return {
			ok: false,
			problem: { zh: '本机保存的走廊数据格式错误，已忽略。', en: 'The corridors saved on this device are malformed and were ignored.' }
		};
	if (d.v === STORAGE_INDEX_VERSION) {
		// The index names the corridors; each is read from its own key (a missing or corrupt one is dropped).
		const ids = Array.isArray(d.ids)
			? d.ids.filter((x): x is string => typeof x === 'string' && ID_PATTERN.test(x)).slice(0, MAX_CORRIDORS)
			: [];
		d.corridors = ids.map((id) => {
			try {
				return JSON.parse(readCorridor(id) ?? 'null');
			} catch {
				return null;
			}
		});
	} else if (d.v !== STORAGE_VERSION)
		return {
			ok: false,
			problem: {
				zh: '本机保存的走廊数据版本不符，已忽略。',
				en: 'The corridors saved on this device are from another version and were ignored.'
			}
		};
	const corridors: Corridor[] = [];
	let dropped = 0;
	const seen = new Set<string>();
	for (const raw of Array.isArray(d.corridors) ? d.corridors : []) {
		const r = validateCorridor(raw);
		if (!r.ok || seen.has(r.corridor.id) || corridors.length >= MAX_CORRIDORS) {
			dropped++;
			continue;
		}
		seen.add(r.corridor.id);
		corridors.push(r.corridor);
	}
	const bufferKm = typeof d.bufferKm === 'number' ? (parseBufferKm(String(d.bufferKm)) ?? DEFAULT_BUFFER_KM) : DEFAULT_BUFFER_KM;
	const compared = Array.isArray(d.compared) ? parseCompared(d.compared.filter((x) => typeof x === 'string').join(','), [...seen]).ids : [];
	const selectedId = typeof d.selectedId === 'string' && seen.has(d.selectedId) ? d.selectedId : null;
	return { ok: true, data: { corridors, bufferKm, compared, selectedId }, dropped };
}

/**
 * The stored index (version {@link STORAGE_INDEX_VERSION}): the corridors' ids in order and the settings; each
 * corridor is stored with {@link serializeStoredCorridor} under {@link corridorStorageKey}.
 *
 * @param data - corridors, buffer, compared ids and the selection
 * @returns JSON text
 * @example
 * parseStored(serializeStoredIndex(data), (id) => serializeStoredCorridor(byId[id])).ok; // true
 */
export function serializeStoredIndex(data: StoredCorridors): string {
	return JSON.stringify({
		v: STORAGE_INDEX_VERSION,
		ids: data.corridors.map((c) => c.id),
		bufferKm: data.bufferKm,
		compared: data.compared,
		selectedId: data.selectedId
	});
}

/**
 * One corridor as stored under its own key.
 *
 * @param c - the corridor
 * @returns JSON text
 * @example
 * serializeStoredCorridor(corridor);
 */
export function serializeStoredCorridor(c: Corridor): string {
	return JSON.stringify(c);
}

/**
 * A fresh corridor id not in `taken`.
 *
 * @param taken - ids in use
 * @param random - a source of numbers in [0, 1) (Math.random by default)
 * @returns a 5-character id of `a–z 0–9`
 * @example
 * makeCorridorId(new Set(['abcde'])); // e.g. 'k3x9q'
 */
export function makeCorridorId(taken: Set<string>, random: () => number = Math.random): string {
	for (let attempt = 0; attempt < 1000; attempt++) {
		let id = '';
		for (let i = 0; i < 5; i++) id += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36) % 36];
		if (!taken.has(id)) return id;
	}
	let n = taken.size;
	while (taken.has(`c${n}`)) n++;
	return `c${n}`;
}

/**
 * The palette index for a new corridor: the first colour no corridor uses, else the next in turn.
 *
 * @param corridors - the corridors present
 * @returns an index in [0, {@link PALETTE_SIZE})
 * @example
 * nextColour([{ colour: 0 }, { colour: 1 }]); // 2
 */
export function nextColour(corridors: Pick<Corridor, 'colour'>[]): number {
	const used = new Set(corridors.map((c) => c.colour));
	for (let i = 0; i < PALETTE_SIZE; i++) if (!used.has(i)) return i;
	return corridors.length % PALETTE_SIZE;
}

/**
 * A file name from a corridor's name: invisible formatting characters removed, characters file systems refuse
 * become '_', spaces '-', cut to {@link MAX_FILE_NAME_CHARS} characters.
 *
 * @param name - any text
 * @param extension - without the dot, e.g. 'geojson'
 * @returns a safe file name, 'corridor.<ext>' when nothing usable is left
 * @example
 * safeFileName('黔江/吉首 <test>', 'kml'); // '黔江_吉首-_test_.kml'
 */
export function safeFileName(name: string, extension: string): string {
	const base = [
		...stripInvisible(String(name))
			.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_')
			.replace(/\s+/g, '-')
			.replace(/^[.\-_]+/, '')
	]
		.slice(0, MAX_FILE_NAME_CHARS)
		.join('');
	return `${/[^_\-.]/.test(base) ? base : 'corridor'}.${extension}`;
}

/**
 * Splits what someone typed into place names: commas (, ，、), semicolons, arrows and new lines separate them.
 *
 * @param text - e.g. '黔江 → 吉首' or 'Qianjiang, Youyang, Jishou'
 * @returns the trimmed names, at most 20
 * @example
 * splitPlaceList('黔江→酉阳，吉首'); // ['黔江', '酉阳', '吉首']
 */
export function splitPlaceList(text: string): string[] {
	return text
		.split(/[,，、;；\n]|→|->|—|–/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0)
		.slice(0, 20);
}
