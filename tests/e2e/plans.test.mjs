import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, assertClean, drawnProjectProperties } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/** The phase each drawn project has on the map now (the source may hold every year view, each tagged). */
async function drawnPhases(page) {
	return Object.fromEntries((await drawnProjectProperties(page)).map((p) => [p.id, p.phase]));
}

/** The list row of a project, as text. */
async function rowText(page, id) {
	return page.getByTestId('project-list').locator(`button.item[data-id="${id}"]`).textContent();
}

test('the 2030 map shows a planned line as planned with its target, and a dropped plan as such', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/?year=2030`);
	await waitForMap(page, 120000); // the first map of a cold browser can be slow on a shared machine
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('projects').length > 0);
	const phases = await drawnPhases(page);
	assert.equal(phases['qianjiang-jishou-hsr'], 'planned', 'a target year is not an opening');
	assert.equal(phases['qianjiang-fuling-freight-railway'], 'dropped', 'the 2026 plan no longer names it');
	assert.equal(phases['chongqing-guiyang-hsr'], 'lapsed', 'Qijiang’s five-year aim has run out with no newer word');
	assert.equal(phases['qianjiang-enshi-expressway'], 'in-service');
	assert.match(await rowText(page, 'qianjiang-jishou-hsr'), /规划建设 · 目标：2030年前建成投用/);
	assert.match(await rowText(page, 'tongping-tunnel'), /不在现行规划/);
	assertClean(assert, tracker);
	await page.close();
});

test('the 2020 map draws the lines that were open then, from their sourced opening years', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/?year=2020&lang=en`);
	await waitForMap(page, 120000); // the first map of a cold browser can be slow on a shared machine
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('projects').length > 0);
	const phases = await drawnPhases(page);
	assert.equal(phases['qianjiang-enshi-expressway'], 'in-service', 'opened December 2014 (public reference)');
	assert.equal(phases['qianjiang-zhangjiajie-changde-railway'], 'in-service');
	assert.equal(phases['qianjiang-shizhu-expressway'], undefined, 'opened 2021: not on the 2020 map');
	assert.equal(phases['chongqing-qianjiang-hsr'], undefined);
	assertClean(assert, tracker);
	await page.close();
});

test('a dropped project says where it was last named; energy projects are listed', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/projects/qianjiang-fuling-freight-railway/`);
	assert.match(await page.getByTestId('detail-dropped').textContent(), /现行规划.*《黔江区“十五五”规划纲要》.*最后见于《黔江加快建设/);
	// Let the page's mini-map finish loading, so leaving it aborts no request.
	await page.waitForLoadState('networkidle');
	await page.goto(`${BASE_URL}/projects/jindong-wind-farm/`);
	const text = await page.locator('main').textContent();
	assert.match(text, /风电/);
	assert.match(text, /专栏4新能源产业重点项目/);
	await page.waitForLoadState('networkidle');
	assertClean(assert, tracker);
	await page.close();
});

test('a source page opens with its record and highlights a quote over all its lines', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/sources/000_93a10bea26a22d01/#L109-L110`);
	const record = page.getByTestId('source-record');
	assert.match(await record.textContent(), /黔江 加快建设“中国峡谷城·武陵会客厅”/);
	assert.match(await record.textContent(), /2021/);
	await page.waitForFunction(() => document.getElementById('L110')?.classList.contains('hit'));
	assert.equal(await page.locator('#L109').evaluate((el) => el.classList.contains('hit')), true);
	assert.equal(await page.locator('#L111').evaluate((el) => el.classList.contains('hit')), false);
	await page.getByTestId('join-columns').check();
	assert.match(await page.getByTestId('joined-text').textContent(), /建成投用渝湘高铁重庆至黔江段，开工建设渝湘高铁黔江至吉首段/);
	assertClean(assert, tracker);
	await page.close();
});

test('the plan-drift page filters by drift and links each mark to its quote', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/projects/`);
	await page.getByTestId('timeline-link').click();
	await page.getByTestId('timeline-page').waitFor();
	const rows = page.getByTestId('drift-table').locator('tbody tr');
	const all = await rows.count();
	assert.ok(all > 100, `${all} rows`);
	await page.getByTestId('drift-filter').getByLabel(/延后/).check();
	await page.waitForFunction((n) => document.querySelectorAll('[data-testid="drift-table"] tbody tr').length < n, all);
	const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.dataset.id));
	assert.ok(ids.includes('qianjiang-jishou-hsr') && ids.includes('qianjiang-lichuan-expressway'), ids.join(','));
	assert.ok(!ids.includes('jindong-wind-farm'));
	const r2 = page.locator('[data-testid="drift-table"] tr[data-id="qianjiang-jishou-hsr"]');
	assert.match(await r2.textContent(), /目标：2025年前开工/);
	assert.match(await r2.locator('a[href*="/sources/"]').first().getAttribute('href'), /\/sources\/000_93a10bea26a22d01\/#L110-L111$/);
	assertClean(assert, tracker);
	await page.close();
});
