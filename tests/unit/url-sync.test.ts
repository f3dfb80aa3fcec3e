import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A minimal browser: a location, history writes recorded, and window events. Tests run the server
// build of Svelte, where effects do not run, so they call commit() where the effect would; the
// browser tests (tests/e2e/url.test.mjs) cover the effect itself.
const writes: { mode: 'push' | 'replace'; url: string }[] = [];
const listeners = new Map<string, Set<() => void>>();
let href = 'http://atlas.test/';

vi.mock('$app/environment', () => ({ browser: false }));
vi.mock('$app/navigation', () => ({
	pushState: (url: URL | string) => {
		href = String(url);
		writes.push({ mode: 'push', url: href });
	},
	replaceState: (url: URL | string) => {
		href = String(url);
		writes.push({ mode: 'replace', url: href });
	}
}));

const { UrlSync } = await import('../../src/lib/state/url-sync.svelte');
const { AppState } = await import('../../src/lib/state/app.svelte');
const { CatalogueState } = await import('../../src/lib/state/catalogue.svelte');

function entry(id: string) {
	return { id, name: { zh: id, en: id }, kind: 'hsr', method: 'schematic' } as never;
}

beforeEach(() => {
	vi.useFakeTimers();
	writes.length = 0;
	listeners.clear();
	Object.assign(globalThis, {
		location: {
			get href() {
				return href;
			},
			get pathname() {
				return new URL(href).pathname;
			},
			get search() {
				return new URL(href).search;
			}
		},
		addEventListener: (type: string, fn: () => void) => {
			if (!listeners.has(type)) listeners.set(type, new Set());
			listeners.get(type)!.add(fn);
		},
		removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn)
	});
});

afterEach(() => {
	vi.useRealTimers();
});

function setup(search: string) {
	href = `http://atlas.test/${search}`;
	const app = new AppState();
	const cat = new CatalogueState();
	cat.load([entry('a'), entry('b')], { type: 'FeatureCollection', features: [] });
	const notices: { zh: string; en: string }[] = [];
	const sync = new UrlSync(
		[app, cat],
		(n) => notices.push(n),
		() => null
	);
	return { app, cat, notices, sync };
}

describe('UrlSync', () => {
	it('applies the valid parameters, reports the others in one notice and tidies the URL in place', () => {
		const { app, cat, notices, sync } = setup('?lang=en&year=1999&kinds=bogus,hsr&map=abc&project=%3Cscript%3E&zz=1');
		sync.start();
		expect(app.lang).toBe('en');
		expect(cat.groups).toEqual(['hsr']);
		expect(cat.year).toBe('now');
		expect(cat.selectedId).toBeNull();
		expect(notices).toHaveLength(1);
		for (const part of ['year=1999', 'kinds=bogus', 'map=abc', 'project=<script>', 'zz=1']) {
			expect(notices[0].en).toContain(part);
		}
		expect(writes).toEqual([{ mode: 'replace', url: 'http://atlas.test/?lang=en&kinds=hsr' }]);
		sync.stop();
	});

	it('pushes discrete changes, and only rewrites the entry for search text after a pause', () => {
		const { cat, sync } = setup('?lang=zh');
		sync.start();
		sync.commit();
		expect(writes).toEqual([]);

		cat.select('a');
		sync.commit();
		expect(writes.at(-1)).toEqual({ mode: 'push', url: 'http://atlas.test/?lang=zh&project=a' });

		vi.advanceTimersByTime(1000);
		cat.year = '2030';
		cat.groups = ['hsr', 'road'];
		sync.commit();
		expect(writes.at(-1)).toEqual({
			mode: 'push',
			url: 'http://atlas.test/?lang=zh&project=a&kinds=hsr,road&year=2030'
		});
		const count = writes.length;

		cat.query = 'qian';
		sync.commit();
		cat.query = 'qianjiang';
		sync.commit();
		expect(writes.length).toBe(count);
		vi.advanceTimersByTime(400);
		expect(writes.length).toBe(count + 1);
		expect(writes.at(-1)).toEqual({
			mode: 'replace',
			url: 'http://atlas.test/?lang=zh&project=a&kinds=hsr,road&year=2030&q=qianjiang'
		});
		sync.stop();
	});

	it('joins rapid changes of the same key into one entry', () => {
		const { cat, sync } = setup('?lang=zh');
		sync.start();
		cat.select('a');
		sync.commit();
		cat.select('b');
		sync.commit();
		expect(writes.map((w) => w.mode)).toEqual(['push']);
		vi.advanceTimersByTime(400);
		expect(writes.at(-1)).toEqual({ mode: 'replace', url: 'http://atlas.test/?lang=zh&project=b' });
		sync.stop();
	});

	it('on Back reads the entry without writing a new one', () => {
		const { app, cat, sync } = setup('?lang=en&project=a&year=2025');
		sync.start();
		expect(cat.selectedId).toBe('a');
		writes.length = 0;
		href = 'http://atlas.test/?lang=zh';
		for (const fn of listeners.get('popstate') ?? []) fn();
		sync.commit();
		vi.advanceTimersByTime(1000);
		expect(app.lang).toBe('zh');
		expect(cat.selectedId).toBeNull();
		expect(cat.year).toBe('now');
		expect(writes).toEqual([]);
		sync.stop();
		expect(listeners.get('popstate')?.size).toBe(0);
	});

	it('survives a part that throws', () => {
		href = 'http://atlas.test/?lang=en&x=1';
		const app = new AppState();
		const broken = {
			urlKeys: ['x'] as const,
			readParams: () => {
				throw new Error('not ready');
			},
			writeParams: () => {
				throw new Error('not ready');
			}
		};
		const notices: { en: string }[] = [];
		const sync = new UrlSync(
			[app, broken],
			(n) => notices.push(n),
			() => null
		);
		expect(() => sync.start()).not.toThrow();
		expect(app.lang).toBe('en');
		expect(notices[0].en).toContain('x=1');
		sync.stop();
	});
});

