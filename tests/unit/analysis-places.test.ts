import { describe, expect, it } from 'vitest';
import { parseLonLat, resolvePlace, searchPlaces } from '../../src/lib/analysis/places';
import type { Place } from '../../src/lib/geo/types';
import { fixturePlaces } from '../fixtures/analysis/load';

const places = fixturePlaces();
const first = (q: unknown) => searchPlaces(places, q)[0]?.place.id;

describe('searchPlaces', () => {
	it('finds a place by zh with or without its suffix, pinyin and English, in any case', () => {
		for (const q of ['濯水', '濯水镇', 'zhuoshui', 'Zhuoshui', 'ZHUOSHUI', ' zhuo shui ', 'qianjiang-zhuoshui'])
			expect(first(q), q).toBe('qianjiang-zhuoshui');
		for (const q of ['黔江', '黔江区', 'qianjiang', 'Qianjiang']) expect(first(q), q).toBe('qianjiang');
		expect(first('杉岭')).toBe('qianjiang-shanling');
		expect(first('吉首')).toBe('jishou');
	});

	it('ranks exact before prefix before substring before fuzzy', () => {
		const hits = searchPlaces(places, 'shi', 50);
		const order = { exact: 0, prefix: 1, substring: 2, fuzzy: 3 };
		for (let i = 1; i < hits.length; i++) expect(order[hits[i].quality]).toBeGreaterThanOrEqual(order[hits[i - 1].quality]);
		expect(hits[0].quality).toBe('prefix');
		expect(hits.map((h) => h.place.id)).toContain('qianjiang-baishi');
		const q = searchPlaces(places, 'qianjiang', 5);
		expect(q[0]).toMatchObject({ quality: 'exact' });
		expect(q[0].place.id).toBe('qianjiang');
	});

	it('forgives one typo in a longer name', () => {
		expect(searchPlaces(places, 'zhuoshiu')[0]).toMatchObject({ quality: 'fuzzy', place: { id: 'qianjiang-zhuoshui' } });
		expect(searchPlaces(places, 'xiaonanhia')[0]?.place.id).toBe('qianjiang-xiaonanhai');
	});

	it('puts the more important place first among equal matches', () => {
		const twins: Place[] = [
			{ ...places[1], id: 'a', zh: '石家镇', pinyin: 'shijia', en: 'Shijia', rank: 4 },
			{ ...places[1], id: 'b', zh: '石家', pinyin: 'shijia', en: 'Shijia', rank: 3 }
		];
		expect(searchPlaces(twins, 'shijia').map((h) => h.place.id)).toEqual(['b', 'a']);
	});

	it('is safe for any input', () => {
		for (const q of [
			undefined,
			null,
			42,
			{},
			[],
			'',
			'   ',
			'.*',
			'(',
			'\\',
			'\u0000',
			'__proto__',
			'𠮷'.repeat(1000),
			'a'.repeat(10_000_000)
		])
			expect(() => searchPlaces(places, q)).not.toThrow();
		expect(searchPlaces(places, '.*')).toEqual([]);
		expect(searchPlaces(places, '')).toEqual([]);
		expect(searchPlaces(places, 42)).toEqual([]);
		expect(searchPlaces(places, 'zhuoshui', 0)).toEqual([]);
	});
});

describe('resolvePlace', () => {
	it('returns the place for an exact name', () => {
		const r = resolvePlace(places, 'Zhuoshui');
		expect('suggestions' in r).toBe(false);
		expect((r as Place).zh).toBe('濯水镇');
	});

	it('returns close matches for an unknown name', () => {
		const r = resolvePlace(places, 'Zhuoshuii town');
		expect('suggestions' in r).toBe(true);
		const fuzzy = resolvePlace(places, 'zhuoshiu');
		expect('suggestions' in fuzzy && fuzzy.suggestions.map((p) => p.id)).toContain('qianjiang-zhuoshui');
		expect(resolvePlace(places, 'zzzzzz')).toEqual({ suggestions: [] });
	});

	it('asks when two places of equal rank share the name', () => {
		const twins: Place[] = [
			{ ...places[1], id: 'a', zh: '石家镇', pinyin: 'shijia', en: 'Shijia', county: '黔江区' },
			{ ...places[1], id: 'b', zh: '石家镇', pinyin: 'shijia', en: 'Shijia', county: '万州区' }
		];
		const r = resolvePlace(twins, '石家');
		expect('suggestions' in r && r.suggestions.map((p) => p.id)).toEqual(['a', 'b']);
	});
});

describe('parseLonLat', () => {
	it('reads lon,lat with commas, full-width commas or spaces', () => {
		expect(parseLonLat('108.7702,29.30309')).toEqual({ ok: true, lonLat: [108.7702, 29.30309] });
		expect(parseLonLat(' 108.77 , 29.3 ')).toEqual({ ok: true, lonLat: [108.77, 29.3] });
		expect(parseLonLat('108.77，29.3')).toEqual({ ok: true, lonLat: [108.77, 29.3] });
		expect(parseLonLat('108.77 29.3')).toEqual({ ok: true, lonLat: [108.77, 29.3] });
		expect(parseLonLat('-0.5,-.25')).toEqual({ ok: true, lonLat: [-0.5, -0.25] });
	});

	it('refuses out-of-range values and says why', () => {
		const lat = parseLonLat('108.7,95');
		expect(lat.ok).toBe(false);
		expect(!lat.ok && lat.error.message_en).toContain('Latitude 95');
		const lon = parseLonLat('190,29');
		expect(!lon.ok && lon.error.message_en).toContain('Longitude 190');
		expect(!lon.ok && lon.error.message_zh).toContain('经度');
	});

	it('hints at swapped numbers', () => {
		const r = parseLonLat('29.53,108.77');
		expect(!r.ok && r.error.message_en).toContain('swapped');
	});

	it('refuses text that is not two numbers', () => {
		for (const t of ['', '108.7', '108.7,29.5,3', 'abc,def', '1e3,2', 'NaN,NaN', 'Infinity,0', '108.7,,29.5x', null, 5, 'x'.repeat(1000)])
			expect(parseLonLat(t).ok, String(t).slice(0, 20)).toBe(false);
	});
});
