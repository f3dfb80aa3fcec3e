// Place report cards: every card prerendered in both languages (checked from the build output), and, on a few
// cards in Chromium, readable without JavaScript, one A4 page in print, a QR code that decodes to the page's URL,
// the searchable index, and the links to the cards from a project page and from near me.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { BASE_URL, CHROMIUM_ARGS, launch, openPage, assertClean } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BUILD = process.env.BUILD_DIR ?? 'build';
const places = JSON.parse(readFileSync(new URL('../../static/geo/places.json', import.meta.url), 'utf8')).places;
const townships = places.filter((p) => p.code.startsWith('500114') && p.code.length === 9);

/** The card pages in the build, by language. */
function builtCards(prefix) {
	const dir = `${BUILD}${prefix}/places`;
	return readdirSync(dir, { withFileTypes: true })
		.filter((d) => d.isDirectory() && existsSync(`${dir}/${d.name}/index.html`))
		.map((d) => d.name)
		.sort();
}

let context;
let noJs;
let browser;
before(async () => {
	context = await launch({ fullPixels: true });
	browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
	noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
});
after(async () => {
	await context?.close();
	await noJs?.close();
	await browser?.close();
});

test('every township of Qianjiang and every served county seat has a card in zh and en, with its map and QR code', () => {
	const zh = builtCards('');
	const en = builtCards('/en');
	assert.ok(zh.length >= 60, `${zh.length} zh cards`);
	assert.deepEqual(en, zh, 'the same places in both languages');
	assert.equal(townships.length, 30, 'the gazetteer has the 30 township-level units of Qianjiang');
	for (const t of townships) assert.ok(zh.includes(t.id), `a card for ${t.zh} (${t.id})`);
	const byId = new Map(places.map((p) => [p.id, p]));
	const zhIndex = readFileSync(`${BUILD}/places/index.html`, 'utf8');
	const enIndex = readFileSync(`${BUILD}/en/places/index.html`, 'utf8');
	for (const id of zh) {
		const place = byId.get(id);
		assert.ok(place, `${id} is a gazetteer place`);
		for (const [lang, prefix, index] of [
			['zh', '', zhIndex],
			['en', '/en', enIndex]
		]) {
			const html = readFileSync(`${BUILD}${prefix}/places/${id}/index.html`, 'utf8');
			assert.match(html, lang === 'en' ? /<html lang="en">/ : /<html lang="zh-Hans">/, `${lang} ${id}: html lang`);
			const h1 = html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? '';
			// A county seat is named by its county (忠县, Zhong County), a township by itself.
			const names = [place[lang], lang === 'zh' ? place.county : place.countyEn].filter(Boolean);
			assert.ok(
				names.some((n) => h1.includes(n)),
				`${lang} ${id}: the title names ${names.join(' or ')} (got "${h1}")`
			);
			assert.match(html, /data-testid="card-map"[^>]*>/, `${lang} ${id}: the sketch map is in the HTML`);
			assert.match(html, /data-testid="card-qr"[\s\S]*?<svg/, `${lang} ${id}: the QR code is in the HTML`);
			assert.match(
				html,
				new RegExp(`data-testid="card-qr-url">[^<]*${prefix}/places/${id}/<`),
				`${lang} ${id}: it says where the QR code points`
			);
			// Prerendered links are relative to the page (../places/<id>/ from the index).
			assert.ok(index.includes(`/places/${id}/"`), `${lang} index links ${id}`);
		}
	}
});

test('a card reads without JavaScript on a phone, in both languages, and links the other language', async () => {
	const page = await noJs.newPage();
	await page.goto(`${BASE_URL}/places/qianjiang-zhuoshui/`);
	assert.equal(await page.locator('h1').textContent(), '黔江区濯水镇规划报告卡');
	const items = page.getByTestId('card-project');
	assert.ok((await items.count()) >= 3, 'the projects are listed');
	assert.match(await page.getByTestId('card-here').textContent(), /目标|规划期/);
	assert.match(await page.getByTestId('card-travel').textContent(), /模型/, 'travel times are marked as a model');
	const box = await page.getByTestId('card-map').boundingBox();
	assert.ok(box && box.width > 300 && box.height > 150, `the map shows (${JSON.stringify(box)})`);
	// No horizontal scrolling at 390 px.
	assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scroll on a phone');
	await page.getByTestId('card-other-lang').click();
	await page.waitForURL(/\/en\/places\/qianjiang-zhuoshui\/$/);
	assert.equal(await page.locator('h1').textContent(), 'Report card: Zhuoshui, Qianjiang District');
	assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
	assert.match(await page.getByTestId('card-travel').textContent(), /modelled/);
	await page.close();
});

