/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Keeps the atlas working offline after one visit. Install stores the app shell, every built asset,
 * the map data under /geo and the prerendered pages the app links to in one cache named after the build's version
 * (the township report cards are stored as they are visited, see `card`);
 * activation deletes the caches of older builds. The page registers this worker only after its first map is
 * drawn ($lib/pwa/register), and the install asks for every file at low priority, so the offline copy never
 * competes with the first visit's own requests.
 *
 * Requests, so that a page never mixes the files of two builds:
 * - pages come from the network first, so a returning visitor gets the newest build on the next visit, and
 *   from this build's cache when the network fails or stalls; a page from the network is not stored, since it
 *   may belong to a newer build than this cache;
 * - data requests carry the version of the build whose page made them (`?v=`, see $lib/pwa/data-version):
 *   this build's data comes from this cache, another build's from the network, never from here;
 * - hashed build assets are immutable: this build's come from the cache first, another build's from the network.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { DATA_VERSION_PARAM } from '$lib/pwa/data-version';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'wuling-atlas-';
const CACHE = `${CACHE_PREFIX}${version}`;
/** A network answer slower than this gives way to the cached copy, ms. */
const NETWORK_TIMEOUT_MS = 4000;
/** Pages fetched at once while installing, so install does not flood a slow connection. */
const PAGE_BATCH = 8;

/**
 * Static files left out of the install: the raw plan texts (250 KB; the prerendered /sources/ pages
 * carry the same lines, and a fetched text is still cached on the way) and notes for maintainers.
 */
function skipAtInstall(path: string): boolean {
	return /\/geo\/sources\/.+\.txt$/.test(path) || /\.md$/.test(path) || path.endsWith('/.DS_Store');
}

/**
 * The township report cards (`/places/<id>/`, `/en/places/<id>/`): 124 pages, about 9.5 MB, that a visitor reads one
 * or two of. They are stored when visited, not at install; their indexes are stored at install.
 */
const CARD = new RegExp(`^${base}(/en)?/places/[^/]+/$`);
/** A card's page data, fetched only by a client-side navigation to it: stored when fetched, like the card. */
const CARD_DATA = new RegExp(`^${base}(/en)?/places/[^/]+/__data\\.json$`);

/** Everything the map page needs to open offline; install fails if any of these fails. */
const CORE = [...new Set([...build, ...files.filter((f) => !skipAtInstall(f)), `${base}/`])];
/** The other prerendered pages the app links to and their data, stored as well as the network allows. */
const PAGES = [...prerendered.filter((p) => !CORE.includes(p) && !CARD.test(p) && !CARD_DATA.test(p)), `${base}/_app/version.json`];
const IMMUTABLE = new Set(build);
const CARDS = new Set(prerendered.filter((p) => CARD.test(p)));

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// Past any HTTP cache: this cache must hold exactly this build's files.
			await cache.addAll(CORE.map((u) => new Request(u, { cache: 'reload', priority: 'low' })));
			for (let i = 0; i < PAGES.length; i += PAGE_BATCH) {
				// One unreachable page must not stop the map from working offline.
				await Promise.allSettled(PAGES.slice(i, i + PAGE_BATCH).map((p) => cache.add(new Request(p, { priority: 'low' }))));
			}
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(`${base}/`)) return;
	// The service worker script itself must always come from the network.
	if (url.pathname === `${base}/service-worker.js`) return;

	const dataVersion = url.searchParams.get(DATA_VERSION_PARAM);
	if (request.mode === 'navigate' && CARDS.has(url.pathname)) event.respondWith(card(request, url));
	else if (request.mode === 'navigate') event.respondWith(networkFirst(request, url, false));
	else if (dataVersion !== null) event.respondWith(dataVersion === version ? thisBuild(request, url) : fetch(request));
	else if (IMMUTABLE.has(url.pathname)) event.respondWith(cacheFirst(request));
	else if (url.pathname.startsWith(`${base}/_app/immutable/`)) return;
	else event.respondWith(networkFirst(request, url, true));
});

