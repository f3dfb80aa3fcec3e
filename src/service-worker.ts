/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Keeps the atlas working offline after one visit. Install stores the app shell, every built asset,
 * the map data under /geo and the prerendered pages in one cache named after the build's version;
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

/** Everything the map page needs to open offline; install fails if any of these fails. */
const CORE = [...new Set([...build, ...files.filter((f) => !skipAtInstall(f)), `${base}/`])];
/** The other prerendered pages and their data, stored as well as the network allows. */
const PAGES = [...prerendered.filter((p) => !CORE.includes(p)), `${base}/_app/version.json`];
const IMMUTABLE = new Set(build);

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
	if (request.mode === 'navigate') event.respondWith(networkFirst(request, url, false));
	else if (dataVersion !== null) event.respondWith(dataVersion === version ? thisBuild(request, url) : fetch(request));
	else if (IMMUTABLE.has(url.pathname)) event.respondWith(cacheFirst(request));
	else if (url.pathname.startsWith(`${base}/_app/immutable/`)) return;
	else event.respondWith(networkFirst(request, url, true));
});

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
function withTimeout(
	pending: Promise<Response>,
	ms: number,
	cached: () => Promise<Response | undefined>
): Promise<Response> {
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
