import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/** Opens the travel tab and picks a starting place by typing its name. */
async function pickFrom(page, name) {
	await page.locator('#tab-travel').click();
	const input = page.getByTestId('travel-from-input');
	await input.fill(name);
	await input.press('Enter');
	await page.waitForSelector('[data-testid="travel-table"] tbody tr');
}

/** Minutes and change of one row of the travel table, as shown. */
async function row(page, placeId) {
	const tr = page.locator(`[data-testid="travel-table"] tr[data-place="${placeId}"]`);
	return {
		minutes: Number(await tr.getByTestId('minutes').textContent()),
		change: (await tr.getByTestId('change').count()) ? await tr.getByTestId('change').textContent() : null
	};
}

test('from 黔江: county seats with minutes on the map and in the table, a route explained, 2020 vs 2025 with R1', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await pickFrom(page, '黔江');
	for (const id of ['pengshui', 'youyang', 'chongqing']) {
		const r = await row(page, id);
		assert.ok(Number.isFinite(r.minutes) && r.minutes > 0, `${id}: ${r.minutes}`);
	}
	await page.waitForFunction(() => {
		const m = window.__wulingMap;
		return m.getLayer('travel-places-circle') && m.querySourceFeatures('travel-places').length > 50;
	});
	assert.match(await page.getByTestId('travel-legend').textContent(), /模型/, 'the legend says the layer is a model');

	// Route explanation: legs with km and minutes, and where each comes from.
	await page.locator('[data-testid="travel-table"] tr[data-place="chongqing"] button.name').click();
	const explain = page.getByTestId('route-explain');
	await explain.waitFor();
	const legs = explain.getByTestId('route-leg');
	assert.ok((await legs.count()) >= 1);
	const km = await legs.first().getByTestId('leg-km').textContent();
	const min = await legs.first().getByTestId('leg-min').textContent();
	assert.match(km, /^\d+ \((公开资料|规划文件所列|按比例分摊|计算)/, km);
	assert.match(min, /^\d+(\.\d)? \((时刻表|模型计算|按里程分摊的时刻表|假设值)\)/, min);
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('travel-route').length > 0);

	// Before/after by rail.
	await page.getByTestId('travel-mode-rail').check();
	await page.getByTestId('travel-scenario').selectOption('2020');
	const in2020 = (await row(page, 'chongqing')).minutes;
	await page.getByTestId('travel-scenario').selectOption('2025');
	const in2025 = (await row(page, 'chongqing')).minutes;
	assert.ok(in2025 < in2020 - 60, `Chongqing by rail: 2020 ${in2020} min, 2025 ${in2025} min`);
	await page.getByTestId('travel-before').selectOption('2020');
	const diff = page.getByTestId('diff-projects');
	await diff.waitFor();
	assert.ok(await diff.locator('li[data-ref="R1"]').count(), `R1 not listed: ${await diff.textContent()}`);
	assert.match((await row(page, 'chongqing')).change, /^−\d+/);
	// The ref opens the project in the catalogue.
	await diff.locator('li[data-ref="R1"] button').click();
	await page.waitForFunction(() => document.querySelector('#tab-projects')?.getAttribute('aria-selected') === 'true');
	assertClean(assert, tracker);
	await page.close();
});

