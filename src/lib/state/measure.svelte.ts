import { measureArea, measurePath } from '../analysis/measure';
import { parseLonLat } from '../analysis/places';
import type { Bilingual } from '../catalogue/types';
import type { LonLat } from '../geo/types';
import type { ParamNotice, UrlStateful } from './url-state';

/** More vertices than anyone draws by hand; keeps the URL and the map source small. */
export const MAX_MEASURE_POINTS = 200;

/**
 * Rounds a position to five decimals of a degree (about a metre): enough for a hand-drawn measurement, short in a link.
 * @param p [lon, lat] in degrees
 * @returns the rounded position
 * @example roundLonLat([108.123456, 29.987654]) // [108.12346, 29.98765]
 */
export function roundLonLat(p: LonLat): LonLat {
	return [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];
}

/**
 * Writes a path as "lon,lat;lon,lat" with five decimals, the form of the `m` URL key and of the text box.
 * @param points vertices, [lon, lat] in degrees
 * @param separator between positions: ';' in the URL, '; ' for reading
 * @returns the text ('' for no points)
 * @example formatPath([[108.77, 29.53], [108.8, 29.3]]) // '108.77,29.53;108.8,29.3'
 */
export function formatPath(points: LonLat[], separator = ';'): string {
	return points.map((p) => roundLonLat(p).join(',')).join(separator);
}

/** The result of {@link parsePath}. */
export type ParsedPath = { ok: true; points: LonLat[] } | { ok: false; error: Bilingual };

/**
 * Reads "lon,lat; lon,lat; ..." (semicolons or new lines between positions) into rounded positions, saying
 * which position is wrong and why.
 * @param text what the user typed or the `m` URL value
 * @returns the positions, or a bilingual message
 * @example parsePath('108.77,29.53; 108.8,29.3') // { ok: true, points: [[108.77, 29.53], [108.8, 29.3]] }
 */
export function parsePath(text: string): ParsedPath {
	const parts = text
		.normalize('NFKC')
		.split(/[;\n]+/)
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
	if (parts.length === 0)
		return {
			ok: false,
			error: {
				zh: '请输入至少一个坐标，例如 108.77,29.53; 108.80,29.30。',
				en: 'Enter at least one position, e.g. 108.77,29.53; 108.80,29.30.'
			}
		};
	if (parts.length > MAX_MEASURE_POINTS)
		return {
			ok: false,
			error: {
				zh: `最多 ${MAX_MEASURE_POINTS} 个点，输入了 ${parts.length} 个。`,
				en: `At most ${MAX_MEASURE_POINTS} points; ${parts.length} were given.`
			}
		};
	const points: LonLat[] = [];
	for (let i = 0; i < parts.length; i++) {
		const r = parseLonLat(parts[i]);
		if (!r.ok) return { ok: false, error: { zh: `第 ${i + 1} 个点：${r.error.message_zh}`, en: `Point ${i + 1}: ${r.error.message_en}` } };
		points.push(roundLonLat(r.lonLat));
	}
	return { ok: true, points };
}

/** Path length and, in area mode, the polygon's area; null parts when there are too few points. */
export interface MeasureResult {
	path: { lengthKm: number; segmentsKm: number[] } | null;
	area: { areaKm2: number; perimeterKm: number } | null;
}

/**
 * Measures points as a path and, when asked, as a closed polygon.
 * @param points vertices, [lon, lat] in degrees
 * @param areaMode whether to measure the closed polygon too
 * @returns lengths in km and area in km² (null where the points do not make one)
 * @example measurePoints([[108, 29], [108, 30]], false).path?.lengthKm // ≈ 111.2
 */
export function measurePoints(points: LonLat[], areaMode: boolean): MeasureResult {
	const path = points.length >= 2 ? measurePath(points) : null;
	let area: MeasureResult['area'] = null;
	if (areaMode && points.length >= 3) {
		try {
			area = measureArea(points);
		} catch {
			// Three points of which two coincide do not enclose anything yet.
			area = null;
		}
	}
	return { path, area };
}

/** The measure tool: the points drawn, area mode and the pointer position for the rubber band. */
export class MeasureState implements UrlStateful {
	readonly urlKeys = ['m', 'ma'] as const;
	points = $state.raw<LonLat[]>([]);
	areaMode = $state(false);
	/** Where the pointer is over the map, for the preview segment; null when it is elsewhere. */
	pointer = $state.raw<LonLat | null>(null);

	result = $derived(measurePoints(this.points, this.areaMode));

	/**
	 * Adds a vertex; returns false when the path is full, the position is not valid, or it repeats the last
	 * vertex (the second click of a double-click would add a 0 km segment).
	 */
	add(p: LonLat): boolean {
		if (this.points.length >= MAX_MEASURE_POINTS) return false;
		if (!Number.isFinite(p[0]) || !Number.isFinite(p[1]) || Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) return false;
		const q = roundLonLat(p);
		const last = this.points[this.points.length - 1];
		if (last && last[0] === q[0] && last[1] === q[1]) return false;
		this.points = [...this.points, q];
		return true;
	}

	/** Removes the last vertex. */
	undo(): void {
		if (this.points.length) this.points = this.points.slice(0, -1);
	}

	/** Removes every vertex. */
	clear(): void {
		this.points = [];
		this.pointer = null;
	}

	/** Replaces the points from text; returns the problem when the text cannot be read (the points stay). */
	setFromText(text: string): Bilingual | null {
		const r = parsePath(text);
		if (!r.ok) return r.error;
		this.points = r.points;
		return null;
	}

	writeParams(params: URLSearchParams): void {
		if (this.points.length) params.set('m', formatPath(this.points));
		else params.delete('m');
		if (this.areaMode) params.set('ma', '1');
		else params.delete('ma');
	}

	readParams(params: URLSearchParams, notice: ParamNotice): void {
		const m = params.get('m');
		if (m === null || m === '') this.points = [];
		else {
			const r = parsePath(m);
			if (r.ok) this.points = r.points;
			else {
				this.points = [];
				notice('m', m.slice(0, 60), r.error);
			}
		}
		const ma = params.get('ma');
		if (ma === null || ma === '' || ma === '0') this.areaMode = false;
		else if (ma === '1') this.areaMode = true;
		else {
			this.areaMode = false;
			notice('ma', ma, { zh: 'ma 只能是 1（面积）或省略', en: 'ma must be 1 (area) or absent' });
		}
	}
}
