import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { SCENES } from '../../src/lib/present/scenes';
import {
	LAYER_GROUPS,
	hiddenLayerIds,
	presentKeyAction,
	sceneEntries,
	sceneFromParam,
	sceneMapData,
	sceneProgress
} from '../../src/lib/present/view';
import { NetworkCache, sceneFigures, travelFigure } from '../../src/lib/present/figures';
import { KIND_GROUPS } from '../../src/lib/catalogue/phase';
import { YEAR_VIEWS, type IndexEntry } from '../../src/lib/catalogue/view';
import { basemapLayers } from '../../src/lib/map/basemap';
import { projectLayers } from '../../src/lib/map/projects';
import { lightTheme } from '../../src/lib/map/theme';

const geo = (f: string) => JSON.parse(readFileSync(`static/geo/${f}`, 'utf8'));
const index = geo('projects.json');
const entries: IndexEntry[] = Array.isArray(index) ? index : index.projects;
const features: FeatureCollection<Geometry> = geo('projects.geojson');
const places = geo('places.json').places;
const ids = new Set(entries.map((e) => e.id));
const layerIds = new Set([...basemapLayers(lightTheme, 'zh'), ...projectLayers(lightTheme, 'zh')].map((l) => l.id));

describe('the scenes as data', () => {
	it('has the story in order, with unique ids', () => {
		expect(SCENES.map((s) => s.id)).toEqual(['region', 'railways', 'expressways', 'airport', 'water', 'travel-time', 'promises']);
	});

	it.each(SCENES.map((s) => [s.id, s] as const))('%s names only projects, groups, layers and years that exist', (_id, s) => {
		for (const id of s.highlight) expect(ids.has(id), `unknown project ${id}`).toBe(true);
		if (s.groups !== 'all') for (const g of s.groups) expect(KIND_GROUPS).toContain(g);
		for (const h of s.hide) for (const l of LAYER_GROUPS[h]) expect(layerIds.has(l), `unknown layer ${l}`).toBe(true);
		expect(YEAR_VIEWS).toContain(s.year);
	});

	it.each(SCENES.map((s) => [s.id, s] as const))('%s has a title and two or three lines in both languages', (_id, s) => {
		expect(s.title.zh.length).toBeGreaterThan(0);
		expect(s.title.en.length).toBeGreaterThan(0);
		expect(s.lines.length).toBeGreaterThanOrEqual(2);
		expect(s.lines.length).toBeLessThanOrEqual(3);
		for (const l of s.lines) {
			expect(l.zh).toMatch(/[\u4e00-\u9fff]/);
			expect(l.en).toMatch(/^[\x20-\x7e\u2013\u2019]+$/);
		}
	});

	it.each(SCENES.map((s) => [s.id, s] as const))('%s frames a camera inside the region and draws its highlighted projects', (_id, s) => {
		const [lon, lat] = s.camera.center;
		expect(lon).toBeGreaterThan(101.5);
		expect(lon).toBeLessThan(116.5);
		expect(lat).toBeGreaterThan(24);
		expect(lat).toBeLessThan(35);
		expect(s.camera.zoom).toBeGreaterThanOrEqual(4.5);
		expect(s.camera.zoom).toBeLessThanOrEqual(14);
		const drawn = new Set(sceneEntries(entries, s).map((v) => v.entry.id));
		for (const id of s.highlight) expect(drawn.has(id), `${id} is highlighted but not drawn`).toBe(true);
	});
});

describe('what a scene draws', () => {
	it('draws nothing for an empty group list and only the listed groups otherwise', () => {
		expect(sceneEntries(entries, { groups: [], year: 'now' })).toEqual([]);
		const rail = sceneMapData(entries, features, { groups: ['hsr'], year: 'now' });
		expect(rail.data.features.length).toBeGreaterThan(0);
		expect(rail.data.features.every((f) => f.properties?.group === 'hsr')).toBe(true);
		expect(Object.keys(rail.counts.groups)).toEqual(['hsr']);
	});

	it('follows the year view: fewer projects exist in 2020 than are named by 2035', () => {
		const y2020 = sceneEntries(entries, { groups: 'all', year: '2020' }).length;
		const y2035 = sceneEntries(entries, { groups: 'all', year: '2035' }).length;
		expect(y2020).toBeLessThan(y2035);
	});

	it('lists the layers of the hidden groups once each', () => {
		expect(hiddenLayerIds({ hide: ['uncertainty', 'uncertainty'] })).toEqual(['projects-uncertainty-line']);
		expect(hiddenLayerIds({ hide: [] })).toEqual([]);
	});
});

