// The corridor tool: sketching on the map, statistics, the buffer, corridors from places, comparison, persistence,
// import (refusals and hostile names) and export. The tests run in order and share one browser profile, so the
// corridors drawn by the first are there for the next.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

async function openCorridors(page) {
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await page.locator('#tab-corridors').click();
	await page.getByTestId('corridors-panel').waitFor();
}

/** Page pixel positions of [lon, lat] pairs on the map canvas. */
async function toPixels(page, lonLats) {
	return page.evaluate((pts) => {
		const m = window.__wulingMap;
		const r = m.getCanvas().getBoundingClientRect();
		return pts.map((p) => {
			const q = m.project(p);
			return { x: r.left + q.x, y: r.top + q.y };
		});
	}, lonLats);
}

async function listNames(page) {
	return page.locator('[data-testid="corridor-list"] li .text').allTextContents();
}

async function districtSum(page) {
	return page.evaluate(() => {
		const rows = [...document.querySelectorAll('[data-testid="corridor-districts"] tbody tr')];
		return { rows: rows.length, sum: rows.reduce((s, r) => s + Number(r.getAttribute('data-km')), 0) };
	});
}

test('draw a corridor by clicking on the map: stats, districts that add up, and a buffer that changes the counts', async () => {
	const { page, tracker } = await openPage(context);
	await openCorridors(page);
	assert.equal((await listNames(page)).length, 0, 'a fresh profile starts with no corridors');

	await page.getByTestId('corridor-draw').click();
	await page.waitForFunction(() => Boolean(window.__wulingMap.getLayer('corridors-draw-linestring')));
	const points = await toPixels(page, [
		[108.62, 29.62],
		[108.77, 29.5],
		[108.84, 29.36],
		[108.95, 29.22]
	]);
	for (const p of points) {
		await page.mouse.move(p.x, p.y, { steps: 4 });
		await page.mouse.click(p.x, p.y);
		await page.waitForTimeout(120);
	}
	await page.getByTestId('corridor-finish').click();

	await page.getByTestId('corridor-stats').waitFor();
	assert.equal((await listNames(page)).length, 1);
	const total = Number(await page.getByTestId('corridor-length').getAttribute('data-km'));
	assert.ok(total > 20 && total < 80, `drawn length ${total} km`);
	const { rows, sum } = await districtSum(page);
	assert.ok(rows >= 1, 'at least one district row');
	assert.ok(Math.abs(sum - total) < 0.01, `district lengths ${sum} should add up to ${total}`);
	assert.ok(Number(await page.getByTestId('corridor-sinuosity').getAttribute('data-value')) >= 1);

	const layers = await page.evaluate(() => window.__wulingMap.getStyle().layers.map((l) => l.id));
	for (const id of ['corridors-buffer-fill', 'corridors-line-dashed', 'corridors-line-label'])
		assert.ok(layers.includes(id), `layer ${id}`);
	const bufferFeatures = await page.evaluate(() => window.__wulingMap.getSource('corridors-buffer')._data?.features?.length ?? -1);
	assert.notEqual(bufferFeatures, 0, 'the buffer is drawn');

	const places = (id) => page.getByTestId(id).getAttribute('data-count').then(Number);
	const before5 = { places: await places('corridor-places-title'), projects: await places('corridor-projects-title') };
	await page.getByTestId('corridor-buffer').fill('25');
	await page.waitForFunction(
		(n) => Number(document.querySelector('[data-testid="corridor-places-title"]').getAttribute('data-count')) !== n,
		before5.places
	);
	const after25 = { places: await places('corridor-places-title'), projects: await places('corridor-projects-title') };
	assert.ok(after25.places > before5.places, `places ${before5.places} → ${after25.places}`);
	assert.ok(after25.projects >= before5.projects);
	await page.getByTestId('corridor-buffer').fill('5');
	assertClean(assert, tracker);
	await page.close();
});

