// The import's edges in the browser: two imports at once (both results and warnings shown), Cancel pressed before
// the file is read (nothing added), and a KMZ renamed .kml (imported as the KMZ it is).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync, strToU8 } from 'fflate';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

async function openCorridors() {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/?lang=en`);
	await page.evaluate(() => localStorage.clear());
	await page.reload();
	await waitForMap(page, 120_000);
	await page.locator('#tab-corridors').click();
	await page.getByTestId('corridors-panel').waitFor();
	return { page, tracker };
}

/** Puts files on the import input, as the file picker does, in one change event each call. */
async function choose(page, files) {
	await page.evaluate((files) => {
		const dt = new DataTransfer();
		for (const f of files) dt.items.add(new File([Uint8Array.from(f.bytes)], f.name));
		const input = document.querySelector('[data-testid="corridor-import-input"]');
		input.files = dt.files;
		input.dispatchEvent(new Event('change', { bubbles: true }));
	}, files);
}

const line = (name, n) => {
	const coordinates = [];
	for (let i = 0; i < n; i++) coordinates.push([108.6 + (i / n) * 0.5, 29.3 + Math.sin(i / 50) * 0.02]);
	return {
		name: `${name}.geojson`,
		bytes: [...strToU8(JSON.stringify({ type: 'Feature', properties: { name }, geometry: { type: 'LineString', coordinates } }))]
	};
};

const corridorNames = (page) => page.locator('[data-testid="corridor-list"] li .text').allTextContents();

test('two imports at once: both results and their warnings are shown, and both lines are added', async () => {
	const { page, tracker } = await openCorridors();
	// The first, long enough to be simplified (a warning), is still being read when the second is chosen.
	await choose(page, [line('first-long', 8000)]);
	await choose(page, [line('second-short', 10)]);
	await page.waitForFunction(() => document.querySelectorAll('[data-testid="corridor-import-ok"]').length === 2, null, { timeout: 60_000 });
	const results = await page.getByTestId('corridor-import-ok').allTextContents();
	assert.match(results[0], /first-long\.geojson/);
	assert.match(results[0], /simplified/i, 'the first file’s warning is shown');
	assert.match(results[1], /second-short\.geojson/);
	const names = await corridorNames(page);
	assert.ok(names.includes('first-long') && names.includes('second-short'), names.join(', '));
	// Two files in one choice are read one after the other, both shown too.
	await choose(page, [line('third', 10), line('fourth', 10)]);
	await page.waitForFunction(
		() =>
			[...document.querySelectorAll('[data-testid="corridor-import-ok"]')]
				.map((e) => e.textContent)
				.join(' ')
				.includes('fourth.geojson'),
		null,
		{ timeout: 60_000 }
	);
	const both = (await page.getByTestId('corridor-import-ok').allTextContents()).join(' ');
	assert.match(both, /third\.geojson/);
	assertClean(assert, tracker);
	await page.close();
});

test('Cancel pressed before the file is read: nothing is imported or saved', async () => {
	const { page, tracker } = await openCorridors();
	// A slow disk: the file takes a second to read.
	await page.evaluate(() => {
		const read = File.prototype.arrayBuffer;
		File.prototype.arrayBuffer = function () {
			return new Promise((ok) => setTimeout(() => ok(read.call(this)), 1000));
		};
	});
	await choose(page, [line('never', 20)]);
	await page.getByTestId('corridor-import-cancel').click();
	await page.getByTestId('corridor-import-cancelled').waitFor();
	await page.waitForTimeout(2500);
	assert.equal(await page.getByTestId('corridor-import-ok').count(), 0);
	assert.deepEqual(await corridorNames(page), []);
	const saved = await page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('wuling-atlas:corridors'))
			.map((k) => localStorage.getItem(k))
			.join(' ')
	);
	assert.doesNotMatch(saved, /never/);
	assertClean(assert, tracker);
	await page.close();
});

test('a KMZ renamed .kml is imported as the KMZ it is', async () => {
	const { page, tracker } = await openCorridors();
	const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>黔江—酉阳</name><LineString><coordinates>108.77,29.53 108.99,29.22 108.75,28.84</coordinates></LineString></Placemark></Document></kml>`;
	await choose(page, [{ name: 'renamed.kml', bytes: [...zipSync({ 'doc.kml': strToU8(kml) })] }]);
	await page.getByTestId('corridor-import-ok').waitFor({ timeout: 60_000 });
	assert.match(await page.getByTestId('corridor-import-ok').textContent(), /KMZ/);
	assert.ok((await corridorNames(page)).includes('黔江—酉阳'));
	assertClean(assert, tracker);
	await page.close();
});
