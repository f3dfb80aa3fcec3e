import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, openPage, assertClean, waitForMap } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

const SCENE_COUNT = 7;

/** Waits until the presenter's map has loaded and stopped moving. */
async function waitForPresenter(page) {
	await page.waitForSelector('[data-ready="true"]', { timeout: 45000 });
	await page.waitForFunction(
		() => {
			const m = window.__wulingMap;
			return Boolean(m && m.loaded() && !m.isMoving());
		},
		null,
		{ timeout: 45000 }
	);
}

async function shown(page) {
	return page.evaluate(() => ({
		index: Number(document.querySelector('[data-scene-index]').getAttribute('data-scene-index')),
		label: document.querySelector('[data-testid="progress-label"]').textContent.trim(),
		now: Number(document.querySelector('[data-testid="progress"]').getAttribute('aria-valuenow')),
		bar: document.querySelector('[data-testid="progress"] .bar').style.width,
		scene: document.querySelector('[data-scene]').getAttribute('data-scene'),
		param: new URL(location.href).searchParams.get('scene')
	}));
}

test('the presenter steps through every scene with → and PageDown, jumps with digits, Home and End, and Esc returns to the map', async () => {
	const { page, tracker } = await openPage(context, { width: 1280, height: 720 });
	// Reduced motion: the camera jumps between scenes instead of flying.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${BASE_URL}/present/`);
	await waitForPresenter(page);
	// Stepping is read from the page, not the map's pixels (see the fit test below).
	await lowResolutionMap(page);

	const sizes = await page.evaluate(() => ({
		title: parseFloat(getComputedStyle(document.querySelector('[data-testid="scene-title"]')).fontSize),
		body: parseFloat(getComputedStyle(document.querySelector('[data-testid="scene-panel"] p')).fontSize)
	}));
	assert.ok(sizes.title >= 40, `title ${sizes.title}px`);
	assert.ok(sizes.body >= 24, `body ${sizes.body}px`);
	// Only the scale bar and the compact attribution stay of the map's controls.
	assert.equal(await page.locator('.maplibregl-ctrl-zoom-in').isVisible(), false);
	assert.equal(await page.locator('.maplibregl-ctrl-scale').isVisible(), true);

	let s = await shown(page);
	assert.equal(s.index, 0);
	assert.equal(s.label, `1 / ${SCENE_COUNT}`);
	const seen = [s.scene];
	for (let i = 1; i < SCENE_COUNT; i++) {
		await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
		await page.waitForFunction((n) => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === String(n), i);
		s = await shown(page);
		assert.equal(s.label, `${i + 1} / ${SCENE_COUNT}`);
		assert.equal(s.now, i + 1);
		assert.equal(s.param, String(i + 1));
		assert.ok(Math.abs(parseFloat(s.bar) - ((i + 1) / SCENE_COUNT) * 100) < 0.01, `bar ${s.bar}`);
		seen.push(s.scene);
	}
	assert.equal(new Set(seen).size, SCENE_COUNT, `scenes seen: ${seen}`);
	// The last scene shows the model's verdicts on the promises.
	assert.ok((await page.getByTestId('promises-figure').locator('li').count()) > 0);

	await page.keyboard.press('ArrowRight');
	assert.equal((await shown(page)).index, SCENE_COUNT - 1, 'stays on the last scene');

	await page.keyboard.press('3');
	await page.waitForFunction(() => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === '2');
	assert.equal((await shown(page)).label, `3 / ${SCENE_COUNT}`);
	await page.keyboard.press('Shift+Space');
	await page.waitForFunction(() => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === '1');
	await page.keyboard.press('End');
	await page.waitForFunction(
		(n) => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === String(n),
		SCENE_COUNT - 1
	);
	await page.keyboard.press('Home');
	await page.waitForFunction(() => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === '0');

	// The travel-time scene shows modelled minutes for 2020 and 2025.
	await page.keyboard.press('6');
	await page.waitForSelector('[data-testid="travel-figure"]');
	const times = await page.getByTestId('travel-figure').textContent();
	assert.match(times, /2020[\s\S]*\d+[\s\S]*2025[\s\S]*\d+/);

	await page.keyboard.press('Escape');
	await page.waitForURL((u) => u.pathname === '/' || (u.pathname.endsWith('/') && !u.pathname.includes('present')), { timeout: 15000 });
	await page.waitForSelector('[data-ready="true"]', { timeout: 45000 });
	assertClean(assert, tracker);
	await page.close();
});

