import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { elevationProfile } from '../../src/lib/analysis/profile';
import type { HeightSampler } from '../../src/lib/geo/terrain-grid';
import { toCSV, toGeoJSON } from '../../src/lib/io';
import { withProfile } from '../../src/lib/io/profile';

const ramp: HeightSampler = { heightAt: ([lon]) => (lon > 108.3 ? null : (lon - 108) * 10000), cellSizeKm: () => 2 };
const line = {
	type: 'LineString' as const,
	coordinates: [
		[108, 29.5],
		[108.4, 29.5]
	]
};
const fc: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [108, 29.5] } },
		{ type: 'Feature', properties: { name: '走廊', length_km: 38.8 }, geometry: line }
	]
};

describe('withProfile', () => {
	const out = withProfile(fc, elevationProfile(line, ramp));

	it('puts the figures and the series on the line feature, keeping its properties and the input unchanged', () => {
		const props = out.features[1].properties as Record<string, unknown> & {
			elevation_profile: Record<string, unknown>;
			elevation_series: [number, number | null][];
		};
		expect(props.name).toBe('走廊');
		const summary = props.elevation_profile as { climb_m: number; highest: { height_m: number } };
		expect(props.elevation_profile).toMatchObject({ computed: true, descent_m: 0, lowest: { height_m: 0, distance_km: 0 } });
		// The ramp rises to 3,000 m at 108.3°E, where the data ends: the last sample with data is within a step of it.
		expect(summary.highest.height_m).toBe(summary.climb_m);
		expect(summary.climb_m).toBeGreaterThan(2850);
		expect(summary.climb_m).toBeLessThanOrEqual(3000);
		// 0.1° of longitude (about 9.7 km) has no data, to within one 1 km step.
		expect(props.elevation_profile.missing_km).toBeGreaterThan(8.6);
		expect(props.elevation_profile.missing_km).toBeLessThan(9.7);
		expect(props.elevation_series[0]).toEqual([0, 0]);
		expect(props.elevation_series.at(-1)![1]).toBeNull();
		expect(out.features[0]).toBe(fc.features[0]);
		expect(fc.features[1].properties).not.toHaveProperty('elevation_profile');
	});

	it('survives the GeoJSON and CSV writers', () => {
		expect(JSON.parse(toGeoJSON(out)).features[1].properties.elevation_profile.caveat_en).toMatch(/^Terrain from a 2\.0 km grid/);
		expect(toCSV(out)).toContain('elevation_profile');
	});

	it('leaves a collection without a line alone', () => {
		const points: FeatureCollection = { type: 'FeatureCollection', features: [fc.features[0]] };
		expect(withProfile(points, elevationProfile(line, ramp))).toBe(points);
	});
});
