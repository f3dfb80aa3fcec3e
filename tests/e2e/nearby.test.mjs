import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

// One page for the whole file: loading the map is the slow part, so the tests share it and start from a cleared tool.
let context;
let shared;
before(async () => {
	context = await launch();
	shared = await openPage(context);
	await shared.page.goto(`${BASE_URL}/`);
	await waitForMap(shared.page);
});
after(async () => {
	await context?.close();
});

/** The shared page on the "near me" tab, in Chinese, with nothing chosen and the default radius. */
async function openNearby() {
	const { page } = shared;
	if ((await page.locator('html').getAttribute('lang')) !== 'zh-Hans') {
		await page.getByTestId('lang-switch').click();
		await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
	}
	await page.locator('#tab-nearby').click();
	await page.getByTestId('nearby-query').waitFor();
	if (await page.getByTestId('nearby-clear').isVisible()) await page.getByTestId('nearby-clear').click();
	const radius = page.getByTestId('nearby-radius-number');
	if ((await radius.inputValue()) !== '10') {
		await radius.fill('10');
		await radius.press('Enter');
	}
	return shared;
}

async function search(page, text) {
	await page.getByTestId('nearby-query').fill(text);
	await page.getByTestId('nearby-find').click();
}

const count = async (page) => Number(await page.getByTestId('nearby-count').getAttribute('data-count'));
const param = (page, key) => new URL(page.url()).searchParams.get(key);

test('searching 濯水 answers with what serves it and its district seat, town-to-town, with no air route', async () => {
	const { page, tracker } = await openNearby();
	await search(page, '濯水');
	await page.getByTestId('nearby-list').locator('li').first().waitFor();

	const items = await page.getByTestId('nearby-list').locator('li').count();
	assert.ok(items > 0, 'no project listed for 濯水');
	assert.equal(await count(page), items);
	// Grouped: through 濯水 itself, serving the district seat 黔江, and within the radius.
	const here = page.getByTestId('nearby-group-here');
	assert.match(await here.locator('h3').textContent(), /途经或位于濯水镇/);
	assert.ok(Number(await here.getAttribute('data-count')) > 0, 'a project naming 濯水 is listed under "here"');
	const seat = page.getByTestId('nearby-group-seat');
	assert.match(await seat.locator('h3').textContent(), /服务所在区县城区黔江（距离\d+公里）/);
	// No schematic distance anywhere a citizen reads, and no air route.
	const text = await page.getByTestId('nearby-list').textContent();
	assert.ok(!/示意线）/.test(text), 'a distance to a schematic line is shown');
	assert.ok(!/航线/.test(text), 'an air route is listed as near');
	for (const d of await page.getByTestId('nearby-distance').allTextContents()) assert.match(d, /途经|服务|位于|公里|文件提及/, d);

	const summary = await page.getByTestId('nearby-summary').textContent();
	assert.match(summary, /^黔江区濯水镇：\d+个项目途经或位于本地/, summary);

	// Stations and interchanges at their towns, with real town-to-town distances.
	assert.match(await page.getByTestId('nearby-nearest-station').textContent(), /黔江站（位于黔江，\d+公里）/);
	assert.match(await page.getByTestId('nearby-nearest-expressway').textContent(), /互通（位于/);
	assert.match(await page.getByTestId('nearby-nearest-airport').textContent(), /JIQ/);

	// The overlay: the point, the circle and the layers on the map.
	const overlay = await page.evaluate(() => {
		const m = window.__wulingMap;
		const data = m.getSource('nearby')?.serialize().data;
		return {
			layers: ['nearby-circle-fill', 'nearby-circle-line', 'nearby-link-line', 'nearby-point-dot'].every((id) => m.getLayer(id)),
			roles: (data?.features ?? []).map((f) => f.properties.role)
		};
	});
	assert.ok(overlay.layers, 'nearby layers missing');
	assert.ok(overlay.roles.includes('circle') && overlay.roles.includes('point'), `overlay roles: ${overlay.roles}`);

	await page.waitForFunction(() => new URL(location.href).searchParams.get('near') === 'qianjiang-zhuoshui');

	// The list exports as GeoJSON: the query point and each project with its computed distance.
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="nearby-geojson"]').click()]);
	assert.match(download.suggestedFilename(), /\.geojson$/);
	const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
	assert.equal(doc.type, 'FeatureCollection');
	// A project named after 濯水 that cannot be placed (the 水车坪 tourist road) is listed as not drawn, and has no
	// position to export.
	const undrawn = await page.getByTestId('nearby-list').locator('li', { hasText: '未绘出' }).count();
	assert.equal(doc.features.length, items - undrawn + 1, 'the query point and every listed project with a position');
	assert.ok(
		doc.features.slice(1).every((f) => typeof f.properties.distance_km_computed === 'number'),
		JSON.stringify(doc.features[1]?.properties)
	);
	assertClean(assert, tracker);
});

