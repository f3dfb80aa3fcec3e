import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, openPage, assertClean } from './harness.mjs';

/** The document records the build was made from (data/documents.yaml, as build-catalogue wrote them). */
const DOCUMENTS = JSON.parse(readFileSync('src/lib/generated/documents.json', 'utf8'));

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

test('the sources list shows every document with its record, and each opens its text', async () => {
	const { page, tracker } = await openPage(context, { width: 390, height: 844 });
	await page.goto(`${BASE_URL}/sources/`);
	const items = page.getByTestId('source-item');
	assert.equal(await items.count(), DOCUMENTS.length, 'one item per document record');
	for (const doc of DOCUMENTS) {
		const item = page.locator(`[data-testid="source-item"][data-file="${doc.file}"]`);
		const text = await item.textContent();
		assert.ok(text.includes(doc.title.zh) && text.includes(doc.title.en), `${doc.file}: title in both languages`);
		assert.ok(text.includes(doc.issuer.zh), `${doc.file}: issuer`);
		assert.ok(text.includes(`${doc.period.from}–${doc.period.to}`), `${doc.file}: the years it speaks for`);
		assert.match(text, /\d+ 个项目，\d+ 处引文/, `${doc.file}: how much cites it`);
	}
	// Newest first: the 2026 plan outline heads the list.
	assert.equal(await items.first().getAttribute('data-file'), '002_9e3621a23b2e2452.txt');
	await items.first().locator('h2 a').click();
	await page.waitForURL(/\/sources\/002_9e3621a23b2e2452\/$/);
	assert.match(await page.getByTestId('source-record').textContent(), /重庆市黔江区国民经济和社会发展第十五个五年规划纲要/);
	assertClean(assert, tracker);
	await page.close();
});

test('the about page links the sources list, says how to update the atlas and gives the data date', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/about/`);
	const updating = await page.getByTestId('about-updating').textContent();
	for (const words of ['npm run atlas -- ingest', '--apply', 'npm run check:data', '更新图志', 'Updating the atlas']) {
		assert.ok(updating.includes(words), `the updating section says ${words}`);
	}
	const manifest = JSON.parse(readFileSync('static/geo/manifest.json', 'utf8'));
	const atlas = JSON.parse(readFileSync('src/lib/generated/atlas.json', 'utf8'));
	assert.equal(manifest.dataDate, atlas.dataDate, 'the manifest carries the data date of the data');
	assert.equal((await page.getByTestId('data-date').textContent()).trim(), atlas.dataDate);
	await page.getByTestId('about-sources').locator('a').first().click();
	await page.waitForURL(/\/sources\/$/);
	assertClean(assert, tracker);
	await page.close();
});
