import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { CorridorStats } from '../analysis/corridor';

type CorridorAnalysis = typeof import('../analysis/corridor');
let analysisModule: Promise<CorridorAnalysis> | null = null;
/** The corridor analysis carries Turf's buffer code, which is large: it loads when a corridor is first needed. */
function loadAnalysis(): Promise<CorridorAnalysis> {
	return (analysisModule ??= import('../analysis/corridor'));
}
import type { UnitFeature } from '../analysis/districts';
import type { ProjectFeature } from '../analysis/project-feature';
import type { LonLat, Place } from '../geo/types';
import { unpackCoords, type PreparedLine } from '../io/prepared-import';
import { createAnalysisClient, TaskCancelled, type AnalysisTasks, type Job } from '../worker';
import { CORRIDOR_MAX_VERTICES } from '../limits';
import {
	BUFFER_MAX_KM,
	BUFFER_MIN_KM,
	DEFAULT_BUFFER_KM,
	MAX_COMPARED,
	MAX_CORRIDORS,
	STORAGE_INDEX_VERSION,
	STORAGE_KEY,
	cleanName,
	corridorStorageKey,
	cleanProps,
	decodeCorridorsParam,
	encodeCorridorsParam,
	makeCorridorId,
	nextColour,
	parseBufferKm,
	parseCompared,
	parseStored,
	round5,
	serializeStoredCorridor,
	serializeStoredIndex,
	splitPlaceList,
	type CodecProblem,
	type Corridor,
	type CorridorOrigin
} from './corridor-codec';
import type { ParamNotice, UrlStateful } from './url-state';
import { corridorsDict } from '../i18n/corridors';
import { fill } from '../i18n/index';

/** What the analysis of a corridor needs from the loaded data. */
export interface CorridorInputs {
	places: Place[];
	units: UnitFeature[];
	projects: ProjectFeature[];
}

/** What the drawing tool on the map does right now. */
export type DrawMode = 'idle' | 'drawing' | 'editing';

/** Hooks the map layer registers so the panel can finish or cancel a sketch. */
export interface DrawControls {
	finish(): void;
	cancel(): void;
}

/** The corridor as a GeoJSON line, for the analysis and export functions. */
export function corridorLine(c: Corridor): Feature<LineString> {
	return { type: 'Feature', properties: { id: `corridor:${c.id}`, name: c.name }, geometry: { type: 'LineString', coordinates: c.coords } };
}

function sameCorridor(a: Corridor, b: Corridor): boolean {
	return (
		a.name === b.name && a.coords.length === b.coords.length && a.coords.every((p, i) => p[0] === b.coords[i][0] && p[1] === b.coords[i][1])
	);
}

function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** Candidate corridors a planner sketches, names, compares, imports and shares. */
export class CorridorsState implements UrlStateful {
	readonly urlKeys = ['c', 'cb', 'cc'] as const;

	corridors = $state.raw<Corridor[]>([]);
	selectedId = $state<string | null>(null);
	bufferKm = $state(DEFAULT_BUFFER_KM);
	compared = $state.raw<string[]>([]);
	mode = $state<DrawMode>('idle');
	/** Problems met reading storage or a link, waiting to be shown. */
	notices = $state.raw<CodecProblem[]>([]);
	inputs = $state.raw<CorridorInputs>({ places: [], units: [], projects: [] });
	/**
	 * Points and polygons of the last imported file (its lines became corridors) as map features prepared in the
	 * worker, in the parts received so far (the map adds each part as it comes); kept for this visit only.
	 */
	importedExtras = $state.raw<{ version: number; chunks: Feature[][] }>({ version: 0, chunks: [] });

	#controls: DrawControls | null = null;
	/** A lighter copy of long imported lines for the map, by the corridor's coordinates array (replaced on any edit). */
	#display = new WeakMap<LonLat[], LonLat[]>();

