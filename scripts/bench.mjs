#!/usr/bin/env node
// npm run bench: the first visit measured against a bare MapLibre page over the same data, in headless Chromium
// (software GL) against the built site; then what the first visit downloads, the year change and the travel tab,
// Lighthouse 12, and the analysis benchmarks. Prints markdown for the README. Not part of `npm test`.
//
// BENCH_PAIRS (default 7) interleaved pairs, cold and warm; BENCH_LIGHTHOUSE=0 skips Lighthouse.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build as viteBuild } from 'vite';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 7);
const LIGHTHOUSE = process.env.BENCH_LIGHTHOUSE !== '0';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE_TIMEOUT_MS = 10 * 60 * 1000;
const VIEWPORT = { width: 1280, height: 800 };
/** The mark both pages set at the first idle with project features on screen (src/lib/map/ready.ts). */
const DRAWN = 'wuling:map-drawn';
const TARGETS = { cold: 1.15, warm: 1.05, ownKB: 250, pictureKB: 60, yearMs: 250, travelMs: 600, lcpDesktopS: 1.0, lcpMobileS: 2.5 };
const BARE_DIR = resolve('.bench/bare');

if (!existsSync('build/index.html')) {
	console.error('bench: build/ is missing; run `npm run build` first.');
	process.exit(1);
}
const log = (...a) => console.error('bench:', ...a);
const loadAtStart = loadavg();

// ---------------------------------------------------------------------------------------------------------------
// The bare reference page: built from scripts/bench/bare.ts into .bench/bare (gitignored), with a copy of build/geo.
log('building the bare MapLibre page');
await viteBuild({
	configFile: false,
	root: resolve('scripts/bench'),
	logLevel: 'warn',
	resolve: { alias: { $lib: resolve('src/lib') } },
	build: {
		outDir: BARE_DIR,
		emptyOutDir: true,
		target: 'es2022',
		chunkSizeWarningLimit: 2000,
		rollupOptions: { input: resolve('scripts/bench/bare.html') }
	}
});
cpSync('build/geo', join(BARE_DIR, 'geo'), { recursive: true });

const app = await serve('build');
const bare = await serve(BARE_DIR);

async function freshContext() {
	return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wuling-bench-')), {
		executablePath: CHROMIUM,
		headless: true,
		args: CHROMIUM_ARGS,
		viewport: VIEWPORT,
		locale: 'zh-CN',
		serviceWorkers: 'allow'
	});
}

/** Navigation start to the drawn mark, ms. */
async function timeToDrawn(page, url) {
	await page.goto(url);
	await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, DRAWN, { timeout: 120000 });
	return page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, DRAWN);
}

/**
 * The page's paint timings, ms from navigation: the first contentful paint and the last largest-contentful-paint
 * candidate before the drawn mark (the app's prerendered picture; on the bare page, MapLibre's controls and map).
 */
async function paints(page) {
	return page.evaluate(
		() =>
			new Promise((ok) => {
				const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
				new PerformanceObserver((list) => {
					const entries = list.getEntries();
					const last = entries[entries.length - 1];
					ok({
						fcp,
						lcp: last ? last.startTime : Number.NaN,
						lcpElement: last?.element
							? last.element.tagName.toLowerCase() +
								(last.element.closest('[data-testid]') ? ` in ${last.element.closest('[data-testid]').dataset.testid}` : '')
							: 'none'
					});
				}).observe({ type: 'largest-contentful-paint', buffered: true });
				setTimeout(() => ok({ fcp, lcp: Number.NaN, lcpElement: 'none' }), 2000);
			})
	);
}

/** The app's map size, so the bare page frames the region in the same box. */
let box = null;
async function appBox(page) {
	return page.evaluate(() => {
		const r = document.querySelector('[data-testid="map"]').getBoundingClientRect();
		return { w: Math.round(r.width), h: Math.round(r.height) };
	});
}

