import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import {
	PROJECT_LAYERS_BEFORE,
	PROJECT_YEAR_STATE,
	projectLayers,
	projectSourceData,
	projectSources,
	withProjectLayers
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

describe('project layers in the first style, year views by filter', () => {
	it('puts the project sources and layers in the style, under the place dots, with the year as global state', () => {
		const data = fc([line('h1', ['a', 'b'], [A, B])]);
		const style = withProjectLayers(basemap, projectSources(data, fc([])), projectLayers(lightTheme, 'zh'), '2030');
		const ids = style.layers.map((l) => l.id);
		expect(ids[0]).toBe('basemap-background');
		expect(ids.indexOf('projects-line-dashed')).toBeGreaterThan(0);
		expect(ids.indexOf('projects-label-point')).toBeLessThan(ids.indexOf(PROJECT_LAYERS_BEFORE));
		expect(style.state?.[PROJECT_YEAR_STATE]).toEqual({ default: '2030' });
		expect(Object.keys(style.sources)).toEqual(['basemap-places', 'projects', 'projects-uncertainty']);
		expect(basemap.layers).toHaveLength(3);
		expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
	});

	it('adds the layers on top when the style has no place dots', () => {
		const bare: StyleSpecification = { ...basemap, layers: [basemap.layers[0]] };
		const style = withProjectLayers(bare, projectSources(fc([]), fc([])), projectLayers(lightTheme, 'en'), 'now');
		expect(style.layers.at(-1)?.id).toBe('projects-label-point');
	});

	it('shows a tagged feature in its own year view only, and an untagged one always', () => {
		const dashed = projectLayers(lightTheme, 'zh').find((l) => l.id === 'projects-line-dashed');
		const filter = (dashed as { filter?: unknown }).filter;
		const segment = { role: 'segment', phase: 'planned', view: '2030' };
		expect(shows(filter, segment, '2030')).toBe(true);
		expect(shows(filter, segment, '2025')).toBe(false);
		expect(shows(filter, { role: 'segment', phase: 'planned' }, '2025')).toBe(true);
		// The layer's own filter still applies.
		expect(shows(filter, { role: 'segment', phase: 'building', view: '2030' }, '2030')).toBe(false);
		for (const l of projectLayers(lightTheme, 'zh')) expect(JSON.stringify((l as { filter?: unknown }).filter), l.id).toContain(PROJECT_YEAR_STATE);
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
		expect(data.features.filter((f) => f.properties?.role === 'hub').map((f) => f.properties?.view).sort()).toEqual(['2025', '2025', '2030', '2030']);
	});

	it('leaves untagged data as one diagram, as before', () => {
		const data = projectSourceData(fc([line('h1', ['a', 'b'], [A, B]), line('h2', ['a', 'b'], [A, B])]));
		expect(data.features.every((f) => f.properties?.view === undefined)).toBe(true);
		expect(data.features.filter((f) => f.properties?.role === 'segment').map((f) => f.properties?.bundle)).toEqual([2, 2]);
	});
});
