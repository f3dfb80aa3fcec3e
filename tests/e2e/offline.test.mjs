// After one visit the service worker keeps the map working with no network at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, canvasVariety, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

test('the map opens offline after one visit', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	// Ready means installed, i.e. everything precached; a reload puts the page under its control.
	const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
	assert.equal(scope, `${BASE_URL}/`);
	await page.reload();
	await waitForMap(page);
	assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'page is controlled');
	const manifest = await page.evaluate(async () => (await fetch('geo/manifest.json')).json());
	// The report cards are not part of the install; their indexes are. A card opened online is kept.
	const storedCards = () =>
		page.evaluate(async () => {
			const cache = await caches.open((await caches.keys()).find((k) => k.startsWith('wuling-atlas-')));
			return (await cache.keys())
				.map((r) => new URL(r.url).pathname)
				.filter((p) => /\/places\//.test(p) && !p.endsWith('__data.json'))
				.sort();
		});
	assert.deepEqual(await storedCards(), ['/en/places/', '/places/'], 'only the card indexes are stored at install');
	// Opened in a second tab, so this page keeps its map for the offline reload below.
	const tab = await context.newPage();
	await tab.goto(`${BASE_URL}/places/qianjiang-zhuoshui/`);
	const cardTitle = await tab.locator('h1').textContent();
	assert.match(cardTitle, /濯水/);
	await tab.close();
	assert.deepEqual(await storedCards(), ['/en/places/', '/places/', '/places/qianjiang-zhuoshui/']);

	await context.setOffline(true);
	const fromWorker = [];
	page.on('response', (r) => {
		if (r.url().startsWith(BASE_URL) && r.fromServiceWorker()) fromWorker.push(r.url());
	});
	await page.reload();
	await waitForMap(page);

	assert.equal(await page.evaluate(() => navigator.onLine), false, 'the browser is offline');
	const { variety } = await canvasVariety(page);
	assert.ok(variety > 0.15, `offline map looks blank (variety ${variety})`);
	const layers = await page.evaluate(() => window.__wulingMap.getStyle().layers.map((l) => l.id));
	assert.ok(layers.includes('basemap-hillshade') && layers.includes('basemap-place-label-major'));
	assert.ok(
		fromWorker.some((u) => new URL(u).pathname === '/'),
		'the page came from the service worker'
	);
	assert.ok(
		fromWorker.some((u) => u.includes('/geo/boundaries.topo.json')),
		'the data came from the service worker'
	);
	assert.ok(
		fromWorker.some((u) => u.includes('/_app/immutable/')),
		'the code came from the service worker'
	);
	assert.deepEqual(tracker.failed, [], `failed own requests offline: ${tracker.failed.join('\n')}`);

	// A link with state still opens offline, since pages are looked up without their query.
	await page.goto(`${BASE_URL}/?lang=en&year=2030`);
	await waitForMap(page);
	assert.equal(await page.locator('[data-testid="year-control"] [aria-checked="true"]').textContent(), '2030');

	// Other pages were stored at install too.
	await page.goto(`${BASE_URL}/about/`);
	assert.match(await page.locator('h1').textContent(), /Wuling Atlas/);
	assert.ok((await page.content()).includes(manifest.dataDate), 'the about page shows the data date');

	// The card opened online opens offline; one never opened says so in its language, with a way back.
	await page.goto(`${BASE_URL}/places/qianjiang-zhuoshui/`);
	assert.equal(await page.locator('h1').textContent(), cardTitle);
	await page.goto(`${BASE_URL}/en/places/pengshui/`);
	assert.equal(await page.locator('h1').textContent(), 'This report card is not saved for offline use');
	await page.getByRole('link', { name: 'All report cards' }).click();
	await page.waitForURL(`${BASE_URL}/en/places/`);
	assert.match(await page.locator('h1').textContent(), /report cards/i);
	await page.goto(`${BASE_URL}/places/pengshui/`);
	assert.equal(await page.locator('h1').textContent(), '这张乡镇卡片还没有离线副本');

	// Proof that the network really is gone: a file left out of the install cannot be fetched.
	const probe = await page.evaluate(async () => {
		try {
			const res = await fetch(`geo/sources/000_93a10bea26a22d01.txt?offline-probe=${Date.now()}`);
			return res.ok ? 'fetched' : `status ${res.status}`;
		} catch {
			return 'failed';
		}
	});
	assert.equal(probe, 'failed');
	tracker.failed = tracker.failed.filter((f) => !f.includes('offline-probe'));

	await context.setOffline(false);
	assertClean(assert, tracker);
	await page.close();
});

test('the web app manifest and its icons are served and linked', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	assert.ok(href, 'manifest link present');
	const manifestUrl = new URL(href, page.url()).href;
	const manifest = await page.evaluate(async (u) => (await fetch(u)).json(), manifestUrl);
	assert.equal(manifest.display, 'standalone');
	assert.ok(manifest.name.includes('Wuling Atlas'));
	for (const icon of manifest.icons) {
		const status = await page.evaluate(async (u) => (await fetch(u)).status, new URL(icon.src, manifestUrl).href);
		assert.equal(status, 200, `icon ${icon.src}`);
	}
	assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.type === 'image/png'));
	assertClean(assert, tracker);
	await page.close();
});
