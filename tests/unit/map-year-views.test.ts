import { describe, expect, it } from 'vitest';
import { createPropertyExpression, featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import {
	PROJECT_LAYERS_BEFORE,
	PROJECT_SOURCES,
	PROJECT_YEAR_STATE,
	SHOWN_STATE,
	STATE_KEY,
	drawnInView,
	projectLabelData,
	projectLayers,
	projectSourceData,
	projectSources,
	projectStateKeys,
	uncertaintyOpacity,
	withProjectLayers,
	yearViewKeys
} from '../../src/lib/map/projects';
import { lightTheme } from '../../src/lib/map/theme';
import type { SegmentProperties } from '../../src/lib/analysis/diagram';

const line = (id: string, places: string[], coords: number[][], view?: string): Feature<LineString> => ({
	type: 'Feature',
	properties: { id, kind: 'hsr', group: 'hsr', phase: 'planned', method: 'schematic', places: places.join(','), ...(view ? { view } : {}) },
	geometry: { type: 'LineString', coordinates: coords }
});
const fc = (features: Feature<Geometry>[]): FeatureCollection<Geometry> => ({ type: 'FeatureCollection', features });
const A = [108.0, 29.0];
const B = [108.5, 29.2];

const basemap: StyleSpecification = {
	version: 8,
	sources: { 'basemap-places': { type: 'geojson', data: fc([]) } },
	layers: [
		{ id: 'basemap-background', type: 'background', paint: { 'background-color': '#ffffff' } },
		{ id: PROJECT_LAYERS_BEFORE, type: 'circle', source: 'basemap-places' },
		{ id: 'basemap-place-label', type: 'symbol', source: 'basemap-places', layout: { 'text-field': 'x' } }
	]
};

/** Whether a layer's filter keeps a feature, in a year view. */
function shows(filter: unknown, properties: Record<string, unknown>, year: string): boolean {
	const f = featureFilter(filter as FilterSpecification, 'layers.x.filter', { [PROJECT_YEAR_STATE]: year });
	return f.filter({ zoom: 8 }, { type: 2, properties, geometry: [] } as never);
}

/** A paint property of a layer evaluated for a feature with a feature-state, as MapLibre evaluates it. */
function paintValue(layer: unknown, property: string, properties: Record<string, unknown>, state: Record<string, unknown>): unknown {
	const l = layer as { type: string; paint: Record<string, unknown> };
	const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${l.type}`]?.[property];
	if (!spec) throw new Error(`no paint property ${property} on a ${l.type} layer`);
	const parsed = createPropertyExpression(l.paint[property], `layers.x.paint.${property}`, spec as never);
	if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
	return parsed.value.evaluate({ zoom: 8 }, { type: 2, properties, geometry: [] } as never, state);
}

describe('project layers in the first style, year views by feature-state', () => {
	it('puts the project sources and layers in the style, under the place dots, with the year as global state', () => {
		const data = fc([line('h1', ['a', 'b'], [A, B])]);
		const style = withProjectLayers(basemap, projectSources(data, fc([])), projectLayers(lightTheme, 'zh'), '2030');
		const ids = style.layers.map((l) => l.id);
		expect(ids[0]).toBe('basemap-background');
		expect(ids.indexOf('projects-line-dashed')).toBeGreaterThan(0);
		expect(ids.indexOf('projects-label-point')).toBeLessThan(ids.indexOf(PROJECT_LAYERS_BEFORE));
		expect(style.state?.[PROJECT_YEAR_STATE]).toEqual({ default: '2030' });
		expect(Object.keys(style.sources)).toEqual(['basemap-places', 'projects', 'projects-labels', 'projects-uncertainty']);
		expect(basemap.layers).toHaveLength(3);
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
	});

	it('adds the layers on top when the style has no place dots', () => {
		const bare: StyleSpecification = { ...basemap, layers: [basemap.layers[0]] };
		const style = withProjectLayers(bare, projectSources(fc([]), fc([])), projectLayers(lightTheme, 'en'), 'now');
		expect(style.layers.at(-1)?.id).toBe('projects-label-point');
	});

	it('labels: a tagged label shows in its own year view only (filter), an untagged one always', () => {
		const label = projectLayers(lightTheme, 'zh').find((l) => l.id === 'projects-label-line');
		expect((label as { source: string }).source).toBe(PROJECT_SOURCES.labels);
		const filter = (label as { filter?: unknown }).filter;
		expect(shows(filter, { role: 'line', view: '2030' }, '2030')).toBe(true);
		expect(shows(filter, { role: 'line', view: '2030' }, '2025')).toBe(false);
		expect(shows(filter, { role: 'line' }, '2025')).toBe(true);
		// The layer's own filter still applies.
		expect(shows(filter, { role: 'point', view: '2030' }, '2030')).toBe(false);
	});

	it('lines, hubs and circles: a tagged feature draws only with its shown state, an untagged one always, and no filter reads the year', () => {
		const layers = projectLayers(lightTheme, 'zh');
		const dashed = layers.find((l) => l.id === 'projects-line-dashed');
		const segment = { role: 'segment', phase: 'planned', group: 'hsr', view: '2030' };
		expect(paintValue(dashed, 'line-opacity', segment, { [SHOWN_STATE]: true })).toBeGreaterThan(0);
		expect(paintValue(dashed, 'line-opacity', segment, {})).toBe(0);
		expect(paintValue(dashed, 'line-opacity', { ...segment, view: undefined }, {})).toBeGreaterThan(0);
		const hub = layers.find((l) => l.id === 'projects-hub');
		for (const p of ['circle-opacity', 'circle-stroke-opacity']) {
			expect(paintValue(hub, p, { role: 'hub', lines: 3, view: '2025' }, {}), p).toBe(0);
			expect(paintValue(hub, p, { role: 'hub', lines: 3, view: '2025' }, { [SHOWN_STATE]: true }), p).toBe(1);
		}
		// The selection outline is gated too, also when the precision switch changes it at run time.
		const outline = { type: 'line', paint: { 'line-opacity': uncertaintyOpacity(true) } };
		expect(paintValue(outline, 'line-opacity', { view: '2025' }, { selected: true })).toBe(0);
		expect(paintValue(outline, 'line-opacity', { view: '2025' }, { selected: true, [SHOWN_STATE]: true })).toBe(0.85);
		for (const l of layers) {
			if (l.type === 'symbol') continue;
			expect(JSON.stringify((l as { filter?: unknown }).filter ?? null), l.id).not.toContain(PROJECT_YEAR_STATE);
			expect(JSON.stringify((l as { paint?: unknown }).paint), l.id).toContain(SHOWN_STATE);
		}
	});

	it('keys every feature by view and id, lists the keys of a view (hubs by the view alone), and every key of a project', () => {
		const data = projectSourceData(fc([line('h1', ['a', 'b'], [A, B], '2030'), line('h2', ['a', 'b'], [A, B], '2025')]));
		const keys = new Set(data.features.map((f) => f.properties?.[STATE_KEY]));
		expect([...keys].sort()).toEqual(['2025|', '2025|h2', '2030|', '2030|h1']);
		const input = fc([line('h1', ['a', 'b'], [A, B], '2030'), line('h2', ['a', 'b'], [A, B], '2025')]);
		expect(yearViewKeys(input, '2030').sort()).toEqual(['2030|', '2030|h1']);
		expect(yearViewKeys(input, 'now')).toEqual([]);
		expect(yearViewKeys(fc([line('h1', ['a', 'b'], [A, B])]), 'now')).toEqual([]);
		expect(projectStateKeys('h1')).toEqual(['h1', 'now|h1', '2020|h1', '2025|h1', '2030|h1', '2035|h1']);
		// Untagged data is keyed by id alone.
		expect(
			projectSourceData(fc([line('h1', ['a', 'b'], [A, B])])).features.find((f) => f.properties?.role === 'line')?.properties?.[STATE_KEY]
		).toBe('h1');
		// The label source holds the whole lines and points only.
		expect(projectLabelData(data).features.map((f) => f.properties?.role)).toEqual(['line', 'line']);
	});

	it('counts and placements read only the features drawn in the year view shown', () => {
		const data = fc([
			line('h1', ['a', 'b'], [A, B], '2030'),
			line('h1', ['a', 'b'], [A, B], '2020'),
			line('h2', ['a', 'b'], [A, B], '2030'),
			line('u', ['a', 'b'], [A, B])
		]);
		expect(drawnInView(data, '2030').features.map((f) => `${f.properties?.id}@${f.properties?.view ?? '-'}`)).toEqual([
			'h1@2030',
			'h2@2030',
			'u@-'
		]);
		expect(drawnInView(data, '2020').features.map((f) => f.properties?.id)).toEqual(['h1', 'u']);
	});

	it('builds one diagram per year view: two lines bundle side by side only in the view that has both', () => {
		const data = projectSourceData(
			fc([line('h1', ['a', 'b'], [A, B], '2030'), line('h2', ['a', 'b'], [A, B], '2030'), line('h1', ['a', 'b'], [A, B], '2025')])
		);
		const segments = data.features
			.filter((f) => f.properties?.role === 'segment')
			.map((f) => f.properties as SegmentProperties & { view: string });
		expect(segments.filter((s) => s.view === '2030').map((s) => s.bundle)).toEqual([2, 2]);
		expect(segments.filter((s) => s.view === '2025').map((s) => [s.id, s.bundle, s.slot])).toEqual([['h1', 1, 0]]);
		expect(
			data.features
				.filter((f) => f.properties?.role === 'hub')
				.map((f) => f.properties?.view)
				.sort()
		).toEqual(['2025', '2025', '2030', '2030']);
	});

	it('leaves untagged data as one diagram, as before', () => {
		const data = projectSourceData(fc([line('h1', ['a', 'b'], [A, B]), line('h2', ['a', 'b'], [A, B])]));
		expect(data.features.every((f) => f.properties?.view === undefined)).toBe(true);
		expect(data.features.filter((f) => f.properties?.role === 'segment').map((f) => f.properties?.bundle)).toEqual([2, 2]);
	});
});
