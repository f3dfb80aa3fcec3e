import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { BASE_URL, CHROMIUM_ARGS, launch, openPage, waitForMap, assertClean, drawnProjectProperties } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/** Ids of the features the map's `projects` source shows in the current year view. */
async function drawnIds(page) {
	// Hubs are towns where lines meet, not projects.
	const drawn = await drawnProjectProperties(page);
	return [...new Set(drawn.filter((p) => p.role !== 'hub').map((p) => p.id))].sort();
}

/** Waits until the map has applied new source data. */
function settle(page) {
	return page.evaluate(
		() =>
			new Promise((ok) => {
				const m = window.__wulingMap;
				m.once('idle', ok);
				m.triggerRepaint();
			})
	);
}

test('clicking a project line on the map opens its stated facts and sources', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	// A point a third of the way along the Qianjiang–Jishou schematic line, in screen pixels.
	const target = await page.evaluate(() => {
		const m = window.__wulingMap;
		const f = m.querySourceFeatures('projects').find((x) => x.properties.id === 'qianjiang-jishou-hsr');
		const [a, b] = f.geometry.coordinates;
		const p = m.project([a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3]);
		const r = m.getCanvas().getBoundingClientRect();
		return { x: r.left + p.x, y: r.top + p.y };
	});
	await page.mouse.click(target.x, target.y);
	const detail = page.getByTestId('project-detail');
	await detail.waitFor();
	assert.match(await detail.locator('h2').textContent(), /黔江至吉首高铁/);
	const figures = await page.getByTestId('detail-figures').textContent();
	assert.match(figures, /35公里/, 'the stated Qianjiang-section length');
	assert.match(figures, /350公里\/小时/);
	assert.match(figures, /计算值/, 'computed figures are labelled as computed');
	assert.match(figures, /示意线/, 'a schematic length says so');
	// Citations read as documents: short title, year and line, never a hash file name.
	const sources = await page.getByTestId('detail-sources').textContent();
	assert.match(sources, /《黔江区“十五五”规划纲要》，2026，第\d+行/);
	assert.doesNotMatch(sources, /\.txt/);
	const href = await page.getByTestId('detail-sources').locator('a').first().getAttribute('href');
	assert.match(href, /\/sources\/\d{3}_[0-9a-f]+\/#L\d+(-L\d+)?$/);
	// Its 2030 opening is a target, not a status.
	const timeline = await page.getByTestId('plan-timeline-table').textContent();
	assert.match(timeline, /目标：2030年前建成投用/);
	assert.match(await page.getByTestId('plan-drift').textContent(), /延后/, 'the 2021 aim to start by 2025 slipped');
	assert.doesNotMatch(await page.getByTestId('detail-status').textContent(), /已建成|建成投用/);
	// The map highlights the selection.
	const state = await page.evaluate(() => window.__wulingMap.getFeatureState({ source: 'projects', id: 'qianjiang-jishou-hsr' }).selected);
	assert.equal(state, true);
	assertClean(assert, tracker);
	await page.close();
});

test('search, kind filter and year change both the list and the map', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	const all = await drawnIds(page);
	const listed = await page.getByTestId('project-list').locator('button.item').count();
	assert.ok(all.length > 40 && listed > all.length, `${all.length} drawn, ${listed} listed (unlocated are listed too)`);

	await page.getByTestId('project-search').fill('jishou');
	await page.waitForFunction(() => document.querySelectorAll('[data-testid="project-list"] button.item').length < 10);
	await settle(page);
	const items = await page.getByTestId('project-list').locator('button.item').allTextContents();
	assert.ok(
		items.some((t) => t.includes('黔江至吉首高铁')),
		items.join('|')
	);
	const searched = await drawnIds(page);
	assert.ok(searched.includes('qianjiang-jishou-hsr') && searched.length < all.length, searched.join(','));

	await page.getByTestId('project-search').fill('');
	await page.locator('details.filters summary').click();
	await page.getByTestId('filter-group-water').check();
	await settle(page);
	const metas = await page.getByTestId('project-list').locator('.meta').allTextContents();
	assert.ok(metas.length > 10 && metas.every((m) => /水库|灌区|引调水|供水|河道/.test(m)), metas.slice(0, 5).join('|'));
	assert.match(await page.getByTestId('project-count').textContent(), /无法定位/, 'unlocated reservoirs are listed and marked');
	const water = await page.evaluate(() =>
		window.__wulingMap.querySourceFeatures('projects').every((f) => f.properties.role === 'hub' || f.properties.group === 'water')
	);
	assert.ok(water);
	await page.getByTestId('filter-group-water').uncheck();

	await page.getByTestId('year-control').getByRole('radio', { name: '2020' }).click();
	await settle(page);
	const in2020 = await drawnIds(page);
	assert.ok(in2020.length < all.length, `2020 shows ${in2020.length} of ${all.length}`);
	assert.ok(!in2020.includes('qianjiang-jishou-hsr'), 'the Qianjiang–Jishou HSR is not on the 2020 map');
	assertClean(assert, tracker);
	await page.close();
});

