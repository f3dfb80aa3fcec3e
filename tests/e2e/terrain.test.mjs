// Terrain: the SRTM30_PLUS hillshade on the map, and the elevation profile of a corridor and of a measured path.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch({ fullPixels: true });
});
after(async () => {
	await context?.close();
});

/**
 * Share of sampled canvas pixels that change when the hillshade is hidden. It is hidden by making its colours
 * transparent (a paint change), not by its visibility, which would make MapLibre reload and decode the terrain tiles.
 */
async function hillshadeShare(page) {
	const sample = () =>
		page.evaluate(() => {
			const c = document.createElement('canvas');
			c.width = 160;
			c.height = 100;
			const ctx = c.getContext('2d');
			ctx.drawImage(window.__wulingMap.getCanvas(), 0, 0, c.width, c.height);
			return Array.from(ctx.getImageData(0, 0, c.width, c.height).data);
		});
	const idle = () =>
		page.evaluate(
			() =>
				new Promise((ok) =>
					window.__wulingMap.loaded() && !window.__wulingMap.isMoving()
						? requestAnimationFrame(() => requestAnimationFrame(ok))
						: window.__wulingMap.once('idle', ok)
				)
		);
	const on = await sample();
	const colours = ['hillshade-shadow-color', 'hillshade-highlight-color', 'hillshade-accent-color'];
	const saved = await page.evaluate((ps) => {
		const m = window.__wulingMap;
		const was = ps.map((p) => m.getPaintProperty('basemap-hillshade', p));
		for (const p of ps) m.setPaintProperty('basemap-hillshade', p, 'rgba(0,0,0,0)');
		return was;
	}, colours);
	await idle();
	const off = await sample();
	await page.evaluate(
		({ ps, was }) => ps.forEach((p, i) => window.__wulingMap.setPaintProperty('basemap-hillshade', p, was[i] ?? undefined)),
		{ ps: colours, was: saved }
	);
	await idle();
	let changed = 0;
	const shades = new Set();
	for (let i = 0; i < on.length; i += 4) {
		const d = Math.abs(on[i] - off[i]) + Math.abs(on[i + 1] - off[i + 1]) + Math.abs(on[i + 2] - off[i + 2]);
		if (d > 6) changed++;
		shades.add(`${on[i] >> 2},${on[i + 1] >> 2},${on[i + 2] >> 2}`);
	}
	return { share: changed / (on.length / 4), shades: shades.size };
}