test('changing the radius changes the count, and r goes into the URL', async () => {
	const { page, tracker } = await openNearby();
	await search(page, 'zhuoshui');
	await page.getByTestId('nearby-count').waitFor();
	const at10 = await count(page);
	const number = page.getByTestId('nearby-radius-number');
	await number.fill('100');
	await number.press('Enter');
	await page.waitForFunction((n) => Number(document.querySelector('[data-testid="nearby-count"]')?.dataset.count) !== n, at10);
	const at100 = await count(page);
	assert.ok(at100 > at10, `radius 100 km lists ${at100}, 10 km lists ${at10}`);
	assert.match(await page.getByTestId('nearby-summary').textContent(), /100公里内另有/);
	await page.waitForFunction(() => new URL(location.href).searchParams.get('r') === '100');

	await number.fill('500');
	await number.press('Enter');
	assert.match(await page.getByTestId('nearby-problem').textContent(), /1 至 100/);
	assert.equal(await count(page), at100, 'a refused radius must keep the results');
	assertClean(assert, tracker);
});

test('clicking a result opens the project detail', async () => {
	const { page, tracker } = await openNearby();
	await search(page, '濯水');
	const first = page.getByTestId('nearby-list').locator('button.item').first();
	const id = await first.getAttribute('data-id');
	await first.click();
	await page.getByTestId('project-detail').waitFor();
	assert.equal(await page.locator('#tab-projects').getAttribute('aria-selected'), 'true');
	await page.waitForFunction((want) => new URL(location.href).searchParams.get('project') === want, id);
	assertClean(assert, tracker);
});

test('a bad coordinate or an unknown place shows a message and keeps the search', async () => {
	const { page, tracker } = await openNearby();
	await search(page, '濯水');
	await page.getByTestId('nearby-summary').waitFor();
	const before = await page.getByTestId('nearby-summary').textContent();

	await search(page, '200,30');
	assert.match(await page.getByTestId('nearby-problem').textContent(), /经度 200/);
	assert.equal(await page.getByTestId('nearby-summary').textContent(), before);
	assert.equal(await page.getByTestId('nearby-query').inputValue(), '200,30', 'the typed text must stay');

	await search(page, '29.3,108.77');
	assert.match(await page.getByTestId('nearby-problem').textContent(), /写反/);

	await search(page, '不存在的地方');
	assert.match(await page.getByTestId('nearby-problem').textContent(), /找不到/);

	await search(page, '108.77,29.30');
	assert.equal((await page.getByTestId('nearby-problem').textContent()).trim(), '');
	assert.match(await page.getByTestId('nearby-chosen').textContent(), /108\.77000, 29\.30000/);
	assertClean(assert, tracker);
});

test('a click on the map chooses the point and writes it to the URL', async () => {
	const { page, tracker } = await openNearby();
	const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	await page.getByTestId('nearby-summary').waitFor();
	assert.match(await page.getByTestId('nearby-chosen').textContent(), /位置：\d+\.\d{5}, \d+\.\d{5}/);
	await page.waitForFunction(() => /^\d+\.\d{1,5},\d+\.\d{1,5}$/.test(new URL(location.href).searchParams.get('near') ?? ''));
	// A picked point is answered for the town nearest it.
	assert.match(await page.getByTestId('nearby-summary').textContent(), /^[^：]+：/);
	assertClean(assert, tracker);
});

