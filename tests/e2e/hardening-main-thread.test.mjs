// The main thread after the worker: whatever an import returns at the largest accepted size (limits.ts: 10,000
// features, 200,000 vertices, 5 MB) is applied to the page and the map without any task of the app's own scripts
// running over 50 ms. Each case imports a file made in the page, as from the file picker, under a Chrome trace
// (CDP, through playwright-core): every main-thread task whose script is the app's own (a chunk of the site that
// is not MapLibre's) is measured in thread time, the processor time the task itself took, so that other work on a
// shared test machine does not count against the page; the wall time is reported beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

/** Longest task of the app's own scripts allowed on the main thread, ms. */
const BUDGET_MS = 50;

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/** Records when each answer of the analysis worker arrives, to name the answer a long task handled. */
async function watchReplies(page) {
	await page.addInitScript(() => {
		window.__replies = [];
		const NativeWorker = window.Worker;
		window.Worker = class extends NativeWorker {
			constructor(url, options) {
				super(url, options);
				if (options?.name === 'wuling-analysis')
					this.addEventListener('message', (e) => {
						const v = e.data?.value;
						window.__replies.push({
							t: performance.timeOrigin + performance.now(),
							id: e.data?.id,
							what: v && typeof v === 'object' ? Object.keys(v).slice(0, 4).join(',') : String(v)
						});
					});
			}
		};
	});
}

/** Starts a trace of the page's main thread. */
async function startTrace(page) {
	const cdp = await page.context().newCDPSession(page);
	const events = [];
	cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
	await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline', transferMode: 'ReportEvents' });
	return {
		async stop() {
			const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
			await cdp.send('Tracing.end');
			await done;
			await cdp.detach();
			return events;
		}
	};
}

/**
 * The app's own main-thread tasks from a trace: tasks of the renderer's main thread whose first script call is a
 * script of the site, MapLibre's chunk left out (its rendering and its workers' answers are the library's).
 */
