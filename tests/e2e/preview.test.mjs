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

/** The picture's SVG document, from the data URL of its image in the HTML. */
function pictureSvg(html) {
	const src = /data-testid="map-preview"[^>]*>\s*<img src="(data:image\/svg\+xml,[^"]*)" alt="([^"]*)"/.exec(html);
	assert.ok(src, 'no picture image in the HTML');
	const unescape = (t) =>
		t
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;/g, "'")
			.replace(/&amp;/g, '&');
	return { svg: decodeURIComponent(unescape(src[1]).slice('data:image/svg+xml,'.length)), alt: unescape(src[2]) };
}

test('the first HTML response of / holds the picture of the map, its text alternative and the loading status', async () => {
	const res = await fetch(`${BASE_URL}/`);
	assert.equal(res.status, 200);
	const html = await res.text();
	const { svg, alt } = pictureSvg(html);
	assert.equal(alt, MAP_LABEL, 'the picture lacks the map’s text alternative');
	assert.match(svg, /viewBox='[\d. ]+' preserveAspectRatio='xMidYMid meet'/);
	assert.ok(svg.includes(`stroke='${HSR}'`), 'no high-speed line in the picture');
	assert.match(svg, /<image [^>]*href='data:image\/png;base64,/);
	assert.ok(html.includes('正在加载交互地图'), 'no loading status');
});

/**
 * Points along the high-speed lines of the picture shown at this size, in page pixels, with their positions in
 * degrees (the picture's units are Web Mercator pixels at a zoom read from nothing but its viewBox and the region).
 */
async function picturePoints(page) {
	return page.evaluate(() => {
		// The image's SVG document laid out again in the page over the image, so its geometry can be read.
		const img = document.querySelector('[data-testid="map-preview"] img');
		const r = img.getBoundingClientRect();
		const copy = document.createElement('div');
		copy.style.cssText = `position:fixed;left:${r.left}px;top:${r.top}px;width:${r.width}px;height:${r.height}px;visibility:hidden`;
		copy.innerHTML = decodeURIComponent(img.getAttribute('src').slice('data:image/svg+xml,'.length));
		document.body.append(copy);
		const svg = copy.querySelector('foreignObject svg');
		const units = 512 * 2 ** 9;
		const unmercator = (x, y) => [
			(x / units) * 360 - 180,
			(360 / Math.PI) * Math.atan(Math.exp(((180 - (y / units) * 360) * Math.PI) / 180)) - 90
		];
		const out = [];
		for (const el of svg.querySelectorAll('path, use')) {
			const group = el.closest('.wp-p, .wp-d');
			if (el.closest('defs') || (group && getComputedStyle(group).display === 'none')) continue;
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
		copy.remove();
		return { points: out, image: [r.left, r.top, r.width, r.height] };
	});
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`at ${viewport.width}×${viewport.height} the picture's lines lie where MapLibre draws them, and the picture goes once the map has drawn`, async () => {
		const { page, tracker } = await openPage(context, viewport);
		await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded' });
		await page.waitForSelector('[data-testid="map-preview"] img', { state: 'attached' });
		const { points, image: frame } = await picturePoints(page);
		assert.ok(points.length > 0, 'no high-speed line shown in the picture');

		// Once the page's script has started (the map exists, not yet drawn), the picture is still there and shown.
		await page.waitForFunction(() => window.__wulingMap || performance.getEntriesByName('wuling:map-drawn').length > 0, null, {
			timeout: 120000
		});
		const kept = await page.evaluate(() => {
			const img = document.querySelector('[data-testid="map-preview"] img');
			return img ? img.hasAttribute('src') && getComputedStyle(img).visibility === 'visible' : null;
		});
		assert.notEqual(kept, false, 'the picture lost its image when the page started');
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
				return {
					off: Math.hypot(screen[0] - x, screen[1] - y),
					hits: hits.length,
					inside,
					at: [Math.round(p.x), Math.round(p.y)],
					lngLat,
					box: [r.left, r.top, r.width, r.height]
				};
			});
		}, points);
		assert.ok(placed.filter((p) => p.inside).length > 0, 'no picture line inside the map');
		for (const p of placed) {
			assert.ok(p.off <= 3, `a picture line lies ${p.off.toFixed(1)} px from where MapLibre projects it`);
			if (p.inside)
				assert.ok(
					p.hits > 0,
					`MapLibre draws no high-speed line near ${p.at} (${p.lngLat.map((v) => v.toFixed(3))}), where the picture has one`
				);
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
