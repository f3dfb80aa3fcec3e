#!/usr/bin/env node
// npm run bench: what a first visit downloads, and how long until the map is first idle, in headless
// Chromium against the built site; then the analysis benchmarks. Prints markdown tables for the README.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const BUDGET_KB = 500;

if (!existsSync('build/index.html')) {
	console.error('bench: build/ is missing; run `npm run build` first.');
	process.exit(1);
}

// Chunk names are hashed away in the build, so Vite's manifest says which files are MapLibre's.
const viteManifest = JSON.parse(
	readFileSync(`${process.env.KIT_OUT ?? '.svelte-kit'}/output/client/.vite/manifest.json`, 'utf8')
);
const maplibreFiles = new Set(
	Object.entries(viteManifest)
		.filter(([key, v]) => v.name === 'maplibre' || key.includes('node_modules/maplibre-gl/'))
		.map(([, v]) => `/${v.file}`)
		.filter((f) => !f.endsWith('.css'))
);

function category(path) {
	if (maplibreFiles.has(path)) return 'maplibre-gl (JS, main and worker)';
	const ext = extname(path);
	if (ext === '.js') return 'app JS';
	if (ext === '.css') return 'CSS';
	if (ext === '.woff2') return 'fonts';
	if (ext === '.html') return 'HTML';
	if (path.includes('/geo/') || ext === '.json' || ext === '.png') return 'data';
	return 'other';
}

function sizes(file) {
	const buf = readFileSync(file);
	const pre = ['.woff2', '.png'].includes(extname(file));
	return {
		raw: buf.length,
		gzip: pre ? buf.length : gzipSync(buf, { level: 9 }).length,
		brotli: pre
			? buf.length
			: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
	};
}

const server = await serve('build');
const origin = server.url;
const idleTimes = [];
let downloaded = null;

for (let i = 0; i < RUNS; i++) {
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const paths = new Set();
	page.on('request', (r) => {
		const u = new URL(r.url());
		if (u.origin === origin) paths.add(u.pathname);
	});
	await page.goto(`${origin}/`);
	await page.waitForFunction(() => performance.getEntriesByName('wuling:map-idle').length > 0, null, {
		timeout: 60000
	});
	idleTimes.push(await page.evaluate(() => performance.getEntriesByName('wuling:map-idle')[0].startTime));
	if (!downloaded) downloaded = [...paths];
	await browser.close();
}
await server.close();

const rows = new Map();
for (const p of downloaded) {
	let file = join('build', decodeURIComponent(p));
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) continue;
	const cat = category(p);
	const s = sizes(file);
	const r = rows.get(cat) ?? { files: 0, raw: 0, gzip: 0, brotli: 0 };
	r.files += 1;
	r.raw += s.raw;
	r.gzip += s.gzip;
	r.brotli += s.brotli;
	rows.set(cat, r);
}

const kb = (n) => (n / 1024).toFixed(1);
const order = ['HTML', 'app JS', 'CSS', 'data', 'fonts', 'other', 'maplibre-gl (JS, main and worker)'];
console.log('\n### First visit: what the browser downloads\n');
console.log('| part | files | raw KB | gzip KB | brotli KB |');
console.log('|---|---:|---:|---:|---:|');
let own = { raw: 0, gzip: 0, brotli: 0 };
for (const cat of order) {
	const r = rows.get(cat);
	if (!r) continue;
	console.log(`| ${cat} | ${r.files} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
	if (!cat.startsWith('maplibre-gl')) {
		own.raw += r.raw;
		own.gzip += r.gzip;
		own.brotli += r.brotli;
	}
}
console.log(`| **own code and data (all but maplibre-gl)** | | ${kb(own.raw)} | ${kb(own.gzip)} | ${kb(own.brotli)} |`);
const sorted = [...idleTimes].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log('\n### Navigation to the map\'s first `idle` (headless Chromium, software GL)\n');
console.log(`| runs | median ms | min ms | max ms |\n|---:|---:|---:|---:|\n| ${RUNS} | ${median.toFixed(0)} | ${sorted[0].toFixed(0)} | ${sorted[sorted.length - 1].toFixed(0)} |`);
const within = own.gzip / 1024 < BUDGET_KB;
console.log(`\nBudget: own code and data under ${BUDGET_KB} KB gzip: ${within ? 'met' : 'NOT met'} (${kb(own.gzip)} KB).`);

for (const script of ['scripts/bench-network.ts']) {
	if (!existsSync(script)) continue;
	const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!within) process.exit(1);
