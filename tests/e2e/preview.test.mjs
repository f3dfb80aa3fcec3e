// The map's first picture: prerendered into the first HTML of /, readable before any script runs, replaced once
// MapLibre has drawn, and drawn where MapLibre then draws the same lines.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, assertClean } from './harness.mjs';

const MAP_LABEL = '武陵山区地图，以黔江区为中心。可用方向键平移，加减号缩放。';
/** The high-speed rail colour of the theme (lightTheme.projects.hsr). */
const HSR = '#b2182b';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

test('the first HTML response of / holds the picture of the map, its text alternative and the loading status', async () => {
	const res = await fetch(`${BASE_URL}/`);
	assert.equal(res.status, 200);
	const html = await res.text();
	const at = html.indexOf('data-testid="map-preview"');
	assert.ok(at > 0, 'no picture in the HTML');
	const part = html.slice(at, at + 200000);
	assert.match(part, /<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="[\d. ]+" preserveAspectRatio="xMidYMid meet"/);
	assert.ok(part.includes(`role="img" aria-label="${MAP_LABEL}"`), 'the picture lacks the map’s text alternative');
	assert.ok(part.includes(`stroke="${HSR}"`), 'no high-speed line in the picture');
	assert.match(part, /<image [^>]*href="data:image\/png;base64,/);
	assert.ok(part.includes('正在加载交互地图'), 'no loading status');
});

/**
 * Points along the high-speed lines of the picture shown at this size, in page pixels, with their positions in
 * degrees (the picture's units are Web Mercator pixels at a zoom read from nothing but its viewBox and the region).
 */
async function picturePoints(page) {
	return page.evaluate((colour) => {
		const svg = document.querySelector('[data-testid="map-preview"] svg');
		const units = 512 * 2 ** 9;
		const unmercator = (x, y) => [(x / units) * 360 - 180, (360 / Math.PI) * Math.atan(Math.exp(((180 - (y / units) * 360) * Math.PI) / 180)) - 90];
		const out = [];
		for (const el of svg.querySelectorAll('path, use')) {
			if (el.closest('defs') || el.getClientRects().length === 0) continue;
			if (getComputedStyle(el).stroke !== 'rgb(178, 24, 43)') continue;
			const d = el.tagName === 'use' ? svg.querySelector(el.getAttribute('href')).getAttribute('d') : el.getAttribute('d');
			const m = /^M(-?\d+) (-?\d+)l(-?\d+)\s?(-?\d+)/.exec(d.replace(/(\d)-/g, '$1 -'));
			if (!m) continue;
			// The middle of the first step, away from the hub ring over the line's end.
			const x = Number(m[1]) + Number(m[3]) / 2;
			const y = Number(m[2]) + Number(m[4]) / 2;
			const p = new DOMPoint(x, y).matrixTransform(svg.getScreenCTM());
			out.push({ page: [p.x, p.y], lngLat: unmercator(x, y) });
		}
		return { colour, points: out };
	}, HSR);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`at ${viewport.width}×${viewport.height} the picture's lines lie where MapLibre draws them, and the picture goes once the map has drawn`, async () => {
		const { page, tracker } = await openPage(context, viewport);
		await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded' });
		await page.waitForSelector('[data-testid="map-preview"] svg', { state: 'attached' });
		const { points } = await picturePoints(page);
		assert.ok(points.length > 0, 'no high-speed line shown in the picture');
		const frame = await page.evaluate(() => {
			const r = document.querySelector('[data-testid="map-preview"]').getBoundingClientRect();
			return [r.left, r.top, r.width, r.height];
		});

		await page.waitForFunction(() => performance.getEntriesByName('wuling:map-drawn').length > 0, null, { timeout: 120000 });
		const placed = await page.evaluate((pts) => {
			const m = window.__wulingMap;
			const r = m.getCanvas().getBoundingClientRect();
			return pts.map(({ page: [x, y], lngLat }) => {
				const p = m.project(lngLat);
				const screen = [r.left + p.x, r.top + p.y];
				// MapLibre draws a high-speed line there, within its side-by-side offset.
				const hits = m
					.queryRenderedFeatures(
						[
							[p.x - 8, p.y - 8],
							[p.x + 8, p.y + 8]
						],
						{ layers: ['projects-line-solid', 'projects-line-dashed', 'projects-line-dotted'] }
					)
					.filter((f) => f.properties.group === 'hsr');
				const inside = p.x > 10 && p.y > 10 && p.x < r.width - 10 && p.y < r.height - 10;
				return { off: Math.hypot(screen[0] - x, screen[1] - y), hits: hits.length, inside, at: [Math.round(p.x), Math.round(p.y)], lngLat, box: [r.left, r.top, r.width, r.height] };
			});
		}, points);
		assert.ok(placed.filter((p) => p.inside).length > 0, 'no picture line inside the map');
		for (const p of placed) {
			assert.ok(p.off <= 3, `a picture line lies ${p.off.toFixed(1)} px from where MapLibre projects it`);
			if (p.inside) assert.ok(p.hits > 0, `MapLibre draws no high-speed line near ${p.at} (${p.lngLat.map((v) => v.toFixed(3))}), where the picture has one`);
			assert.deepEqual(p.box.map(Math.round), frame.map(Math.round), 'the picture and the map have different boxes');
		}

		// Replaced once the map has drawn: the map's canvas carries the same text alternative.
		await page.waitForFunction(() => !document.querySelector('[data-testid="map-preview"]'), null, { timeout: 10000 });
		const label = await page.evaluate(() => window.__wulingMap.getCanvas().getAttribute('aria-label'));
		assert.equal(label, MAP_LABEL);
		assertClean(assert, tracker);
		await page.close();
	});
}
