import { describe, expect, it } from 'vitest';
import {
	cleanName,
	decodeCoords,
	decodeCorridorsParam,
	encodeCoords,
	encodeCorridorsParam,
	makeCorridorId,
	nextColour,
	parseBufferKm,
	parseCompared,
	parseStored,
	safeFileName,
	serializeStored,
	splitPlaceList,
	type Corridor
} from '../../src/lib/state/corridor-codec';

const qianjiangJishou: Corridor = {
	id: 'qj1',
	name: '黔江—吉首（示意）',
	origin: 'places',
	colour: 2,
	coords: [
		[108.77478, 29.53284],
		[109.73346, 28.31925]
	]
};

const sketch: Corridor = {
	id: 'sk2',
	name: 'Sketch <b>&"',
	origin: 'drawn',
	colour: 0,
	coords: [
		[108.6, 29.4],
		[108.71234, 29.45678],
		[108.9, 29.2],
		[-0.00001, -45.5]
	]
};

describe('coordinate encoding', () => {
	it('round-trips positions at 5 decimals, including negatives and zero deltas', () => {
		const coords: [number, number][] = [
			[108.77478, 29.53284],
			[108.77478, 29.53284],
			[-179.99999, -89.99999],
			[180, 90],
			[0, 0]
		];
		expect(decodeCoords(encodeCoords(coords))).toEqual(coords);
	});

	it('rounds to 5 decimals', () => {
		expect(decodeCoords(encodeCoords([[108.123456789, 29.000004]]))).toEqual([[108.12346, 29]]);
	});

	it('uses only characters a query string leaves alone', () => {
		const text = encodeCoords(sketch.coords);
		expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
		expect(new URLSearchParams({ c: text }).toString()).toBe(`c=${text}`);
	});

	it('refuses malformed text and out-of-range positions', () => {
		expect(decodeCoords('A!')).toBeNull();
		// A continuation digit with nothing after it.
		expect(decodeCoords('AAg')).toBeNull();
		// An odd number of values.
		expect(decodeCoords('A')).toBeNull();
		// 200° of longitude.
		expect(decodeCoords(encodeCoords([[100, 0]]) + encodeCoords([[100, 0]]))).toBeNull();
	});
});

describe('the c link parameter', () => {
	it('round-trips names (any Unicode), origins, colours and coordinates', () => {
		const { value, included, omitted } = encodeCorridorsParam([qianjiangJishou, sketch]);
		expect(included).toEqual(['qj1', 'sk2']);
		expect(omitted).toEqual([]);
		const back = decodeCorridorsParam(value);
		expect(back.problems).toEqual([]);
		expect(back.corridors).toEqual([qianjiangJishou, sketch]);
	});

	it('is compact and passes through URLSearchParams unescaped', () => {
		const { value } = encodeCorridorsParam([qianjiangJishou]);
		const naive = new URLSearchParams({ c: JSON.stringify({ n: qianjiangJishou.name, c: qianjiangJishou.coords }) }).toString();
		expect(value.length).toBeLessThan(naive.length / 2);
		const params = new URLSearchParams();
		params.set('c', value);
		expect(params.toString()).toBe(`c=${value}`);
		expect(new URLSearchParams(params.toString()).get('c')).toBe(value);
	});

	it('leaves out whole corridors beyond the length limit and says which', () => {
		const long: Corridor = {
			...sketch,
			id: 'long',
			coords: Array.from({ length: 400 }, (_, i) => [108 + i * 0.0137, 29 + ((i * 7919) % 100) * 0.0011] as [number, number])
		};
		const full = encodeCorridorsParam([qianjiangJishou, long, sketch]);
		const limited = encodeCorridorsParam([qianjiangJishou, long, sketch], 200);
		expect(full.value.length).toBeGreaterThan(200);
		expect(limited.value.length).toBeLessThanOrEqual(200);
		expect(limited.included).toEqual(['qj1', 'sk2']);
		expect(limited.omitted).toEqual(['long']);
		expect(decodeCorridorsParam(limited.value).corridors.map((c) => c.id)).toEqual(['qj1', 'sk2']);
	});

	it('refuses a value over the limit as a whole', () => {
		const r = decodeCorridorsParam('x'.repeat(7000));
		expect(r.corridors).toEqual([]);
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].en).toMatch(/limit/);
	});

	it('skips broken corridors, keeps the good ones, and reports each problem in both languages', () => {
		const good = encodeCorridorsParam([qianjiangJishou]).value;
		const onePoint = encodeCorridorsParam([{ ...sketch, id: 'one', coords: [[108, 29]] }]).value;
		const value = [good, 'zz*d0*@@*AAAA', onePoint, good, 'BAD ID*d0**AAAA'].join('.');
		const r = decodeCorridorsParam(value);
		expect(r.corridors.map((c) => c.id)).toEqual(['qj1']);
		expect(r.problems).toHaveLength(4);
		for (const p of r.problems) {
			expect(p.zh.length).toBeGreaterThan(0);
			expect(p.en.length).toBeGreaterThan(0);
		}
		expect(r.problems.map((p) => p.en).join('\n')).toMatch(/repeats an id/);
	});

	it('does not throw on hostile input', () => {
		for (const v of ['', '.', '***', '.'.repeat(50), 'a*d0*%%%*A', 'a*x9*AA*AAAA', '\u0000*d0*AA*AA'])
			expect(() => decodeCorridorsParam(v)).not.toThrow();
	});
});