test('the legend follows the filters', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	const legend = page.getByTestId('legend');
	assert.match(await legend.textContent(), /水库与水利/);
	await page.locator('details.filters summary').click();
	await page.getByTestId('filter-group-hsr').check();
	await page.waitForFunction(() => !document.querySelector('[data-testid="legend"]').textContent.includes('水库与水利'));
	assert.match(await legend.textContent(), /高速铁路/);
	assertClean(assert, tracker);
	await page.close();
});

test('a project page reads well without JavaScript and links to the map', async () => {
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
	const noJs = await browser.newContext({ javaScriptEnabled: false });
	const page = await noJs.newPage();
	const external = [];
	await page.route('**/*', (r) => {
		const u = new URL(r.request().url());
		if (u.host !== new URL(BASE_URL).host) {
			external.push(u.href);
			return r.abort();
		}
		return r.continue();
	});
	await page.goto(`${BASE_URL}/projects/qianjiang-jishou-hsr/`);
	assert.match(await page.locator('h1').textContent(), /黔江至吉首高铁/);
	const body = await page.locator('main').textContent();
	assert.match(body, /35公里/);
	// Citations read as documents, not as file names.
	assert.match(body, /《黔江区“十五五”规划纲要》，2026，第775行/);
	assert.doesNotMatch(body, /002_9e3621a23b2e2452\.txt/);
	const href = await page.getByTestId('open-on-map').getAttribute('href');
	assert.equal(new URL(href, page.url()).href, `${BASE_URL}/?project=qianjiang-jishou-hsr`);
	// Every project has its own page, listed on /projects/.
	await page.goto(`${BASE_URL}/projects/`);
	const links = await page.locator('main a[href*="projects/"]').count();
	assert.ok(links >= 100, `${links} project pages linked`);
	assert.deepEqual(external, []);
	await browser.close();
});

test('the deep link opens the main map on the project', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/projects/shanling-reservoir/`);
	await page.getByTestId('open-on-map').click();
	await waitForMap(page);
	const detail = page.getByTestId('project-detail');
	await detail.waitFor();
	assert.match(await detail.locator('h2').textContent(), /杉岭水库/);
	assert.match(await detail.textContent(), /大致位置/);
	const centre = await page.evaluate(() => window.__wulingMap.getCenter().toArray());
	const place = await page.evaluate(
		() => window.__wulingMap.querySourceFeatures('projects').find((f) => f.properties.id === 'shanling-reservoir').geometry.coordinates
	);
	assert.ok(Math.abs(centre[0] - place[0]) < 0.3 && Math.abs(centre[1] - place[1]) < 0.3, `${centre} vs ${place}`);
	assertClean(assert, tracker);
	await page.close();
});

test('a source link opens the quoted line of the document', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/sources/002_9e3621a23b2e2452/#L775`);
	const line = page.locator('#L775');
	assert.match(await line.textContent(), /黔江至吉首高铁（黔江段）35公里/);
	assertClean(assert, tracker);
	await page.close();
});

test('the plan reads as a network diagram over Qianjiang: a hub ring, existing lines in grey, planned lines side by side', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/?map=9/29.5/108.77`);
	await waitForMap(page);
	await page.waitForFunction(
		() => {
			const m = window.__wulingMap;
			return m.isSourceLoaded('projects') && m.queryRenderedFeatures({ layers: ['projects-hub'] }).length > 0;
		},
		null,
		{ timeout: 60000 }
	);
	const seen = await page.evaluate(() => {
		const m = window.__wulingMap;
		// Features of other year views are in the tiles with no opacity: only the drawn ones count.
		const drawn = (layers) =>
			m
				.queryRenderedFeatures({ layers })
				.filter((f) => f.properties.view === undefined || m.getFeatureState({ source: 'projects', id: f.properties.key }).shown === true);
		const hubs = drawn(['projects-hub']).map((f) => ({ place: f.properties.place, lines: f.properties.lines }));
		const existing = new Set(drawn(['projects-existing']).map((f) => f.properties.id));
		const planned = drawn(['projects-line-dashed', 'projects-line-dotted', 'projects-line-solid']);
		const slots = new Set(planned.map((f) => f.properties.slot));
		return {
			hubs,
			existing: [...existing],
			slots: [...slots],
			maxZoom: m.getMaxZoom(),
			fills: m.getStyle().layers.filter((l) => l.id.startsWith('projects') && l.type === 'fill').length
		};
	});
	const qianjiang = seen.hubs.find((h) => h.place === 'qianjiang');
	assert.ok(qianjiang && qianjiang.lines >= 10, `the hub at 黔江: ${JSON.stringify(qianjiang)}`);
	assert.ok(seen.existing.includes('chongqing-huaihua-railway'), `existing lines drawn: ${seen.existing}`);
	assert.ok(
		seen.slots.some((s) => s !== 0),
		'lines sharing a corridor are offset side by side'
	);
	assert.equal(seen.fills, 0, 'no filled uncertainty circles tint the map');
	assert.equal(seen.maxZoom, 11, 'zoom capped at what the data supports');
	// The precision switch shows every uncertainty outline.
	await page.getByTestId('show-precision').check();
	await page.waitForFunction(() =>
		JSON.stringify(window.__wulingMap.getPaintProperty('projects-uncertainty-line', 'line-opacity')).includes('0.55')
	);
	await page.waitForFunction(() => new URL(location.href).searchParams.get('precision') === '1');
	assertClean(assert, tracker);
	await page.close();
});
