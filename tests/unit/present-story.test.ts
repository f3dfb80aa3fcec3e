import { describe, expect, it } from 'vitest';
import {
	MAX_STORY_SCENES,
	STORY_FORMAT,
	cleanText,
	decodeStoryParam,
	encodeStoryParam,
	moveScene,
	parseStory,
	sceneFromView,
	storyToJson,
	type MapView
} from '../../src/lib/present/story';
import { PRESENT_BOUNDS } from '../../src/lib/present/bounds';
import { sceneEntries } from '../../src/lib/present/view';
import type { Scene } from '../../src/lib/present/scenes';

const view: MapView = {
	center: [108.77, 29.53],
	zoom: 8.4,
	bearing: 0,
	pitch: 0,
	bounds: [108.2, 29.1, 109.3, 29.9],
	year: '2030',
	groups: ['hsr', 'expressway'],
	phases: ['planned'],
	selectedId: 'qianjiang-jishou-hsr'
};
const typed = {
	title: { zh: '黔江 2030', en: 'Qianjiang in 2030' },
	lines: [
		{ zh: '第一行', en: 'First line' },
		{ zh: '第二行', en: '' }
	]
};

describe('a scene from a view of the map', () => {
	it('keeps the camera, year, filters, selection, title and two lines', () => {
		const s = sceneFromView(view, typed, 'mine-1');
		expect(s.camera).toEqual({ center: [108.77, 29.53], zoom: 8.4, bearing: 0, pitch: 0, frame: [108.2, 29.1, 109.3, 29.9] });
		expect(s.year).toBe('2030');
		expect(s.groups).toEqual(['hsr', 'expressway']);
		expect(s.phases).toEqual(['planned']);
		expect(s.highlight).toEqual(['qianjiang-jishou-hsr']);
		expect(s.title).toEqual(typed.title);
		// An empty language falls back to the other, so a scene never shows a blank line.
		expect(s.lines).toEqual([
			{ zh: '第一行', en: 'First line' },
			{ zh: '第二行', en: '第二行' }
		]);
	});

	it('keeps the frame within the presenter bounds, and draws every kind when no kind is filtered', () => {
		const s = sceneFromView({ ...view, groups: [], bounds: [90, 10, 130, 50] }, typed, 'mine-2');
		expect(s.camera.frame).toEqual(PRESENT_BOUNDS);
		expect(s.groups).toBe('all');
		expect(sceneEntries([], s)).toEqual([]);
	});

	it('strips control and invisible characters from typed text', () => {
		expect(cleanText('a\u202Eb\u0000c\n  d', 80)).toBe('ab c d');
		expect(cleanText('x'.repeat(300), 200)).toHaveLength(200);
	});
});

