import { onDestroy, untrack } from 'svelte';
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { MAX_BOUNDS } from '../geo/region';
import { formatCamera, parseCamera, type Camera } from './camera';
import {
	changedKeys,
	droppedNotice,
	fitQuery,
	historyMode,
	ignoredNotice,
	readSearch,
	serializeQuery,
	unknownKeys,
	type IgnoredParam
} from './url-params';
import type { ParamNotice, UrlStateful } from './url-state';

type Text = { zh: string; en: string };

/** The query key of the map camera. */
export const CAMERA_KEY = 'map';

/** Keys whose changes rewrite the current history entry instead of making a new one. */
const CONTINUOUS_KEYS: ReadonlySet<string> = new Set([CAMERA_KEY, 'q', 'lang']);
/** Keys a shortened link always keeps. */
const KEEP_KEYS = ['lang', 'tab', 'project', CAMERA_KEY];
/** Camera moves settle for this long before the URL follows, ms. */
const CAMERA_DEBOUNCE_MS = 300;
/** Continuous changes (typing a search) settle for this long before the URL follows, ms. */
const REPLACE_DEBOUNCE_MS = 300;
/** A navigable change this soon after the last one, to the same keys, joins its entry (drags, sliders), ms. */
const COALESCE_MS = 400;
/** How often to look for the map until it exists, ms. */
const MAP_POLL_MS = 100;

const UNKNOWN: Text = { zh: '无法识别的参数', en: 'unknown parameter' };
const FAILED: Text = { zh: '无法应用', en: 'could not be applied' };

/**
 * Keeps the page's state and its URL in step: a link restores the view, Back and Forward step
 * through selections, tabs, filters and tool states, and camera moves only rewrite the current entry.
 */
export class UrlSync {
	readonly #parts: readonly UrlStateful[];
	readonly #onNotice: (text: Text) => void;
	readonly #getMap: () => MapLibreMap | null;

	#started = false;
	#pathname = '';
	/** The full query (before any shortening) last written to or read from the URL. */
	#written = '';
	#lastPushAt = 0;
	#lastPushKeys = '';
	#lastDropped = '';
	/** The camera as the URL has it, or null when the URL leaves the camera at its default. */
	#cameraText: string | null = null;
	/** A camera read from the URL before the map existed. */
	#pendingCamera: Camera | null = null;
	/** Where the map stood before any `map` parameter applied: what an entry without one shows. */
	#defaultCamera: Camera | null = null;
	#map: MapLibreMap | null = null;

	#stopEffects: (() => void) | null = null;
	#replaceTimer: ReturnType<typeof setTimeout> | undefined;
	#cameraTimer: ReturnType<typeof setTimeout> | undefined;
	#mapPoll: ReturnType<typeof setInterval> | undefined;

	/**
	 * @param parts the state classes whose keys the URL carries, in the order their keys are written
	 * @param onNotice shows a short bilingual notice (ignored parameters, a shortened link)
	 * @param getMap the page's map once loaded; defaults to the one MapView exposes on `window`
	 */
	constructor(parts: UrlStateful[], onNotice: (text: Text) => void, getMap?: () => MapLibreMap | null) {
		this.#parts = parts;
		this.#onNotice = onNotice;
		this.#getMap = getMap ?? (() => (window as unknown as { __wulingMap?: MapLibreMap }).__wulingMap ?? null);
		if (!browser) return;
		try {
			// A page that is left and revisited builds a new sync; the old one must stop listening.
			onDestroy(() => this.stop());
		} catch {
			// Built outside a component (a script or test): the caller stops it.
		}
	}

