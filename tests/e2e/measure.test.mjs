import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, renderedLabels, assertClean } from './harness.mjs';

// One page for the whole file: loading the map is the slow part, so the tests share it and start from a cleared tool.
let context;
let shared;
before(async () => {
	context = await launch();
	shared = await openPage(context);
	await shared.page.goto(`${BASE_URL}/`);
	await waitForMap(shared.page);
	await shared.page.locator('#tab-measure').click();
	await shared.page.getByTestId('measure-results').waitFor();
});
after(async () => {
	await context?.close();
});

/** The shared page on the measure tab, in Chinese, with no points and area mode off. */
async function openMeasure() {
	const { page } = shared;
	if ((await page.locator('#tab-measure').getAttribute('aria-selected')) !== 'true') await page.locator('#tab-measure').click();
	if (await page.getByTestId('measure-clear').isEnabled()) await page.getByTestId('measure-clear').click();
	await page.getByTestId('measure-area-toggle').uncheck();
	return shared;
}

/** Clicks points on the map canvas, given as fractions of its size. */
async function clickPoints(page, fractions) {
	const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
	for (const [fx, fy] of fractions) {
		await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
		// Slower than a double click, as a person clicks.
		await page.waitForTimeout(350);
	}
}

const segments = async (page) => await page.getByTestId('measure-segment').evaluateAll((els) => els.map((e) => Number(e.dataset.km)));
const totalKm = async (page) => Number(await page.getByTestId('measure-total').getAttribute('data-km'));
/** Waits until the map has drawn its latest change (the listener is set before the repaint, so no idle is missed). */
const redrawn = (page) =>
	page.evaluate(
		() =>
			new Promise((ok) => {
				window.__wulingMap.once('idle', () => ok());
				window.__wulingMap.triggerRepaint();
			})
	);
const param = (page, key) => new URL(page.url()).searchParams.get(key);

const THREE = [
	[0.3, 0.3],
	[0.65, 0.35],
	[0.5, 0.7]
];

test('three clicks measure a path whose total is the sum of its segments', async () => {
	const { page, tracker } = await openMeasure();
	await clickPoints(page, THREE);
	await page.getByTestId('measure-total').waitFor();
	const segs = await segments(page);
	assert.equal(segs.length, 2);
	const total = await totalKm(page);
	assert.ok(total > 0, `total ${total}`);
	assert.ok(Math.abs(total - (segs[0] + segs[1])) < 1e-9, `total ${total} ≠ ${segs[0]} + ${segs[1]}`);
	assert.match(await page.getByTestId('measure-total').textContent(), /^\d+(\.\d+)? 公里$/);

	const drawn = await page.evaluate(() => {
		const data = window.__wulingMap.getSource('measure').serialize().data;
		return data.features.map((f) => f.properties.role);
	});
	assert.equal(drawn.filter((r) => r === 'vertex').length, 3);
	assert.equal(drawn.filter((r) => r === 'label').length, 2);
	assert.ok(drawn.includes('path'));
	await page.waitForFunction(() => (new URL(location.href).searchParams.get('m') ?? '').split(';').length === 3);
	assert.match(param(page, 'm'), /^-?\d+(\.\d{1,5})?,-?\d+(\.\d{1,5})?(;-?\d+(\.\d{1,5})?,-?\d+(\.\d{1,5})?){2}$/);
	assertClean(assert, tracker);
});

test('undo removes one point, by button and by Backspace on the map', async () => {
	const { page, tracker } = await openMeasure();
	await clickPoints(page, THREE);
	await page.getByTestId('measure-undo').click();
	assert.equal((await segments(page)).length, 1);
	await page.locator('canvas.maplibregl-canvas').focus();
	await page.keyboard.press('Backspace');
	await page.getByTestId('measure-total').waitFor({ state: 'detached' });
	const vertices = await page.evaluate(
		() =>
			window.__wulingMap
				.getSource('measure')
				.serialize()
				.data.features.filter((f) => f.properties.role === 'vertex').length
	);
	assert.equal(vertices, 1);
	await page.keyboard.press('Control+z');
	await page.waitForFunction(() => !new URL(location.href).searchParams.has('m'));
	assertClean(assert, tracker);
});