test('English mode shows English texts', async () => {
	const { page, tracker } = await openNearby();
	await page.getByTestId('lang-switch').click();
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	await search(page, 'Zhuoshui');
	const summary = await page.getByTestId('nearby-summary').textContent();
	assert.match(summary, /^Zhuoshui, Qianjiang[^:]*: \d+ projects? pass(es)? through or lie in it/, summary);
	for (const d of await page.getByTestId('nearby-distance').allTextContents()) assert.match(d, /passes through|serves|in |km|named for/, d);
	assert.match(await page.getByTestId('nearby-nearest').textContent(), /Nearest railway station/);
	assert.match(await page.getByTestId('nearby-nearest-station').textContent(), /Qianjiang station \(at Qianjiang town, \d+ km\)/);
	await search(page, '200,30');
	assert.match(await page.getByTestId('nearby-problem').textContent(), /Longitude 200/);
	assertClean(assert, tracker);
});

test('the device location is used on the device only, and a refusal is explained', async () => {
	const { page, tracker } = await openNearby();
	const origin = new URL(BASE_URL).origin;
	await context.grantPermissions(['geolocation'], { origin });
	await context.setGeolocation({ longitude: 108.7702, latitude: 29.30309 });
	await page.getByTestId('nearby-locate').click();
	await page.getByTestId('nearby-summary').waitFor();
	assert.match(await page.getByTestId('nearby-chosen').textContent(), /本机位置/);
	assert.match(await page.getByTestId('nearby-summary').textContent(), /^黔江区濯水镇：.*最近的濯水镇/);
	await page.waitForTimeout(800);
	assert.equal(param(page, 'near'), null, 'the device location must not reach the URL');
	assert.ok(!tracker.requests.some((u) => u.includes('108.77')), 'the location went into a request');

	await context.clearPermissions();
	await page.evaluate(() => {
		// A browser that refuses: the same error a user's "Block" gives.
		navigator.geolocation.getCurrentPosition = (_ok, fail) => fail({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 });
	});
	await page.getByTestId('nearby-locate').click();
	assert.match(await page.getByTestId('nearby-problem').textContent(), /未获准使用位置/);
	assertClean(assert, tracker);
});

test('a link with near and r restores the search', async () => {
	const { page, tracker } = await openNearby();
	await page.goto(`${BASE_URL}/?tab=nearby&near=qianjiang-zhuoshui&r=25`);
	await waitForMap(page);
	await page.getByTestId('nearby-summary').waitFor();
	assert.match(await page.getByTestId('nearby-summary').textContent(), /^黔江区濯水镇：/);
	assert.match(await page.getByTestId('nearby-group-near').locator('h3').textContent(), /25公里内/);
	assert.equal(await page.getByTestId('nearby-radius-number').inputValue(), '25');
	assertClean(assert, tracker);
});

test('phone size: the panel has no horizontal scroll', async () => {
	const { page, tracker } = await openNearby();
	await page.setViewportSize({ width: 390, height: 844 });
	await search(page, '濯水');
	await page.getByTestId('nearby-summary').waitFor();
	const { scrollW, clientW, panelScroll, panelClient } = await page.evaluate(() => {
		const panel = document.querySelector('#panel-content');
		return {
			scrollW: document.documentElement.scrollWidth,
			clientW: document.documentElement.clientWidth,
			panelScroll: panel.scrollWidth,
			panelClient: panel.clientWidth
		};
	});
	assert.ok(scrollW <= clientW, `page scrolls sideways: ${scrollW} > ${clientW}`);
	assert.ok(panelScroll <= panelClient, `panel scrolls sideways: ${panelScroll} > ${panelClient}`);
	assertClean(assert, tracker);
});
