// Shared browser-test helpers: Debian's Chromium through playwright-core, with every request watched.
import { chromium } from 'playwright-core';
import { afterEach } from 'node:test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4173';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

/**
 * Launches Chromium with a fresh profile. Pages draw at half the device pixels of a CSS pixel unless `fullPixels`
 * is set: layout, hit tests, label placement and rendered features are all in CSS pixels and do not change, while
 * software GL fills a quarter of the pixels per frame, which sets the pace of most tests. Tests that judge the pixels
 * themselves (the hillshade, the QR code) ask for full pixels.
 * @param {{ fullPixels?: boolean }} [options]
 */
export async function launch({ fullPixels = false } = {}) {
	return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wuling-e2e-')), {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: fullPixels ? 1 : 0.5,
		locale: 'zh-CN',
		serviceWorkers: 'allow'
	});
}

/** Trackers of every page opened in this file; any CSP violation among them fails the test that caused it. */
const openTrackers = [];

/** Marks a console message as a Content-Security-Policy violation (page, worker or the browser's own report). */
export function isCspMessage(text) {
	return /Content Security Policy|Content-Security-Policy|securitypolicyviolation/i.test(text);
}

afterEach(() => {
	const violations = openTrackers.flatMap((t) => t.csp.splice(0));
	if (violations.length) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
});

/**
 * Opens a page with error and request tracking. Requests to any host but the test server are
 * aborted and recorded, so a test can assert there were none.
 * @param {import('playwright-core').BrowserContext} context
 * @param {{ width: number, height: number }} [viewport]
 */
export async function openPage(context, viewport) {
	const page = await context.newPage();
	if (viewport) await page.setViewportSize(viewport);
	const own = new URL(BASE_URL).host;
	const tracker = { errors: [], consoleErrors: [], external: [], failed: [], requests: [], csp: [] };
	openTrackers.push(tracker);
	page.on('pageerror', (e) => tracker.errors.push(String(e)));
	page.on('console', (m) => {
		if (m.type() === 'error') tracker.consoleErrors.push(m.text());
		if (isCspMessage(m.text())) tracker.csp.push(m.text());
	});
	// The document's violation events, reported through the console so the listener above records them.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(
				`securitypolicyviolation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`
			);
		});
	});
	page.on('requestfailed', (r) => {
		const u = new URL(r.url());
		const why = r.failure()?.errorText ?? '';
		// ERR_ABORTED is a cancellation, not a failure of the site: MapLibre aborts the tile loads it no longer needs,
		// and a navigation, reload or closed page cancels whatever was still loading (tiles, the favicon, the map's
		// worker script: all seen). A request the site could not serve fails otherwise (offline, refused, the
		// offline copy's error), and is recorded.
		if (why === 'net::ERR_ABORTED') return;
		if (u.host === own) tracker.failed.push(`${r.url()} ${why}`);
	});
	await page.route('**/*', (route) => {
		const url = route.request().url();
		tracker.requests.push(url);
		const u = new URL(url);
		if (u.protocol === 'data:' || u.protocol === 'blob:' || u.host === own) return route.continue();
		tracker.external.push(url);
		return route.abort();
	});
	return { page, tracker };
}

/** Waits until the map page reports its map loaded and idle. */
export async function waitForMap(page, timeout = 45000) {
	await page.waitForSelector('[data-ready="true"]', { timeout });
	await page.waitForFunction(
		() => {
			const m = window.__wulingMap;
			return Boolean(m && m.loaded() && m.areTilesLoaded() && !m.isMoving());
		},
		null,
		{ timeout }
	);
	// Let the label placement settle after the first frame.
	await page.evaluate(
		() =>
			new Promise((ok) => {
				const m = window.__wulingMap;
				if (m.loaded()) requestAnimationFrame(() => requestAnimationFrame(ok));
				else m.once('idle', ok);
			})
	);
}

/**
 * How varied an image is, from a downscaled copy drawn in the page: the fraction of sampled pixels that
 * differ from the most common colour (0 when blank) and the number of distinct colours.
 * @param page the page
 * @param dataUrl an image as a data URL, or null for the map's canvas
 * @param size the sample grid
 */
