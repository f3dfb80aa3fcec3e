import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, LineString } from 'geojson';
import { networkDiagram, vertexPlaceIds, type HubProperties, type SegmentProperties } from '../../src/lib/analysis/diagram';
import { mapFeatures } from '../../src/lib/catalogue/view';
import { phaseOfStatus, type Phase } from '../../src/lib/catalogue/phase';
import type { ProjectStatus } from '../../src/lib/catalogue/types';
import { BUNDLE_SPACING_PX } from '../../src/lib/map/projects';

const line = (id: string, places: string[], coords: number[][], extra: Record<string, unknown> = {}): Feature<LineString> => ({
	type: 'Feature',
	properties: { id, kind: 'hsr', group: 'hsr', phase: 'planned', method: 'schematic', places: places.join(','), ...extra },
	geometry: { type: 'LineString', coordinates: coords }
});
const fc = (features: Feature<Geometry>[]): FeatureCollection<Geometry> => ({ type: 'FeatureCollection', features });
const A = [108.0, 29.0];
const B = [108.5, 29.2];
const C = [109.0, 29.0];

describe('networkDiagram', () => {
	it('reads one place id per vertex, or falls back to coordinates', () => {
		expect(vertexPlaceIds(line('x', ['a', 'b'], [A, B]))).toEqual(['a', 'b']);
		expect(vertexPlaceIds(line('x', ['a'], [A, B]))).toEqual(['108.00000,29.00000', '108.50000,29.20000']);
	});

	it('puts lines that join the same two towns side by side, in one direction, in a stable order', () => {
		const d = networkDiagram(
			fc([
				line('r1', ['a', 'b'], [A, B], { group: 'rail' }),
				line('h1', ['b', 'a', 'c'], [B, A, C]),
				line('e1', ['a', 'c'], [A, C], { group: 'expressway' })
			])
		);
		const segs = d.features
			.filter((f) => f.properties?.role === 'segment')
			.map((f) => ({ ...(f.properties as SegmentProperties), coords: (f.geometry as LineString).coordinates }));
		const pair = (x: string, y: string) =>
			segs.filter((s) => [s.from, s.to].sort().join() === [x, y].join()).sort((p, q) => p.slot - q.slot);
		const ab = pair('a', 'b');
		expect(ab.map((s) => [s.id, s.slot, s.bundle])).toEqual([
			['h1', -0.5, 2],
			['r1', 0.5, 2]
		]);
		// The HSR runs b → a and the railway a → b, but their segments are stored one way, so a slot means one side.
		expect(ab[0].coords).toEqual(ab[1].coords);
		const ac = pair('a', 'c');
		expect(ac.map((s) => [s.id, s.slot])).toEqual([
			['h1', -0.5],
			['e1', 0.5]
		]);
	});

	it('puts a line running along another between other towns beside it, not on top of it', () => {
		// M lies on the straight line A–C: the line A→M→… would be drawn over the line A→C.
		const M = [108.5, 29.0];
		const d = networkDiagram(
			fc([
				line('long', ['a', 'c'], [A, C], { phase: 'in-service', group: 'rail' }),
				line('short', ['a', 'm'], [A, M], { group: 'expressway' })
			])
		);
		const segs = d.features.filter((f) => f.properties?.role === 'segment').map((f) => f.properties as SegmentProperties);
		expect(segs.map((s) => [s.id, s.bundle]).sort()).toEqual([
			['long', 2],
			['short', 2]
		]);
		expect(new Set(segs.map((s) => s.slot)).size).toBe(2);
		// A line crossing at a wide angle is not bundled.
		const cross = networkDiagram(
			fc([
				line('long', ['a', 'c'], [A, C]),
				line(
					'x',
					['p', 'q'],
					[
						[108.5, 28.8],
						[108.5, 29.3]
					]
				)
			])
		);
		expect(
			cross.features.filter((f) => f.properties?.role === 'segment').every((f) => (f.properties as SegmentProperties).bundle === 1)
		).toBe(true);
	});

	it('places a hub at every town a line stops at, with its line count and widest bundle', () => {
		const d = networkDiagram(fc([line('r1', ['a', 'b'], [A, B], { phase: 'in-service' }), line('h1', ['b', 'a', 'c'], [B, A, C])]));
		const hubs = Object.fromEntries(
			d.features
				.filter((f) => f.properties?.role === 'hub')
				.map((f) => [(f.properties as HubProperties).place, f.properties as HubProperties])
		);
		expect(Object.keys(hubs).sort()).toEqual(['a', 'b', 'c']);
		expect(hubs.a).toMatchObject({ lines: 2, bundle: 2, existing: false, id: 'hub:a' });
		expect(hubs.c).toMatchObject({ lines: 1, bundle: 1 });
		// Every input feature comes back once, with its role, for labels, bands and clicks.
		expect(d.features.filter((f) => f.properties?.role === 'line').map((f) => f.properties?.id)).toEqual(['r1', 'h1']);
	});
});

