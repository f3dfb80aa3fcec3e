/**
 * Elevation profiles: heights sampled along a line from the terrain grid, with the figures a planner reads off
 * one (highest and lowest point, total climb and descent, the steepest stretch). Every figure is computed from a
 * 2 km grid that smooths valleys and ridges away, and says so.
 */
import { distance } from '@turf/turf';
import type { Feature, LineString } from 'geojson';
import type { LonLat } from '../geo/types';
import type { HeightSampler } from '../geo/terrain-grid';

/** Ridges and valleys narrower than this are smoothed out of the grid (../shared/data/dem/README.md). */
export const SMOOTHED_BELOW_KM = 5;
/** Length of the window the steepest stretch is measured over, km. */
export const STEEPEST_WINDOW_KM = 10;
/** Samples per grid cell: two, so that no cell is skipped between samples. */
const SAMPLES_PER_CELL = 2;
/** At most this many samples, whatever the line's length: the step grows for very long lines. */
export const MAX_SAMPLES = 5000;

/** One sample of the profile. */
export interface ProfileSample {
	/** Distance from the line's start, km. */
	distanceKm: number;
	/** Height, metres (bilinear between grid cells); null where the grid has no data. */
	heightM: number | null;
	position: LonLat;
}

/** A point of the profile with its height. */
export interface ProfilePoint {
	distanceKm: number;
	heightM: number;
	position: LonLat;
}

/** The stretch of a given length with the largest change of height. */
export interface SteepestStretch {
	startKm: number;
	endKm: number;
	/** Height at the end minus height at the start, metres: negative when the line descends. */
	changeM: number;
	/** changeM over the stretch's length, per cent (signed). */
	gradePercent: number;
}

/** The elevation profile of a line: all figures computed. */
export interface ElevationProfile {
	samples: ProfileSample[];
	/** Great-circle length of the line, km. */
	lengthKm: number;
	/** Distance between samples, km. */
	stepKm: number;
	/** The grid's cell size at the line's middle latitude, km. */
	cellSizeKm: number;
	/** Length of the line with no terrain data under it, km (sample spacing resolution). */
	missingKm: number;
	highest: ProfilePoint | null;
	lowest: ProfilePoint | null;
	/** Sum of the rises between consecutive samples, metres. */
	climbM: number;
	/** Sum of the falls between consecutive samples, metres (positive). */
	descentM: number;
	/** The steepest {@link STEEPEST_WINDOW_KM} km; null when the line is shorter or has gaps everywhere. */
	steepest: SteepestStretch | null;
	windowKm: number;
	/** What the grid cannot show, with the cell size filled in. */
	caveat: { zh: string; en: string };
}

const km = { units: 'kilometers' as const };

/**
 * The caveat that goes with every profile.
 *
 * @param cellSizeKm - the grid's cell size, km
 * @returns zh and en text
 * @example
 * profileCaveat(2.13).en; // 'Terrain from a 2.1 km grid: valleys and ridges narrower than about 5 km are not shown.'
 */
export function profileCaveat(cellSizeKm: number): { zh: string; en: string } {
	const c = cellSizeKm.toFixed(1);
	return {
		zh: `地形取自 ${c} 公里网格（计算值）：宽度小于约 ${SMOOTHED_BELOW_KM} 公里的河谷和山脊显示不出来，谷底偏高、山顶偏低。`,
		en: `Terrain from a ${c} km grid: valleys and ridges narrower than about ${SMOOTHED_BELOW_KM} km are not shown (valleys read high, peaks low).`
	};
}

/** Positions at fixed distances along a path, with the path's total length. */
function walk(coords: LonLat[], stepKm: number): { at: { distanceKm: number; position: LonLat }[]; lengthKm: number } {
	const seg = coords.slice(1).map((p, i) => distance(coords[i], p, km));
	const lengthKm = seg.reduce((a, b) => a + b, 0);
	const at: { distanceKm: number; position: LonLat }[] = [];
	let i = 0;
	let before = 0;
	const n = Math.floor(lengthKm / stepKm + 1e-9);
	for (let k = 0; k <= n; k++) {
		const d = k * stepKm;
		while (i < seg.length - 1 && before + seg[i] < d) before += seg[i++];
		const f = seg[i] > 0 ? Math.min(1, Math.max(0, (d - before) / seg[i])) : 0;
		const [a, b] = [coords[i], coords[i + 1]];
		// Linear in degrees within one segment: for the segment lengths drawn here the difference from the
		// great circle is metres, far below the grid's cell.
		at.push({ distanceKm: d, position: [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f] });
	}
	if (lengthKm - n * stepKm > 1e-6) at.push({ distanceKm: lengthKm, position: coords[coords.length - 1] });
	return { at, lengthKm };
}