/**
 * Whether a page from the network belongs to this build: every build asset it links is one of this build's. A card
 * page has no script, so its stylesheets are what tie it to a build.
 */
async function ofThisBuild(response: Response): Promise<boolean> {
	const html = await response.text();
	const assets = html.match(/\/_app\/immutable\/[^"'\s)]+/g) ?? [];
	return assets.every((a) => IMMUTABLE.has(a.startsWith(base) ? a : `${base}${a}`));
}

/**
 * A report card: from the network, stored for offline use when it belongs to this build; offline, the stored copy,
 * or a short page in the card's language saying it was not saved.
 */
async function card(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const key = `${url.origin}${url.pathname}`;
	try {
		const response = await withTimeout(fetch(request), NETWORK_TIMEOUT_MS, () => cache.match(key));
		if (response.ok && response.type === 'basic' && (await ofThisBuild(response.clone()))) await cache.put(key, response.clone());
		return response;
	} catch {
		return (await cache.match(key)) ?? notSaved(url.pathname.startsWith(`${base}/en/`));
	}
}

/** The page shown offline for a card never opened online. */
function notSaved(en: boolean): Response {
	const index = `${base}${en ? '/en' : ''}/places/`;
	const body = en
		? `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Not saved for offline use · Wuling Atlas</title><h1>This report card is not saved for offline use</h1><p>You are offline, and this card was not opened on this device before. Cards are kept once opened with a connection.</p><p><a href="${index}">All report cards</a> · <a href="${base}/?lang=en">The map</a></p></html>`
		: `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>未保存离线副本 · 武陵图志</title><h1>这张乡镇卡片还没有离线副本</h1><p>当前没有网络，本设备以前也没有打开过这张卡片。卡片在联网打开一次后即可离线查看。</p><p><a href="${index}">全部乡镇卡片</a> · <a href="${base}/">地图</a></p></html>`;
	return new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** A data file of this build: from this cache (stored without the query), else the network. */
async function thisBuild(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(CACHE);
	const key = `${url.origin}${url.pathname}`;
	const hit = await cache.match(key);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic' && response.status !== 206) await cache.put(key, response.clone());
	return response;
}

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(CACHE);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
	return response;
}

/** A page's cache key: its path alone, since the query only carries state the page reads itself. */
function cacheKey(request: Request, url: URL): Request | string {
	return request.mode === 'navigate' ? `${url.origin}${url.pathname}` : request;
}

async function networkFirst(request: Request, url: URL, store: boolean): Promise<Response> {
	const cache = await caches.open(CACHE);
	const key = cacheKey(request, url);
	const network = fetch(request).then(async (response) => {
		if (store && response.ok && response.type === 'basic' && response.status !== 206) {
			await cache.put(key, response.clone());
		}
		return response;
	});
	try {
		return await withTimeout(network, NETWORK_TIMEOUT_MS, () => cache.match(key));
	} catch (error) {
		const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
		if (hit) return hit;
		throw error;
	}
}

/**
 * The network's answer, unless it takes longer than `ms` and a cached copy exists: then the copy,
 * while the network answer still refreshes the cache when it arrives.
 */
function withTimeout(pending: Promise<Response>, ms: number, cached: () => Promise<Response | undefined>): Promise<Response> {
	return new Promise((resolve, reject) => {
		let settled = false;
		const settle = (fn: () => void) => {
			if (!settled) {
				settled = true;
				fn();
			}
		};
		const timer = setTimeout(async () => {
			const hit = await cached();
			if (hit) settle(() => resolve(hit));
		}, ms);
		pending.then(
			(response) => {
				clearTimeout(timer);
				settle(() => resolve(response));
			},
			(error) => {
				clearTimeout(timer);
				settle(() => reject(error));
			}
		);
	});
}
