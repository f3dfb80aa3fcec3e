import { describe, expect, it } from 'vitest';
import { coordinateDecimals, formatCamera, normalizeBearing, parseCamera, sameCamera } from '../../src/lib/state/camera';

describe('parseCamera', () => {
	it('reads zoom/lat/lon in the OpenStreetMap order', () => {
		const r = parseCamera('8/29.5/108.8');
		expect(r).toEqual({ ok: true, camera: { center: [108.8, 29.5], zoom: 8, bearing: 0, pitch: 0 } });
	});

	it('reads bearing and pitch when given', () => {
		const r = parseCamera('10.25/29.53/108.77/-45/30');
		expect(r.ok && r.camera).toEqual({ center: [108.77, 29.53], zoom: 10.25, bearing: -45, pitch: 30 });
	});

	it('rejects garbage with a reason in both languages', () => {
		for (const bad of ['abc', '', '8/29.5', '8/29.5/108.8/0/0/0', '8/x/108', '8/29.5/1e2', '8//108', 'NaN/1/2', '8/29.5/108.8/']) {
			const r = parseCamera(bad);
			expect(r.ok, bad).toBe(false);
			if (!r.ok) {
				expect(r.reason.zh.length).toBeGreaterThan(0);
				expect(r.reason.en.length).toBeGreaterThan(0);
			}
		}
	});

	it('rejects values out of range', () => {
		expect(parseCamera('8/95/108').ok).toBe(false);
		expect(parseCamera('8/29/200').ok).toBe(false);
		expect(parseCamera('30/29/108').ok).toBe(false);
		expect(parseCamera('8/29/108/0/90').ok).toBe(false);
		expect(parseCamera('8/29/108/0/-5').ok).toBe(false);
		expect(parseCamera('8/29/108/400').ok).toBe(false);
	});

	it('rejects a centre outside the given bounds and zooms outside the limits', () => {
		const bounds: [number, number, number, number] = [101.5, 24, 116.5, 35];
		expect(parseCamera('8/0/0', { bounds }).ok).toBe(false);
		expect(parseCamera('8/29.5/108.8', { bounds }).ok).toBe(true);
		expect(parseCamera('3/29.5/108.8', { minZoom: 4.5 }).ok).toBe(false);
	});

	it('normalises the bearing', () => {
		const r = parseCamera('8/29.5/108.8/270');
		expect(r.ok && r.camera.bearing).toBe(-90);
	});
});

describe('formatCamera', () => {
	it('writes a compact value, leaving out a zero bearing and pitch', () => {
		expect(formatCamera({ center: [108.8, 29.5], zoom: 8, bearing: 0, pitch: 0 })).toBe('8/29.5/108.8');
	});

	it('rounds coordinates to about a pixel at the zoom level', () => {
		const text = formatCamera({ center: [108.774812345, 29.532812345], zoom: 8.123456, bearing: 0, pitch: 0 });
		expect(text).toBe('8.12/29.533/108.775');
		const close = formatCamera({ center: [108.774812345, 29.532812345], zoom: 14, bearing: 0, pitch: 0 });
		expect(close).toBe('14/29.53281/108.77481');
	});

	it('keeps bearing as a placeholder when only the pitch is set', () => {
		expect(formatCamera({ center: [108.8, 29.5], zoom: 8, bearing: 0, pitch: 40.4 })).toBe('8/29.5/108.8/0/40');
		expect(formatCamera({ center: [108.8, 29.5], zoom: 8, bearing: 359.6, pitch: 0 })).toBe('8/29.5/108.8');
		expect(formatCamera({ center: [108.8, 29.5], zoom: 8, bearing: 359.4, pitch: 0 })).toBe('8/29.5/108.8/-1');
	});

	it('round-trips through parseCamera', () => {
		for (const cam of [
			{ center: [108.77481, 29.53281] as [number, number], zoom: 11.5, bearing: 30, pitch: 20 },
			{ center: [-0.5, -12.25] as [number, number], zoom: 2, bearing: -170, pitch: 0 }
		]) {
			const text = formatCamera(cam);
			const back = parseCamera(text);
			expect(back.ok).toBe(true);
			if (back.ok) expect(sameCamera(back.camera, cam)).toBe(true);
		}
	});
});

describe('helpers', () => {
	it('coordinateDecimals grows with the zoom', () => {
		expect(coordinateDecimals(0)).toBe(1);
		expect(coordinateDecimals(8)).toBe(3);
		expect(coordinateDecimals(14)).toBe(5);
		expect(coordinateDecimals(30)).toBe(6);
	});

	it('normalizeBearing maps into (-180, 180]', () => {
		expect(normalizeBearing(180)).toBe(180);
		expect(normalizeBearing(-180)).toBe(180);
		expect(normalizeBearing(540)).toBe(180);
		expect(normalizeBearing(-90)).toBe(-90);
		expect(normalizeBearing(721)).toBe(1);
	});
});