/** Resources fetched before the drawn mark (and the document), by path. */
async function fetchedBeforeDrawn(page) {
	return page.evaluate((m) => {
		const t = performance.getEntriesByName(m)[0].startTime;
		const paths = performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime <= t && new URL(e.name).origin === location.origin)
			.map((e) => new URL(e.name).pathname);
		return { before: [location.pathname, ...paths], all: performance.getEntriesByType('resource').length };
	}, DRAWN);
}

/**
 * One visit of each page in a fresh profile (cold), then a second visit in the same profile (warm, with the HTTP
 * cache and, for the app, its service worker installed).
 */
async function visit(which, first) {
	const context = await freshContext();
	try {
		const page = await context.newPage();
		const url = which === 'app' ? `${app.url}/` : `${bare.url}/bare.html?w=${box.w}&h=${box.h}`;
		const cold = await timeToDrawn(page, url);
		const paint = await paints(page);
		let fetched = null;
		if (first) fetched = await fetchedBeforeDrawn(page);
		if (which === 'app') {
			// A returning visitor: the offline copy is in place and controls the page.
			await page.evaluate(async () => {
				const reg = await navigator.serviceWorker.ready;
				if (!reg.active) throw new Error('no active service worker');
			});
		}
		await page.close();
		const again = await context.newPage();
		const warm = await timeToDrawn(again, url);
		return { cold, warm, fetched, ...paint };
	} finally {
		await context.close();
	}
}

// Sizes the app's map box once, untimed.
{
	const context = await freshContext();
	const page = await context.newPage();
	await timeToDrawn(page, `${app.url}/`);
	box = await appBox(page);
	await context.close();
}

