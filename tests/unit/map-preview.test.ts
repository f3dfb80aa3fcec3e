import { describe, expect, it } from 'vitest';
import { MercatorCoordinate } from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import { fitCamera, mercator, project, regionPadding, unmercator, TILE_SIZE } from '../../src/lib/map/camera-fit';
import { REGION_BOUNDS } from '../../src/lib/map/region';
import { lightTheme } from '../../src/lib/map/theme';
import { renderStyle, toUnits, UNIT_ZOOM } from '../../scripts/preview/render';
import { buildPreview, GROUP_CLASS } from '../../scripts/build-preview';

describe('the first picture’s projection', () => {
	it('is Web Mercator as MapLibre computes it', () => {
		for (const p of [
			[0, 0],
			[108.7748, 29.5328],
			[-179.9, 85],
			[107, 28.35],
			[110.6, -30.75]
		] as [number, number][]) {
			const m = MercatorCoordinate.fromLngLat(p);
			const [x, y] = mercator(p);
			expect(x).toBeCloseTo(m.x, 12);
			expect(y).toBeCloseTo(m.y, 12);
			const back = unmercator([x, y]);
			expect(back[0]).toBeCloseTo(p[0], 9);
			expect(back[1]).toBeCloseTo(p[1], 9);
		}
		expect(mercator([0, 0])).toEqual([0.5, 0.5]);
	});

	// MapLibre's own camera after `fitBounds(REGION_BOUNDS)` in the page, read in Chromium from map.getZoom() and
	// map.getCenter() at a 1280×800 window (a 900×746 map) and a 390×844 phone (390×790).
	it('fits the region with the zoom and centre MapLibre gives the page’s map', () => {
		const desktop = fitCamera(REGION_BOUNDS, 900, 746, regionPadding(900, 746), [4.5, 11]);
		expect(desktop.zoom).toBeCloseTo(7.37856581000057, 9);
		expect(desktop.center[0]).toBeCloseTo(108.8, 9);
		expect(desktop.center[1]).toBeCloseTo(29.5571257476238, 9);
		const phone = fitCamera(REGION_BOUNDS, 390, 790, regionPadding(390, 790), [4.5, 11]);
		expect(phone.zoom).toBeCloseTo(6.15955602805876, 9);
		expect(phone.center[1]).toBeCloseTo(28.555464548571038, 9);
	});

	it('puts the region’s corners on the padded box, on its tighter axis', () => {
		const cam = fitCamera(REGION_BOUNDS, 900, 746, regionPadding(900, 746));
		const [w, s, e, n] = REGION_BOUNDS;
		const nw = project(cam, [w, n]);
		const se = project(cam, [e, s]);
		// Wider than tall at this size: the region spans the width between the 24 px paddings, centred in height.
		expect(nw[0]).toBeCloseTo(24, 6);
		expect(se[0]).toBeCloseTo(900 - 24, 6);
		expect((nw[1] + se[1]) / 2).toBeCloseTo(746 / 2, 6);
		// The phone frames it above the sheet: 48 px from the top, above 34% + 12 px at the bottom.
		const ph = fitCamera(REGION_BOUNDS, 390, 790, regionPadding(390, 790));
		const top = project(ph, [w, n]);
		const bottom = project(ph, [e, s]);
		expect(top[0]).toBeCloseTo(12, 6);
		expect(bottom[0]).toBeCloseTo(378, 6);
		expect((top[1] + bottom[1]) / 2).toBeCloseTo((48 + 790 - (Math.round(790 * 0.34) + 12)) / 2, 6);
		expect(ph.worldSize).toBeCloseTo(TILE_SIZE * 2 ** ph.zoom, 6);
	});
});

describe('renderStyle', () => {
	const style: StyleSpecification = {
		version: 8,
		sources: {
			lines: {
				type: 'geojson',
				data: {
					type: 'FeatureCollection',
					features: [
						{
							type: 'Feature',
							properties: { kind: 'a' },
							geometry: {
								type: 'LineString',
								coordinates: [
									[108, 29],
									[109, 29.5]
								]
							}
						},
						{
							type: 'Feature',
							properties: { kind: 'b' },
							geometry: {
								type: 'LineString',
								coordinates: [
									[108, 30],
									[109, 30]
								]
							}
						}
					]
				}
			}
		},
		layers: [
			{ id: 'bg', type: 'background', paint: { 'background-color': '#eeeeee' } },
			{
				id: 'lines',
				type: 'line',
				source: 'lines',
				filter: ['==', ['get', 'kind'], 'a'],
				paint: { 'line-color': '#b2182b', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2, 10, 4], 'line-dasharray': [3, 1.6] }
			}
		]
	};

	it('draws what the layer’s filter keeps, where the projection puts it, with the paint MapLibre evaluates', () => {
		const svg = renderStyle(style, { clip: [107, 28, 110, 31], groups: [{ name: 'd', zoom: 7.5 }], labelLayers: [], labelField: 'zh' });
		const d = /<path d="M(-?\d+) (-?\d+)l(-?\d+)[ ](-?\d+)"/.exec(svg.replace(/-/g, ' -').replace(/l /, 'l'));
		expect(d).not.toBeNull();
		const [x0, y0] = toUnits([108, 29]);
		const [x1, y1] = toUnits([109, 29.5]);
		expect(Number(d![1])).toBe(Math.round(x0));
		expect(Number(d![2])).toBe(Math.round(y0));
		expect(Number(d![1]) + Number(d![3])).toBe(Math.round(x1));
		expect(Number(d![2]) + Number(d![4])).toBe(Math.round(y1));
		// Width at zoom 7.5 (3 px) in screen pixels, dashes in widths, as MapLibre draws them.
		expect(svg).toContain('stroke="#b2182b"');
		expect(svg).toContain('stroke-width="3"');
		expect(svg).toContain('stroke-dasharray="9 4.8"');
		expect(svg).toContain('vector-effect="non-scaling-stroke"');
		// The other feature is filtered out: one path only.
		expect(svg.match(/<path/g)).toHaveLength(1);
		expect(UNIT_ZOOM).toBeGreaterThan(7.5);
	});
});

describe('build-preview', () => {
	it('is deterministic and draws the default year’s project lines in their theme colours, over the basemap', async () => {
		const a = await buildPreview();
		const b = await buildPreview();
		expect(a).toBe(b);
		// The camera: the region's Mercator box as the viewBox.
		const [x0, y0] = toUnits([REGION_BOUNDS[0], REGION_BOUNDS[3]]);
		const fixed = (v: number) => String(Number(v.toFixed(3)));
		expect(a).toContain(`viewBox="${fixed(x0)} ${fixed(y0)} `);
		// Lines in service, the planned and the preliminary ones, in the colours of their kinds.
		expect(a).toContain(`stroke="${lightTheme.existing}"`);
		for (const group of ['hsr', 'rail', 'expressway', 'water'] as const) expect(a, group).toContain(`"${lightTheme.projects[group]}"`);
		// Hub rings, the focus district's outline, the province line, rivers and the hillshade image.
		expect(a).toContain(`fill="${lightTheme.hubFill}"`);
		expect(a).toContain(lightTheme.focusDistrictOutline);
		expect(a).toContain(lightTheme.provinceLine);
		expect(a).toContain(lightTheme.waterLine);
		expect(a).toMatch(/<image [^>]*href="data:image\/png;base64,/);
		// Two size groups and the district seat's label.
		expect(a).toContain(`class="${GROUP_CLASS.desktop}"`);
		expect(a).toContain(`class="${GROUP_CLASS.phone}"`);
		expect(a).toContain('>黔江</text>');
	}, 60000);
});
