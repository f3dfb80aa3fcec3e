import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

// Finishing a measurement: a double-click adds no duplicate point; a click beside a town's dot snaps to it.
let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

const segments = async (page) => page.getByTestId('measure-segment').evaluateAll((els) => els.map((e) => Number(e.dataset.km)));

test('double-click to finish adds no duplicate point, and a click on a town snaps to it', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await page.locator('#tab-measure').click();
	// The tool's code loads on first use: click once it listens (it sets the crosshair as it starts listening).
	await page.waitForFunction(() => window.__wulingMap.getCanvasContainer().style.cursor === 'crosshair');
	const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
	await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
	await page.waitForTimeout(450);
	await page.mouse.dblclick(box.x + box.width * 0.6, box.y + box.height * 0.6);
	await page.waitForTimeout(450);
	const segs = await segments(page);
	assert.equal(segs.length, 1, `a double-click added a second point: ${segs.join(', ')} km`);
	assert.ok(segs[0] > 0);
	await page.getByTestId('measure-clear').click();
	// Click just beside 黔江's dot: the point lands on the gazetteer place.
	const at = await page.evaluate(() => {
		const m = window.__wulingMap;
		const f = m.queryRenderedFeatures({ layers: ['basemap-place-dot'] }).find((x) => x.properties.id === 'qianjiang');
		if (!f) return null;
		const p = m.project(f.geometry.coordinates);
		return { x: p.x + 4, y: p.y + 3 };
	});
	assert.ok(at, 'no dot for 黔江 on the map');
	await page.mouse.click(box.x + at.x, box.y + at.y);
	await page.waitForFunction(() => new URL(location.href).searchParams.get('m'));
	const places = await page.evaluate(() => fetch('geo/places.json').then((r) => r.json()));
	const qj = places.places.find((p) => p.id === 'qianjiang');
	const m = new URL(page.url()).searchParams.get('m').split(',').map(Number);
	assert.ok(Math.abs(m[0] - qj.lon) < 1e-4 && Math.abs(m[1] - qj.lat) < 1e-4, `not snapped: ${m} vs ${qj.lon},${qj.lat}`);
	assertClean(assert, tracker);
	await page.close();
});
