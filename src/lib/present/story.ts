/* eslint-disable no-control-regex -- story titles and notes are cleaned of control characters on purpose */
/**
 * A presenter's own story: scenes made from views of the map, kept on the device, written to and read from a JSON
 * file and carried in a link. Reading is strict, like any import: a story file or link is refused with a message
 * in both languages, or read whole; fields are copied one by one into fresh objects, never merged. Pure: no DOM.
 */
import { KIND_GROUPS, PHASES, type KindGroup, type Phase } from '../catalogue/phase';
import { YEAR_VIEWS, type YearView } from '../catalogue/view';
import type { Bilingual } from '../catalogue/types';
import { MAX_LINK_CHARS, stripInvisible } from '../limits';
import { PRESENT_BOUNDS, PRESENT_MAX_ZOOM } from './bounds';
import type { Scene, SceneText } from './scenes';

/** The story file's format name and version, written into every file. */
export const STORY_FORMAT = 'wuling-atlas-story';
export const STORY_VERSION = 1;
/** Most scenes in a story. */
export const MAX_STORY_SCENES = 30;
/** Longest scene title, characters. */
export const MAX_TITLE_CHARS = 80;
/** Longest scene line, characters. */
export const MAX_LINE_CHARS = 200;
/** Most catalogue ids a scene names (selection and highlight). */
export const MAX_SCENE_IDS = 40;
/** Largest story file read, bytes. */
export const STORY_MAX_BYTES = 256 * 1024;

/** A story as written to a file. */
export interface StoryFile {
	format: typeof STORY_FORMAT;
	version: typeof STORY_VERSION;
	scenes: Scene[];
}

/** What reading a story gives: the scenes, or why it was refused. */
export type StoryResult = { ok: true; scenes: Scene[] } | { ok: false; error: Bilingual };

/** The view of the map a scene is made from. */
export interface MapView {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
	/** The visible bounds: [west, south, east, north]. */
	bounds: [number, number, number, number];
	year: YearView;
	groups: KindGroup[];
	phases: Phase[];
	/** The selected project, highlighted in the scene. */
	selectedId: string | null;
}

const refuse = (zh: string, en: string): StoryResult => ({ ok: false, error: { zh, en } });

/** An error thrown inside the reader and caught at its top, carrying the bilingual message. */
class StoryError extends Error {
	constructor(readonly bilingual: Bilingual) {
		super(bilingual.en);
	}
}
const fail = (zh: string, en: string): never => {
	throw new StoryError({ zh, en });
};

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Keeps a typed text readable and short: no control or invisible characters, spaces collapsed. */
export function cleanText(value: string, max: number): string {
	return stripInvisible(value)
		.replace(/[\u0000-\u001f\u007f]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, max);
}

/**
 * A scene from a view of the map, with a title and two lines in both languages (an empty language falls back to
 * the other). The frame is the visible area, kept within the presenter's bounds.
 * @param view the map's camera, year, filters and selection
 * @param text title and lines as typed
 * @param id a unique slug for the scene
 * @returns a scene
 * @example sceneFromView(view, { title: { zh: '黔江', en: '' }, lines: [] }, 'mine-1').title.en // '黔江'
 */
export function sceneFromView(view: MapView, text: { title: SceneText; lines: SceneText[] }, id: string): Scene {
	const both = (t: SceneText, max: number): SceneText => {
		const zh = cleanText(t.zh, max);
		const en = cleanText(t.en, max);
		return { zh: zh || en, en: en || zh };
	};
	const [w, s, e, n] = view.bounds;
	const [bw, bs, be, bn] = PRESENT_BOUNDS;
	const frame: [number, number, number, number] = [
		round(clamp(w, bw, be), 5),
		round(clamp(s, bs, bn), 5),
		round(clamp(e, bw, be), 5),
		round(clamp(n, bs, bn), 5)
	];
	return {
		id,
		camera: {
			center: [round(view.center[0], 5), round(view.center[1], 5)],
			zoom: round(view.zoom, 2),
			bearing: round(view.bearing, 1),
			pitch: round(view.pitch, 1),
			frame
		},
		groups: view.groups.length ? [...view.groups] : 'all',
		phases: [...view.phases],
		hide: [],
		highlight: view.selectedId ? [view.selectedId] : [],
		year: view.year,
		title: both(text.title, MAX_TITLE_CHARS),
		lines: text.lines.map((l) => both(l, MAX_LINE_CHARS)).filter((l) => l.zh || l.en),
		figures: [{ kind: 'counts' }]
	};
}

