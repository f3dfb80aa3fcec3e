import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations inside one element, one line each. */
async function axeIn(page, selector) {
	// Evaluated from the test rather than injected as a script tag: the site's CSP refuses inline scripts.
	if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
	return page.evaluate(async (sel) => {
		const r = await window.axe.run(sel, {
			resultTypes: ['violations'],
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }
		});
		return r.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
	}, selector);
}

// What a transport planner checks first (issue 12): the default origin, the compare choice, places
// beyond the modelled network, breakdowns and reasons, and access per phase.
let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

test('the travel tab opens from 黔江; "不对比" shows no change column; places beyond every line are "not in the model"; access per phase', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await page.locator('#tab-travel').click();
	await page.waitForSelector('[data-testid="travel-table"] tbody tr');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('tf') === 'qianjiang');
	assert.equal(await page.getByTestId('travel-before').inputValue(), '');
	await page.getByTestId('travel-scenario').selectOption('2030');
	assert.equal(await page.locator('[data-testid="travel-table"] thead th.change').count(), 0, 'a change column with "不对比"');
	// One year control: the network select moved the map's year chips.
	assert.equal(await page.locator('[data-testid="year-control"] [data-year="2030"]').getAttribute('aria-checked'), 'true');
	await page.locator('[data-testid="year-control"] [data-year="2025"]').click();
	assert.equal(await page.getByTestId('travel-scenario').inputValue(), '2025');
	const chengdu = page.locator('[data-testid="travel-table"] tr[data-place="chengdu"] [data-testid="minutes"]');
	assert.equal(await chengdu.textContent(), '不在模型范围内');
	assert.equal(await chengdu.getAttribute('data-status'), 'outside');
	// 鹅池镇 by rail: the breakdown shows the long local-road leg.
	await page.getByTestId('travel-mode-rail').check();
	await page.locator('[data-testid="travel-table"] tr[data-place="qianjiang-echi"] button.name').click();
	const bd = page.getByTestId('route-explain').getByTestId('breakdown');
	await bd.waitFor();
	assert.match(await bd.textContent(), /接驳（到达）.*95 分钟/s);
	// Compared with 2020, 忠县's large change carries its reason.
	await page.getByTestId('travel-mode-best').check();
	await page.getByTestId('travel-before').selectOption('2020');
	await page.locator('[data-testid="travel-table"] tr[data-place="zhongxian"] button.why').click();
	assert.match(await page.locator('#why-zhongxian [data-testid="change-reason"]').textContent(), /其中地方道路接驳 1\d\d 分钟/);
	assert.doesNotMatch(await page.getByTestId('diff-projects').textContent(), /yuwan-hsr|through-jse-css|g50/);
	// Access per phase: a chart with a table alternative, and the map coloured by gain and loss.
	await page.getByTestId('travel-view-access').click();
	await page.getByTestId('access-chart').waitFor();
	const cell = await page.getByTestId('access-table').locator('td[data-scenario="2025"][data-threshold="120"]').textContent();
	const bar = await page.getByTestId('access-chart').locator('rect[data-scenario="2025"][data-threshold="120"]').getAttribute('data-count');
	assert.equal(cell, bar, 'chart and table disagree');
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('travel-places').some((f) => f.properties.band === 'gain'));
	assert.deepEqual(await axeIn(page, '#side-panel'), [], 'axe on the access view');
	await page.locator('#tab-promises').click();
	await page.getByTestId('promise').first().waitFor();
	assert.deepEqual(await axeIn(page, '#side-panel'), [], 'axe on the promises');
	assertClean(assert, tracker);
	await page.close();
});
