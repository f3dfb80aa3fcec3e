import { describe, expect, it } from 'vitest';
import { figureSources, handoutHeading } from '../../src/lib/present/handout';
import type { ComputedFigure } from '../../src/lib/present/figures';
import { StoryState, STORY_KEY } from '../../src/lib/state/story.svelte';
import { sceneFromView, storyToJson, MAX_STORY_SCENES } from '../../src/lib/present/story';

const ctx = {
	dataDate: '2026-11',
	sourcesOf: (id: string) => (id === 'jiq-terminal-2' ? [{ file: '002_9e3621a23b2e2452.txt', line: 3, quote: 'T2', year: 2026 }] : [])
};

describe('handout sources', () => {
	it("cites each promise by the document's short title, year and line, and says the minutes are modelled", () => {
		const figures: ComputedFigure[] = [
			{
				kind: 'promises',
				rows: [
					{
						id: 'p',
						label: { zh: '一小时', en: 'One hour' },
						targetMin: 60,
						verdict: 'within-margin',
						cite: '001_e8cf04cd5a030f5b.txt:11',
						source: { file: '001_e8cf04cd5a030f5b.txt', line: 11, quote: '一小时', year: 2025 },
						destinations: [],
						marginPct: 10
					}
				]
			}
		];
		expect(figureSources(figures, 'en', ctx)).toEqual([
			'One hour: Qianjiang “three movements” report, 2025, line 11',
			'Modelled minutes: the network model under its default assumptions; “close” means less than 10% over the target.'
		]);
	});

	it('lists the sources of each project drawn, and the data date of counts', () => {
		const figures: ComputedFigure[] = [
			{ kind: 'projects', rows: [{ id: 'jiq-terminal-2', name: { zh: 'T2 航站楼', en: 'Terminal 2' }, phase: 'in-service' }] },
			{ kind: 'counts', total: 1, phases: { 'in-service': 1 } }
		];
		const zh = figureSources(figures, 'zh', ctx);
		expect(zh[0]).toBe('T2 航站楼：《黔江区“十五五”规划纲要》，2026，第3行');
		expect(zh[1]).toContain('数据日期 2026-11');
	});

	it('numbers the pages of the story', () => {
		expect(handoutHeading(2, 7, 'en')).toBe('Wuling Atlas · presentation handout · page 3 of 7');
	});
});

describe('the story kept on the device', () => {
	const view = {
		center: [108.77, 29.53] as [number, number],
		zoom: 8,
		bearing: 0,
		pitch: 0,
		bounds: [108, 29, 109, 30] as [number, number, number, number],
		year: 'now' as const,
		groups: [],
		phases: [],
		selectedId: null
	};
	const scene = sceneFromView(view, { title: { zh: '甲', en: 'A' }, lines: [] }, 'scene-a');
	const memory = () => {
		const m = new Map<string, string>();
		return {
			getItem: (k: string) => m.get(k) ?? null,
			setItem: (k: string, v: string) => void m.set(k, v),
			removeItem: (k: string) => void m.delete(k),
			m
		};
	};

	it('saves and restores, with unique scene ids', () => {
		const store = memory();
		const s = new StoryState();
		expect(s.add([scene, scene])).toBe(true);
		expect(s.scenes.map((x) => x.id)).toEqual(['scene-a', 'scene-a-2']);
		expect(s.save(store)).toBe(true);
		const back = new StoryState();
		back.restore(store);
		expect(back.scenes).toEqual(s.scenes);
	});

	it('leaves a stored story that does not read untouched and says why', () => {
		const store = memory();
		store.setItem(STORY_KEY, '{"format":"wuling-atlas-story","version":7}');
		const s = new StoryState();
		s.restore(store);
		expect(s.scenes).toEqual([]);
		expect(s.problem?.en).toContain('version 7');
		expect(store.getItem(STORY_KEY)).toBe('{"format":"wuling-atlas-story","version":7}');
	});

	it('refuses to grow past the limit and keeps the story as it was', () => {
		const s = new StoryState();
		s.add(Array(MAX_STORY_SCENES).fill(scene));
		const before = storyToJson(s.scenes);
		expect(s.add([scene])).toBe(false);
		expect(storyToJson(s.scenes)).toBe(before);
	});
});
