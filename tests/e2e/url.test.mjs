// Links restore the view: state in the query string, history entries for discrete changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

const index = JSON.parse(readFileSync(new URL('../../static/geo/projects.json', import.meta.url), 'utf8'));
const entries = Array.isArray(index) ? index : index.projects;
const byId = new Map(entries.map((e) => [e.id, e]));
const located = entries.filter((e) => e.method !== 'unlocated');
const hsr = located.find((e) => e.kind === 'hsr');

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/** The page's query as an object. */
function query(page) {
	return Object.fromEntries(new URL(page.url()).searchParams);
}

/** Waits until the map camera is close to `zoom` and [lon, lat]. */
async function waitForCamera(page, zoom, [lon, lat]) {
	await page.waitForFunction(
		([z, x, y]) => {
			const m = window.__wulingMap;
			if (!m || m.isMoving()) return false;
			const c = m.getCenter();
			return Math.abs(m.getZoom() - z) < 0.05 && Math.abs(c.lng - x) < 0.01 && Math.abs(c.lat - y) < 0.01;
		},
		[zoom, lon, lat],
		{ timeout: 10000 }
	);
}

/** Waits until the detail panel shows the project's name in `lang`. */
async function waitForDetail(page, id, lang) {
	const name = byId.get(id).name[lang];
	await page.waitForFunction((n) => document.querySelector('#detail-title')?.textContent === n, name, {
		timeout: 10000
	});
}

// One page walks through the steps, since each map load costs several seconds on a slow machine.
test('a link restores the view, history steps through selections, and a reload keeps the state', async (t) => {
	const { page, tracker } = await openPage(context);

	await t.test('a link restores language, year, kinds, project and camera', async () => {
		await page.goto(`${BASE_URL}/?lang=en&year=2030&kinds=hsr&project=${hsr.id}&map=8/29.5/108.8`);
		await waitForMap(page);
		await waitForCamera(page, 8, [108.8, 29.5]);

		assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
		assert.equal(await page.locator('h1').first().textContent(), 'Wuling Atlas');
		await waitForDetail(page, hsr.id, 'en');
		assert.equal(await page.locator('[data-testid="year-control"] [aria-checked="true"]').textContent(), '2030');
		assert.equal(await page.locator('[data-testid="notices"]').count(), 0, 'a valid link shows no notice');

		// The camera is applied after the page framed the selected project, so the link wins.
		const [zoom, [lon, lat]] = await page.evaluate(() => [window.__wulingMap.getZoom(), window.__wulingMap.getCenter().toArray()]);
		assert.ok(Math.abs(zoom - 8) < 0.05, `zoom ${zoom}`);
		assert.ok(Math.abs(lon - 108.8) < 0.01 && Math.abs(lat - 29.5) < 0.01, `centre ${lon},${lat}`);

		const q = query(page);
		assert.equal(q.lang, 'en');
		assert.equal(q.year, '2030');
		assert.equal(q.kinds, 'hsr');
		assert.equal(q.project, hsr.id);
		assert.equal(q.map, '8/29.5/108.8');
		assert.ok(!page.url().includes('%2F'), `camera written readably: ${page.url()}`);
	});

	await t.test('selecting another project pushes a history entry and Back restores the previous one', async () => {
		const before = await page.evaluate(() => history.length);
		await page.getByTestId('detail-back').click();
		await page.waitForFunction(() => !new URL(location.href).searchParams.has('project'));
		// The filters sit in the list view, behind the open project.
		assert.equal(await page.getByTestId('filter-group-hsr').isChecked(), true);
		assert.equal(await page.getByTestId('filter-group-road').isChecked(), false);
		// A person pauses between leaving one project and picking the next.
		await page.waitForTimeout(500);
		const other = await page
			.locator('[data-testid="project-list"] button.item')
			.evaluateAll((els, id) => els.map((e) => e.dataset.id).find((x) => x !== id), hsr.id);
		await page.locator(`[data-testid="project-list"] button[data-id="${other}"]`).click();
		await waitForDetail(page, other, 'en');
		await page.waitForFunction((id) => new URL(location.href).searchParams.get('project') === id, other);
		assert.equal(await page.evaluate(() => history.length), before + 2, 'each selection change is one entry');

		await page.goBack();
		await page.waitForFunction(() => !new URL(location.href).searchParams.has('project'));
		await page.locator('[data-testid="project-list"]').waitFor();
		assert.equal(await page.locator('[data-testid="project-detail"]').count(), 0);

		await page.goBack();
		await waitForDetail(page, hsr.id, 'en');
		assert.equal(query(page).project, hsr.id);
		// That entry's camera comes back with it.
		await waitForCamera(page, 8, [108.8, 29.5]);

		await page.goForward();
		await page.goForward();
		await waitForDetail(page, other, 'en');
		assert.equal(query(page).project, other);
		assert.equal(await page.evaluate(() => history.length), before + 2, 'Back and Forward add no entries');
	});

	await t.test('camera moves rewrite the current entry, and a reload keeps the whole state', async () => {
		await page.goBack();
		await page.goBack();
		await waitForDetail(page, hsr.id, 'en');
		const length = await page.evaluate(() => history.length);
		await page.evaluate(() => window.__wulingMap.jumpTo({ center: [108.6, 29.3], zoom: 9.5, bearing: 20 }));
		await page.waitForFunction(() => new URL(location.href).searchParams.get('map') === '9.5/29.3/108.6/20');
		assert.equal(await page.evaluate(() => history.length), length, 'a camera move makes no entry');

		await page.reload();
		await waitForMap(page);
		await waitForCamera(page, 9.5, [108.6, 29.3]);
		assert.ok(Math.abs((await page.evaluate(() => window.__wulingMap.getBearing())) - 20) < 0.5);
		await waitForDetail(page, hsr.id, 'en');
		assert.equal(await page.locator('[data-testid="year-control"] [aria-checked="true"]').textContent(), '2030');
		assert.deepEqual(query(page), {
			lang: 'en',
			project: hsr.id,
			// The travel origin is always in a link, so a shared link says where times are from.
			tf: 'qianjiang',
			kinds: 'hsr',
			year: '2030',
			map: '9.5/29.3/108.6/20'
		});
	});

	assertClean(assert, tracker);
	await page.close();
});

