import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, openPage, waitForMap, assertClean, pixelVariety } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
	const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
	assert.deepEqual([...bytes.subarray(0, 8)], signature, 'not a PNG');
	assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and measures how varied a downscaled copy is: near 0 when blank. */
function pngVariety(page, bytes) {
	return pixelVariety(page, `data:image/png;base64,${bytes.toString('base64')}`, { w: 96, h: 64 });
}

async function exportAs(page, id) {
	await page.getByTestId('export-button').click();
	await page.getByTestId(`export-${id}`).waitFor();
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60000 }), page.getByTestId(`export-${id}`).click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: await readFile(path) };
}

test('the map exports as PNG at 16:9 and A4 landscape, at the exact sizes, with a drawn map', async () => {
	const { page, tracker } = await openPage(context, { width: 1280, height: 800 });
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);

	// The menu opens from the keyboard and closes with Escape.
	await page.getByTestId('export-button').focus();
	await page.keyboard.press('Enter');
	await page.getByTestId('export-title').waitFor();
	await page.keyboard.press('Escape');
	assert.equal(await page.getByTestId('export-title').count(), 0);
	assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'export-button');

	for (const [id, width, height] of [
		['screen', 1920, 1080],
		['a4', 1754, 1240]
	]) {
		const { name, bytes } = await exportAs(page, id);
		assert.match(name, /\.png$/);
		assert.deepEqual(pngSize(bytes), { width, height }, `${id} size`);
		const { variety, distinct } = await pngVariety(page, bytes);
		assert.ok(variety > 0.15 && distinct > 30, `${id} looks blank (variety ${variety}, ${distinct} colours)`);
	}
	assert.match(await page.getByTestId('export-status').textContent(), /png/);

	// Printing (Ctrl+P) puts an A4 landscape sheet with the furniture on the paper and nothing else.
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	const sheet = await page.evaluate(async () => {
		const img = document.querySelector('.print-sheet img');
		await img?.decode();
		return {
			width: img?.naturalWidth,
			height: img?.naturalHeight,
			shown: img ? getComputedStyle(img.parentElement).display : 'none',
			header: document.querySelector('header')?.getBoundingClientRect().height ?? 0
		};
	});
	assert.deepEqual(sheet, { width: 1754, height: 1240, shown: 'block', header: 0 });
	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	assertClean(assert, tracker);
	await page.close();
});