log(`${PAIRS} interleaved pairs, app and bare page (${box.w}×${box.h} map)`);
const runs = { app: [], bare: [] };
let fetched = null;
for (let i = 0; i < PAIRS; i++) {
	const order = i % 2 === 0 ? ['app', 'bare'] : ['bare', 'app'];
	for (const which of order) {
		const r = await visit(which, which === 'app' && i === 0);
		if (r.fetched) fetched = r.fetched;
		runs[which].push(r);
		log(`pair ${i + 1} ${which}: cold ${r.cold.toFixed(0)} ms (LCP ${r.lcp.toFixed(0)} ms, ${r.lcpElement}), warm ${r.warm.toFixed(0)} ms`);
	}
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const n = s.length;
	return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const range = (xs) => [Math.min(...xs), Math.max(...xs)];
const ratios = (kind) => runs.app.map((r, i) => r[kind] / runs.bare[i][kind]);

console.log('\n### The app against a bare MapLibre page with the same data\n');
console.log(
	`Headless Chromium, software GL (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}; ${PAIRS} interleaved pairs. ` +
		'Time from navigation to the first `idle` with project features on screen (`wuling:map-drawn`, set by ' +
		'`src/lib/map/ready.ts` in both pages). Both draw the basemap with the terrain hillshade and the project layers ' +
		'from the same style functions. Ratio = app ÷ bare page, per pair.\n'
);
console.log('| visit | app median ms (min–max) | bare median ms (min–max) | ratio median (min–max) | target |');
console.log('|---|---:|---:|---:|---:|');
const ratioMet = {};
for (const kind of ['cold', 'warm']) {
	const a = runs.app.map((r) => r[kind]);
	const b = runs.bare.map((r) => r[kind]);
	const q = ratios(kind);
	const [qa, qb] = range(q);
	const [aa, ab] = range(a);
	const [ba, bb] = range(b);
	ratioMet[kind] = median(q) <= TARGETS[kind];
	console.log(
		`| ${kind} | ${median(a).toFixed(0)} (${aa.toFixed(0)}–${ab.toFixed(0)}) | ${median(b).toFixed(0)} (${ba.toFixed(0)}–${bb.toFixed(0)}) | ` +
			`**${median(q).toFixed(2)}** (${qa.toFixed(2)}–${qb.toFixed(2)}) | ≤ ${TARGETS[kind]} ${ratioMet[kind] ? 'met' : 'NOT met'} |`
	);
}

// The first picture: largest contentful paint of the cold visits, app and bare page in the same pairs.
console.log('\n### The first picture: largest contentful paint, cold visits (same pairs)\n');
console.log(
	'LCP as the browser reports it (PerformanceObserver, buffered) at the drawn mark. In the app it is the map picture ' +
		"prerendered into the HTML (an image of the whole map); on the bare page it is the text of MapLibre's controls, on screen before its map.\n"
);
console.log('| page | first contentful paint median ms (min–max) | LCP median ms (min–max) | LCP element |');
console.log('|---|---:|---:|---|');
for (const which of ['app', 'bare']) {
	const f = runs[which].map((r) => r.fcp);
	const l = runs[which].map((r) => r.lcp).filter(Number.isFinite);
	const elements = [...new Set(runs[which].map((r) => r.lcpElement))].join(', ');
	const cell = (xs) =>
		xs.length
			? `${median(xs).toFixed(0)} (${range(xs)
					.map((x) => x.toFixed(0))
					.join('–')})`
			: 'none';
	console.log(`| ${which === 'app' ? '`/`' : 'bare MapLibre page'} | ${cell(f)} | ${cell(l)} | ${elements} |`);
}
{
	const q = runs.app.map((r, i) => r.lcp / runs.bare[i].lcp).filter(Number.isFinite);
	if (q.length)
		console.log(
			`\nLCP ratio app ÷ bare, per pair: median **${median(q).toFixed(2)}** (${range(q)
				.map((x) => x.toFixed(2))
				.join('–')}).`
		);
	// The bare page's LCP is the text of MapLibre's controls (a div), on screen before any map: its first map is the
	// drawn mark. The app's first map is its picture (LCP).
	const m = runs.app.map((r, i) => r.lcp / runs.bare[i].cold).filter(Number.isFinite);
	if (m.length) {
		console.log(
			`First map on screen: the app's picture (LCP) median ${median(runs.app.map((r) => r.lcp).filter(Number.isFinite)).toFixed(0)} ms, ` +
				`the bare page's first drawn map ${median(runs.bare.map((r) => r.cold)).toFixed(0)} ms; ratio app ÷ bare per pair: median **${median(m).toFixed(2)}** (${range(
					m
				)
					.map((x) => x.toFixed(2))
					.join('–')}).`
		);
	}
	const d = runs.app.map((r) => r.lcp / r.cold).filter(Number.isFinite);
	if (d.length) console.log(`The app's first picture comes at a median ${(median(d) * 100).toFixed(0)}% of the time to its drawn map.`);
}

// The own bytes before the first picture: the HTML of / (with the picture inline) and the stylesheets it links.
{
	const html = readFileSync('build/index.html', 'utf8');
	const css = [...html.matchAll(/<link href="\.\/([^"]+\.css)" rel="stylesheet">/g)].map((m) => m[1]);
	const picture = /data-testid="map-preview"[^>]*>\s*<img src="([^"]*)"/.exec(html)?.[1] ?? '';
	const htmlGz = gzipSync(html, { level: 9 }).length;
	const cssGz = css.reduce((sum, f) => sum + gzipSync(readFileSync(join('build', f)), { level: 9 }).length, 0);
	const pictureGz = gzipSync(picture, { level: 9 }).length;
	const total = htmlGz + cssGz;
	console.log('\n### Own bytes before the first picture (gzip level 9, from build/)\n');
	console.log('| part | gzip KB |');
	console.log('|---|---:|');
	console.log(`| HTML of \`/\` (${(html.length / 1024).toFixed(1)} KB raw), the picture included | ${kb(htmlGz)} |`);
	console.log(`| of which the picture alone (its image's SVG data URL with the hillshade PNG, gzipped on its own) | ${kb(pictureGz)} |`);
	console.log(`| stylesheets linked from the HTML (${css.length}) | ${kb(cssGz)} |`);
	console.log(`| **HTML and CSS** | **${kb(total)}** |`);
	console.log(`\nTarget ≤ ${TARGETS.pictureKB} KB gzip: ${total / 1024 <= TARGETS.pictureKB ? 'met' : 'NOT met'} (${kb(total)} KB).`);
}

