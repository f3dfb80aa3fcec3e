import { describe, expect, it } from 'vitest';
import { withDataVersion } from '../../src/lib/pwa/data-version';

describe('offline data that updates: data URLs carry the build version', () => {
	it('adds or replaces v, keeping the path, the other parameters and the hash', () => {
		expect(withDataVersion('/geo/places.json', '123')).toBe('/geo/places.json?v=123');
		expect(withDataVersion('http://h/geo/a.json?x=1', '9')).toBe('http://h/geo/a.json?x=1&v=9');
		expect(withDataVersion('/geo/a.json?v=old', 'new')).toBe('/geo/a.json?v=new');
		expect(withDataVersion('/geo/a.json#f', '1')).toBe('/geo/a.json?v=1#f');
		expect(new URL(withDataVersion('/a', 'x y&z'), 'http://h').searchParams.get('v')).toBe('x y&z');
	});
});