test('a bad scene number opens the first scene without an error; the language follows the URL and L switches it', async () => {
	const { page, tracker } = await openPage(context, { width: 1280, height: 720 });
	await page.goto(`${BASE_URL}/present/?scene=banana`);
	await waitForPresenter(page);
	assert.equal((await shown(page)).index, 0);
	assert.equal(await page.locator('[role="alert"]').count(), 0);

	await page.goto(`${BASE_URL}/present/?scene=4&lang=en`);
	await waitForPresenter(page);
	const s = await shown(page);
	assert.equal(s.index, 3);
	assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
	assert.match(await page.getByTestId('scene-title').textContent(), /Airport/);

	await page.keyboard.press('l');
	await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
	assert.match(await page.getByTestId('scene-title').textContent(), /机场/);
	assert.equal(await page.evaluate(() => localStorage.getItem('wuling-atlas:lang')), 'zh');
	assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get('lang')), 'zh');
	assertClean(assert, tracker);
	await page.close();
});

/**
 * Draws the map at a sixteenth of its pixels. For tests that read the presenter's layout and steps, not the map's
 * pixels: with software GL, filling every pixel of each frame would otherwise set the pace of the test.
 */
async function lowResolutionMap(page) {
	await page.evaluate(() => window.__wulingMap.setPixelRatio(0.25));
}

/** Waits two frames, so the panel's fit (run on the next frame after a change) has settled. */
async function settle(page) {
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(undefined)))));
}

/** What overflows or overlaps on the current slide, as a list of words (empty when the slide is clean). */
async function slideProblems(page) {
	return page.evaluate(() => {
		const problems = [];
		const vw = innerWidth;
		const vh = innerHeight;
		const panel = document.querySelector('[data-testid="scene-panel"]');
		const controls = document.querySelector('[data-testid="present-controls"]');
		const legend = document.querySelector('[data-testid="scene-legend"]');
		const p = panel.getBoundingClientRect();
		const c = controls.getBoundingClientRect();
		if (panel.scrollHeight > panel.clientHeight + 1) problems.push(`text ${panel.scrollHeight}px in a ${panel.clientHeight}px box`);
		const size = parseFloat(getComputedStyle(panel).fontSize);
		if (size < 18) problems.push(`type ${size}px`);
		if (p.bottom > c.top + 0.5) problems.push(`panel bottom ${p.bottom} over controls top ${c.top}`);
		for (const el of controls.children) {
			const r = el.getBoundingClientRect();
			if (r.right > vw || r.bottom > vh || r.left < 0) problems.push(`control "${el.textContent.trim()}" outside the screen`);
			if (r.right > c.right + 0.5) problems.push(`control "${el.textContent.trim()}" outside its row`);
		}
		if (legend) {
			const l = legend.getBoundingClientRect();
			if (l.right > vw || l.bottom > vh || l.top < 0) problems.push('legend outside the screen');
			const side = { left: p.left, right: Math.max(p.right, c.right), top: p.top, bottom: c.bottom };
			if (l.left < side.right && l.right > side.left && l.top < side.bottom && l.bottom > side.top) problems.push('legend over the panel');
		}
		return problems;
	});
}