test('a corridor from places 黔江→吉首, compared with the drawn one; both survive a reload', async () => {
	const { page, tracker } = await openPage(context);
	await openCorridors(page);
	assert.equal((await listNames(page)).length, 1, 'the drawn corridor persisted');

	await page.getByTestId('corridor-from-places-toggle').click();
	await page.locator('#corridor-places-input').fill('黔江→吉首');
	await page.getByTestId('corridor-from-places').getByRole('button').click();
	await page.waitForFunction(() => document.querySelectorAll('[data-testid="corridor-list"] li').length === 2);
	const sinuosity = page.getByTestId('corridor-sinuosity');
	assert.ok(Math.abs(Number(await sinuosity.getAttribute('data-value')) - 1) < 0.001, 'a two-place line is straight');
	// Said as what it is: 1 by construction, not a finding about the ground.
	assert.match(await sinuosity.textContent(), /两点间直线/);
	// Projects sorted by what is known: nothing is "within the buffer at 0.0 km" only because it starts at 黔江.
	const ends = Number(await page.getByTestId('corridor-contact-ends').getAttribute('data-count'));
	assert.ok(ends > 5, `projects that only start at 黔江 or end at 吉首: ${ends}`);
	// The Qianjiang–Jishou HSR names both ends: it links them, and is not "in the buffer at 0.0 km".
	assert.match(await page.getByTestId('corridor-stats').locator('li[data-id="qianjiang-jishou-hsr"]').textContent(), /连接走廊两端/);
	const length = Number(await page.getByTestId('corridor-length').getAttribute('data-km'));
	assert.ok(length > 140 && length < 190, `Qianjiang–Jishou ${length} km`);

	for (const box of await page.locator('[data-testid="corridor-list"] input[type="checkbox"]').all()) await box.check();
	const table = page.getByTestId('corridor-compare');
	await table.waitFor();
	assert.equal(await table.locator('thead th').count(), 3, 'a measure column and two corridors');
	assert.ok((await table.locator('tbody tr').count()) >= 6);
	const names = await listNames(page);

	await page.reload();
	await waitForMap(page);
	await page.locator('#tab-corridors').click();
	assert.deepEqual(await listNames(page), names);
	await page.getByTestId('corridor-compare').waitFor();
	assertClean(assert, tracker);
	await page.close();
});

test('import: a broken file is refused clearly and changes nothing; a hostile name stays text; export gives GeoJSON; fits a phone', async () => {
	const { page, tracker } = await openPage(context);
	const dialogs = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		d.dismiss();
	});
	await openCorridors(page);
	const names = await listNames(page);
	const input = page.getByTestId('corridor-import-input');
	assert.match(await page.locator('#corridor-import-limit').textContent(), /5 MB/);

	await input.setInputFiles({ name: 'broken.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"Feature"') });
	const error = page.getByTestId('corridor-import-error');
	await error.waitFor();
	assert.equal(await error.getAttribute('data-code'), 'json-syntax');
	assert.match(await error.textContent(), /JSON/);
	assert.deepEqual(await listNames(page), names, 'the list is unchanged');

	const hostile = '<img src=x onerror=alert(1)>';
	const line = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { name: hostile, note: '<script>alert(2)</script>' },
				geometry: {
					type: 'LineString',
					coordinates: [
						[108.7, 29.45],
						[108.8, 29.4],
						[108.9, 29.3]
					]
				}
			}
		]
	};
	const imgsBefore = await page.locator('img').count();
	await input.setInputFiles({ name: 'line.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(line)) });
	await page.getByTestId('corridor-import-ok').waitFor();
	const after = await listNames(page);
	assert.equal(after.length, names.length + 1);
	assert.equal(after[after.length - 1], hostile, 'the name is shown as literal text');
	assert.equal(await page.locator('img').count(), imgsBefore, 'no <img> element was created');
	assert.equal(await page.locator('[data-testid="corridors-panel"] script').count(), 0);
	assert.match(await page.getByTestId('corridor-import-ok').textContent(), /<script>alert\(2\)<\/script>/);
	assert.match(await page.locator('[data-testid="corridor-list"] li').last().textContent(), /导入|imported/);
	await page.getByTestId('corridor-offset').waitFor();

	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="corridor-geojson"]').click()]);
	assert.match(download.suggestedFilename(), /\.geojson$/);
	assert.ok(!/[<>]/.test(download.suggestedFilename()), `safe file name: ${download.suggestedFilename()}`);
	const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
	assert.equal(doc.type, 'FeatureCollection');
	assert.equal(doc.features[0].geometry.type, 'LineString');
	assert.equal(doc.features[0].properties.name, hostile);
	assert.ok(doc.features[0].properties.length_km > 0);

	assert.deepEqual(dialogs, [], 'no script ran');

	// Phone size: the panel becomes a bottom sheet that must not scroll sideways.
	await page.setViewportSize({ width: 390, height: 844 });
	await page.waitForTimeout(300);
	const { scrollW, clientW, panelW } = await page.evaluate(() => ({
		scrollW: document.documentElement.scrollWidth,
		clientW: document.documentElement.clientWidth,
		panelW: document.querySelector('[data-testid="corridors-panel"]').scrollWidth
	}));
	assert.ok(scrollW <= clientW, `page scrolls sideways: ${scrollW} > ${clientW}`);
	assert.ok(panelW <= clientW, `panel wider than the screen: ${panelW}`);
	assertClean(assert, tracker);
	await page.close();
});