describe('silent drops: every dropped URL parameter raises a notice', () => {
	it('a value a part can only check after its data loads (travel places, assumptions) still gets one notice', async () => {
		const { readFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { TravelState } = await import('../../src/lib/state/travel.svelte');
		const dir = join(import.meta.dirname, '..', 'fixtures', 'network', 'geo');
		const places = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')).places;
		const entries = JSON.parse(readFileSync(join(dir, 'projects.json'), 'utf8')).projects;
		href = 'http://atlas.test/?tf=qianjiang&tt=atlantis&tm=boat&ta=dwellMin:3,nope:1';
		const app = new AppState();
		const travel = new TravelState();
		const notices: { zh: string; en: string }[] = [];
		const sync = new UrlSync(
			[app, travel],
			(n) => notices.push(n),
			() => null
		);
		sync.start();
		// What needs no data is reported as the link is read, the unknown assumption included…
		expect(notices).toHaveLength(1);
		expect(notices[0].en).toContain('tm=boat');
		expect(notices[0].en).toContain('ta=nope:1');
		travel.attach(places, entries);
		await Promise.resolve();
		// …and a place as soon as the gazetteer is attached (the page does that when its data has loaded).
		expect(notices).toHaveLength(2);
		expect(notices[1].en).toContain('tt=atlantis');
		expect(notices[1].en).not.toContain('ta=');
		expect(notices[1].zh).toContain('没有这个地点');
		sync.stop();
	});

	it('a bad presenter scene number is reported, a good or missing one is not', async () => {
		const { PresentState } = await import('../../src/routes/present/presenter.svelte');
		const scenes = [{}, {}, {}] as never[];
		for (const [value, expected] of [
			['9', 1],
			['0', 1],
			['-1', 1],
			['x', 1],
			['2', 0],
			['1', 0]
		] as const) {
			const s = new PresentState(scenes);
			const seen: string[] = [];
			s.readParams(new URLSearchParams(`scene=${value}`), (key, v, reason) => seen.push(`${key}=${v} ${reason.en}`));
			expect(seen, value).toHaveLength(expected);
			if (expected) expect(seen[0]).toContain('from 1 to 3');
		}
		const quiet: string[] = [];
		new PresentState(scenes).readParams(new URLSearchParams(''), (k) => quiet.push(k));
		expect(quiet).toEqual([]);
	});
});