test('every scene fits its box at 1920×1080, 1280×720 and 1024×768 in zh and en, with no control or legend overlapping', async () => {
	const { page, tracker } = await openPage(context, { width: 1920, height: 1080 });
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(`${BASE_URL}/present/?scene=1&lang=zh`);
	await waitForPresenter(page);
	// The map is drawn at presentation scale: labels of the projects 1.6× the map page's.
	const size = await page.evaluate(() => window.__wulingMap.getLayoutProperty('projects-label-point', 'text-size'));
	assert.deepEqual(size, ['interpolate', ['linear'], ['zoom'], 7, 16.8, 11, 20.8]);

	await lowResolutionMap(page);
	const problems = [];
	let lang = 'zh';
	for (const [width, height] of [
		[1920, 1080],
		[1280, 720],
		[1024, 768]
	]) {
		await page.setViewportSize({ width, height });
		for (const want of ['zh', 'en']) {
			if (lang !== want) {
				await page.keyboard.press('l');
				await page.waitForFunction((l) => document.documentElement.lang.startsWith(l), want);
				lang = want;
			}
			for (let i = 0; i < SCENE_COUNT; i++) {
				await page.keyboard.press(String(i + 1));
				await page.waitForFunction((n) => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === String(n), i);
				const scene = await page.locator('[data-scene]').getAttribute('data-scene');
				if (scene === 'promises')
					await page.waitForFunction(() => document.querySelectorAll('[data-testid="promise-modelled"]').length > 0);
				if (scene === 'travel-time') await page.waitForSelector('[data-testid="travel-figure"]');
				await settle(page);
				for (const p of await slideProblems(page)) problems.push(`${width}×${height} ${want} ${scene}: ${p}`);
			}
		}
	}
	assert.deepEqual(problems, []);

	// Every promise shows modelled minutes, its target and a margin category in neutral words.
	const promise = await page.getByTestId('promise-modelled').first().textContent();
	assert.match(promise, /modelled \d+ min, target \d+ min: (within the target|close|over the target)/);
	assertClean(assert, tracker);
	await page.close();
});