describe('cb and cc parameters', () => {
	it('accepts buffers within 1–30 km only', () => {
		expect(parseBufferKm('5')).toBe(5);
		expect(parseBufferKm('12.5')).toBe(12.5);
		expect(parseBufferKm('30')).toBe(30);
		for (const bad of ['0', '0.5', '31', '-3', 'abc', '', '5km', '1e1']) expect(parseBufferKm(bad)).toBeNull();
	});

	it('keeps up to three known ids and reports unknown ones', () => {
		expect(parseCompared('a,b,zz,a,c,d', ['a', 'b', 'c', 'd'])).toEqual({ ids: ['a', 'b', 'c'], unknown: ['zz'] });
	});
});

describe('localStorage form', () => {
	it('round-trips corridors, buffer, comparison and selection', () => {
		const data = { corridors: [qianjiangJishou, sketch], bufferKm: 12, compared: ['sk2', 'qj1'], selectedId: 'sk2' };
		const r = parseStored(serializeStored(data));
		expect(r).toEqual({ ok: true, data, dropped: 0 });
	});

	it('treats nothing stored as empty with the default buffer', () => {
		const r = parseStored(null);
		expect(r.ok && r.data).toEqual({ corridors: [], bufferKm: 5, compared: [], selectedId: null });
	});

	it('refuses corrupted text and other versions without throwing', () => {
		for (const text of ['{"v":1,', 'null', '[1,2]', '"text"', JSON.stringify({ v: 99, corridors: [] })]) {
			const r = parseStored(text);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.problem.en).toMatch(/ignored/);
		}
	});

	it('drops single bad corridors and ids that no longer exist', () => {
		const text = JSON.stringify({
			v: 1,
			bufferKm: 99,
			corridors: [
				qianjiangJishou,
				{
					id: 'x',
					origin: 'drawn',
					coords: [
						[500, 0],
						[0, 0]
					]
				},
				{ ...sketch, id: 'qj1' }
			],
			compared: ['qj1', 'x', 'gone'],
			selectedId: 'x'
		});
		const r = parseStored(text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.data.corridors.map((c) => c.id)).toEqual(['qj1']);
		expect(r.dropped).toBe(2);
		expect(r.data.bufferKm).toBe(5);
		expect(r.data.compared).toEqual(['qj1']);
		expect(r.data.selectedId).toBeNull();
	});
});

describe('helpers', () => {
	it('makes ids that are new and well formed', () => {
		let i = 0;
		const seq = [0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5];
		const id = makeCorridorId(new Set(['00000']), () => seq[i++ % seq.length]);
		expect(id).toBe('iiiii');
		expect(makeCorridorId(new Set())).toMatch(/^[a-z0-9]{5}$/);
	});

	it('picks the first unused colour', () => {
		expect(nextColour([])).toBe(0);
		expect(nextColour([{ colour: 0 }, { colour: 2 }])).toBe(1);
	});

	it('makes file names safe and keeps Chinese', () => {
		expect(safeFileName('黔江/吉首 <test>', 'kml')).toBe('黔江_吉首-_test_.kml');
		expect(safeFileName('../../etc/passwd', 'csv')).toBe('etc_passwd.csv');
		expect(safeFileName('???', 'geojson')).toBe('corridor.geojson');
		expect(safeFileName('a'.repeat(200), 'csv')).toBe(`${'a'.repeat(60)}.csv`);
	});

	it('cleans names of control characters and extra space', () => {
		expect(cleanName('  a\u0000\n b ')).toBe('a b');
		expect(cleanName(42)).toBe('');
		expect([...cleanName('长'.repeat(100))]).toHaveLength(80);
	});

	it('splits typed place lists on commas, arrows and dashes', () => {
		expect(splitPlaceList('黔江→酉阳，吉首')).toEqual(['黔江', '酉阳', '吉首']);
		expect(splitPlaceList('Qianjiang District, Jishou')).toEqual(['Qianjiang District', 'Jishou']);
		expect(splitPlaceList('qianjiang -> jishou')).toEqual(['qianjiang', 'jishou']);
		expect(splitPlaceList(' , ')).toEqual([]);
	});
});
