import { describe, expect, it } from 'vitest';
import {
	changedKeys,
	droppedNotice,
	fitQuery,
	historyMode,
	ignoredNotice,
	quoteValue,
	readSearch,
	serializeQuery,
	unknownKeys
} from '../../src/lib/state/url-params';

describe('readSearch', () => {
	it('reads a normal query', () => {
		const p = readSearch('?lang=en&year=2030&kinds=hsr');
		expect(p.get('lang')).toBe('en');
		expect(p.get('year')).toBe('2030');
	});

	it('tolerates malformed percent-encoding without throwing', () => {
		const p = readSearch('?q=%E0%A4%A&project=%');
		expect(p.has('q')).toBe(true);
		expect(p.get('project')).toBe('%');
	});

	it('cuts absurdly long input before parsing', () => {
		const p = readSearch(`?a=1&b=${'x'.repeat(50_000)}&c=3`, 1000);
		expect(p.get('a')).toBe('1');
		expect(p.get('b')!.length).toBeLessThan(1000);
		expect(p.has('c')).toBe(false);
	});
});

describe('unknownKeys and changedKeys', () => {
	it('lists keys nobody owns, once each', () => {
		expect(unknownKeys(new URLSearchParams('a=1&lang=en&a=2&zz='), ['lang', 'map'])).toEqual(['a', 'zz']);
	});

	it('finds keys whose values differ, including added and removed keys', () => {
		expect(changedKeys('lang=zh&project=a', 'lang=zh&project=b')).toEqual(['project']);
		expect(changedKeys('lang=zh', 'lang=zh&map=8/29/108')).toEqual(['map']);
		expect(changedKeys('lang=zh&tab=nearby', 'lang=en')).toEqual(['lang', 'tab']);
		expect(changedKeys('a=1&b=2', 'b=2&a=1')).toEqual([]);
	});
});

describe('historyMode', () => {
	const continuous = new Set(['map', 'q', 'lang']);
	it('rewrites the entry for camera, search text and language', () => {
		expect(historyMode(['map'], continuous)).toBe('replace');
		expect(historyMode(['lang', 'q'], continuous)).toBe('replace');
	});
	it('makes a new entry when a navigable key changes', () => {
		expect(historyMode(['project'], continuous)).toBe('push');
		expect(historyMode(['map', 'year'], continuous)).toBe('push');
	});
	it('does nothing when nothing changed', () => {
		expect(historyMode([], continuous)).toBe('none');
	});
});

describe('serializeQuery', () => {
	it('keeps separators readable and round-trips', () => {
		const p = new URLSearchParams();
		p.set('lang', 'en');
		p.set('kinds', 'hsr,road');
		p.set('map', '8/29.5/108.8');
		p.set('q', 'a b&c=d#e?f+');
		const text = serializeQuery(p);
		expect(text).toBe('lang=en&kinds=hsr,road&map=8/29.5/108.8&q=a%20b%26c%3Dd%23e%3Ff%2B');
		expect([...new URLSearchParams(text)]).toEqual([...p]);
	});

	it('does not throw on a lone surrogate', () => {
		const p = new URLSearchParams();
		p.set('q', 'x\uD800y');
		expect(() => serializeQuery(p)).not.toThrow();
		expect(new URLSearchParams(serializeQuery(p)).get('q')).toBe('x\uFFFDy');
	});

	it('writes nothing for an empty query', () => {
		expect(serializeQuery(new URLSearchParams())).toBe('');
	});
});

describe('fitQuery', () => {
	it('leaves a short query alone', () => {
		const p = new URLSearchParams('lang=en&project=x');
		const r = fitQuery(p, 30, [], 2000);
		expect(r.dropped).toEqual([]);
		expect(r.params.toString()).toBe(p.toString());
	});

	it('leaves out the longest values first and never the kept keys', () => {
		const p = new URLSearchParams();
		p.set('lang', 'en');
		p.set('project', 'p'.repeat(300));
		p.set('m', '108.1,29.1;'.repeat(150));
		p.set('c', 'c'.repeat(900));
		const r = fitQuery(p, 40, ['lang', 'project'], 2000);
		expect(r.dropped).toEqual(['m']);
		expect(40 + serializeQuery(r.params).length).toBeLessThanOrEqual(2000);
		expect(r.params.get('project')).toBe('p'.repeat(300));
	});

	it('stops when only kept keys remain', () => {
		const p = new URLSearchParams({ lang: 'x'.repeat(3000) });
		expect(fitQuery(p, 10, ['lang'], 2000).dropped).toEqual([]);
	});
});

describe('notices', () => {
	const reason = { zh: '原因', en: 'reason' };

	it('lists ignored parameters in one notice in both languages', () => {
		const n = ignoredNotice([
			{ key: 'year', value: '1999', reason },
			{ key: 'kinds', value: 'bogus', reason }
		]);
		expect(n?.en).toContain('year=1999 (reason)');
		expect(n?.en).toContain('kinds=bogus');
		expect(n?.zh).toContain('year=1999（原因）');
	});

	it('caps the list and counts the rest', () => {
		const many = Array.from({ length: 9 }, (_, i) => ({ key: `k${i}`, value: 'v', reason }));
		const n = ignoredNotice(many, 4)!;
		expect(n.en).toContain('k3=');
		expect(n.en).not.toContain('k4=');
		expect(n.en).toContain('and 5 more');
		expect(n.zh).toContain('另有 5 项');
	});

	it('gives nothing when nothing was ignored', () => {
		expect(ignoredNotice([])).toBeNull();
	});

	it('quotes values short and without control characters', () => {
		expect(quoteValue('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
		expect(quoteValue('a\nb\u0000c')).toBe('a b c');
		expect(quoteValue('<script>')).toBe('<script>');
		const long = ignoredNotice([{ key: 'q', value: 'y'.repeat(5000), reason }])!;
		expect(long.en.length).toBeLessThan(200);
	});

	it('names the keys a shortened link leaves out', () => {
		expect(droppedNotice(['m', 'c']).en).toContain('m, c');
	});
});