async function appTasks(page, events) {
	const origin = new URL(BASE_URL).origin;
	const calls = events.filter(
		(e) => e.name === 'FunctionCall' && typeof e.args?.data?.url === 'string' && e.args.data.url.startsWith(origin)
	);
	const urls = [...new Set(calls.map((e) => e.args.data.url))];
	const mapLibre = new Set();
	for (const url of urls) {
		const text = await page.evaluate(async (u) => (await fetch(u)).text(), url);
		if (/MapLibre GL JS|maplibregl/i.test(text.slice(0, 2000)) || text.includes('maplibre-gl')) mapLibre.add(url);
	}
	// The page's main thread, not a worker's: the thread named CrRendererMain of a process that ran the site's scripts.
	const named = new Set(
		events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`)
	);
	const main = new Set(calls.map((e) => `${e.pid}:${e.tid}`).filter((k) => named.has(k)));
	const tasks = events.filter(
		(e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)
	);
	const out = [];
	for (const t of tasks) {
		const first = calls.find((c) => c.pid === t.pid && c.tid === t.tid && c.ts >= t.ts && c.ts <= t.ts + t.dur);
		if (!first || mapLibre.has(first.args.data.url)) continue;
		const d = first.args.data;
		out.push({
			cpu: (t.tdur ?? t.dur) / 1000,
			wall: t.dur / 1000,
			ts: t.ts,
			what: `${d.functionName || '(anonymous)'} ${d.url.split('/').pop()}:${d.lineNumber}:${d.columnNumber}`
		});
	}
	// A task nested in another (a RunTask inside a RunTask) is counted once, as the outer one.
	return out.sort((a, b) => b.cpu - a.cpu);
}

/** The files at each limit, made in the page (so making them is not measured). */
const CASES = [
	{
		id: '10,000 short lines (the feature limit)',
		make: () => {
			const features = [];
			for (let i = 0; i < 10_000; i++) {
				const x = 108.5 + (i % 100) * 0.005;
				const y = 29.2 + Math.floor(i / 100) * 0.005;
				features.push({
					type: 'Feature',
					properties: { name: `l${i}` },
					geometry: {
						type: 'LineString',
						coordinates: [
							[x, y],
							[x + 0.004, y + 0.003]
						]
					}
				});
			}
			return { name: 'short-lines.geojson', text: JSON.stringify({ type: 'FeatureCollection', features }) };
		},
		expect: /20 line\(s\) added/
	},
	{
		id: '40 lines of 5,000 vertices (the vertex limit)',
		make: () => {
			const features = [];
			for (let k = 0; k < 40; k++) {
				const coords = [];
				for (let i = 0; i < 5_000; i++)
					coords.push([+(108.5 + (i / 5000) * 0.6).toFixed(5), +(29.1 + k * 0.01 + Math.sin(i / 40) * 0.004).toFixed(5)]);
				features.push({ type: 'Feature', properties: { name: `dense ${k}` }, geometry: { type: 'LineString', coordinates: coords } });
			}
			return { name: 'dense-lines.geojson', text: JSON.stringify({ type: 'FeatureCollection', features }) };
		},
		expect: /20 line\(s\) added/
	},
	{
		id: '10,000 points (the feature limit, drawn as imported points)',
		make: () => {
			const features = [];
			for (let i = 0; i < 10_000; i++)
				features.push({
					type: 'Feature',
					properties: { name: `p${i}` },
					geometry: { type: 'Point', coordinates: [108.5 + (i % 100) * 0.006, 29.2 + Math.floor(i / 100) * 0.006] }
				});
			return { name: 'points.geojson', text: JSON.stringify({ type: 'FeatureCollection', features }) };
		},
		expect: /0 line\(s\) added/
	},
	{
		id: 'a polygon of 199,000 vertices (the vertex limit, near the 5 MB limit)',
		make: () => {
			const ring = [];
			const n = 199_000;
			for (let i = 0; i < n; i++) {
				const a = (i / n) * 2 * Math.PI;
				ring.push([+(108.8 + Math.cos(a) * 0.3).toFixed(5), +(29.4 + Math.sin(a) * 0.2).toFixed(5)]);
			}
			ring.push(ring[0]);
			return {
				name: 'area.geojson',
				text: JSON.stringify({ type: 'Feature', properties: { name: 'area' }, geometry: { type: 'Polygon', coordinates: [ring] } })
			};
		},
		expect: /0 line\(s\) added/
	}
];

for (const c of CASES) {
	test(`main thread after an import at the limit: ${c.id}, no task of the app's scripts over ${BUDGET_MS} ms`, async () => {
		const { page, tracker } = await openPage(context);
		await watchReplies(page);
		await page.goto(`${BASE_URL}/?lang=en`);
		await page.evaluate(() => localStorage.clear());
		await page.reload();
		await waitForMap(page, 120_000);
		await page.locator('#tab-corridors').click();
		await page.getByTestId('corridors-panel').waitFor();
		await page.evaluate(
			`(() => { const f = (${c.make.toString()})(); window.__file = new File([f.text], f.name, { type: 'application/geo+json' }); window.__size = f.text.length; })()`
		);
		const size = await page.evaluate(() => window.__size);
		assert.ok(size <= 5 * 1024 * 1024, `the file is within the 5 MB limit (${size} bytes)`);
		await page.waitForTimeout(2000);
		const trace = await startTrace(page);
		const t0 = await page.evaluate(() => {
			const dt = new DataTransfer();
			dt.items.add(window.__file);
			const input = document.querySelector('[data-testid="corridor-import-input"]');
			input.files = dt.files;
			input.dispatchEvent(new Event('change', { bubbles: true }));
			return performance.timeOrigin + performance.now();
		});
		await page.getByTestId('corridor-import-ok').waitFor({ timeout: 180_000 });
		// The map, the corridor statistics and the saving settle after the result is shown.
		await page.waitForTimeout(5000);
		const events = await trace.stop();
		const tasks = await appTasks(page, events);
		const replies = await page.evaluate(
			(t) => window.__replies.filter((x) => x.t >= t).map((x) => `answer ${x.id} (${x.what}) at ${Math.round(x.t - t)} ms`),
			t0
		);
		const worst = tasks[0];
		const report = `${c.id}: ${tasks.length} tasks of the app's scripts; longest ${worst ? `${Math.round(worst.cpu)} ms of thread time (${Math.round(worst.wall)} ms wall) in ${worst.what}` : 'none'}`;
		console.log(
			[
				report,
				...tasks.slice(1, 5).map((x) => `  then ${Math.round(x.cpu)} ms (${Math.round(x.wall)} wall) ${x.what}`),
				...replies.map((r) => `  ${r}`)
			].join('\n')
		);
		assert.ok(tasks.length > 0, 'the trace saw the app import the file');
		assert.match(await page.getByTestId('corridor-import-ok').textContent(), c.expect);
		assert.ok(!worst || worst.cpu <= BUDGET_MS, report);
		assertClean(assert, tracker);
		await page.close();
	});
}