	/**
	 * The coordinates a corridor is drawn with: a simplified copy for a long imported line (prepared in the worker,
	 * so the map's source update stays small), else its own.
	 *
	 * @param c - a corridor
	 * @returns its drawn coordinates
	 */
	displayCoords(c: Corridor): LonLat[] {
		return this.#display.get(c.coords) ?? c.coords;
	}

	/** Loads the corridor analysis on the main thread, for the light work of joining places (statistics run in the worker). */
	ready(): Promise<CorridorAnalysis> {
		return loadAnalysis();
	}

	selected = $derived(this.corridors.find((c) => c.id === this.selectedId) ?? null);

	/**
	 * Statistics of the selected corridor and of the compared ones, by id. All figures are computed, in the analysis
	 * worker; a corridor whose statistics are still being computed is missing from the map until they arrive.
	 */
	stats = $state.raw<Map<string, CorridorStats>>(new Map());

	/** The selected corridor's buffer polygon, for drawing (computed in the analysis worker). */
	buffer = $state.raw<Feature<Polygon | MultiPolygon> | null>(null);

	/** Ids of corridors whose statistics are being recomputed (what `stats` holds for them is from before the change). */
	pending = $state.raw<Set<string>>(new Set());

	/** True while corridor work (statistics, a buffer, an import) has been running longer than the progress threshold. */
	computing = $state(false);

	/** The worker that computes statistics, buffers and imports (created on first use). */
	#worker: ReturnType<typeof createAnalysisClient> | null = null;
	/** Statistics by corridor coordinates (arrays are replaced on every change) and buffer width. */
	#statsCache = new WeakMap<LonLat[], Map<number, CorridorStats>>();
	#bufferCache = new WeakMap<LonLat[], Map<number, Feature<Polygon | MultiPolygon> | null>>();
	#jobs: Job<unknown>[] = [];
	#refreshQueued = false;
	#inputsSet = false;
	#disposed = false;

