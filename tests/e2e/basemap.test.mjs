import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, canvasVariety, renderedLabels, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

const LABEL_LAYERS = ['basemap-place-label-major', 'basemap-place-label-county', 'basemap-place-label-township'];

test('the map opens on the Wuling region with the basemap layers and a drawn canvas', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);

	const layers = await page.evaluate(() => window.__wulingMap.getStyle().layers.map((l) => l.id));
	for (const id of [
		'basemap-units-fill',
		'basemap-hillshade',
		'basemap-river-line',
		'basemap-county-line',
		'basemap-province-line',
		'basemap-focus-outline',
		'basemap-place-label-major',
		'basemap-airport-dot'
	]) {
		assert.ok(layers.includes(id), `layer ${id} missing`);
	}

	const centre = await page.evaluate(() => window.__wulingMap.getCenter().toArray());
	assert.ok(centre[0] > 107.5 && centre[0] < 110, `centre lon ${centre[0]}`);
	assert.ok(centre[1] > 28.8 && centre[1] < 30.3, `centre lat ${centre[1]}`);

	const { variety, distinct } = await canvasVariety(page);
	assert.ok(variety > 0.15 && distinct > 20, `canvas looks blank (variety ${variety}, ${distinct} colours)`);

	const labels = await renderedLabels(page, LABEL_LAYERS);
	assert.ok(labels.includes('黔江区') || labels.includes('黔江'), `Qianjiang label not shown: ${labels.slice(0, 20)}`);
	assert.ok(
		labels.every((l) => !/^[A-Za-z]/.test(l)),
		'labels should be Chinese by default'
	);

	assert.match(await page.locator('[data-testid="map-summary"]').textContent(), /38/);
	assertClean(assert, tracker);
	await page.close();
});

test('the language switch relabels the map and the interface, and the choice persists', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await page.getByTestId('lang-switch').click();
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	// Wait on what the user sees: the map's own label for Qianjiang in English (the relabel may already be drawn).
	await page
		.waitForFunction(
			(ids) => {
				const m = window.__wulingMap;
				return m
					.queryRenderedFeatures({ layers: ids.filter((id) => m.getLayer(id)) })
					.some(
						(f) =>
							f.properties.en === 'Qianjiang' &&
							JSON.stringify(m.getLayoutProperty(f.layer.id, 'text-field')).startsWith('["coalesce",["get","en"]')
					);
			},
			LABEL_LAYERS,
			{ timeout: 20000 }
		)
		.catch(() => {});
	const labels = await renderedLabels(page, LABEL_LAYERS);
	assert.ok(labels.includes('Qianjiang'), `English Qianjiang label missing: ${labels.slice(0, 20)}`);
	assert.equal(await page.locator('h1').textContent(), 'Wuling Atlas');

	await page.reload();
	await waitForMap(page);
	assert.equal(await page.locator('h1').textContent(), 'Wuling Atlas');
	await page.getByTestId('lang-switch').click();
	await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
	assertClean(assert, tracker);
	await page.close();
});

test('keyboard panning moves the map', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	const before = await page.evaluate(() => window.__wulingMap.getCenter().toArray());
	await page.locator('canvas.maplibregl-canvas').focus();
	await page.keyboard.press('ArrowRight');
	await page.waitForFunction(() => !window.__wulingMap.isMoving());
	await page.waitForTimeout(400);
	const after = await page.evaluate(() => window.__wulingMap.getCenter().toArray());
	assert.ok(after[0] > before[0], `centre did not move east: ${before} → ${after}`);
	assertClean(assert, tracker);
	await page.close();
});

test('phone size: the map fills the screen with no horizontal scroll', async () => {
	const { page, tracker } = await openPage(context, { width: 390, height: 844 });
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	const { scrollW, clientW, mapH } = await page.evaluate(() => ({
		scrollW: document.documentElement.scrollWidth,
		clientW: document.documentElement.clientWidth,
		mapH: window.__wulingMap.getCanvas().getBoundingClientRect().height
	}));
	assert.ok(scrollW <= clientW, `horizontal scroll: ${scrollW} > ${clientW}`);
	assert.ok(mapH > 400, `map too short on a phone: ${mapH}`);
	assertClean(assert, tracker);
	await page.close();
});