function steepestStretch(samples: ProfileSample[], windowKm: number): SteepestStretch | null {
	let best: SteepestStretch | null = null;
	let j = 0;
	let gapAt = -1; // index of the last sample without data seen while advancing j
	for (let i = 0; i < samples.length; i++) {
		if (samples[i].heightM === null) continue;
		if (j < i) j = i;
		while (j < samples.length && samples[j].distanceKm - samples[i].distanceKm < windowKm - 1e-9) {
			if (samples[j].heightM === null) gapAt = j;
			j++;
		}
		if (j >= samples.length) break;
		if (gapAt > i || samples[j].heightM === null) continue;
		const changeM = (samples[j].heightM as number) - (samples[i].heightM as number);
		const lengthM = (samples[j].distanceKm - samples[i].distanceKm) * 1000;
		if (!best || Math.abs(changeM) > Math.abs(best.changeM))
			best = { startKm: samples[i].distanceKm, endKm: samples[j].distanceKm, changeM, gradePercent: (100 * changeM) / lengthM };
	}
	return best;
}

/**
 * Samples the height along a line at a fixed step of half a grid cell and sums up the profile.
 *
 * @param line - the line, WGS-84 [lon, lat] in degrees (a Feature or a bare LineString)
 * @param sampler - heights from the terrain grid
 * @param options - `windowKm`: length of the steepest stretch (default 10 km)
 * @returns the sampled series (km, m) and its figures, all computed
 * @throws RangeError for a line with fewer than two positions or an invalid one
 * @example
 * const p = elevationProfile(line, await nodeTerrainGrid(line.coordinates));
 * p.highest?.heightM; // metres
 * p.steepest?.gradePercent; // per cent over 10 km
 */
export function elevationProfile(
	line: Feature<LineString> | LineString,
	sampler: HeightSampler,
	options: { windowKm?: number } = {}
): ElevationProfile {
	const geometry = line.type === 'Feature' ? line.geometry : line;
	const coords = geometry.coordinates.map((p) => [p[0], p[1]] as LonLat);
	if (coords.length < 2) throw new RangeError('a profile needs a line of at least two positions');
	coords.forEach((c, i) => {
		if (!Number.isFinite(c[0]) || !Number.isFinite(c[1]) || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 85)
			throw new RangeError(`position ${i + 1} is not a valid [lon, lat]`);
	});
	const windowKm = options.windowKm ?? STEEPEST_WINDOW_KM;
	const lats = coords.map((c) => c[1]);
	const cellSizeKm = sampler.cellSizeKm((Math.min(...lats) + Math.max(...lats)) / 2);
	let lengthKm = 0;
	for (let i = 1; i < coords.length; i++) lengthKm += distance(coords[i - 1], coords[i], km);
	const stepKm = Math.max(cellSizeKm / SAMPLES_PER_CELL, lengthKm / (MAX_SAMPLES - 1));

	const { at } = walk(coords, stepKm);
	const samples: ProfileSample[] = at.map(({ distanceKm, position }) => ({ distanceKm, position, heightM: sampler.heightAt(position) }));

	let highest: ProfilePoint | null = null;
	let lowest: ProfilePoint | null = null;
	let climbM = 0;
	let descentM = 0;
	let missingKm = 0;
	samples.forEach((s, k) => {
		if (s.heightM === null) {
			// Each missing sample stands for the stretch up to the next sample.
			missingKm += (samples[k + 1]?.distanceKm ?? lengthKm) - s.distanceKm;
			return;
		}
		const point = { distanceKm: s.distanceKm, heightM: s.heightM, position: s.position };
		if (!highest || s.heightM > highest.heightM) highest = point;
		if (!lowest || s.heightM < lowest.heightM) lowest = point;
		const prev = samples[k - 1]?.heightM;
		if (prev !== undefined && prev !== null) {
			if (s.heightM > prev) climbM += s.heightM - prev;
			else descentM += prev - s.heightM;
		}
	});

	return {
		samples,
		lengthKm,
		stepKm,
		cellSizeKm,
		missingKm: Math.min(lengthKm, missingKm),
		highest,
		lowest,
		climbM,
		descentM,
		steepest: lengthKm >= windowKm ? steepestStretch(samples, windowKm) : null,
		windowKm,
		caveat: profileCaveat(cellSizeKm)
	};
}

