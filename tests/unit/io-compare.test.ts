import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { LineString } from 'geojson';
import { compareLines } from '../../src/lib/io/compare';

const schematic: LineString = {
	type: 'LineString',
	coordinates: [
		[108.6, 29.5],
		[108.9, 29.5]
	]
};

describe('compareLines', () => {
	it('finds no offset between a line and itself', () => {
		const r = compareLines(schematic, schematic);
		expect(r.meanOffsetKm).toBeCloseTo(0, 9);
		expect(r.maxOffsetKm).toBeCloseTo(0, 9);
		expect(r.importedKm).toBeCloseTo(distance([108.6, 29.5], [108.9, 29.5], { units: 'kilometers' }), 9);
	});

	it('measures a parallel line 0.02° north as offset by about 2.2 km everywhere', () => {
		const north: LineString = {
			type: 'LineString',
			coordinates: [
				[108.6, 29.52],
				[108.9, 29.52]
			]
		};
		const r = compareLines(north, schematic);
		const offset = distance([108.75, 29.5], [108.75, 29.52], { units: 'kilometers' });
		expect(r.meanOffsetKm).toBeCloseTo(offset, 2);
		expect(r.maxOffsetKm).toBeCloseTo(offset, 2);
	});

	it('catches a detour that the mean hides, in either direction', () => {
		const detour: LineString = {
			type: 'LineString',
			coordinates: [
				[108.6, 29.5],
				[108.75, 29.5],
				[108.76, 29.6],
				[108.77, 29.5],
				[108.9, 29.5]
			]
		};
		const r = compareLines(detour, schematic);
		expect(r.maxOffsetKm).toBeGreaterThan(10);
		expect(r.meanOffsetKm).toBeLessThan(r.maxOffsetKm / 2);
		expect(r.importedKm).toBeGreaterThan(r.schematicKm);
		const shorter: LineString = {
			type: 'LineString',
			coordinates: [
				[108.6, 29.5],
				[108.7, 29.5]
			]
		};
		// Hausdorff in both directions: the schematic's far end is 19 km from the short line.
		expect(compareLines(shorter, schematic).maxOffsetKm).toBeCloseTo(distance([108.7, 29.5], [108.9, 29.5], { units: 'kilometers' }), 1);
	});

	it('refuses empty lines', () => {
		expect(() => compareLines({ type: 'LineString', coordinates: [[108, 29]] }, schematic)).toThrow(RangeError);
	});
});