test('the biggest cards print on one A4 page, in zh and en', async () => {
	const { page, tracker } = await openPage(context);
	// 正阳 lists the most projects around it and 黔江 the most here; English runs longest.
	for (const [id, prefixes] of [
		['qianjiang-zhengyang', ['', '/en']],
		['qianjiang', ['/en']]
	]) {
		for (const prefix of prefixes) {
			await page.goto(`${BASE_URL}${prefix}/places/${id}/`);
			const pdf = await page.pdf({ format: 'A4' });
			const pages = (await PDFDocument.load(pdf)).getPageCount();
			assert.equal(pages, 1, `${prefix || '/zh'} ${id} prints on ${pages} pages`);
		}
	}
	assertClean(assert, tracker);
	await page.close();
});

test('the QR code on a card decodes to the URL it states, which is the page itself', async () => {
	const { page, tracker } = await openPage(context);
	for (const path of ['/places/qianjiang-zhuoshui/', '/en/places/youyang/']) {
		await page.goto(`${BASE_URL}${path}`);
		const stated = (await page.getByTestId('card-qr-url').textContent()).trim();
		const png = decode(await page.locator('[data-testid="card-qr"] svg').screenshot({ scale: 'css' }));
		const rgba = new Uint8ClampedArray(png.width * png.height * 4);
		const channels = png.channels;
		for (let i = 0; i < png.width * png.height; i++) {
			for (let c = 0; c < 3; c++) rgba[i * 4 + c] = png.data[i * channels + Math.min(c, channels - 1)];
			rgba[i * 4 + 3] = 255;
		}
		const code = jsQR(rgba, png.width, png.height);
		assert.ok(code, `a QR code is found on ${path}`);
		assert.equal(code.data, stated, 'it decodes to the URL the card prints');
		assert.equal(new URL(code.data).pathname, path, 'and that URL is this page');
	}
	assertClean(assert, tracker);
	await page.close();
});

test('the index lists every card, and its search narrows the list and says when nothing matches', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/places/`);
	const rows = page.getByTestId('places-row');
	const total = await rows.count();
	assert.ok(total >= 60, `${total} places listed`);
	const search = page.getByTestId('places-search');
	await search.fill('濯水');
	await page.waitForFunction(() => document.querySelectorAll('[data-testid="places-row"]:not([hidden])').length === 1);
	assert.equal(await page.locator('[data-testid="places-row"]:not([hidden])').getAttribute('data-id'), 'qianjiang-zhuoshui');
	await search.fill('youyang');
	await page.waitForFunction(() =>
		[...document.querySelectorAll('[data-testid="places-row"]:not([hidden])')].some((r) => r.dataset.id === 'youyang')
	);
	await search.fill('<img src=x onerror=alert(1)>');
	await page.getByTestId('places-count').filter({ hasText: '没有名称含' }).waitFor();
	assert.equal(await page.locator('[data-testid="places-count"] img').count(), 0, 'typed text is shown as text');
	await search.fill('');
	await page.waitForFunction((n) => document.querySelectorAll('[data-testid="places-row"]:not([hidden])').length === n, total);
	await page.locator('a[href="/places/qianjiang-zhuoshui/"]').click();
	await page.waitForURL(/\/places\/qianjiang-zhuoshui\/$/);
	await page.getByTestId('place-card').waitFor();
	assertClean(assert, tracker);
	await page.close();
});

test('a project page lists the places it serves, and near me links the index', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/projects/qianjiang-jishou-hsr/`);
	const served = page.getByTestId('project-places');
	await served.locator('a[href="/places/qianjiang-zhuoshui/"]').click();
	await page.waitForURL(/\/places\/qianjiang-zhuoshui\/$/);
	assert.ok(await page.locator('[data-testid="card-project"][data-id="qianjiang-jishou-hsr"]').count(), 'the card lists the project');
	assertClean(assert, tracker);
	await page.goto(`${BASE_URL}/?tab=nearby&lang=en`);
	const link = page.getByTestId('nearby-cards-link');
	await link.waitFor({ timeout: 60000 });
	assert.equal(await link.getAttribute('href'), '/en/places/');
	// Leaving the map page while it loads aborts its tile requests; errors and CSP violations still fail.
	await link.click();
	await page.waitForURL(/\/en\/places\/$/);
	await page.getByTestId('places-index').waitFor();
	assert.deepEqual(tracker.errors, []);
	assert.deepEqual(tracker.csp, []);
	await page.close();
});

test('a card and the index have no serious or critical axe violations', async () => {
	const { page, tracker } = await openPage(context);
	for (const path of ['/places/qianjiang-zhuoshui/', '/en/places/']) {
		await page.goto(`${BASE_URL}${path}`);
		if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
		const found = await page.evaluate(async () => {
			const r = await window.axe.run(document, {
				resultTypes: ['violations'],
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
			});
			return r.violations
				.filter((v) => v.impact === 'serious' || v.impact === 'critical')
				.map(
					(v) =>
						`${v.id}: ${v.nodes
							.slice(0, 3)
							.map((n) => n.target.join(' '))
							.join(' | ')}`
				);
		});
		assert.deepEqual(found, [], `${path}:\n${found.join('\n')}`);
	}
	assertClean(assert, tracker);
	await page.close();
});