/**
 * The profile's figures without the series, rounded for export (metres to 1, km to 0.01).
 *
 * @param p - a profile
 * @returns a plain object for JSON or GeoJSON properties
 * @example
 * profileSummary(p).climb_m; // 1234
 */
export function profileSummary(p: ElevationProfile) {
	const r2 = (v: number) => Math.round(v * 100) / 100;
	const point = (q: ProfilePoint | null) =>
		q && {
			distance_km: r2(q.distanceKm),
			height_m: Math.round(q.heightM),
			lon: Math.round(q.position[0] * 1e5) / 1e5,
			lat: Math.round(q.position[1] * 1e5) / 1e5
		};
	return {
		computed: true,
		source: 'SRTM30_PLUS (Scripps/UCSD), from NASA SRTM30',
		cell_size_km: r2(p.cellSizeKm),
		step_km: r2(p.stepKm),
		length_km: r2(p.lengthKm),
		missing_km: r2(p.missingKm),
		highest: point(p.highest),
		lowest: point(p.lowest),
		climb_m: Math.round(p.climbM),
		descent_m: Math.round(p.descentM),
		steepest: p.steepest && {
			window_km: p.windowKm,
			start_km: r2(p.steepest.startKm),
			end_km: r2(p.steepest.endKm),
			change_m: Math.round(p.steepest.changeM),
			grade_percent: Math.round(p.steepest.gradePercent * 100) / 100
		},
		caveat_zh: p.caveat.zh,
		caveat_en: p.caveat.en
	};
}

/**
 * The sampled series, rounded for export: [distance km, height m or null] pairs.
 *
 * @param p - a profile
 * @returns pairs in order along the line
 * @example
 * profileSeries(p)[0]; // [0, 899]
 */
export function profileSeries(p: ElevationProfile): [number, number | null][] {
	return p.samples.map((s) => [Math.round(s.distanceKm * 1000) / 1000, s.heightM === null ? null : Math.round(s.heightM)]);
}

/** A point of a profile chart: distance along the line, km, and height, m. */
export interface ChartPoint {
	d: number;
	h: number;
}

/**
 * The profile as the runs of a chart line: consecutive samples with data (the line breaks where the terrain has
 * none), reduced to at most four points per chart column (first, lowest, highest, last, in order), so that drawing
 * costs the chart's width, not the line's length, and no peak or trough is lost.
 *
 * @param p - a profile
 * @param columns - the chart's width in columns (drawing units)
 * @returns runs of chart points in distance order
 * @example
 * profileChartRuns(p, 300).flat().length; // at most 1200 however many samples p has
 */
export function profileChartRuns(p: Pick<ElevationProfile, 'samples' | 'lengthKm'>, columns: number): ChartPoint[][] {
	const cols = Math.max(1, Math.floor(columns));
	const width = p.lengthKm > 0 ? p.lengthKm / cols : 1;
	const out: ChartPoint[][] = [];
	let run: ChartPoint[] = [];
	let bucket: ChartPoint[] = [];
	let bucketCol = -1;
	const flushBucket = () => {
		if (!bucket.length) return;
		const first = bucket[0];
		const last = bucket[bucket.length - 1];
		let lo = first;
		let hi = first;
		for (const q of bucket) {
			if (q.h < lo.h) lo = q;
			if (q.h > hi.h) hi = q;
		}
		const keep = [first, lo, hi, last].filter((q, i, all) => all.indexOf(q) === i).sort((a, b) => a.d - b.d);
		run.push(...keep);
		bucket = [];
	};
	const endRun = () => {
		flushBucket();
		if (run.length) out.push(run);
		run = [];
		bucketCol = -1;
	};
	for (const s of p.samples) {
		if (s.heightM === null) {
			endRun();
			continue;
		}
		const col = Math.min(cols - 1, Math.floor(s.distanceKm / width));
		if (col !== bucketCol) {
			flushBucket();
			bucketCol = col;
		}
		bucket.push({ d: s.distanceKm, h: s.heightM });
	}
	endRun();
	return out;
}
