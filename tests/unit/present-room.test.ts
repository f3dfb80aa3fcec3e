import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { SCENES } from '../../src/lib/present/scenes';
import { framePadding, isWideScene, panelWidthPx } from '../../src/lib/present/view';
import { VERDICT_WORDS, promiseSentence } from '../../src/lib/present/figures';
import { PRESENT_BOUNDS, PRESENT_MAX_ZOOM } from '../../src/lib/present/bounds';
import { MAX_ZOOM } from '../../src/lib/map/region';
import { PRESENTATION_SCALE, scaleLayers, scaleValue } from '../../src/lib/map/scale';
import { projectLayers, projectSources } from '../../src/lib/map/projects';
import { basemapLayers } from '../../src/lib/map/basemap';
import { lightTheme } from '../../src/lib/map/theme';

const geo = (f: string) => JSON.parse(readFileSync(`static/geo/${f}`, 'utf8'));

describe('presentation scale', () => {
	it('multiplies the outputs of a zoom curve, not the zoom stops', () => {
		expect(scaleValue(['interpolate', ['linear'], ['zoom'], 5, 2, 10, 4], 1.5)).toEqual(['interpolate', ['linear'], ['zoom'], 5, 3, 10, 6]);
		expect(scaleValue(['step', ['zoom'], 1, 8, 2], 2)).toEqual(['step', ['zoom'], 2, 8, 4]);
		expect(scaleValue(3, 1.6)).toBe(4.8);
		expect(scaleValue(['get', 'w'], 2)).toEqual(['*', ['get', 'w'], 2]);
	});

	it('grows every label, line and circle of the project layers by the factor, and keeps the style valid', () => {
		const plain = projectLayers(lightTheme, 'zh');
		const big = projectLayers(lightTheme, 'zh', { scale: PRESENTATION_SCALE });
		expect(big.map((l) => l.id)).toEqual(plain.map((l) => l.id));
		const label = (ls: LayerSpecification[]) =>
			(ls.find((l) => l.id === 'projects-label-point') as { layout: Record<string, unknown> }).layout['text-size'];
		expect(label(plain)).toEqual(['interpolate', ['linear'], ['zoom'], 7, 10.5, 11, 13]);
		expect(label(big)).toEqual(['interpolate', ['linear'], ['zoom'], 7, 16.8, 11, 20.8]);
		const style: StyleSpecification = {
			version: 8,
			glyphs: 'http://localhost/{fontstack}/{range}.pbf',
			sources: projectSources({ type: 'FeatureCollection', features: [] }, { type: 'FeatureCollection', features: [] }),
			layers: big
		};
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('leaves the input layers alone and returns them unchanged at 1×', () => {
		const layers = basemapLayers(lightTheme, 'en');
		const before = JSON.stringify(layers);
		scaleLayers(layers, 2);
		expect(JSON.stringify(layers)).toBe(before);
		expect(scaleLayers(layers, 1)).toBe(layers);
	});
});

describe('the presenter keeps the camera where the map has data', () => {
	it('bounds the camera inside the terrain tiles and the boundaries', () => {
		const terrain = geo('terrain.json').bounds as number[];
		const bbox = geo('boundaries.topo.json').bbox as number[];
		const [w, s, e, n] = PRESENT_BOUNDS;
		for (const b of [terrain, bbox]) {
			expect(w).toBeGreaterThan(b[0]);
			expect(s).toBeGreaterThan(b[1]);
			expect(e).toBeLessThan(b[2]);
			expect(n).toBeLessThan(b[3]);
		}
	});

	it('zooms no closer than the map does', () => {
		expect(PRESENT_MAX_ZOOM).toBe(MAX_ZOOM);
	});

	it.each(SCENES.map((s) => [s.id, s] as const))('%s frames its subject inside the bounds', (_id, s) => {
		expect(s.camera.frame).toBeDefined();
		const [w, so, e, n] = s.camera.frame!;
		expect(w).toBeLessThan(e);
		expect(so).toBeLessThan(n);
		expect(w).toBeGreaterThanOrEqual(PRESENT_BOUNDS[0]);
		expect(so).toBeGreaterThanOrEqual(PRESENT_BOUNDS[1]);
		expect(e).toBeLessThanOrEqual(PRESENT_BOUNDS[2]);
		expect(n).toBeLessThanOrEqual(PRESENT_BOUNDS[3]);
	});
});

describe('the text column and the frame padding', () => {
	it('gives the camera the same room whatever the panel measures, from the viewport alone', () => {
		expect(panelWidthPx(1920, false)).toBe(620);
		expect(panelWidthPx(1024, false)).toBe(430);
		expect(panelWidthPx(1920, true)).toBe(940);
		expect(framePadding({ width: 1920, height: 1080 }, false)).toEqual({ top: 48, right: 344, bottom: 48, left: 668 });
		expect(framePadding({ width: 1024, height: 768 }, true).right).toBe(270);
		expect(framePadding({ width: 390, height: 844 }, false).bottom).toBe(422);
	});

	it('widens the column for scenes with a table', () => {
		expect(SCENES.filter(isWideScene).map((s) => s.id)).toEqual(['travel-time', 'promises']);
	});
});

describe('promise figures in neutral words', () => {
	it('states the modelled minutes, the target and the margin category', () => {
		expect(promiseSentence({ minutes: 61, verdict: 'within-margin' }, 60, 'zh')).toBe('模型测算 61 分钟，目标 60 分钟，接近');
		expect(promiseSentence({ minutes: 61, verdict: 'within-margin' }, 60, 'en')).toBe('modelled 61 min, target 60 min: close');
		expect(promiseSentence({ minutes: 176, verdict: 'not-met' }, 120, 'en')).toBe('modelled 176 min, target 120 min: over the target');
		expect(promiseSentence({ minutes: null, verdict: 'not-met' }, 90, 'zh')).toBe('模型中没有路线，目标 90 分钟');
	});

	it('uses no word of success or failure', () => {
		for (const w of Object.values(VERDICT_WORDS)) {
			expect(w.zh).not.toMatch(/实现|未能|失败|成功|达成/);
			expect(w.en).not.toMatch(/\b(met|fail|success|achieved)\b/i);
		}
	});
});
