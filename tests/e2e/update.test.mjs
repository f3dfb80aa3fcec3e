// Offline data that updates: a visitor of one build who returns after a new build is deployed gets the new build's
// data on that visit, with its data date shown, and offline afterwards still sees one build's files, never a mix.
// Needs a second build of the same tree: `npm run test:update` makes it (build-next/, with a changed data date)
// and runs this file; the main browser run (npm run test:e2e) leaves it out.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { launch, waitForMap, waitForAsync, isCspMessage } from './harness.mjs';

const FIRST = process.env.BUILD_DIR ?? 'build';
const NEXT = process.env.E2E_NEXT_BUILD_DIR ?? 'build-next';
const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4199);

const versionOf = (dir) => JSON.parse(readFileSync(`${dir}/_app/version.json`, 'utf8')).version;
const dataDateOf = (dir) => JSON.parse(readFileSync(`${dir}/geo/manifest.json`, 'utf8')).dataDate;

let context;
/** The server of the build being visited; closed after the test even when it fails, so the port is freed. */
let server;
before(async () => {
	assert.ok(existsSync(`${NEXT}/index.html`), `${NEXT}/ is missing: run npm run test:update`);
	context = await launch();
});
after(async () => {
	await context?.close();
	await server?.close();
});

test('a returning visitor gets the new build and its data on the next visit, and offline never a mix', { timeout: 900_000 }, async () => {
	const first = { version: versionOf(FIRST), dataDate: dataDateOf(FIRST) };
	const next = { version: versionOf(NEXT), dataDate: dataDateOf(NEXT) };
	assert.notEqual(first.version, next.version, 'two builds');
	assert.notEqual(first.dataDate, next.dataDate, 'the second build carries other data');

	// First visit, first build: the service worker installs and stores it.
	server = await serve(FIRST, PORT);
	// This test swaps the server under one origin, so it watches the page itself rather than through openPage
	// (whose routing only lets the main test server through).
	const page = await context.newPage();
	const errors = [];
	const external = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => {
		if (isCspMessage(m.text())) errors.push(m.text());
	});
	const dataRequests = [];
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.protocol.startsWith('http') && u.host !== `127.0.0.1:${PORT}`) external.push(r.url());
		if (r.url().includes('/geo/manifest.json')) dataRequests.push(r.url());
	});
	await page.goto(`${server.url}/?lang=en`);
	await waitForMap(page, 120_000);
	await page.evaluate(async () => navigator.serviceWorker.ready);
	await page.reload();
	await waitForMap(page, 120_000);
	assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'controlled by the first build');
	assert.ok((await page.locator('body').textContent()).includes(`Data as of ${first.dataDate}`), 'the first build shows its data date');
	await server.close();

	// The new build is deployed; the visitor comes back.
	server = await serve(NEXT, PORT);
	dataRequests.length = 0;
	await page.goto(`${server.url}/?lang=en`);
	await waitForMap(page, 120_000);
	const body = await page.locator('body').textContent();
	assert.match(body, new RegExp(next.dataDate), 'the new data date is shown on the next visit');
	// The date is a year or a month, which the page also shows as years of the plans: the phrase names it.
	assert.ok(!body.includes(`Data as of ${first.dataDate}`), 'no old data date anywhere');
	assert.ok(
		dataRequests.length > 0 && dataRequests.every((u) => new URL(u).searchParams.get('v') === next.version),
		dataRequests.join('\n')
	);

	// Wait until the new build's worker has installed and taken over (its activation deletes the old cache),
	// then go offline: the page must be one build's.
	await waitForAsync(
		page,
		async ({ v, old }) => {
			const r = await navigator.serviceWorker.getRegistration();
			const keys = await caches.keys();
			return (
				Boolean(r?.active) && !r?.installing && !r?.waiting && keys.includes(`wuling-atlas-${v}`) && !keys.includes(`wuling-atlas-${old}`)
			);
		},
		{ v: next.version, old: first.version },
		{ timeout: 180_000, interval: 1000, what: "the new build's service worker to take over" }
	);
	await context.setOffline(true);
	dataRequests.length = 0;
	await page.reload();
	await waitForMap(page, 120_000);
	const offline = await page.locator('body').textContent();
	// What the offline page asked for and what the worker holds, for the message when the dates disagree.
	const held = await page.evaluate(async () => {
		const keys = await caches.keys();
		const nav = performance.getEntriesByType('navigation')[0];
		const start = (html) => html.match(/entry\/start\.[\w-]+\.js/)?.[0] ?? null;
		const out = {
			keys,
			manifest: null,
			index: null,
			page: start(document.documentElement.outerHTML),
			navigation: { workerStart: nav?.workerStart, transferSize: nav?.transferSize, deliveryType: nav?.deliveryType },
			controller: navigator.serviceWorker.controller?.scriptURL ?? null
		};
		for (const k of keys) {
			const r = await (await caches.open(k)).match(`${location.origin}/geo/manifest.json`);
			if (r) out.manifest = (await r.json()).dataDate;
			const i = await (await caches.open(k)).match(`${location.origin}/`);
			if (i) out.index = start(await i.text());
		}
		return out;
	});
	const why = `offline requests: ${dataRequests.join(' ')}; caches: ${JSON.stringify(held)}`;
	const shownDates = [first.dataDate, next.dataDate].filter((d) => offline.includes(`Data as of ${d}`));
	assert.equal(shownDates.length, 1, `offline the page shows one build's data date: ${shownDates.join(', ')}; ${why}`);
	// The new build's worker is active and the old cache gone, so the one date shown must be the new build's: its
	// page loaded its data from its own cache.
	assert.equal(shownDates[0], next.dataDate, `offline, the new build's data date; ${why}`);
	await context.setOffline(false);
	assert.deepEqual(errors, [], errors.join('\n'));
	assert.deepEqual(external, [], external.join('\n'));
	await page.close();
});