test('area mode shows the area in km² and the perimeter, and writes ma=1', async () => {
	const { page, tracker } = await openMeasure();
	await clickPoints(page, THREE);
	await page.getByTestId('measure-area-toggle').check();
	const area = page.getByTestId('measure-area');
	await area.waitFor();
	assert.match(await area.textContent(), /平方公里/);
	assert.ok(Number(await area.getAttribute('data-km2')) > 0);
	const perimeter = Number(await page.getByTestId('measure-perimeter').getAttribute('data-km'));
	assert.ok(perimeter > (await totalKm(page)), 'the perimeter includes the closing segment');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('ma') === '1');
	const roles = await page.evaluate(() =>
		window.__wulingMap
			.getSource('measure')
			.serialize()
			.data.features.map((f) => f.properties.role)
	);
	assert.ok(roles.includes('area'));
	assertClean(assert, tracker);
});

test('clear empties the measurement, by button and by Escape', async () => {
	const { page, tracker } = await openMeasure();
	await clickPoints(page, THREE);
	await page.getByTestId('measure-clear').click();
	await page.getByTestId('measure-total').waitFor({ state: 'detached' });
	assert.match(await page.getByTestId('measure-results').textContent(), /尚未添加点/);
	await clickPoints(page, THREE.slice(0, 2));
	await page.locator('canvas.maplibregl-canvas').focus();
	await page.keyboard.press('Escape');
	await page.getByTestId('measure-total').waitFor({ state: 'detached' });
	const left = await page.evaluate(() => window.__wulingMap.getSource('measure').serialize().data.features.length);
	assert.equal(left, 0);
	assertClean(assert, tracker);
});

test('typed positions set the points, with a message for a bad one', async () => {
	const { page, tracker } = await openMeasure();
	const box = page.getByTestId('measure-text');
	await box.fill('108.77,29.53; 29.30,108.77');
	await page.getByTestId('measure-apply').click();
	assert.match(await page.getByTestId('measure-text-error').textContent(), /第 2 个点/);
	assert.equal(await box.inputValue(), '108.77,29.53; 29.30,108.77', 'the typed text must stay');

	await box.fill('108,29; 108,30');
	await page.getByTestId('measure-apply').click();
	await page.getByTestId('measure-total').waitFor();
	// One degree of latitude on Turf's sphere is 111.19 km, shown to one decimal above 100 km.
	assert.equal(await page.getByTestId('measure-total').textContent(), '111.2 公里');
	assert.equal((await page.getByTestId('measure-text-error').textContent()).trim(), '');
	assertClean(assert, tracker);
});

test('a link restores the measurement, and English mode relabels the segments', async () => {
	const { page, tracker } = shared;
	await page.goto(`${BASE_URL}/?tab=measure&m=108.5,29.3;109,29.3;109,29.7&ma=1`);
	await waitForMap(page);
	await page.getByTestId('measure-area').waitFor();
	assert.equal((await segments(page)).length, 2);
	await page.evaluate(() => window.__wulingMap.fitBounds([108.4, 29.2, 109.1, 29.8], { animate: false }));
	await redrawn(page);
	const zh = await renderedLabels(page, ['measure-label']);
	assert.ok(zh.length > 0 && zh.every((l) => /公里$/.test(l)), `labels: ${zh}`);

	await page.getByTestId('lang-switch').click();
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	await redrawn(page);
	const en = await renderedLabels(page, ['measure-label']);
	assert.ok(en.length > 0 && en.every((l) => / km$/.test(l)), `labels: ${en}`);
	assert.match(await page.getByTestId('measure-area').textContent(), /km²/);
	assert.match(await page.getByTestId('measure-results').textContent(), /Total length/);
	assertClean(assert, tracker);
});
