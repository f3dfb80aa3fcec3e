// The phone path at 390×844 and 360×740, in zh and en: near me answers first, a result keeps the place,
// everything is reachable, and every control is a tap target of at least 44×44 CSS px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';
import { smallTargets } from './tap-targets.mjs';

const PHONE = { width: 390, height: 844 };
const SMALL = { width: 360, height: 740 };
// A shared 2-core machine can take long to draw the first map in software GL.
const LOAD_MS = 120000;
const TABS = ['projects', 'nearby', 'measure', 'corridors', 'travel', 'promises'];

// One browser for the file, one page per screen size: loading the map is the slow part.
let context;
let phone;
before(async () => {
	context = await launch();
	phone = await openPage(context, PHONE);
	await phone.page.goto(`${BASE_URL}/?lang=zh`);
	await waitForMap(phone.page, LOAD_MS);
});
after(async () => {
	await context?.close();
});

/** Switches the page's language with its own button. */
async function setLang(page, lang) {
	const want = lang === 'zh' ? 'zh-Hans' : 'en';
	if ((await page.locator('html').getAttribute('lang')) === want) return;
	await page.getByTestId('lang-switch').click();
	await page.waitForFunction((w) => document.documentElement.lang === w, want);
}

/** Waits until the map has stopped moving (framing animates). */
async function mapSettled(page) {
	await page.waitForFunction(() => {
		const m = window.__wulingMap;
		return m && !m.isMoving() && m.loaded();
	});
}

/** Asserts no control on the page is smaller than 44×44 CSS px. */
async function assertTapTargets(page, where) {
	const small = await smallTargets(page);
	assert.deepEqual(small, [], `tap targets under 44×44 px (${where}):\n${small.map((s) => `${s.what} ${s.width}×${s.height}`).join('\n')}`);
}

/** Box of an element in the viewport. */
const box = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());

/** The top of the bottom sheet and the map's frame, in viewport px. */
async function sheetTop(page) {
	return (await box(page.locator('#side-panel'))).top;
}

/**
 * Waits until the map has framed 濯水 and its district seat 黔江 above the sheet, and fails with their positions if it
 * does not within 15 s. Positions come from the site's own gazetteer.
 */
async function framedAboveSheet(page, when) {
	const positions = await page.evaluate(
		async (ids) => {
			const places = await (await fetch(new URL('geo/places.json', document.baseURI))).json();
			const list = Array.isArray(places) ? places : places.places;
			return ids.map((id) => {
				const p = list.find((q) => q.id === id);
				return [p.lon, p.lat];
			});
		},
		['qianjiang-zhuoshui', 'qianjiang']
	);
	// One check, run in the page: polled until it holds, then run once more for the message if it never does.
	const check = ({ positions }) => {
		const m = window.__wulingMap;
		const r = m.getContainer().getBoundingClientRect();
		const top = document.querySelector('#side-panel').getBoundingClientRect().top;
		const at = positions.map((lngLat) => {
			const xy = m.project(lngLat);
			return { x: Math.round(xy.x + r.left), y: Math.round(xy.y + r.top) };
		});
		const ok = !m.isMoving() && at.every((p) => p.y > r.top && p.y < top && p.x > 0 && p.x < innerWidth);
		return { ok, at, top, mapTop: r.top };
	};
	const deadline = Date.now() + 15000;
	let seen = await page.evaluate(check, { positions });
	while (!seen.ok && Date.now() < deadline) {
		await page.waitForTimeout(250);
		seen = await page.evaluate(check, { positions });
	}
	assert.ok(seen.ok, `${when}: place and seat not framed above the sheet: ${JSON.stringify(seen)}`);
}

const WORDS = {
	zh: { query: '濯水', place: /濯水/, back: '返回黔江区濯水镇附近的结果', summary: /^黔江区濯水镇：/ },
	en: {
		query: 'Zhuoshui',
		place: /Zhuoshui/,
		back: 'Back to results near Zhuoshui, Qianjiang District',
		summary: /^Zhuoshui, Qianjiang District: /
	}
};