/** Web Mercator pixels at a zoom (512-pixel tiles, as MapLibre draws). */
function toPx([lon, lat]: number[], zoom: number): [number, number] {
	const scale = 512 * 2 ** zoom;
	const x = ((lon + 180) / 360) * scale;
	const s = Math.sin((lat * Math.PI) / 180);
	const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale;
	return [x, y];
}

function distToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
	return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

describe('the plan map at zoom 9 over Qianjiang', () => {
	it('draws no two lines through the same pixels for more than a short stretch outside the hubs', () => {
		const geo = JSON.parse(readFileSync('static/geo/projects.geojson', 'utf8')) as FeatureCollection<Geometry>;
		const visible = new Map<string, Phase>(
			geo.features.map((f) => [String(f.properties?.id), phaseOfStatus(f.properties?.status as ProjectStatus)])
		);
		const d = networkDiagram(mapFeatures(geo, visible));
		const zoom = 9;
		const spacing = BUNDLE_SPACING_PX.z5 + ((BUNDLE_SPACING_PX.z10 - BUNDLE_SPACING_PX.z5) * (zoom - 5)) / 5;
		const centre = toPx([108.77478, 29.53284], zoom);
		const inView = (p: [number, number]) => Math.abs(p[0] - centre[0]) < 720 && Math.abs(p[1] - centre[1]) < 450;
		const hubs = d.features
			.filter((f) => f.properties?.role === 'hub')
			.map((f) => {
				const h = f.properties as HubProperties;
				return {
					at: toPx((f.geometry as { coordinates: number[] }).coordinates, zoom),
					r: Math.max(4, h.bundle * (spacing / 2) + 0.9 * Math.sqrt(h.lines) + 1)
				};
			});
		const underHub = (p: [number, number]) => hubs.some((h) => Math.hypot(p[0] - h.at[0], p[1] - h.at[1]) <= h.r + 2);
		// Each segment as drawn: its pixel ends moved sideways by its slot (MapLibre offsets to the right of the direction).
		const drawn = d.features
			.filter((f) => f.properties?.role === 'segment')
			.map((f) => {
				const p = f.properties as SegmentProperties;
				const [a, b] = (f.geometry as LineString).coordinates.map((c) => toPx(c, zoom));
				const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
				const nx = -(b[1] - a[1]) / len;
				const ny = (b[0] - a[0]) / len;
				const o = -p.slot * spacing;
				return {
					id: p.id,
					a: [a[0] + nx * o, a[1] + ny * o] as [number, number],
					b: [b[0] + nx * o, b[1] + ny * o] as [number, number],
					len
				};
			});
		let worst = { px: 0, pair: '' };
		for (const s of drawn) {
			for (const t of drawn) {
				if (s.id === t.id) continue;
				let shared = 0;
				for (let k = 0; k <= s.len; k++) {
					const p: [number, number] = [s.a[0] + ((s.b[0] - s.a[0]) * k) / s.len, s.a[1] + ((s.b[1] - s.a[1]) * k) / s.len];
					if (!inView(p) || underHub(p)) continue;
					if (distToSegment(p, t.a, t.b) < 2) shared++;
				}
				if (shared > worst.px) worst = { px: shared, pair: `${s.id} × ${t.id}` };
			}
		}
		expect(worst.px, worst.pair).toBeLessThan(40);
	});
});