/**
 * A story as the text of a JSON file.
 * @param scenes the scenes
 * @returns pretty-printed JSON with the format name and version
 * @example JSON.parse(storyToJson(scenes)).format // 'wuling-atlas-story'
 */
export function storyToJson(scenes: Scene[]): string {
	const file: StoryFile = { format: STORY_FORMAT, version: STORY_VERSION, scenes };
	return JSON.stringify(file, null, 2);
}

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function num(v: unknown, lo: number, hi: number, what: Bilingual): number {
	if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${what.zh}不是数字`, `${what.en} is not a number`);
	return clamp(v as number, lo, hi);
}

function text(v: unknown, max: number, where: Bilingual): SceneText {
	if (!isObject(v) || typeof v.zh !== 'string' || typeof v.en !== 'string')
		fail(`${where.zh}应有中文和英文两段文字`, `${where.en} needs a "zh" and an "en" text`);
	const t = v as { zh: string; en: string };
	const out = { zh: cleanText(t.zh, max), en: cleanText(t.en, max) };
	if (!out.zh && !out.en) fail(`${where.zh}为空`, `${where.en} is empty`);
	return { zh: out.zh || out.en, en: out.en || out.zh };
}

function idList(v: unknown, where: Bilingual, field: string): string[] {
	if (v === undefined) return [];
	if (!Array.isArray(v) || v.length > MAX_SCENE_IDS || !v.every((x) => typeof x === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(x)))
		fail(
			`${where.zh}的“${field}”字段应为最多 ${MAX_SCENE_IDS} 个项目编号的列表`,
			`${where.en}: the field "${field}" must be a list of at most ${MAX_SCENE_IDS} project ids`
		);
	return [...new Set(v as string[])];
}

function readScene(v: unknown, n: number, known: ReadonlySet<string> | null): Scene {
	const where = { zh: `第 ${n} 场`, en: `Scene ${n}` };
	if (!isObject(v)) fail(`${where.zh}不是对象`, `${where.en} is not an object`);
	const s = v as Record<string, unknown>;
	const id = typeof s.id === 'string' && /^[a-z0-9][a-z0-9-]{0,59}$/.test(s.id) ? s.id : `scene-${n}`;
	const c = s.camera;
	if (!isObject(c)) fail(`${where.zh}缺少镜头（“camera”字段）`, `${where.en} has no camera (the field "camera")`);
	const cam = c as Record<string, unknown>;
	if (!Array.isArray(cam.center) || cam.center.length !== 2)
		fail(`${where.zh}的镜头中心（“camera.center”字段）应为 [经度, 纬度]`, `${where.en}: the field "camera.center" must be [lon, lat]`);
	const [bw, bs, be, bn] = PRESENT_BOUNDS;
	const center: [number, number] = [
		num((cam.center as unknown[])[0], bw, be, {
			zh: `${where.zh}“camera.center”字段的经度`,
			en: `${where.en}: in the field "camera.center", the longitude`
		}),
		num((cam.center as unknown[])[1], bs, bn, {
			zh: `${where.zh}“camera.center”字段的纬度`,
			en: `${where.en}: in the field "camera.center", the latitude`
		})
	];
	let frame: [number, number, number, number] | undefined;
	if (cam.frame !== undefined) {
		if (!Array.isArray(cam.frame) || cam.frame.length !== 4)
			fail(
				`${where.zh}的范围（“camera.frame”字段）应为 [西, 南, 东, 北]`,
				`${where.en}: the field "camera.frame" must be [west, south, east, north]`
			);
		const f = cam.frame as unknown[];
		const fw = { zh: `${where.zh}的范围（“camera.frame”字段）`, en: `${where.en}: the frame (field "camera.frame")` };
		frame = [num(f[0], bw, be, fw), num(f[1], bs, bn, fw), num(f[2], bw, be, fw), num(f[3], bs, bn, fw)];
		if (!(frame[0] < frame[2] && frame[1] < frame[3]))
			fail(
				`${where.zh}的范围（“camera.frame”字段）西大于东或南大于北`,
				`${where.en}: in the field "camera.frame", west is not west of east, or south not south of north`
			);
	}
	const year = s.year === undefined ? 'now' : s.year;
	if (!YEAR_VIEWS.includes(year as YearView))
		fail(
			`${where.zh}的“year”字段应为 ${YEAR_VIEWS.join('、')} 之一`,
			`${where.en}: the field "year" must be one of ${YEAR_VIEWS.join(', ')}`
		);
	let groups: Scene['groups'] = 'all';
	if (s.groups !== undefined && s.groups !== 'all') {
		if (!Array.isArray(s.groups) || !s.groups.every((g) => KIND_GROUPS.includes(g as KindGroup)))
			fail(
				`${where.zh}的“groups”字段应为 "all" 或 ${KIND_GROUPS.join('、')} 中的类别`,
				`${where.en}: the field "groups" must be "all" or a list of ${KIND_GROUPS.join(', ')}`
			);
		groups = [...new Set(s.groups as KindGroup[])];
	}
	let phases: Phase[] = [];
	if (s.phases !== undefined) {
		if (!Array.isArray(s.phases) || !s.phases.every((p) => PHASES.includes(p as Phase)))
			fail(
				`${where.zh}的“phases”字段应为 ${PHASES.join('、')} 中的进展`,
				`${where.en}: the field "phases" must be a list of ${PHASES.join(', ')}`
			);
		phases = [...new Set(s.phases as Phase[])];
	}
	const hide: Scene['hide'] = [];
	const highlight = idList(s.highlight, where, 'highlight').filter((x) => !known || known.has(x));
	const only = idList(s.only, where, 'only').filter((x) => !known || known.has(x));
	if (!Array.isArray(s.lines) || s.lines.length > 3)
		fail(`${where.zh}的“lines”字段应为最多三行文字`, `${where.en}: the field "lines" must be a list of at most three lines`);
	const lines = (s.lines as unknown[]).map((l, i) =>
		text(l, MAX_LINE_CHARS, { zh: `${where.zh}的“lines”字段第 ${i + 1} 行`, en: `${where.en}: the field "lines", line ${i + 1}` })
	);
	return {
		id,
		camera: {
			center,
			zoom: num(cam.zoom, 4.5, PRESENT_MAX_ZOOM, { zh: `${where.zh}的“camera.zoom”字段`, en: `${where.en}: the field "camera.zoom"` }),
			bearing:
				cam.bearing === undefined
					? 0
					: num(cam.bearing, -180, 180, { zh: `${where.zh}的“camera.bearing”字段`, en: `${where.en}: the field "camera.bearing"` }),
			pitch:
				cam.pitch === undefined
					? 0
					: num(cam.pitch, 0, 60, { zh: `${where.zh}的“camera.pitch”字段`, en: `${where.en}: the field "camera.pitch"` }),
			...(frame ? { frame } : {})
		},
		groups,
		phases,
		...(only.length ? { only } : {}),
		hide,
		highlight,
		year: year as YearView,
		title: text(s.title, MAX_TITLE_CHARS, { zh: `${where.zh}的“title”字段`, en: `${where.en}: the field "title"` }),
		lines,
		figures: [{ kind: 'counts' }]
	};
}

/**
 * Reads a story from the text of a JSON file (or a decoded link). Anything malformed refuses the whole story with
 * a message in both languages; nothing is half-read. Project ids the catalogue does not know are dropped.
 * @param raw the text
 * @param known the catalogue's ids, or null to keep every well-formed id
 * @returns the scenes, or the reason for refusing
 * @example parseStory(storyToJson(scenes), null).ok // true
 */
export function parseStory(raw: string, known: ReadonlySet<string> | null = null): StoryResult {
	if (raw.length > STORY_MAX_BYTES)
		return refuse(
			`故事文件超过 ${STORY_MAX_BYTES / 1024} KB 的上限。`,
			`The story file is larger than the ${STORY_MAX_BYTES / 1024} KB limit.`
		);
	let data: unknown;
	try {
		data = JSON.parse(raw.replace(/^\ufeff/, ''));
	} catch {
		return refuse('文件不是有效的 JSON。', 'The file is not valid JSON.');
	}
	if (!isObject(data) || data.format !== STORY_FORMAT)
		return refuse('这不是武陵图志的演示故事文件。', 'This is not a Wuling Atlas story file.');
	if (data.version !== STORY_VERSION)
		return refuse(
			`不支持第 ${String(data.version).slice(0, 10)} 版故事文件。`,
			`Story file version ${String(data.version).slice(0, 10)} is not supported.`
		);
	if (!Array.isArray(data.scenes) || data.scenes.length === 0) return refuse('故事中没有场景。', 'The story has no scene.');
	if (data.scenes.length > MAX_STORY_SCENES)
		return refuse(
			`故事最多 ${MAX_STORY_SCENES} 场，此文件有 ${data.scenes.length} 场。`,
			`A story has at most ${MAX_STORY_SCENES} scenes; this one has ${data.scenes.length}.`
		);
	try {
		const scenes = data.scenes.map((s, i) => readScene(s, i + 1, known));
		// Scene ids are anchors: keep them unique.
		const seen = new Set<string>();
		for (const [i, s] of scenes.entries()) {
			if (seen.has(s.id)) s.id = `${s.id}-${i + 1}`;
			seen.add(s.id);
		}
		return { ok: true, scenes };
	} catch (e) {
		if (e instanceof StoryError) return { ok: false, error: e.bilingual };
		throw e;
	}
}

function toBase64Url(bytes: Uint8Array): string {
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
	try {
		const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(bin, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/**
 * A story as the value of a link's `story` parameter: its JSON, UTF-8, base64url.
 * @param scenes the scenes
 * @returns the value, or null when the story is too long for a link (export it as a file instead)
 * @example encodeStoryParam(scenes)?.length
 */
export function encodeStoryParam(scenes: Scene[]): string | null {
	const value = toBase64Url(new TextEncoder().encode(JSON.stringify({ format: STORY_FORMAT, version: STORY_VERSION, scenes })));
	return value.length <= MAX_LINK_CHARS ? value : null;
}

/**
 * Reads a link's `story` parameter, as strictly as a file.
 * @param value the parameter
 * @param known the catalogue's ids, or null
 * @returns the scenes, or the reason for refusing
 * @example decodeStoryParam(encodeStoryParam(scenes)!, null).ok // true
 */
export function decodeStoryParam(value: string, known: ReadonlySet<string> | null = null): StoryResult {
	if (value.length > MAX_LINK_CHARS) return refuse('链接中的故事过长。', 'The story in the link is too long.');
	const bytes = fromBase64Url(value.trim());
	if (!bytes) return refuse('链接中的故事无法读取。', 'The story in the link cannot be read.');
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return refuse('链接中的故事无法读取。', 'The story in the link cannot be read.');
	}
	return parseStory(text, known);
}

/**
 * Moves a scene one place up or down.
 * @param scenes the story
 * @param index the scene to move
 * @param by -1 (earlier) or 1 (later)
 * @returns a new array; the same order when the move would leave the story
 * @example moveScene([a, b, c], 2, -1) // [a, c, b]
 */
export function moveScene<T>(scenes: readonly T[], index: number, by: -1 | 1): T[] {
	const to = index + by;
	const out = [...scenes];
	if (index < 0 || index >= out.length || to < 0 || to >= out.length) return out;
	[out[index], out[to]] = [out[to], out[index]];
	return out;
}