for (const lang of ['zh', 'en']) {
	test(`390×844 ${lang}: searching ${WORDS[lang].query} answers first, and a tapped result keeps the place`, async () => {
		const { page, tracker } = phone;
		const w = WORDS[lang];
		await setLang(page, lang);
		await page.locator('#tab-nearby').click();
		const query = page.getByTestId('nearby-query');
		// The panel renders after the tab opens: wait for the search box or, when a place is already chosen, its chip.
		await query.or(page.getByTestId('nearby-chip')).first().waitFor();
		if (!(await query.isVisible())) await page.getByTestId('nearby-chip').click();
		await query.fill(w.query);
		await page.getByTestId('nearby-find').click();
		await page.getByTestId('nearby-list').locator('li').first().waitFor();

		// The sheet is up to at least half the screen below the header, and the answer is in it without scrolling.
		const panel = await box(page.locator('#side-panel'));
		const header = await box(page.locator('header'));
		assert.ok(panel.height >= 0.5 * (PHONE.height - header.bottom), `sheet is ${panel.height} px tall`);
		const content = await box(page.locator('#panel-content'));
		const summary = page.getByTestId('nearby-summary');
		assert.match(await summary.textContent(), w.summary);
		const s = await box(summary);
		assert.ok(s.top >= content.top && s.bottom <= content.bottom && s.bottom <= PHONE.height, `summary not in view: ${JSON.stringify(s)}`);
		// The search box folded into a chip with the place name.
		const chip = page.getByTestId('nearby-chip');
		assert.ok(await chip.isVisible(), 'no place chip');
		assert.match(await chip.textContent(), w.place);
		assert.equal(await query.isVisible(), false, 'the search box stays open over the answer');

		// The map frames the place and its district seat above the sheet.
		await framedAboveSheet(page, 'after the search');
		const camera = () => page.evaluate(() => ({ zoom: window.__wulingMap.getZoom(), center: window.__wulingMap.getCenter().toArray() }));
		const searched = await camera();
		await assertTapTargets(page, `near me, ${lang}`);

		// Tapping a result opens it with a way back to this list; the project is drawn selected above the sheet.
		const first = page.getByTestId('nearby-group-here').locator('button.item').first();
		const id = await first.getAttribute('data-id');
		await first.click();
		await page.getByTestId('project-detail').waitFor();
		const back = page.getByTestId('detail-back');
		assert.equal((await back.textContent()).replace('←', '').trim(), w.back);
		await mapSettled(page);
		const top2 = await sheetTop(page);
		const shown = await page.evaluate(
			({ id, bottom }) => {
				const m = window.__wulingMap;
				const r = m.getContainer().getBoundingClientRect();
				const layers = m
					.getStyle()
					.layers.filter((l) => l.source === 'projects')
					.map((l) => l.id);
				const feats = m.queryRenderedFeatures(
					[
						[0, 0],
						[r.width, bottom - r.top]
					],
					{ layers }
				);
				// Drawn: of the year view shown (or untagged), and selected.
				return feats.some(
					(f) => f.properties.id === id && f.state?.selected === true && (f.properties.view === undefined || f.state?.shown === true)
				);
			},
			{ id, bottom: top2 }
		);
		assert.ok(shown, `the project ${id} is not drawn selected on the visible part of the map`);
		await assertTapTargets(page, `project detail, ${lang}`);

		await back.click();
		await page.getByTestId('nearby-list').waitFor();
		assert.equal(await page.locator('#tab-nearby').getAttribute('aria-selected'), 'true');
		assert.match(await page.getByTestId('nearby-chip').textContent(), w.place);
		assert.equal(new URL(page.url()).searchParams.get('near'), 'qianjiang-zhuoshui');
		// The list comes back with the opened project in view and focused, and the map frames the place again.
		await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, id);
		await framedAboveSheet(page, 'after back');
		// Framed as after the search, not left on the project.
		await page
			.waitForFunction((c) => Math.abs(window.__wulingMap.getZoom() - c.zoom) < 0.25, searched, { timeout: 15000 })
			.catch(async () =>
				assert.fail(`after back the camera is ${JSON.stringify(await camera())}, after the search ${JSON.stringify(searched)}`)
			);
		// Words a citizen reads: the document year as a source, never in bare brackets after a status.
		const meta = (await page.getByTestId('nearby-meta').allTextContents()).join('\n');
		assert.ok(!/（\d{4}年）|\(\d{4}\)/.test(meta), meta);
		assert.match(meta, lang === 'zh' ? /据20\d\d年/ : /according to/);
		assert.ok(!/十五五|FYP/.test(meta), meta);
		assertClean(assert, tracker);
	});
}