	/** Reads the URL into every part and the camera, then keeps the URL following the state. */
	start(): void {
		if (this.#started) return;
		this.#started = true;
		this.#pathname = location.pathname;
		this.#read(location.search);
		this.#stopEffects = $effect.root(() => {
			$effect(() => {
				// Reading every part's output subscribes this effect to all state the URL carries.
				const query = this.#compose();
				untrack(() => this.#commit(query));
			});
		});
		addEventListener('popstate', this.#onPopState);
		this.#watchForMap();
	}

	/**
	 * Writes the current state to the URL now, as the effect does after every change: a new entry
	 * for a navigable change, a delayed rewrite for a continuous one, nothing when nothing changed.
	 */
	commit(): void {
		this.#commit(untrack(() => this.#compose()));
	}

	/** Stops following the state; the URL keeps what it has. */
	stop(): void {
		if (!this.#started) return;
		this.#stopEffects?.();
		this.#stopEffects = null;
		removeEventListener('popstate', this.#onPopState);
		clearTimeout(this.#replaceTimer);
		clearTimeout(this.#cameraTimer);
		clearInterval(this.#mapPoll);
		this.#map?.off('moveend', this.#onMoveEnd);
		this.#map = null;
		this.#started = false;
	}

	#onPopState = (): void => {
		if (location.pathname !== this.#pathname) return;
		clearTimeout(this.#replaceTimer);
		clearTimeout(this.#cameraTimer);
		this.#read(location.search);
	};

	#onMoveEnd = (): void => {
		clearTimeout(this.#cameraTimer);
		this.#cameraTimer = setTimeout(() => {
			const map = this.#map;
			if (!map || location.pathname !== this.#pathname) return;
			const text = formatCamera(cameraOf(map));
			const next = this.#defaultCamera && text === formatCamera(this.#defaultCamera) ? null : text;
			if (next === this.#cameraText) return;
			this.#cameraText = next;
			this.#commit(untrack(() => this.#compose()));
		}, CAMERA_DEBOUNCE_MS);
	};

	/** Applies a query to every part and the camera, then makes the URL its canonical form in place. */
	#read(search: string): void {
		const params = readSearch(search);
		const ignored: IgnoredParam[] = [];
		// A part may check a value only once its data has loaded (travel's places and assumptions): what it drops
		// then still gets a notice, one per turn, instead of vanishing into a read that has already finished.
		let reading = true;
		let late: IgnoredParam[] = [];
		const notice: ParamNotice = (key, value, reason) => {
			if (reading) {
				ignored.push({ key, value, reason });
				return;
			}
			late.push({ key, value, reason });
			if (late.length > 1) return;
			queueMicrotask(() => {
				const text = ignoredNotice(late);
				late = [];
				if (text) this.#onNotice(text);
			});
		};
		for (const part of this.#parts) {
			try {
				part.readParams(params, notice);
			} catch {
				for (const key of part.urlKeys) {
					const value = params.get(key);
					if (value !== null) ignored.push({ key, value, reason: FAILED });
				}
			}
		}
		this.#readCamera(params.get(CAMERA_KEY), notice);
		// Unknown keys come last: a mistyped value of a known key matters more to the reader.
		const known = [CAMERA_KEY, ...this.#parts.flatMap((p) => p.urlKeys)];
		for (const key of unknownKeys(params, known)) ignored.push({ key, value: params.get(key) ?? '', reason: UNKNOWN });
		reading = false;
		const text = ignoredNotice(ignored);
		if (text) this.#onNotice(text);
		const query = untrack(() => this.#compose());
		this.#written = query;
		this.#write(query, 'replace');
	}

	#readCamera(value: string | null, notice: ParamNotice): void {
		let camera: Camera | null = null;
		if (value !== null) {
			const parsed = parseCamera(value, { bounds: MAX_BOUNDS, minZoom: 0, maxZoom: 22 });
			if (parsed.ok) camera = parsed.camera;
			else notice(CAMERA_KEY, value, parsed.reason);
		}
		this.#cameraText = camera ? formatCamera(camera) : null;
		const target = camera ?? this.#defaultCamera;
		if (this.#map) {
			if (target) this.#map.jumpTo(target);
		} else this.#pendingCamera = camera;
	}

	#watchForMap(): void {
		const attach = (): boolean => {
			const map = this.#getMap();
			if (!map) return false;
			clearInterval(this.#mapPoll);
			this.#map = map;
			// The page may already have framed a selected project; that framing is the default view.
			this.#defaultCamera = cameraOf(map);
			if (this.#pendingCamera) map.jumpTo(this.#pendingCamera);
			this.#pendingCamera = null;
			map.on('moveend', this.#onMoveEnd);
			return true;
		};
		if (!attach()) this.#mapPoll = setInterval(attach, MAP_POLL_MS);
	}

	/** The URL's query for the current state: parts in order, then the camera. */
	#compose(): string {
		const params = new URLSearchParams();
		for (const part of this.#parts) {
			try {
				part.writeParams(params);
			} catch {
				// A part that cannot write leaves its keys out rather than stopping the others.
				for (const key of part.urlKeys) params.delete(key);
			}
		}
		if (this.#cameraText) params.set(CAMERA_KEY, this.#cameraText);
		return serializeQuery(params);
	}

	#commit(query: string): void {
		if (!this.#started || location.pathname !== this.#pathname || query === this.#written) return;
		const changed = changedKeys(this.#written, query);
		let mode = historyMode(changed, CONTINUOUS_KEYS);
		if (mode === 'none') return;
		const signature = changed.join(',');
		if (mode === 'push' && Date.now() - this.#lastPushAt < COALESCE_MS && signature === this.#lastPushKeys) {
			mode = 'replace';
		}
		this.#written = query;
		if (mode === 'push') {
			clearTimeout(this.#replaceTimer);
			this.#lastPushKeys = signature;
			this.#lastPushAt = Date.now();
			this.#write(query, 'push');
		} else {
			clearTimeout(this.#replaceTimer);
			this.#replaceTimer = setTimeout(() => this.#write(this.#written, 'replace'), REPLACE_DEBOUNCE_MS);
		}
	}

	/** Writes a query to the address bar, shortened (with a notice) if the link would be too long. */
	#write(query: string, mode: 'push' | 'replace'): void {
		if (location.pathname !== this.#pathname) return;
		const url = new URL(location.href);
		url.search = '';
		const { params, dropped } = fitQuery(readSearch(query), url.href.length + 1, KEEP_KEYS);
		const signature = dropped.join(',');
		if (dropped.length && signature !== this.#lastDropped) this.#onNotice(droppedNotice(dropped));
		this.#lastDropped = signature;
		const search = serializeQuery(params);
		url.search = search;
		if (url.href === location.href) return;
		try {
			if (mode === 'push') pushState(url, {});
			else replaceState(url, {});
		} catch {
			// Browsers throttle history writes; the next change writes the whole state again.
		}
	}
}

/** The map's current camera. */
function cameraOf(map: MapLibreMap): Camera {
	const c = map.getCenter();
	return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
}
