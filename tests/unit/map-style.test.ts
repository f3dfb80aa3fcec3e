import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from 'maplibre-gl';
import type { Topology } from 'topojson-specification';
import { buildBasemapStyle, basemapLayers } from '../../src/lib/map/basemap';
import { projectLayers, projectSources, PROJECT_INTERACTIVE_LAYERS } from '../../src/lib/map/projects';
import { lightTheme, type Theme } from '../../src/lib/map/theme';
import { corridorLayers } from '../../src/lib/map/corridors';
import { labelField, LABEL_META } from '../../src/lib/map/labels';
import { topoObject, placesToGeoJSON, airportsToGeoJSON } from '../../src/lib/geo/load';

const geo = (f: string) => JSON.parse(readFileSync(`static/geo/${f}`, 'utf8'));

function fullStyle(lang: 'zh' | 'en'): StyleSpecification {
	const boundaries = geo('boundaries.topo.json') as Topology;
	const water = geo('water.topo.json') as Topology;
	const base = buildBasemapStyle(
		lightTheme,
		lang,
		{
			units: topoObject(boundaries, 'units'),
			provinces: topoObject(boundaries, 'provinces'),
			water: topoObject(water, 'rivers'),
			places: placesToGeoJSON(geo('places.json').places),
			airports: airportsToGeoJSON(geo('airports.json').airports)
		},
		{
			terrainTiles: 'http://127.0.0.1/geo/terrain/{z}/{x}/{y}.png',
			terrain: geo('terrain.json'),
			fontFaces: { 'Noto Sans SC Regular': [{ url: 'http://127.0.0.1/geo/fonts/a.woff2' }] }
		}
	);
	const empty = { type: 'FeatureCollection' as const, features: [] };
	return {
		...base,
		sources: { ...base.sources, ...projectSources(empty, empty) },
		layers: [...base.layers, ...projectLayers(lightTheme, lang)]
	};
}

describe('map style', () => {
	for (const lang of ['zh', 'en'] as const) {
		it(`passes the MapLibre style-spec validator (${lang})`, () => {
			const errors = validateStyleMin(fullStyle(lang));
			expect(errors.map((e) => e.message)).toEqual([]);
		});
	}

	it('has unique layer ids named <source>-<role>, and every layer source exists', () => {
		const style = fullStyle('zh');
		const ids = style.layers.map((l) => l.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const l of style.layers) {
			expect(l.id).toMatch(/^(basemap|projects)-[a-z0-9-]+$/);
			if ('source' in l) expect(style.sources[l.source as string], `${l.id} → ${l.source}`).toBeDefined();
		}
		for (const id of PROJECT_INTERACTIVE_LAYERS) expect(ids).toContain(id);
	});

	it('names no remote URL and asks only for fonts it declares', () => {
		const style = fullStyle('zh');
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		const declared = Object.keys(style['font-faces'] ?? {});
		for (const l of style.layers) {
			const font = (l.layout as { 'text-font'?: string[] } | undefined)?.['text-font'];
			if (font) for (const f of font) expect(declared).toContain(f);
		}
		const text = JSON.stringify(style);
		const hosts = [...text.matchAll(/https?:\/\/([^/"]+)/g)].map((m) => m[1]);
		expect(new Set(hosts)).toEqual(new Set(['127.0.0.1']));
	});

	it('only uses valid colours in the theme', () => {
		const colours = Object.entries(lightTheme).flatMap(([k, v]): [string, string][] =>
			typeof v === 'string' && !k.startsWith('font')
				? [[k, v]]
				: typeof v === 'object'
					? Object.entries(v as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string')
					: []
		);
		expect(colours.length).toBeGreaterThan(20);
		for (const [k, c] of colours) expect(c, k).toMatch(/^(#[0-9a-f]{6}|rgba\(\d+, \d+, \d+, (0|1|0?\.\d+)\))$/);
	});

	it('marks every symbol layer for relabelling, in both languages', () => {
		for (const lang of ['zh', 'en'] as const) {
			const layers = [...basemapLayers(lightTheme, lang), ...projectLayers(lightTheme, lang)];
			const symbols = layers.filter((l) => l.type === 'symbol');
			expect(symbols.length).toBeGreaterThan(4);
			for (const l of symbols) {
				const meta = (l.metadata as Record<string, { zh: string; en: string }>)[LABEL_META];
				expect(meta, l.id).toBeDefined();
				expect(l.layout?.['text-field']).toEqual(labelField(lang, meta.zh, meta.en));
			}
		}
	});

	it('draws the phases differently: solid, dashed and dotted lines from a theme', () => {
		const dark: Theme = { ...lightTheme, projects: { ...lightTheme.projects, hsr: '#000001' } };
		const layers = projectLayers(dark, 'zh');
		const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
		expect(byId['projects-line-solid'].paint).not.toHaveProperty('line-dasharray');
		expect(byId['projects-line-dashed'].paint).toHaveProperty('line-dasharray');
		expect(byId['projects-line-dotted'].paint).toHaveProperty('line-dasharray');
		expect(JSON.stringify(byId['projects-line-solid'].paint)).toContain('#000001');
		expect(JSON.stringify((byId['projects-line-band'] as { filter?: unknown }).filter)).toContain('schematic');
	});

	it('draws the existing network quiet and under the plan, precision as outlines only, and hubs over the line ends', () => {
		const layers = projectLayers(lightTheme, 'zh');
		const ids = layers.map((l) => l.id);
		const byId = Object.fromEntries(layers.map((l) => [l.id, l]));
		expect(JSON.stringify(byId['projects-existing'].paint)).toContain(lightTheme.existing);
		expect(ids.indexOf('projects-existing')).toBeLessThan(ids.indexOf('projects-line-casing'));
		expect(ids.indexOf('projects-hub')).toBeGreaterThan(ids.indexOf('projects-line-dotted'));
		expect(layers.some((l) => l.type === 'fill')).toBe(false);
		// Hidden unless hovered or selected; all shown only with the switch.
		expect(JSON.stringify(byId['projects-uncertainty-line'].paint)).toMatch(/0\.85,0\]$|0\.85,0\]/);
		const shown = projectLayers(lightTheme, 'zh', { showPrecision: true }).find((l) => l.id === 'projects-uncertainty-line')!;
		expect(JSON.stringify(shown.paint)).toContain('0.55');
		for (const id of ['projects-existing', 'projects-line-dashed', 'projects-line-casing'])
			expect(JSON.stringify((byId[id].paint as Record<string, unknown>)['line-offset'])).toContain('slot');
	});

	it('draws a sketched corridor in a style no project uses: dark stripes, not a white casing', () => {
		const casing = corridorLayers(lightTheme, 'zh').find((l) => l.id === 'corridors-line-casing')!;
		const colour = (casing.paint as Record<string, unknown>)['line-color'];
		expect(colour).toBe(lightTheme.sketchCasing);
		const projectCasings = projectLayers(lightTheme, 'zh')
			.filter((l) => l.id.endsWith('casing'))
			.map((l) => JSON.stringify((l.paint as Record<string, unknown>)['line-color']));
		for (const c of projectCasings) expect(c).not.toContain(lightTheme.sketchCasing);
	});
});