describe('the scene parameter', () => {
	it('reads 1-based scene numbers and falls back to the first scene', () => {
		expect(sceneFromParam('3', 7)).toBe(2);
		expect(sceneFromParam('7', 7)).toBe(6);
		for (const bad of [null, '', '0', '8', '-1', '2.5', 'abc', '3x', '99999']) expect(sceneFromParam(bad, 7), String(bad)).toBe(0);
	});
});

describe('keys', () => {
	const go = (index: number) => ({ type: 'go', index });
	it('moves forward with →, ↓, PageDown and Space, back with ←, PageUp and Shift+Space', () => {
		for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presentKeyAction(k, false, 2, 7)).toEqual(go(3));
		for (const k of ['ArrowLeft', 'PageUp']) expect(presentKeyAction(k, false, 2, 7)).toEqual(go(1));
		expect(presentKeyAction(' ', true, 2, 7)).toEqual(go(1));
	});

	it('stays within the story and jumps with Home, End and digits', () => {
		expect(presentKeyAction('ArrowRight', false, 6, 7)).toEqual(go(6));
		expect(presentKeyAction('ArrowLeft', false, 0, 7)).toEqual(go(0));
		expect(presentKeyAction('Home', false, 4, 7)).toEqual(go(0));
		expect(presentKeyAction('End', false, 0, 7)).toEqual(go(6));
		expect(presentKeyAction('5', false, 0, 7)).toEqual(go(4));
		expect(presentKeyAction('9', false, 0, 7)).toBeNull();
		expect(presentKeyAction('0', false, 0, 7)).toBeNull();
	});

	it('leaves with Escape, switches language with L and leaves other keys alone', () => {
		expect(presentKeyAction('Escape', false, 3, 7)).toEqual({ type: 'exit' });
		expect(presentKeyAction('l', false, 3, 7)).toEqual({ type: 'lang' });
		expect(presentKeyAction('L', true, 3, 7)).toEqual({ type: 'lang' });
		expect(presentKeyAction('x', false, 3, 7)).toBeNull();
		expect(presentKeyAction('Tab', false, 3, 7)).toBeNull();
	});

	it('reports progress as n / N', () => {
		expect(sceneProgress(0, 7)).toEqual({ label: '1 / 7', fraction: 1 / 7 });
		expect(sceneProgress(6, 7)).toEqual({ label: '7 / 7', fraction: 1 });
	});
});

describe('figures from the network model', () => {
	const cache = new NetworkCache({ places, catalogue: entries });

	it('times Qianjiang to Chongqing by rail in 2020 and 2025; the high-speed line makes 2025 faster', () => {
		const f = travelFigure(cache, 'qianjiang', 'chongqing', 'rail', ['2020', '2025']);
		expect(f.from.zh).toMatch(/黔江/);
		expect(f.rows.map((r) => r.scenario)).toEqual(['2020', '2025']);
		const [before, after] = f.rows.map((r) => r.minutes);
		expect(before).not.toBeNull();
		expect(after).not.toBeNull();
		expect(after!).toBeLessThan(before!);
		expect(f.rows[1].lines.some((l) => /HSR/.test(l.en))).toBe(true);
	});

	it('gives every figure of every scene, with a verdict for each promise', () => {
		for (const s of SCENES) {
			const figs = sceneFigures(s.figures, cache, { planned: 2, 'in-service': 1 });
			expect(figs.map((f) => f.kind)).toEqual(s.figures.map((f) => f.kind));
			for (const f of figs) {
				if (f.kind === 'counts') expect(f.total).toBe(3);
				if (f.kind === 'promises') {
					expect(f.rows.length).toBeGreaterThan(0);
					for (const r of f.rows) {
						expect(['met', 'within-margin', 'not-met']).toContain(r.verdict);
						expect(r.cite).toMatch(/^\S+\.txt:\d+$/);
					}
				}
			}
		}
	});
});