test('promises: four verdicts with source links, moved by assumptions; English labels on a phone', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await page.locator('#tab-promises').click();
	const promises = page.getByTestId('promise');
	await promises.first().waitFor();
	assert.equal(await promises.count(), 4);
	for (let i = 0; i < 4; i++) {
		const p = promises.nth(i);
		assert.match(await p.getByTestId('verdict').textContent(), /^(达成|未达成|在容差之内)$/);
		assert.match(await p.getByTestId('promise-source').getAttribute('href'), /\/sources\/\d{3}_[0-9a-f]+\/#L\d+$/);
	}
	const snapshot = async () =>
		(
			await page
				.getByTestId('promise')
				.evaluateAll((els) =>
					els.map(
						(e) => e.dataset.verdict + ':' + [...e.querySelectorAll('[data-testid="promise-minutes"]')].map((x) => x.textContent).join('|')
					)
				)
		).join(';');
	const before = await snapshot();

	// The 1-hour promise: 61 min, within the ±10% margin, its breakdown inline, and its route on the map.
	const hour = promises.first();
	assert.equal(await hour.getAttribute('data-verdict'), 'within-margin');
	assert.match(await hour.getByTestId('promise-figures').textContent(), /61 分钟.*超出目标 1 分钟，在 ±10%（6 分钟）容差之内/s);
	assert.match(await hour.getByTestId('breakdown').textContent(), /渝厦高铁.*61 分钟/s);
	assert.match(await hour.getByTestId('promise-stations').textContent(), /重庆东、重庆北、重庆西.*重庆东下车/);
	await hour.getByTestId('promise-show-route').click();
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('travel-route').length > 0);
	assert.equal(await page.getByTestId('travel-legend').count(), 1, 'one legend at a time');

	await page.locator('#tab-travel').click();
	await page.locator('details.assumptions-box summary').click();
	await page.locator('#ta-region-czt').selectOption('changsha-west');
	await page.locator('#ta-hsrSpeedShare').fill('0.95');
	await page.locator('#ta-hsrSpeedShare').press('Enter');
	await page.locator('#tab-promises').click();
	await promises.first().waitFor();
	const after = await snapshot();
	assert.notEqual(after, before, 'changing assumptions changed no verdict and no time');

	// English on a phone: English labels, and the panel fits with no sideways scroll.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByTestId('lang-switch').click();
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	assert.match(await page.getByTestId('promises-panel').textContent(), /The plan's promises, checked \(modelled\)/);
	await pickFrom(page, 'Qianjiang');
	const panel = await page.getByTestId('travel-panel').textContent();
	assert.match(panel, /Travel time \(modelled\)/);
	assert.match(panel, /Minutes/);
	assert.match(await page.getByTestId('travel-legend').textContent(), /Modelled travel time/);
	const { scrollW, clientW, panelScroll } = await page.evaluate(() => ({
		scrollW: document.documentElement.scrollWidth,
		clientW: document.documentElement.clientWidth,
		panelScroll: (() => {
			const c = document.getElementById('panel-content');
			return c.scrollWidth - c.clientWidth;
		})()
	}));
	assert.ok(scrollW <= clientW, `horizontal scroll: ${scrollW} > ${clientW}`);
	assert.ok(panelScroll <= 1, `panel scrolls sideways by ${panelScroll}px`);

	// Following a source link lands on the quoted line.
	await page.locator('#tab-promises').click();
	const href = await promises.first().getByTestId('promise-source').getAttribute('href');
	await page.goto(new URL(href, BASE_URL).href);
	const line = href.split('#')[1];
	assert.ok(await page.locator(`[id="${line}"]`).count(), `no ${line} on ${href}`);
	assertClean(assert, tracker);
	await page.close();
});

test('after the first map the overlay is laid out hidden; the tab draws it in its first frame, and leaving hides it again', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	// Laid out at an idle moment after the first map, before the tab is opened.
	await page.waitForFunction(() => Boolean(window.__wulingMap.getLayer('travel-places-circle')), null, { timeout: 60000 });
	const hidden = () =>
		page.evaluate(() => {
			const m = window.__wulingMap;
			return {
				circle: m.getPaintProperty('travel-places-circle', 'circle-opacity'),
				stroke: m.getPaintProperty('travel-places-circle', 'circle-stroke-opacity'),
				route: m.getPaintProperty('travel-route-line', 'line-opacity'),
				labels: m.getLayoutProperty('travel-places-label', 'visibility'),
				placedLabels: m.queryRenderedFeatures({ layers: ['travel-places-label'] }).length
			};
		});
	assert.deepEqual(await hidden(), { circle: 0, stroke: 0, route: 0, labels: 'none', placedLabels: 0 });
	assert.equal(await page.getByTestId('travel-legend').count(), 0);
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('travel-places').length > 50, null, { timeout: 60000 });

	// Opening the tab: the first frame drawn with the circles shown has them on the map.
	const first = await page.evaluate(
		() =>
			new Promise((ok) => {
				const m = window.__wulingMap;
				const onRender = () => {
					if (!(m.getPaintProperty('travel-places-circle', 'circle-opacity') > 0)) return;
					m.off('render', onRender);
					ok(m.queryRenderedFeatures({ layers: ['travel-places-circle'] }).length);
				};
				m.on('render', onRender);
				document.getElementById('tab-travel').click();
			})
	);
	assert.ok(first > 20, `circles in the tab's first frame: ${first}`);
	await page.waitForFunction(() => window.__wulingMap.queryRenderedFeatures({ layers: ['travel-places-label'] }).length > 0, null, {
		timeout: 30000
	});
	await page.getByTestId('travel-legend').waitFor();

	await page.locator('#tab-projects').click();
	await page.waitForFunction(() => window.__wulingMap.getLayoutProperty('travel-places-label', 'visibility') === 'none');
	const again = await hidden();
	assert.deepEqual({ ...again, placedLabels: 0 }, { circle: 0, stroke: 0, route: 0, labels: 'none', placedLabels: 0 });
	assert.equal(await page.getByTestId('travel-legend').count(), 0);
	assertClean(assert, tracker);
	await page.close();
});