test('malformed parameters give one notice, no page error, and the valid ones still apply', async () => {
	const { page, tracker } = await openPage(context);
	const long = 'x'.repeat(3000);
	await page.goto(
		`${BASE_URL}/?lang=en&year=1999&kinds=bogus,hsr&map=abc&project=%3Cscript%3Ealert(1)%3C/script%3E&phases=%E0%A4%A&zz=${long}`
	);
	await waitForMap(page);
	const notices = page.locator('[data-testid="notices"] p');
	await notices.first().waitFor();
	assert.equal(await notices.count(), 1, 'one notice lists every ignored parameter');
	const text = await notices.first().textContent();
	for (const part of ['year=1999', 'kinds=bogus', 'map=abc', 'project=<script>']) {
		assert.ok(text.includes(part), `notice should name ${part}: ${text}`);
	}
	assert.ok(text.length < 600, `notice stays short (${text.length} characters)`);
	// Text, not markup: nothing from the URL became an element.
	assert.equal(await page.locator('[data-testid="notices"] script').count(), 0);

	assert.equal(await page.locator('h1').first().textContent(), 'Wuling Atlas');
	assert.equal(await page.getByTestId('filter-group-hsr').isChecked(), true);
	assert.equal(await page.locator('[data-testid="year-control"] [aria-checked="true"]').textContent(), 'Now');
	assert.equal(await page.locator('[data-testid="project-detail"]').count(), 0);

	const q = query(page);
	assert.equal(q.kinds, 'hsr');
	for (const key of ['year', 'map', 'project', 'zz', 'phases']) assert.equal(q[key], undefined, `${key} dropped`);
	assert.ok(page.url().length < 2000, `URL length ${page.url().length}`);
	assertClean(assert, tracker);
	await page.close();
});