for (const lang of ['en', 'zh']) {
	test(`390×844 ${lang}: a near= link fills the chip and opens the answer`, async () => {
		const { page, tracker } = phone;
		await page.goto(`${BASE_URL}/?lang=${lang}&tab=nearby&near=qianjiang-zhuoshui`);
		await waitForMap(page, LOAD_MS);
		const chip = page.getByTestId('nearby-chip');
		await chip.waitFor();
		assert.match(await chip.textContent(), WORDS[lang].place);
		const s = await box(page.getByTestId('nearby-summary'));
		assert.ok(s.bottom <= PHONE.height && s.top >= (await sheetTop(page)), 'the answer is not in view');
		// The chip opens the search again, filled with the place.
		await chip.click();
		const query = page.getByTestId('nearby-query');
		assert.ok(await query.isVisible());
		assert.match(await query.inputValue(), WORDS[lang].place);
		assertClean(assert, tracker);
	});
}

/** Every tab, the menu's pages, the language switch and the legend sheet are reachable on this page. */
async function assertReachable(page, size, lang) {
	const where = `${size.width}×${size.height} ${lang}`;
	const inView = (r) => r.left >= -0.5 && r.right <= size.width + 0.5 && r.top >= -0.5 && r.bottom <= size.height + 0.5;
	const row = page.locator('[role=tablist]');
	// The row scrolls: the last tabs are cut off at first, with a cue that more follow.
	const overflow = await row.evaluate((el) => el.scrollWidth > el.clientWidth);
	if (overflow) assert.equal(await row.getAttribute('data-more-right'), '', `${where}: no cue that more tabs follow`);
	for (const tab of TABS) {
		const button = page.locator(`#tab-${tab}`);
		await button.click();
		assert.equal(await button.getAttribute('aria-selected'), 'true', `${where}: ${tab}`);
		assert.ok(inView(await box(button)), `${where}: tab ${tab} is not in view once chosen`);
		await assertTapTargets(page, `${where}, tab ${tab}`);
	}
	await page.locator('#tab-projects').click();

	// Present and About from the menu; the language switch beside it.
	assert.ok(inView(await box(page.getByTestId('lang-switch'))), `${where}: language switch not in view`);
	await page.getByTestId('menu').locator('summary').click();
	for (const [id, path] of [
		['menu-present', '/present/'],
		['menu-about', '/about/']
	]) {
		const link = page.getByTestId(id);
		assert.ok(await link.isVisible(), `${where}: ${id} hidden`);
		assert.ok(inView(await box(link)), `${where}: ${id} not in view`);
		assert.ok((await link.getAttribute('href')).endsWith(path));
	}
	await assertTapTargets(page, `${where}, menu open`);
	await page.keyboard.press('Escape');
	assert.equal(await page.getByTestId('menu-present').isVisible(), false, `${where}: Escape leaves the menu open`);

	// The legend opens as a sheet along the bottom edge, and closes again.
	await page.getByTestId('legend').locator('summary').click();
	const legend = await box(page.getByTestId('legend'));
	assert.ok(
		Math.abs(legend.bottom - size.height) <= 1 && legend.width >= size.width - 1,
		`${where}: legend is not a bottom sheet: ${JSON.stringify(legend)}`
	);
	const topmost = await page.evaluate(
		([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid=legend]') !== null,
		[size.width / 2, size.height - 10]
	);
	assert.ok(topmost, `${where}: the legend sheet is covered`);
	await assertTapTargets(page, `${where}, legend open`);
	await page.getByTestId('legend-close').click();
	assert.equal(await page.getByTestId('legend').getAttribute('open'), null);
}

test('390×844: every tab, Present, About, the language switch and the legend are reachable, with 44 px targets, in zh and en', async () => {
	const { page, tracker } = phone;
	for (const lang of ['zh', 'en']) {
		await setLang(page, lang);
		await assertReachable(page, PHONE, lang);
	}
	assertClean(assert, tracker);
});

test('360×740: everything is reachable, in zh and en', async () => {
	const small = await openPage(context, SMALL);
	await small.page.goto(`${BASE_URL}/?lang=en`);
	await waitForMap(small.page, LOAD_MS);
	for (const lang of ['en', 'zh']) {
		await setLang(small.page, lang);
		await assertReachable(small.page, SMALL, lang);
	}
	assertClean(assert, small.tracker);
	await small.page.close();
});
