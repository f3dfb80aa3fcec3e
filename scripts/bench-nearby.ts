/**
 * Benchmarks the nearby query over synthetic catalogues of 10,000 and 100,000 features (points and lines, from a
 * seeded generator, spread over the Wuling region 105–112°E, 27–32°N) and prints a markdown table of build time
 * and median / p95 time per query. The synthetic features are benchmark load only, never map data.
 *
 * Run: npx tsx scripts/bench-nearby.ts [--queries N] [--radius-km R]
 */
import type { Feature, LineString, Point } from 'geojson';
import { performance } from 'node:perf_hooks';
import { buildNearbyIndex, queryNearby } from '../src/lib/analysis/spatial-index';
import { nearestOnGeometry } from '../src/lib/analysis/distance';
import type { LonLat } from '../src/lib/geo/types';

/** mulberry32: a small seeded PRNG, so every run measures the same catalogue. */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const region = { west: 105, south: 27, east: 112, north: 32 };

function randomPoint(rand: () => number): LonLat {
	return [region.west + rand() * (region.east - region.west), region.south + rand() * (region.north - region.south)];
}

/** 70% points, 30% lines of 2–20 vertices walking 1–8 km per step, like the catalogue's mix of sites and links. */
function syntheticCatalogue(count: number, seed: number): Feature<Point | LineString, { id: string; kind: string }>[] {
	const rand = prng(seed);
	const features: Feature<Point | LineString, { id: string; kind: string }>[] = [];
	for (let i = 0; i < count; i++) {
		const start = randomPoint(rand);
		if (rand() < 0.7) {
			features.push({ type: 'Feature', properties: { id: `p${i}`, kind: 'reservoir' }, geometry: { type: 'Point', coordinates: start } });
			continue;
		}
		const coords: LonLat[] = [start];
		const n = 2 + Math.floor(rand() * 19);
		let heading = rand() * 2 * Math.PI;
		for (let k = 1; k < n; k++) {
			heading += (rand() - 0.5) * 0.8;
			const stepDeg = (1 + rand() * 7) / 111;
			const [x, y] = coords[k - 1];
			coords.push([x + Math.cos(heading) * stepDeg, y + Math.sin(heading) * stepDeg]);
		}
		features.push({ type: 'Feature', properties: { id: `l${i}`, kind: 'expressway' }, geometry: { type: 'LineString', coordinates: coords } });
	}
	return features;
}

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function arg(name: string, fallback: number): number {
	const i = process.argv.indexOf(`--${name}`);
	const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
	return Number.isFinite(v) && v > 0 ? v : fallback;
}

const queries = Math.max(1000, Math.floor(arg('queries', 2000)));
const radiusKm = arg('radius-km', 10);
const rows: string[] = [];
for (const size of [10_000, 100_000]) {
	const features = syntheticCatalogue(size, 20260101 + size);
	const t0 = performance.now();
	const index = buildNearbyIndex(features);
	const buildMs = performance.now() - t0;
	const rand = prng(7);
	const points = Array.from({ length: queries + 100 }, () => randomPoint(rand));
	for (const p of points.slice(0, 100)) queryNearby(index, p, radiusKm);
	const times: number[] = [];
	let hits = 0;
	for (const p of points.slice(100)) {
		const s = performance.now();
		hits += queryNearby(index, p, radiusKm).length;
		times.push(performance.now() - s);
	}
	times.sort((a, b) => a - b);
	// A brute-force scan over a few queries shows what the index saves.
	const bruteTimes: number[] = [];
	for (const p of points.slice(100, 120)) {
		const s = performance.now();
		for (const f of features) {
			const n = nearestOnGeometry(f.geometry, p);
			if (n && n.distanceKm <= radiusKm) hits += 0;
		}
		bruteTimes.push(performance.now() - s);
	}
	bruteTimes.sort((a, b) => a - b);
	rows.push(
		`| ${size.toLocaleString('en')} | ${buildMs.toFixed(0)} | ${percentile(times, 0.5).toFixed(3)} | ${percentile(times, 0.95).toFixed(3)} | ${(hits / queries).toFixed(1)} | ${percentile(bruteTimes, 0.5).toFixed(1)} |`
	);
	process.stderr.write(`${size} features done\n`);
}
process.stdout.write(
	[
		`Nearby query, radius ${radiusKm} km, ${queries} queries per catalogue (node ${process.version})`,
		'',
		'| features | build ms | median ms/query | p95 ms/query | mean hits | brute-force median ms |',
		'|---:|---:|---:|---:|---:|---:|',
		...rows,
		''
	].join('\n')
);