	#analysisWorker(): ReturnType<typeof createAnalysisClient> {
		if (!this.#worker) {
			this.#worker = createAnalysisClient((busy) => (this.computing = busy));
			const { places, units, projects } = this.inputs;
			if (places.length || units.length || projects.length) this.#worker.run('setCorridorData', [{ places, units, projects }]);
		}
		return this.#worker;
	}

	/** Recomputes, in the worker, the statistics and buffer that the current state needs (once per turn). */
	#refresh(): void {
		if (this.#refreshQueued) return;
		this.#refreshQueued = true;
		queueMicrotask(() => {
			this.#refreshQueued = false;
			this.#compute();
		});
	}

	#compute(): void {
		// Nothing to compute against before the data has loaded (setInputs then asks again).
		if (!this.#inputsSet) return;
		// Work for an earlier state is superseded.
		for (const j of this.#jobs.splice(0)) j.cancel();
		const ids = new Set([...(this.selectedId ? [this.selectedId] : []), ...this.compared]);
		const wanted = this.corridors.filter((c) => ids.has(c.id) && c.coords.length >= 2);
		const km = this.bufferKm;
		const next = new Map<string, CorridorStats>();
		const missing: Corridor[] = [];
		for (const c of wanted) {
			const hit = this.#statsCache.get(c.coords)?.get(km);
			if (hit) next.set(c.id, hit);
			else {
				missing.push(c);
				// The previous figures stay, marked as being recomputed, so the panel does not flicker.
				const previous = this.stats.get(c.id);
				if (previous) next.set(c.id, previous);
			}
		}
		this.stats = next;
		this.pending = new Set(missing.map((c) => c.id));
		if (wanted.length === 0 && this.corridors.length === 0) {
			this.buffer = null;
			return;
		}
		const worker = this.#analysisWorker();
		for (const c of missing) {
			const job = worker.run('corridorStats', [corridorLine(c), { bufferKm: km }]);
			this.#jobs.push(job);
			job.promise.then(
				(s) => {
					let byKm = this.#statsCache.get(c.coords);
					if (!byKm) this.#statsCache.set(c.coords, (byKm = new Map()));
					byKm.set(km, s);
					if (this.corridors.some((k) => k.coords === c.coords) && this.bufferKm === km) {
						this.stats = new Map([...this.stats, [c.id, s]]);
						const rest = new Set(this.pending);
						rest.delete(c.id);
						this.pending = rest;
					}
				},
				(e: unknown) => {
					if (!(e instanceof TaskCancelled)) console.error(e);
				}
			);
		}
		const sel = this.selected;
		if (!sel || sel.coords.length < 2) {
			this.buffer = null;
			return;
		}
		const cached = this.#bufferCache.get(sel.coords);
		if (cached?.has(km)) {
			this.buffer = cached.get(km) ?? null;
			return;
		}
		this.buffer = null;
		const job = worker.run('corridorBuffer', [corridorLine(sel), km]);
		this.#jobs.push(job);
		job.promise.then(
			(b) => {
				let byKm = this.#bufferCache.get(sel.coords);
				if (!byKm) this.#bufferCache.set(sel.coords, (byKm = new Map()));
				byKm.set(km, b);
				if (this.selected?.coords === sel.coords && this.bufferKm === km) this.buffer = b;
			},
			(e: unknown) => {
				if (!(e instanceof TaskCancelled)) console.error(e);
			}
		);
	}

	/**
	 * Compares a corridor with a project's line (offsets and lengths) in the analysis worker.
	 *
	 * @param args - as for compareLines in $lib/io/compare
	 * @returns the job
	 */
	compareLines(...args: Parameters<AnalysisTasks['compareLines']>): Job<ReturnType<AnalysisTasks['compareLines']>> {
		return this.#analysisWorker().run('compareLines', args);
	}

	/**
	 * Imports a user's file in the analysis worker and prepares it for the page (see `prepareImport`): only as many
	 * lines as the list has room for come back, packed, so applying the result stays cheap at any accepted size.
	 *
	 * @param name - the file name
	 * @param bytes - the file's content (handed over to the worker)
	 * @param referencePoints - known places, to detect a GCJ-02 offset
	 * @param importedTag - the word for "imported" in each language (map labels)
	 * @returns the job; cancelling it stops the worker
	 */
	importForPage(
		name: string,
		bytes: Uint8Array,
		referencePoints: LonLat[],
		importedTag: { zh: string; en: string }
	): Job<Awaited<ReturnType<AnalysisTasks['importForPage']>>> {
		const room = Math.max(0, MAX_CORRIDORS - this.corridors.length);
		return this.#analysisWorker().run('importForPage', [name, bytes, referencePoints, room, importedTag], [bytes.buffer as ArrayBuffer]);
	}

	/**
	 * Brings the last import's points and areas from the worker, one part per answer, each shown as it arrives; an
	 * import started meanwhile replaces them.
	 *
	 * @param extras - the token and number of parts the import answered with
	 */
	async showImportedExtras(extras: { token: number; chunks: number }): Promise<void> {
		this.importedExtras = { version: extras.token, chunks: [] };
		for (let i = 0; i < extras.chunks; i++) {
			let part: Feature[] | null;
			try {
				part = await this.#analysisWorker().run('extrasChunk', [extras.token, i]).promise;
			} catch {
				return;
			}
			if (!part || this.importedExtras.version !== extras.token) return;
			this.importedExtras = { version: extras.token, chunks: [...this.importedExtras.chunks, part] };
		}
	}

	/**
	 * Moves an import from GCJ-02 to WGS-84 in the worker: its corridors, then its points and areas.
	 *
	 * @param ids - the corridors the import made ('' for a line not added)
	 * @param lines - their packed coordinates, as imported
	 * @param extrasToken - the token of the import's points and areas
	 * @returns the converted lines
	 */
	async convertImport(ids: string[], lines: Float64Array[], extrasToken: number): Promise<Float64Array[]> {
		const worker = this.#analysisWorker();
		const converted = await worker.run('convertLines', [lines]).promise;
		this.replacePrepared(ids, converted);
		const extras = await worker.run('convertExtras', [extrasToken]).promise;
		if (extras) await this.showImportedExtras(extras);
		return converted;
	}

	/** What the shareable link can hold; corridors beyond the length limit stay on this device only. */
	link = $derived(encodeCorridorsParam(this.corridors));

	constructor() {
		this.restore(storage());
		// Writes still queued are done before the page goes away.
		if (typeof window !== 'undefined') window.addEventListener('pagehide', () => this.flushSave());
	}

	/** Stops the analysis worker (the page is left). */
	dispose(): void {
		this.#disposed = true;
		this.#worker?.dispose();
		this.#worker = null;
	}

	/** Loads the corridors saved on this device; corrupt or outdated data is ignored with a notice. */
	restore(store: Pick<Storage, 'getItem'> | null): void {
		if (!store) return;
		let text: string | null;
		const read = (id: string) => {
			try {
				return store.getItem(corridorStorageKey(id));
			} catch {
				return null;
			}
		};
		try {
			text = store.getItem(STORAGE_KEY);
		} catch {
			return;
		}
		const r = parseStored(text, read);
		if (!r.ok) {
			this.notices = [...this.notices, r.problem];
			return;
		}
		if (r.dropped > 0)
			this.notices = [
				...this.notices,
				{ zh: `本机保存的 ${r.dropped} 条走廊无法读取，已忽略。`, en: `${r.dropped} saved corridor(s) could not be read and were ignored.` }
			];
		this.corridors = r.data.corridors;
		this.bufferKm = r.data.bufferKm;
		this.compared = r.data.compared;
		this.selectedId = r.data.selectedId;
		// What came from its own key is on the device as it is; a corridor of the older single document is written anew.
		this.#written.clear();
		if (text?.startsWith(`{"v":${STORAGE_INDEX_VERSION},`)) for (const c of r.data.corridors) this.#written.set(c.id, c);
		this.#refresh();
	}

	#saveQueued = false;
	/** The corridor object last written under each id's key (corridors are replaced, never changed, on an edit). */
	#written = new Map<string, Corridor>();
	#writtenIndex: string | null = null;

	/**
	 * Saves on later tasks, one write each: every changed corridor under its own key, then the index, then the keys
	 * of removed corridors. Writing twenty corridors of 5,000 vertices is then twenty small tasks, not one long one.
	 */
	#save(): void {
		this.#refresh();
		if (this.#saveQueued) return;
		this.#saveQueued = true;
		setTimeout(() => this.#saveStep(), 0);
	}

	/** One write towards the current state; schedules the next while anything is left. */
	#saveStep(): void {
		this.#saveQueued = false;
		if (this.#saveOne()) {
			this.#saveQueued = true;
			setTimeout(() => this.#saveStep(), 0);
		}
	}

	/** Does the next write, if any; returns whether one was done. */
	#saveOne(): boolean {
		const store = storage();
		if (!store) return false;
		try {
			const changed = this.corridors.find((c) => this.#written.get(c.id) !== c);
			if (changed) {
				store.setItem(corridorStorageKey(changed.id), serializeStoredCorridor(changed));
				this.#written.set(changed.id, changed);
				return true;
			}
			const index = serializeStoredIndex({
				corridors: this.corridors,
				bufferKm: this.bufferKm,
				compared: this.compared,
				selectedId: this.selectedId
			});
			if (index !== this.#writtenIndex) {
				store.setItem(STORAGE_KEY, index);
				this.#writtenIndex = index;
				return true;
			}
			const ids = new Set(this.corridors.map((c) => c.id));
			const stale = [...this.#written.keys()].find((id) => !ids.has(id));
			if (stale !== undefined) {
				store.removeItem(corridorStorageKey(stale));
				this.#written.delete(stale);
				return true;
			}
		} catch {
			// A full quota or private mode: the corridors still live for this visit and in the link.
		}
		return false;
	}

	/** Writes everything still to be saved now, in this task (tests; leaving the page). */
	flushSave(): void {
		while (this.#saveOne());
	}

	/** Removes and returns the notices waiting to be shown. */
	takeNotices(): CodecProblem[] {
		const n = this.notices;
		if (n.length) this.notices = [];
		return n;
	}

	setInputs(inputs: CorridorInputs): void {
		this.inputs = inputs;
		this.#inputsSet = true;
		this.#statsCache = new WeakMap();
		if (this.#worker) this.#worker.run('setCorridorData', [{ places: inputs.places, units: inputs.units, projects: inputs.projects }]);
		// Otherwise the worker starts, and receives the loaded data, when the page is idle rather than in the middle
		// of the first import or the first corridor.
		else if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => this.#disposed || this.#analysisWorker(), { timeout: 5000 });
		this.#refresh();
	}

	attachControls(controls: DrawControls | null): void {
		this.#controls = controls;
	}

	/** Adds a corridor and selects it; returns it, or null when the list is full or the line too short. */
	add(
		coords: LonLat[],
		origin: CorridorOrigin,
		name: string,
		extra: { via?: string[]; props?: Record<string, unknown> } = {}
	): Corridor | null {
		if (this.corridors.length >= MAX_CORRIDORS) {
			this.notices = [...this.notices, { zh: `最多保存 ${MAX_CORRIDORS} 条走廊。`, en: `At most ${MAX_CORRIDORS} corridors can be kept.` }];
			return null;
		}
		const clean = coords.map(([x, y]) => [round5(x), round5(y)] as LonLat);
		if (clean.length < 2) return null;
		if (clean.length > CORRIDOR_MAX_VERTICES) {
			// What is kept must survive a reload: the reader of saved corridors allows no more than this.
			this.notices = [
				...this.notices,
				{
					zh: `走廊顶点不能超过 ${CORRIDOR_MAX_VERTICES} 个，未添加。`,
					en: `A corridor can have at most ${CORRIDOR_MAX_VERTICES} vertices; not added.`
				}
			];
			return null;
		}
		const c: Corridor = {
			id: makeCorridorId(new Set(this.corridors.map((k) => k.id))),
			name: cleanName(name) || name,
			origin,
			colour: nextColour(this.corridors),
			coords: clean,
			...(extra.via ? { via: extra.via } : {}),
			...(extra.props ? { props: cleanProps(extra.props) } : {})
		};
		this.corridors = [...this.corridors, c];
		this.selectedId = c.id;
		this.#save();
		return c;
	}

	/** A schematic corridor through typed place names; returns null on success or the bilingual problem. */
	async addFromPlaces(text: string, name: string): Promise<{ zh: string; en: string; suggestions: Place[] } | null> {
		const refs = splitPlaceList(text);
		if (refs.length < 2)
			return {
				zh: '请至少输入两个地点，用逗号或箭头分隔。',
				en: 'Type at least two places, separated by commas or arrows.',
				suggestions: []
			};
		const { corridorFromPlaces } = await this.ready();
		const r = corridorFromPlaces(refs, this.inputs.places);
		if (!r.ok) return { zh: r.message_zh, en: r.message_en, suggestions: r.unresolved.flatMap((u) => u.suggestions).slice(0, 6) };
		const label = name.trim() || r.places.map((p) => p.zh).join('—');
		this.add(r.line.geometry.coordinates as LonLat[], 'places', label, { via: r.line.properties.via });
		return null;
	}

	/**
	 * Adds lines of a prepared import as corridors marked imported, in one change of the list and one save; returns
	 * the new ids in line order ('' for a line not added: the list is full, or the line is not a line). Nothing is
	 * selected: the caller selects one on a later task. A large import is added a few lines per task.
	 *
	 * @param lines - lines the worker sent
	 * @param fileName - the file name without its extension, the name of a line that has none
	 * @param firstIndex - the index in the file of the first of `lines` (for the name `#n` of an unnamed line)
	 * @returns the ids
	 */
	addPrepared(lines: PreparedLine[], fileName: string, firstIndex = 0): string[] {
		const taken = new Set(this.corridors.map((k) => k.id));
		const added: Corridor[] = [];
		let colours = this.corridors;
		const ids = lines.map((line, n) => {
			if (this.corridors.length + added.length >= MAX_CORRIDORS || line.coords.length < 4 || line.coords.length > 2 * CORRIDOR_MAX_VERTICES)
				return '';
			// Rounded to 5 decimals in the worker, as corridors are kept.
			const coords: LonLat[] = unpackCoords(line.coords);
			if (line.display !== line.coords && line.display.length < line.coords.length) this.#display.set(coords, unpackCoords(line.display));
			const p = line.properties;
			const base = cleanName(p.name) || cleanName(p.name_zh) || cleanName(p.name_en) || cleanName(fileName);
			const name = base ? (line.parts > 1 ? `${base} (${line.part + 1})` : base) : `#${firstIndex + n + 1}`;
			const id = makeCorridorId(taken);
			taken.add(id);
			const c: Corridor = {
				id,
				name: cleanName(name) || name,
				origin: 'imported',
				colour: nextColour(colours),
				coords,
				props: cleanProps(p)
			};
			added.push(c);
			colours = [...colours, c];
			return id;
		});
		if (added.length) {
			this.corridors = [...this.corridors, ...added];
			this.#save();
		}
		return ids;
	}

	/**
	 * Tells the user, in one notice, how many lines of a file were not added because the list is full.
	 *
	 * @param count - lines not added
	 */
	noteNotAdded(count: number): void {
		if (count <= 0) return;
		const values = { n: count, max: MAX_CORRIDORS };
		this.notices = [
			...this.notices,
			{ zh: fill(corridorsDict.zh.importNotAdded, values), en: fill(corridorsDict.en.importNotAdded, values) }
		];
	}

	/** Moves corridors made by {@link addPrepared} to new coordinates of the same lines (a datum change). */
	replacePrepared(ids: string[], lines: Float64Array[]): void {
		const byId = new Map<string, LonLat[]>();
		ids.forEach((id, i) => {
			if (id && lines[i]) byId.set(id, unpackCoords(lines[i]));
		});
		this.corridors = this.corridors.map((c) => {
			const coords = byId.get(c.id);
			return coords && coords.length >= 2 ? { ...c, coords } : c;
		});
		this.#save();
	}

	/** Replaces the coordinates of corridors (after an edit or a datum conversion). */
	setCoords(id: string, coords: LonLat[]): void {
		if (coords.length < 2 || coords.length > CORRIDOR_MAX_VERTICES) return;
		this.corridors = this.corridors.map((c) =>
			c.id === id ? { ...c, coords: coords.map(([x, y]) => [round5(x), round5(y)] as LonLat) } : c
		);
		this.#save();
	}

	/** Removes one vertex, keeping at least two. */
	removeVertex(id: string, index: number): void {
		const c = this.corridors.find((k) => k.id === id);
		if (!c || c.coords.length <= 2) return;
		this.setCoords(
			id,
			c.coords.filter((_, i) => i !== index)
		);
	}

	rename(id: string, name: string): void {
		const clean = cleanName(name);
		if (!clean) return;
		this.corridors = this.corridors.map((c) => (c.id === id ? { ...c, name: clean } : c));
		this.#save();
	}

	remove(id: string): void {
		this.corridors = this.corridors.filter((c) => c.id !== id);
		this.compared = this.compared.filter((k) => k !== id);
		if (this.selectedId === id) this.selectedId = this.corridors[0]?.id ?? null;
		if (this.mode === 'editing') this.mode = 'idle';
		this.#save();
	}

	select(id: string | null): void {
		if (id !== null && !this.corridors.some((c) => c.id === id)) return;
		if (this.mode === 'editing' && id !== this.selectedId) this.mode = 'idle';
		this.selectedId = id;
		this.#save();
	}

	setBuffer(km: number): void {
		if (!Number.isFinite(km)) return;
		this.bufferKm = Math.min(BUFFER_MAX_KM, Math.max(BUFFER_MIN_KM, Math.round(km * 10) / 10));
		this.#save();
	}

	/** Adds a corridor to the comparison or takes it out; false when the table is already full. */
	toggleCompared(id: string): boolean {
		if (this.compared.includes(id)) this.compared = this.compared.filter((k) => k !== id);
		else if (this.compared.length >= MAX_COMPARED) return false;
		else this.compared = [...this.compared, id];
		this.#save();
		return true;
	}

	startDrawing(): void {
		this.mode = 'drawing';
	}

	startEditing(): void {
		if (this.selected) this.mode = 'editing';
	}

	/** Ends drawing (keeping what was drawn if it has two points) or editing. */
	finish(): void {
		if (this.mode === 'drawing') this.#controls?.finish();
		this.mode = 'idle';
	}

	cancel(): void {
		if (this.mode === 'drawing') this.#controls?.cancel();
		this.mode = 'idle';
	}

	writeParams(params: URLSearchParams): void {
		const { value } = this.link;
		if (value) params.set('c', value);
		else params.delete('c');
		if (this.bufferKm === DEFAULT_BUFFER_KM) params.delete('cb');
		else params.set('cb', String(this.bufferKm));
		const compared = this.compared.filter((id) => this.link.included.includes(id));
		if (compared.length) params.set('cc', compared.join(','));
		else params.delete('cc');
	}

	/**
	 * Reads the link. Corridors in `c` are added to those saved on this device (the same corridor is not added
	 * twice; a different one with a clashing id gets a new id). Without `c`, `cb` or `cc`, what this device saved
	 * stays: it is the default.
	 */
	readParams(params: URLSearchParams, notice: ParamNotice): void {
		const c = params.get('c');
		const idMap = new Map<string, string>();
		if (c !== null && c !== '') {
			const decoded = decodeCorridorsParam(c);
			for (const p of decoded.problems) notice('c', c.slice(0, 40), p);
			let list = [...this.corridors];
			for (const incoming of decoded.corridors) {
				const same = list.find((k) => k.id === incoming.id);
				if (same && sameCorridor(same, incoming)) {
					idMap.set(incoming.id, same.id);
					continue;
				}
				if (list.length >= MAX_CORRIDORS) {
					notice('c', incoming.name.slice(0, 40), {
						zh: `最多保存 ${MAX_CORRIDORS} 条走廊`,
						en: `at most ${MAX_CORRIDORS} corridors can be kept`
					});
					continue;
				}
				const id = same ? makeCorridorId(new Set(list.map((k) => k.id))) : incoming.id;
				idMap.set(incoming.id, id);
				list = [...list, { ...incoming, id }];
			}
			this.corridors = list;
			if (decoded.corridors.length > 0 && !this.selected) this.selectedId = idMap.get(decoded.corridors[0].id) ?? null;
		}
		const cb = params.get('cb');
		if (cb !== null && cb !== '') {
			const km = parseBufferKm(cb);
			if (km === null)
				notice('cb', cb, {
					zh: `缓冲宽度应为 ${BUFFER_MIN_KM}–${BUFFER_MAX_KM} 公里`,
					en: `buffer must be ${BUFFER_MIN_KM}–${BUFFER_MAX_KM} km`
				});
			else this.bufferKm = km;
		}
		const cc = params.get('cc');
		if (cc !== null && cc !== '') {
			const mapped = cc
				.split(',')
				.map((id) => idMap.get(id) ?? id)
				.join(',');
			const r = parseCompared(
				mapped,
				this.corridors.map((k) => k.id)
			);
			for (const id of r.unknown) notice('cc', id, { zh: '没有这条走廊', en: 'no such corridor' });
			this.compared = r.ids;
		}
		this.#save();
	}
}