// ---------------------------------------------------------------------------------------------------------------
// What the first visit fetched before its map was drawn, file by file.
const viteManifest = JSON.parse(readFileSync(`${process.env.KIT_OUT ?? '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8'));
// What each hashed file is: the module an entry comes from, or the name Rollup gave a shared chunk.
const names = new Map();
const maplibreFiles = new Set();
for (const [key, v] of Object.entries(viteManifest)) {
	const what = (v.src ?? (v.name ? `chunk "${v.name}"` : key)).replace(/^\.svelte-kit\/generated\/client-optimized\//, 'kit ');
	names.set(`/${v.file}`, what);
	for (const css of v.css ?? []) if (!names.has(`/${css}`)) names.set(`/${css}`, `CSS of ${what}`);
	if (v.name === 'maplibre' || key.includes('node_modules/maplibre-gl/')) maplibreFiles.add(`/${v.file}`);
}
const isMaplibre = (path) => maplibreFiles.has(path) || /\/maplibre-gl-worker\.[\w-]+\.mjs$/.test(path);
const kindOf = (path) =>
	path.startsWith('/geo/terrain/')
		? 'terrain tiles'
		: path.startsWith('/geo/fonts/')
			? 'fonts'
			: path.startsWith('/geo/')
				? 'data'
				: 'code';
const gz = (file) => {
	const buf = readFileSync(file);
	const pre = ['.woff2', '.png'].includes(extname(file));
	return { raw: buf.length, gzip: pre ? buf.length : gzipSync(buf, { level: 9 }).length };
};
const rows = [];
for (const p of new Set(fetched.before)) {
	let file = join('build', decodeURIComponent(p));
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) continue;
	rows.push({ path: p, what: names.get(p) ?? kindOf(p), kind: kindOf(p), maplibre: isMaplibre(p), ...gz(file) });
}
rows.sort((a, b) => Number(a.maplibre) - Number(b.maplibre) || b.gzip - a.gzip);
const own = rows.filter((r) => !r.maplibre);
const ownGzip = own.reduce((s, r) => s + r.gzip, 0);
const ownRaw = own.reduce((s, r) => s + r.raw, 0);
console.log('\n### First visit: what is fetched before the map is drawn\n');
console.log(
	`${rows.length} files fetched before the drawn mark in a cold visit (gzip level 9 computed from build/; PNG and ` +
		'WOFF2 as stored). The offline precache starts after the mark.\n'
);
console.log('| file | source | raw KB | gzip KB |');
console.log('|---|---|---:|---:|');
for (const r of rows)
	console.log(`| \`${r.path}\` | ${r.maplibre ? 'maplibre-gl' : r.what.replace(/\|/g, '/')} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
const ownMet = ownGzip / 1024 <= TARGETS.ownKB;
for (const kind of ['code', 'data', 'fonts', 'terrain tiles']) {
	const part = own.filter((r) => r.kind === kind);
	const g = part.reduce((s, r) => s + r.gzip, 0);
	const raw = part.reduce((s, r) => s + r.raw, 0);
	console.log(`| own ${kind} | ${part.length} files | ${kb(raw)} | ${kb(g)} |`);
}
console.log(`| **own code and data (all but maplibre-gl JS)** | ${own.length} files | ${kb(ownRaw)} | **${kb(ownGzip)}** |`);
console.log(`\nTarget: own code and data ≤ ${TARGETS.ownKB} KB gzip: ${ownMet ? 'met' : 'NOT met'} (${kb(ownGzip)} KB).`);

// ---------------------------------------------------------------------------------------------------------------
// Interactions in the app: a year change to the next idle, and the travel tab to its drawn layer.
log('year change and travel tab');
const interactions = { yearRender: [], year: [], travel: [], travelIdle: [], travelSettled: [], travelSettledIdle: [] };
{
	const context = await freshContext();
	const page = await context.newPage();
	await timeToDrawn(page, `${app.url}/`);
	// Every year view in the source, and the offline copy done, so neither competes with the timings.
	await page.waitForFunction(() => window.__wulingMap.querySourceFeatures('projects').some((f) => f.properties.view));
	await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready));
	for (let round = 0; round < 2; round++) {
		for (const year of ['2020', '2025', '2030', '2035', 'now']) {
			const ms = await page.evaluate(async (year) => {
				const m = window.__wulingMap;
				const radios = [...document.querySelectorAll('[data-testid="year-control"] [role="radio"]')];
				const button = year === 'now' ? radios[0] : radios.find((b) => b.textContent.trim() === year);
				await new Promise((ok) => (m.loaded() ? ok() : m.once('idle', ok)));
				const t = performance.now();
				const idle = new Promise((ok) => m.once('idle', () => ok(performance.now() - t)));
				// The first frame after the click: lines, hubs and points switch by feature-state, so it shows the new year.
				const render = new Promise((ok) => m.once('render', () => ok(performance.now() - t)));
				button.click();
				const timeout = new Promise((_, no) => setTimeout(() => no(new Error('no idle after a year change')), 120000));
				return Promise.race([Promise.all([render, idle]), timeout]);
			}, year);
			interactions.yearRender.push(ms[0]);
			interactions.year.push(ms[1]);
		}
	}
	await context.close();
}
// The travel tab, clicked as soon as the first map is drawn (the worst case: the app's work after its first map,
// the tab's code included, is still under way), on a first visit and four returning ones; then clicked by a visitor
// who has looked at the map for 5 s first, on three returning visits.
for (const [settleMs, visits] of [
	[0, 5],
	[5000, 3]
]) {
	for (let i = 0; i < visits; i++) {
		const context = await freshContext();
		let page = await context.newPage();
		await timeToDrawn(page, `${app.url}/`);
		if (settleMs > 0 || i > 0) {
			// A returning visit: the travel code comes from the offline copy.
			await page.evaluate(async () => Boolean(await navigator.serviceWorker.ready));
			await page.close();
			page = await context.newPage();
			await timeToDrawn(page, `${app.url}/`);
		}
		if (settleMs > 0) {
			await page.waitForTimeout(settleMs);
			await page.evaluate(() => new Promise((ok) => (window.__wulingMap.loaded() ? ok() : window.__wulingMap.once('idle', ok))));
		}
		const r = await travelTab(page);
		(settleMs > 0 ? interactions.travelSettled : interactions.travel).push(r.first);
		(settleMs > 0 ? interactions.travelSettledIdle : interactions.travelIdle).push(r.idle);
		await context.close();
	}
}
/** Click on the travel tab to the first frame with its places drawn, and to the map's next idle after it. */
async function travelTab(page) {
	return page.evaluate(async () => {
		const m = window.__wulingMap;
		const layer = 'travel-places-circle';
		// Drawn, not only laid out: the app lays the overlay out hidden (opacity 0) before the tab opens.
		const drawn = () =>
			Boolean(m.getLayer(layer)) &&
			m.getPaintProperty(layer, 'circle-opacity') > 0 &&
			m.queryRenderedFeatures({ layers: [layer] }).length > 0;
		const t = performance.now();
		document.getElementById('tab-travel').click();
		return new Promise((ok) => {
			let first = Number.NaN;
			let seen = false;
			// The frame is on screen once the task that drew it has ended: the next animation frame.
			const onRender = () => {
				if (seen || !drawn()) return;
				seen = true;
				requestAnimationFrame(() => (first = performance.now() - t));
			};
			const onIdle = () => {
				if (!drawn()) return;
				m.off('render', onRender);
				m.off('idle', onIdle);
				ok({ first: Number.isFinite(first) ? first : performance.now() - t, idle: performance.now() - t });
			};
			m.on('render', onRender);
			m.on('idle', onIdle);
			setTimeout(() => ok({ first: Number.NaN, idle: Number.NaN }), 120000);
		});
	});
}
// A travel layer that never drew (NaN after the timeout) is left out and said.
const travelFailed = [...interactions.travel, ...interactions.travelSettled].filter((x) => !Number.isFinite(x)).length;
for (const key of ['travel', 'travelIdle', 'travelSettled', 'travelSettledIdle'])
	interactions[key] = interactions[key].filter(Number.isFinite);
if (travelFailed) console.log(`\n${travelFailed} travel-tab sample(s) never drew the layer within 120 s.`);
/** One row of the interactions table: samples, median and range, and the target when there is one. */
function interactionRow(action, samples, targetMs) {
	const target = targetMs === undefined ? '–' : `≤ ${targetMs} ${median(samples) <= targetMs ? 'met' : 'NOT met'}`;
	console.log(
		`| ${action} | ${samples.length} | ${median(samples).toFixed(0)} | ${range(samples)
			.map((x) => x.toFixed(0))
			.join('–')} | ${target} |`
	);
}
console.log('\n### Interactions (same machine, software GL)\n');
console.log('| action | samples | median ms | min–max ms | target |');
console.log('|---|---:|---:|---:|---:|');
interactionRow("year change, click to the first frame with the new year's lines, hubs and points", interactions.yearRender, TARGETS.yearMs);
interactionRow("year change, click to the map's next `idle` (labels placed and faded in)", interactions.year, TARGETS.yearMs);
interactionRow(
	'travel tab clicked as soon as the first map is drawn (lazy code included; first visit, then 4 returning), click to the first frame with its places drawn',
	interactions.travel,
	TARGETS.travelMs
);
interactionRow("travel tab, as above, click to the map's next `idle` (time labels placed and faded in)", interactions.travelIdle);
interactionRow(
	'travel tab clicked 5 s after the first map (returning visits), click to the first frame with its places drawn',
	interactions.travelSettled,
	TARGETS.travelMs
);
interactionRow("travel tab clicked 5 s after the first map, click to the map's next `idle`", interactions.travelSettledIdle);

/** Runs a command without blocking this process; resolves with its exit status, or an error when it timed out. */
function run(command, args, { env, timeout }) {
	return new Promise((ok) => {
		const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
		const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
		child.on('exit', (status, signal) => {
			clearTimeout(timer);
			ok({ status, error: signal === 'SIGKILL' ? new Error('timed out') : null });
		});
	});
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse 12 against the same server, mobile and desktop presets.
if (LIGHTHOUSE) {
	log('Lighthouse');
	const out = mkdtempSync(join(tmpdir(), 'wuling-lh-'));
	// The browser tests' flags (software GL, no calls out).
	const flags = CHROMIUM_ARGS;
	const pages = [
		['/', `${app.url}/`],
		['a project page', `${app.url}/projects/qianjiang-jishou-hsr/`],
		['bare MapLibre page (reference)', `${bare.url}/bare.html?w=${box.w}&h=${box.h}`]
	];
	const lcp = {};
	console.log('\n### Lighthouse 12 (performance category, Debian Chromium, simulated throttling of each preset)\n');
	console.log('| page | preset | score | LCP s | TBT ms | CLS |');
	console.log('|---|---|---:|---:|---:|---:|');
	// Each page under Lighthouse's default simulated throttling (Lantern: a model of the page's requests and tasks);
	// `/` and the bare page also under applied throttling (devtools: the network and CPU slowed while the page loads),
	// which times the paint itself rather than a model that counts every request started before it.
	const observed = {};
	for (const [label, url] of pages) {
		for (const method of label === 'a project page' ? ['simulate'] : ['simulate', 'devtools']) {
			for (const preset of ['mobile', 'desktop']) {
				const file = join(out, `${preset}-${method}-${label.replace(/\W+/g, '_')}.json`);
				const args = [
					'node_modules/lighthouse/cli/index.js',
					url,
					'--only-categories=performance',
					'--output=json',
					`--output-path=${file}`,
					'--quiet',
					'--max-wait-for-load=90000',
					`--throttling-method=${method}`,
					`--chrome-flags=${flags.join(' ')}`,
					...(preset === 'desktop' ? ['--preset=desktop'] : [])
				];
				const row = `${label}${method === 'devtools' ? ' (applied throttling)' : ''}`;
				// Spawned without blocking: the pages are served by this process, which must keep answering while
				// Lighthouse loads them (a blocking spawn left every audit waiting for its first paint until it timed out).
				// A run that hangs is stopped and reported, not waited on forever.
				const r = await run(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: LIGHTHOUSE_TIMEOUT_MS });
				if (r.status !== 0 || !existsSync(file)) {
					console.log(`| ${row} | ${preset} | failed (${r.error ? 'timed out' : `exit ${r.status}`}) | | | |`);
					continue;
				}
				const report = JSON.parse(readFileSync(file, 'utf8'));
				const a = report.audits;
				const score = Math.round((report.categories.performance.score ?? 0) * 100);
				(lcp[`${label}|${method}`] ??= {})[preset] = a['largest-contentful-paint'].numericValue / 1000;
				const m = a.metrics?.details?.items?.[0];
				if (method === 'simulate' && m) (observed[label] ??= {})[preset] = m.observedLargestContentfulPaint / 1000;
				console.log(
					`| ${row} | ${preset} | ${score} | ${(a['largest-contentful-paint'].numericValue / 1000).toFixed(1)} | ` +
						`${a['total-blocking-time'].numericValue.toFixed(0)} | ${a['cumulative-layout-shift'].numericValue.toFixed(3)} |`
				);
			}
		}
	}
	rmSync(out, { recursive: true, force: true });
	const cell = (key, preset) => (lcp[key]?.[preset] === undefined ? 'failed' : lcp[key][preset].toFixed(1));
	const seen = (label, preset) => (observed[label]?.[preset] === undefined ? '–' : observed[label][preset].toFixed(2));
	const bareLabel = pages[2][0];
	console.log('\n**Lighthouse LCP, `/` beside the bare MapLibre page** (same run; s):\n');
	console.log(
		'| preset | `/` simulated | bare simulated | `/` applied throttling | bare applied throttling | `/` unthrottled (observed in the simulated run) | bare unthrottled | target for `/` |'
	);
	console.log('|---|---:|---:|---:|---:|---:|---:|---|');
	for (const [preset, target] of [
		['desktop', TARGETS.lcpDesktopS],
		['mobile', TARGETS.lcpMobileS]
	]) {
		const sim = lcp['/|simulate']?.[preset];
		const dev = lcp['/|devtools']?.[preset];
		const verdict = (v) => (v === undefined ? 'failed' : v <= target ? 'met' : 'NOT met');
		console.log(
			`| ${preset} | ${cell('/|simulate', preset)} | ${cell(`${bareLabel}|simulate`, preset)} | ${cell('/|devtools', preset)} | ` +
				`${cell(`${bareLabel}|devtools`, preset)} | ${seen('/', preset)} | ${seen(bareLabel, preset)} | ≤ ${target}: simulated ${verdict(sim)}, applied ${verdict(dev)} |`
		);
	}
}

await app.close();
await bare.close();

console.log(
	`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, ` +
		`${spawnSync(CHROMIUM, ['--version']).stdout?.toString().trim() ?? 'Chromium'}; load average at start ` +
		`${loadAtStart.map((x) => x.toFixed(1)).join(' / ')}, at end ${loadavg()
			.map((x) => x.toFixed(1))
			.join(' / ')}.`
);

for (const script of ['scripts/bench-network.ts']) {
	if (!existsSync(script)) continue;
	const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