test('the hillshade is drawn from the terrain tiles, and nothing is drawn where there are none', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	const state = await page.evaluate(() => {
		const m = window.__wulingMap;
		const layer = m.getLayer('basemap-hillshade');
		return {
			source: m.getSource('basemap-terrain')?.type,
			loaded: m.isSourceLoaded('basemap-terrain'),
			layer: layer?.type,
			visibility: m.getLayoutProperty('basemap-hillshade', 'visibility') ?? 'visible',
			layerSource: layer?.source
		};
	});
	assert.deepEqual(state, {
		source: 'raster-dem',
		loaded: true,
		layer: 'hillshade',
		visibility: 'visible',
		layerSource: 'basemap-terrain'
	});
	assert.ok(
		tracker.requests.some((u) => /\/geo\/terrain\/7\/\d+\/\d+\.png$/.test(u)),
		'terrain tiles were requested'
	);
	assert.match(await page.locator('.maplibregl-ctrl-attrib-inner').textContent(), /高程：SRTM30_PLUS（Scripps\/UCSD），源自 NASA SRTM30/);

	const here = await hillshadeShare(page);
	assert.ok(here.share > 0.3, `the hillshade changes ${(here.share * 100).toFixed(1)}% of the map over Qianjiang`);
	assert.ok(here.shades > 200, `shaded relief has many tones (${here.shades})`);

	// Drawn at every zoom the map allows (the tiles are overzoomed past zoom 7).
	const zooms = await page.evaluate(() => {
		const m = window.__wulingMap;
		const l = m.getStyle().layers.find((x) => x.id === 'basemap-hillshade');
		return { min: l.minzoom ?? 0, max: l.maxzoom ?? 24, mapMin: m.getMinZoom(), mapMax: m.getMaxZoom() };
	});
	assert.ok(zooms.min <= zooms.mapMin && zooms.max >= zooms.mapMax, JSON.stringify(zooms));

	// East of 112.5°E the tiles end: no relief is drawn there, none is invented.
	await page.evaluate(() => window.__wulingMap.jumpTo({ center: [113.7, 29.6], zoom: 9.5 }));
	await waitForMap(page);
	const east = await hillshadeShare(page);
	assert.ok(east.share < 0.01, `no hillshade without terrain, but ${(east.share * 100).toFixed(1)}% changed`);

	assert.ok(!tracker.requests.some((u) => /\/geo\/terrain\/7\/10[4-9]\//.test(u)), 'no tile is asked for outside the data');
	assertClean(assert, tracker);
	await page.close();
});

/** The CLI's profile of the same line, decoded in node with fast-png: the browser must read the same heights. */
function cliProfile() {
	return new Promise((ok, fail) =>
		execFile('npx', ['tsx', 'scripts/atlas.ts', 'corridor', '--via', '黔江,酉阳', '--profile', '--json'], { timeout: 60000 }, (e, out) =>
			e ? fail(e) : ok(JSON.parse(out).profile)
		)
	);
}

test('a corridor typed as 黔江,酉阳 gets an elevation profile (chart, figures, caveat, table, export); so does a measured path', async () => {
	const expected = cliProfile();
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/`);
	await waitForMap(page);
	await page.locator('#tab-corridors').click();
	await page.getByTestId('corridors-panel').waitFor();
	if (!(await page.locator('#corridor-places-input').isVisible())) await page.getByTestId('corridor-from-places-toggle').click();
	await page.locator('#corridor-places-input').fill('黔江,酉阳');
	await page.getByTestId('corridor-from-places').getByRole('button').click();
	const chart = page.getByTestId('elevation-profile-chart');
	await chart.waitFor({ timeout: 30000 });

	const d = await chart.evaluate((e) => ({ ...e.dataset }));
	const cli = await expected;
	assert.equal(Number(d.highest), cli.highest.height_m, 'highest point as the CLI computes it');
	assert.equal(Number(d.lowest), cli.lowest.height_m, 'lowest point as the CLI computes it');
	assert.equal(Number(d.climb), cli.climb_m);
	assert.equal(Number(d.descent), cli.descent_m);
	assert.ok(
		Number(d.lowest) > 300 && Number(d.highest) < 1600 && Number(d.lowest) < Number(d.highest),
		`heights ${d.lowest}–${d.highest} m`
	);
	const length = Number(await page.getByTestId('corridor-length').getAttribute('data-km'));
	assert.ok(Math.abs(Number(d.lengthKm) - length) < 0.01, `profile over the corridor's ${length} km`);
	assert.ok(Number(d.samples) > 60, `${d.samples} samples`);

	const svg = chart.locator('svg');
	assert.equal(await svg.getAttribute('role'), 'img');
	assert.match(await svg.locator('title').textContent(), /高程剖面图/);
	assert.ok((await chart.locator('path.line').getAttribute('d')).split('L').length > 60, 'the line runs through every sample');
	assert.ok((await page.getByTestId('elevation-profile-steepest').getAttribute('width')) > 10, 'the steepest 10 km is shaded');
	assert.match(await page.getByTestId('elevation-profile-caveat').textContent(), /2\.1 公里网格.*约 5 公里的河谷和山脊显示不出来/);
	assert.match(await page.getByTestId('elevation-profile-summary').textContent(), new RegExp(`最高 ${d.highest} 米`));
	assert.match(await page.getByTestId('elevation-profile-steepest-text').textContent(), /公里处，(上升|下降) \d+ 米（平均坡度 \d+\.\d%）/);
	assert.ok((await page.getByTestId('elevation-profile-table').locator('tbody tr').count()) > 20);
	const box = await chart.locator('svg').boundingBox();
	assert.ok(box.width > 250 && box.height > 120, `chart size ${box.width}×${box.height}`);

	const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="corridor-geojson"]').click()]);
	const doc = JSON.parse(await readFile(await download.path(), 'utf8'));
	const props = doc.features.find((f) => f.geometry.type === 'LineString').properties;
	assert.equal(props.elevation_profile.highest.height_m, cli.highest.height_m);
	assert.equal(props.elevation_profile.computed, true);
	assert.equal(props.elevation_series.length, Number(d.samples));

	await page.getByTestId('lang-switch').click();
	await page.waitForFunction(() => document.documentElement.lang === 'en');
	assert.match(
		await page.getByTestId('elevation-profile-caveat').textContent(),
		/^Terrain from a 2\.1 km grid: valleys and ridges narrower than about 5 km are not shown/
	);
	assert.match(await chart.locator('svg title').textContent(), /^Elevation profile of /);

	// A measured path across the edge of the data: a profile whose gap is said plainly.
	await page.locator('#tab-measure').click();
	await page.getByTestId('measure-text').fill('112.2,29.5; 112.9,29.5');
	await page.getByTestId('measure-apply').click();
	await page.getByTestId('elevation-profile-missing').waitFor({ timeout: 30000 });
	const measured = page.getByTestId('elevation-profile');
	assert.equal(await measured.count(), 1);
	assert.match(await measured.getByTestId('elevation-profile-missing').textContent(), /^\d+\.\d km of it has no terrain data/);
	assert.ok(Number(await measured.getByTestId('elevation-profile-chart').getAttribute('data-highest')) > 0);
	assert.ok((await measured.getByTestId('elevation-profile-table').textContent()).includes('no data'));
	assertClean(assert, tracker);
	await page.close();
});

test('the about page credits the elevation data and says where terrain is missing', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/about/`);
	const credits = await page.locator('.credits').textContent();
	assert.ok(credits.includes('Elevation: SRTM30_PLUS (Scripps/UCSD), from NASA SRTM30'), credits);
	assert.ok(!/ETOPO5/.test(credits), 'the old hillshade source is gone');
	const terrain = await page.getByTestId('about-terrain').textContent();
	assert.match(terrain, /east of 112\.50°E and north of 31\.95°N has no terrain/);
	assert.match(terrain, /东经 112\.50° 以东、北纬 31\.95° 以北没有地形/);
	assertClean(assert, tracker);
	await page.close();
});