describe('a story file', () => {
	const scenes: Scene[] = [
		sceneFromView(view, typed, 'mine-1'),
		sceneFromView({ ...view, year: 'now', selectedId: null }, typed, 'mine-2')
	];

	it('reads back what it wrote', () => {
		const r = parseStory(storyToJson(scenes));
		expect(r).toEqual({ ok: true, scenes });
	});

	it('travels in a link and reads back the same', () => {
		const value = encodeStoryParam(scenes);
		expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(decodeStoryParam(value!)).toEqual({ ok: true, scenes });
	});

	it.each([
		['not JSON', '{', 'not valid JSON'],
		['another format', JSON.stringify({ type: 'FeatureCollection', features: [] }), 'not a Wuling Atlas story'],
		['a newer version', JSON.stringify({ format: STORY_FORMAT, version: 9, scenes: [] }), 'version 9'],
		['no scene', JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: [] }), 'no scene'],
		[
			'too many scenes',
			JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: Array(MAX_STORY_SCENES + 1).fill({}) }),
			`at most ${MAX_STORY_SCENES}`
		],
		[
			'a bad year',
			JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], year: '1999' }] }),
			'Scene 1: the field "year"'
		],
		[
			'a text camera',
			JSON.stringify({
				format: STORY_FORMAT,
				version: 1,
				scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], camera: { center: ['x', 1], zoom: 5 } }]
			}),
			'longitude is not a number'
		],
		[
			'an empty title',
			JSON.stringify({
				format: STORY_FORMAT,
				version: 1,
				scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], title: { zh: ' ', en: '' } }]
			}),
			'Scene 1: the field "title" is empty'
		],
		[
			'an inverted frame',
			JSON.stringify({
				format: STORY_FORMAT,
				version: 1,
				scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], camera: { center: [108, 29], zoom: 7, frame: [109, 29, 108, 30] } }]
			}),
			'the field "camera.frame"'
		],
		[
			'a bad highlight',
			JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], highlight: 'r1' }] }),
			'Scene 1: the field "highlight" must be a list'
		],
		[
			'a bad only',
			JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], only: [42] }] }),
			'Scene 1: the field "only"'
		],
		[
			'bad lines',
			JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], lines: 'x' }] }),
			'Scene 1: the field "lines"'
		],
		[
			'a bad zoom',
			JSON.stringify({
				format: STORY_FORMAT,
				version: 1,
				scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], camera: { center: [108, 29], zoom: 'near' } }]
			}),
			'Scene 1: the field "camera.zoom" is not a number'
		],
		[
			'bad phases',
			JSON.stringify({ format: STORY_FORMAT, version: 1, scenes: [{ ...JSON.parse(storyToJson(scenes)).scenes[0], phases: ['soon'] }] }),
			'Scene 1: the field "phases"'
		]
	])('refuses %s with a message in both languages', (_name, raw, words) => {
		const r = parseStory(raw);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.error.en).toContain(words);
		expect(r.error.zh).toMatch(/[\u4e00-\u9fff]/);
	});

	it('refuses the whole story when one scene is bad: nothing is half-read', () => {
		const data = JSON.parse(storyToJson(scenes));
		data.scenes[1].groups = ['spaceport'];
		const r = parseStory(JSON.stringify(data));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error.en).toMatch(/^Scene 2: the field "groups" must be/);
	});

	it('keeps numbers in range, drops ids the catalogue does not know, and ignores unknown keys', () => {
		const data = JSON.parse(storyToJson(scenes));
		data.scenes[0].camera.zoom = 99;
		data.scenes[0].camera.center = [200, -80];
		data.scenes[0].highlight = ['qianjiang-jishou-hsr', 'no-such-project'];
		data.scenes[0].__proto__ = { polluted: true };
		data.scenes[0].figures = [{ kind: 'promises' }];
		const r = parseStory(JSON.stringify(data), new Set(['qianjiang-jishou-hsr']));
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		const s = r.scenes[0];
		expect(s.camera.zoom).toBe(11);
		expect(s.camera.center).toEqual([PRESENT_BOUNDS[2], PRESENT_BOUNDS[1]]);
		expect(s.highlight).toEqual(['qianjiang-jishou-hsr']);
		expect(s.figures).toEqual([{ kind: 'counts' }]);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('keeps markup as text: a title is stored as typed, never parsed', () => {
		const data = JSON.parse(storyToJson(scenes));
		data.scenes[0].title = { zh: '<img src=x onerror=alert(1)>', en: '<b>x</b>' };
		const r = parseStory(JSON.stringify(data));
		expect(r.ok && r.scenes[0].title.zh).toBe('<img src=x onerror=alert(1)>');
	});

	it('refuses a link that is not base64url or not UTF-8', () => {
		expect(decodeStoryParam('%%%').ok).toBe(false);
		expect(decodeStoryParam('__8').ok).toBe(false);
	});
});

describe('reordering', () => {
	it('moves a scene up or down, and not past either end', () => {
		expect(moveScene(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
		expect(moveScene(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
		expect(moveScene(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
		expect(moveScene(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
	});
});
