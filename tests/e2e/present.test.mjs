import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, assertClean } from './harness.mjs';

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
	await page.waitForFunction(() => {
		const m = window.__wulingMap;
		return Boolean(m && m.loaded() && !m.isMoving());
	}, null, { timeout: 45000 });
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
	await page.waitForFunction((n) => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === String(n), SCENE_COUNT - 1);
	await page.keyboard.press('Home');
	await page.waitForFunction(() => document.querySelector('[data-scene-index]').getAttribute('data-scene-index') === '0');

	// The travel-time scene shows modelled minutes for 2020 and 2025.
	await page.keyboard.press('6');
	await page.waitForSelector('[data-testid="travel-figure"]');
	const times = await page.getByTestId('travel-figure').textContent();
	assert.match(times, /2020[\s\S]*\d+[\s\S]*2025[\s\S]*\d+/);

	await page.keyboard.press('Escape');
	await page.waitForURL((u) => u.pathname === '/' || u.pathname.endsWith('/') && !u.pathname.includes('present'), { timeout: 15000 });
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