export async function pixelVariety(page, dataUrl = null, size = { w: 64, h: 48 }) {
	return page.evaluate(
		async ({ src, w, h }) => {
			let image = window.__wulingMap?.getCanvas();
			if (src) {
				image = new Image();
				image.src = src;
				await image.decode();
			}
			const c = document.createElement('canvas');
			c.width = w;
			c.height = h;
			const ctx = c.getContext('2d');
			ctx.drawImage(image, 0, 0, w, h);
			const data = ctx.getImageData(0, 0, w, h).data;
			const counts = new Map();
			for (let i = 0; i < data.length; i += 4) {
				const key = `${data[i] >> 3},${data[i + 1] >> 3},${data[i + 2] >> 3}`;
				counts.set(key, (counts.get(key) ?? 0) + 1);
			}
			const top = Math.max(...counts.values());
			return { distinct: counts.size, variety: 1 - top / (w * h) };
		},
		{ src: dataUrl, ...size }
	);
}

/** Pixel variety of the map canvas: 0 for a blank map. */
export const canvasVariety = (page) => pixelVariety(page);

/** The rendered label texts of the given layers in the current view. */
export async function renderedLabels(page, layers) {
	return page.evaluate((ids) => {
		const m = window.__wulingMap;
		const present = ids.filter((id) => m.getLayer(id));
		const feats = m.queryRenderedFeatures({ layers: present });
		// Label layers read ['coalesce', ['get', <shown key>], ['get', <fallback key>]].
		return feats.map((f) => {
			const field = m.getLayoutProperty(f.layer.id, 'text-field');
			const prop = Array.isArray(field) && Array.isArray(field[1]) ? field[1][1] : 'zh';
			return String(f.properties[prop] ?? '');
		});
	}, layers);
}

/** Asserts a tracker saw no page errors, no CSP violation, no failed own requests and no request to another host. */
export function assertClean(assert, tracker) {
	assert.deepEqual(tracker.csp, [], `Content-Security-Policy violations: ${tracker.csp.join('\n')}`);
	assert.deepEqual(tracker.errors, [], `page errors: ${tracker.errors.join('\n')}`);
	assert.deepEqual(tracker.external, [], `requests to other hosts: ${tracker.external.join('\n')}`);
	assert.deepEqual(tracker.failed, [], `failed requests: ${tracker.failed.join('\n')}`);
}

/**
 * Waits until an async condition evaluated in the page is true. Playwright's `waitForFunction` takes the promise an
 * async predicate returns as a truthy value and stops at once, so conditions that need `await` (caches, service
 * worker registrations) are polled here instead.
 * @param page the page
 * @param fn an async function run in the page, resolving to a boolean
 * @param arg its argument
 * @param options `timeout` and `interval` in ms, `what` for the message on timeout
 */
export async function waitForAsync(page, fn, arg, { timeout = 45000, interval = 500, what = 'condition' } = {}) {
	const until = Date.now() + timeout;
	for (;;) {
		if ((await page.evaluate(fn, arg)) === true) return;
		if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
		await new Promise((ok) => setTimeout(ok, interval));
	}
}

/**
 * The properties of the features the map's `projects` source draws now: untagged ones, and those of a year view whose
 * `shown` feature-state is set. Fails if more than one year view is drawn, or another than the labels show.
 */
export async function drawnProjectProperties(page) {
	return page.evaluate(() => {
		const m = window.__wulingMap;
		const year = m.getGlobalState().projectsYear;
		const shown = m
			.querySourceFeatures('projects')
			.filter((f) => f.properties.view === undefined || m.getFeatureState({ source: 'projects', id: f.properties.key }).shown === true);
		const views = new Set(shown.map((f) => f.properties.view).filter((v) => v !== undefined));
		if (views.size > 1 || (views.size === 1 && !views.has(year)))
			throw new Error(`drawn year views ${[...views]} while the labels show ${year}`);
		return shown.map((f) => f.properties);
	});
}
