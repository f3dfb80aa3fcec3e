/**
 * GCJ-02 ⇄ WGS-84: the public transform between China's obfuscated web-map datum (Amap, Tencent, ECharts maps)
 * and WGS-84, and a check that flags imported data that still sits in GCJ-02.
 */
import type { Feature, Geometry } from 'geojson';
import type { LonLat } from './types';

/** Krasovsky 1940 semi-major axis (m) and eccentricity², the constants of the published algorithm. */
const A = 6378245.0;
// The published constant, digits as printed; a double keeps what it can.
// eslint-disable-next-line no-loss-of-precision
const EE = 0.00669342162296594323;

/**
 * Whether a position lies outside the rough box in which GCJ-02 applies (outside it the datums coincide).
 *
 * @param lonLat - [lon, lat] in degrees
 * @returns true outside China's box
 * @example
 * outOfChina([2.35, 48.85]); // true
 */
export function outOfChina([lon, lat]: LonLat): boolean {
	return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
	let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
	r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
	r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
	r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
	return r;
}

function transformLon(x: number, y: number): number {
	let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
	r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
	r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
	r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
	return r;
}

/**
 * Converts WGS-84 to GCJ-02 (the forward transform, exact by definition).
 *
 * @param lonLat - WGS-84 [lon, lat] in degrees
 * @returns GCJ-02 [lon, lat] in degrees (unchanged outside China)
 * @example
 * wgs84ToGcj02([108.77478, 29.53284]); // ≈ [108.7781, 29.5300]
 */
export function wgs84ToGcj02(lonLat: LonLat): LonLat {
	const [lon, lat] = lonLat;
	if (outOfChina(lonLat)) return [lon, lat];
	const radLat = (lat / 180) * Math.PI;
	let magic = Math.sin(radLat);
	magic = 1 - EE * magic * magic;
	const sqrtMagic = Math.sqrt(magic);
	const dLat = (transformLat(lon - 105, lat - 35) * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
	const dLon = (transformLon(lon - 105, lat - 35) * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
	return [lon + dLon, lat + dLat];
}

/**
 * Converts GCJ-02 to WGS-84 by inverting the forward transform iteratively (to about 1e-9°, i.e. millimetres).
 *
 * @param lonLat - GCJ-02 [lon, lat] in degrees
 * @returns WGS-84 [lon, lat] in degrees (unchanged outside China)
 * @example
 * gcj02ToWgs84(wgs84ToGcj02([108.77478, 29.53284])); // ≈ [108.77478, 29.53284]
 */
export function gcj02ToWgs84(lonLat: LonLat): LonLat {
	if (outOfChina(lonLat)) return [lonLat[0], lonLat[1]];
	let w: LonLat = [lonLat[0], lonLat[1]];
	for (let i = 0; i < 30; i++) {
		const g = wgs84ToGcj02(w);
		const dx = g[0] - lonLat[0];
		const dy = g[1] - lonLat[1];
		w = [w[0] - dx, w[1] - dy];
		if (Math.abs(dx) < 1e-10 && Math.abs(dy) < 1e-10) break;
	}
	return w;
}

/** Result of {@link detectGcj02}. */
export interface Gcj02Check {
	/** True when the input looks like GCJ-02. */
	likely: boolean;
	/** Vertices that lay within `matchRadiusM` of a reference point. */
	matched: number;
	/** Median distance of those vertices from their reference point, m. */
	medianOffsetM: number;
	/** Median distance of those vertices from where GCJ-02 would put the reference point, m. */
	medianResidualM: number;
}

/** Metres between two nearby positions (equirectangular; exact enough below a few km). */
function metresBetween(a: LonLat, b: LonLat): number {
	const rad = Math.PI / 180;
	const x = (b[0] - a[0]) * Math.cos(((a[1] + b[1]) / 2) * rad);
	const y = b[1] - a[1];
	return Math.sqrt(x * x + y * y) * rad * 6371008.8;
}

function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const s = [...values].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function* geometryVertices(g: Geometry | null): Generator<LonLat> {
	if (!g) return;
	if (g.type === 'GeometryCollection') {
		for (const m of g.geometries) yield* geometryVertices(m);
		return;
	}
	const stack: unknown[] = [g.coordinates];
	while (stack.length) {
		const c = stack.pop();
		if (Array.isArray(c) && typeof c[0] === 'number') yield [c[0], c[1] as number];
		else if (Array.isArray(c)) for (const x of c) stack.push(x);
	}
}

/**
 * Flags input whose vertices sit consistently 300–700 m off known reference places in the direction GCJ-02 shifts
 * them: the mark of coordinates copied from a Chinese web map. Only vertices within `matchRadiusM` of a reference
 * point are considered, so a line passing near a town counts by its vertex at the town.
 *
 * @param features - imported features
 * @param referencePoints - WGS-84 positions of known places (e.g. the gazetteer's towns)
 * @param options - `matchRadiusM` (default 1500 m), `minMatches` (default 3), `toleranceM` (default 120 m)
 * @returns the verdict and the medians behind it, in metres
 * @example
 * detectGcj02(imported, places.map((p) => [p.lon, p.lat])).likely;
 */
export function detectGcj02(
	features: Feature<Geometry | null>[],
	referencePoints: LonLat[],
	options: { matchRadiusM?: number; minMatches?: number; toleranceM?: number } = {}
): Gcj02Check {
	const matchRadiusM = options.matchRadiusM ?? 1500;
	const minMatches = options.minMatches ?? 3;
	const toleranceM = options.toleranceM ?? 120;
	const refs = referencePoints.filter((r) => Number.isFinite(r[0]) && Number.isFinite(r[1]) && !outOfChina(r));
	const shifted = refs.map(wgs84ToGcj02);
	const degWindow = matchRadiusM / 90000;
	const offsets: number[] = [];
	const residuals: number[] = [];
	let seen = 0;
	for (const f of features) {
		for (const v of geometryVertices(f.geometry)) {
			// A cap keeps the check linear-time on very large imports; a few thousand vertices decide it.
			if (++seen > 20000) break;
			let best = -1;
			let bestM = Infinity;
			for (let i = 0; i < refs.length; i++) {
				if (Math.abs(refs[i][1] - v[1]) > degWindow || Math.abs(refs[i][0] - v[0]) > degWindow * 1.5) continue;
				const m = metresBetween(refs[i], v);
				if (m < bestM) {
					bestM = m;
					best = i;
				}
			}
			if (best < 0 || bestM > matchRadiusM) continue;
			offsets.push(bestM);
			residuals.push(metresBetween(shifted[best], v));
		}
	}
	const medianOffsetM = median(offsets);
	const medianResidualM = median(residuals);
	const likely =
		offsets.length >= minMatches &&
		medianOffsetM >= 300 &&
		medianOffsetM <= 700 &&
		medianResidualM <= toleranceM &&
		medianResidualM < medianOffsetM / 2;
	return { likely, matched: offsets.length, medianOffsetM, medianResidualM };
}