test('a scene has one camera however it is reached, inside the bounds the terrain covers', async () => {
	const { page, tracker } = await openPage(context, { width: 1280, height: 720 });
	const camera = () =>
		page.evaluate(() => {
			const m = window.__wulingMap;
			const b = m.getBounds();
			return { centre: m.getCenter().toArray(), zoom: m.getZoom(), bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
		});
	await page.goto(`${BASE_URL}/present/?scene=${SCENE_COUNT}`);
	await waitForPresenter(page);
	const direct = await camera();
	await page.goto(`${BASE_URL}/present/?scene=1`);
	await waitForPresenter(page);
	// A flight from the first scene to the last, as a presenter would step there.
	await page.keyboard.press('End');
	await page.waitForFunction(() => window.__wulingMap.isMoving(), null, { timeout: 10000 }).catch(() => undefined);
	await page.waitForFunction(() => !window.__wulingMap.isMoving(), null, { timeout: 30000 });
	const flown = await camera();
	assert.ok(Math.abs(direct.zoom - flown.zoom) < 1e-6, `zoom ${direct.zoom} vs ${flown.zoom}`);
	assert.ok(
		Math.abs(direct.centre[0] - flown.centre[0]) < 1e-6 && Math.abs(direct.centre[1] - flown.centre[1]) < 1e-6,
		`centre ${direct.centre} vs ${flown.centre}`
	);
	// The terrain tiles cover lon 101.25–112.50°E and lat 24.53–31.95°N: the camera never shows past them.
	const [w, s, e, n] = flown.bounds;
	assert.ok(w >= 101.25 && s >= 24.53 && e <= 112.5 && n <= 31.95, `view ${flown.bounds}`);
	assertClean(assert, tracker);
	await page.close();
});

/** Pages of a PDF, counted from its page objects. */
function pdfPages(bytes) {
	return (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('a custom story is made from the map, reordered, exported, re-imported, carried in a link, presented and printed one scene a page', async () => {
	const { page, tracker } = await openPage(context, { width: 1280, height: 800 });
	await page.goto(`${BASE_URL}/?lang=zh`);
	await waitForMap(page);
	await page.evaluate(() => localStorage.removeItem('wuling-atlas:story'));
	const addScene = async (zh, en, line) => {
		await page.getByTestId('add-scene').click();
		const d = page.getByTestId('add-scene-dialog');
		await d.locator('[name="title-zh"]').fill(zh);
		await d.locator('[name="title-en"]').fill(en);
		await d.locator('[name="line1-zh"]').fill(line);
		await d.locator('button[type="submit"]').click();
		await page.getByTestId('add-scene-status').waitFor();
		await d.locator('button[type="button"]').click();
	};
	// Markup typed into a title stays text.
	await addScene('甲场', '<img src=x onerror=alert(1)>', '第一行');
	await page.evaluate(() => window.__wulingMap.jumpTo({ center: [108.3, 29.1], zoom: 8.5 }));
	await addScene('乙场', 'Scene B', '第二个视图');
	const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('wuling-atlas:story')));
	assert.deepEqual(
		stored.scenes.map((s) => s.title.zh),
		['甲场', '乙场']
	);
	assert.equal(stored.scenes[1].camera.zoom, 8.5);

	await page.goto(`${BASE_URL}/present/?story=mine&lang=zh`);
	await waitForPresenter(page);
	assert.equal((await shown(page)).label, '1 / 2');
	assert.match(await page.getByTestId('scene-title').textContent(), /甲场$/);
	await page.keyboard.press('l');
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	assert.match(await page.getByTestId('scene-title').textContent(), /<img src=x onerror=alert\(1\)>/);
	assert.equal(await page.locator('[data-testid="scene-panel"] img').count(), 0);

	// Reorder, export, delete, re-import.
	await page.getByTestId('stories').click();
	const editor = page.getByTestId('story-editor');
	await editor
		.locator('li')
		.first()
		.getByRole('button', { name: /Move down/ })
		.click();
	const order = () => editor.locator('li .title').allTextContents();
	assert.deepEqual(await order(), ['Scene B', '<img src=x onerror=alert(1)>']);
	assert.match(await page.getByTestId('scene-title').textContent(), /Scene B/);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('story-export').click()]);
	const file = await readFile(await download.path());
	assert.deepEqual(
		JSON.parse(file.toString('utf8')).scenes.map((s) => s.title.en),
		['Scene B', '<img src=x onerror=alert(1)>']
	);
	await editor
		.locator('li')
		.first()
		.getByRole('button', { name: /Delete/ })
		.click();
	assert.equal(await editor.locator('li').count(), 1);
	await page.getByTestId('story-file').setInputFiles({ name: 'story.json', mimeType: 'application/json', buffer: file });
	await page.getByTestId('story-status').waitFor();
	assert.match(await page.getByTestId('story-status').textContent(), /2 scenes imported/);
	assert.equal(await editor.locator('li').count(), 3);
	// A file that is not a story is refused with a message, and the story is kept.
	await page
		.getByTestId('story-file')
		.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"type":"FeatureCollection","features":[]}') });
	await page.getByTestId('story-error').waitFor();
	assert.match(await page.getByTestId('story-error').textContent(), /not a Wuling Atlas story file/);
	assert.equal(await editor.locator('li').count(), 3);

	// The link carries the story to a device that has none.
	await page.getByTestId('story-link').click();
	const link = await page.getByTestId('story-link-value').inputValue();
	await page.keyboard.press('Escape');
	await page.evaluate(() => localStorage.removeItem('wuling-atlas:story'));
	await page.goto(link);
	await waitForPresenter(page);
	assert.equal((await shown(page)).label, '1 / 3');

	// The handout of that story: one printed page per scene; the default story's has seven.
	const story = new URL(link).searchParams.get('story');
	await page.goto(`${BASE_URL}/present/handout/?story=${story}&lang=en`);
	await page.waitForSelector('[data-ready="true"]', { timeout: 45000 });
	assert.equal(await page.getByTestId('handout-page').count(), 3);
	assert.equal(pdfPages(await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })), 3);
	await page.goto(`${BASE_URL}/present/handout/?lang=zh`);
	await page.waitForSelector('[data-ready="true"]', { timeout: 45000 });
	assert.equal(await page.getByTestId('handout-page').count(), SCENE_COUNT);
	assert.match(await page.getByTestId('handout-page').last().textContent(), /模型测算 \d+ 分钟，目标 60 分钟/);
	// Sources are cited by the document's short title, year and line, not by file name.
	assert.match(await page.getByTestId('handout-page').last().textContent(), /《黔江奏响“三部曲”》，2025，第11行/);
	assert.equal(pdfPages(await page.pdf({ preferCSSPageSize: true })), SCENE_COUNT);
	assertClean(assert, tracker);
	await page.close();
});
