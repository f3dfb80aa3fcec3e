/**
 * Registers the service worker once the page has done its first job, so its precache (the whole offline copy)
 * never competes with the first map. On the map page that is the first map with projects drawn (a performance
 * mark); elsewhere the page's `load`. Then it waits for an idle moment, with a cap, since a page that never
 * settles must still end up working offline.
 */

/** Longest wait for the mark, ms: a map that fails to draw must not keep the site from working offline. */
const MARK_TIMEOUT_MS = 30000;

function afterMark(name: string): Promise<void> {
	return new Promise((resolve) => {
		if (performance.getEntriesByName(name, 'mark').length) return resolve();
		const timer = setTimeout(done, MARK_TIMEOUT_MS);
		const observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName(name).length) done();
		});
		observer.observe({ type: 'mark', buffered: true });
		function done() {
			clearTimeout(timer);
			observer.disconnect();
			resolve();
		}
	});
}

function afterLoad(): Promise<void> {
	return document.readyState === 'complete'
		? Promise.resolve()
		: new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}

function whenIdle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
		else setTimeout(resolve, 200);
	});
}

/**
 * Registers `url` as the service worker after the mark `waitForMark` (or the page's load when null) and an idle
 * moment.
 * @param url the service worker's URL
 * @param waitForMark a performance mark to wait for, or null
 * @returns the registration, or null where service workers are unavailable or registration fails
 * @example registerServiceWorkerLater('/service-worker.js', 'wuling:map-drawn')
 */
export async function registerServiceWorkerLater(url: string, waitForMark: string | null): Promise<ServiceWorkerRegistration | null> {
	if (!('serviceWorker' in navigator)) return null;
	await (waitForMark ? afterMark(waitForMark) : afterLoad());
	await whenIdle();
	try {
		return await navigator.serviceWorker.register(url);
	} catch (e) {
		console.warn('service worker registration failed', e);
		return null;
	}
}
