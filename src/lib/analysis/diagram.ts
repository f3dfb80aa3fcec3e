/**
 * The plan map as a network diagram. No document gives an alignment, so every line is a schematic through the
 * towns it names; drawn as they are, many lines meet in one pixel at a town and run on top of each other between
 * two towns. This module turns the visible project features into what a metro-map style draws instead:
 *
 * - **segments**: each line cut at the towns it names; lines that join the same two towns share a corridor
 *   segment and get side-by-side slots (the map offsets each slot by a few pixels, so none hides another);
 * - **hubs**: the towns where lines stop or meet, with the number of lines and the widest bundle, so the map can
 *   draw an interchange ring sized to them over the line ends.
 *
 * Pure: plain GeoJSON in, plain GeoJSON out; no map or UI code.
 */
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';

/** What a feature of the diagram is for; the map's layers filter on it. */
export type DiagramRole = 'line' | 'segment' | 'point' | 'hub';

/** Properties a segment carries: the few its parent's layers read, plus its slot. */
export interface SegmentProperties {
	role: 'segment';
	id: string;
	kind: string;
	group: string;
	phase: string;
	method: string;
	context: boolean;
	/** Place ids at the segment's ends, in the segment's (canonical) direction. */
	from: string;
	to: string;
	/** Lines sharing this corridor segment, this one included. */
	bundle: number;
	/** Offset slot in the bundle, centred on 0: −(bundle−1)/2 … +(bundle−1)/2. */
	slot: number;
}

/** Properties of a hub: a town where lines stop, meet or end. */
export interface HubProperties {
	role: 'hub';
	/** `hub:` and the place id (kept apart from project ids, which the map's feature state is keyed by). */
	id: string;
	/** The place id, or a coordinate key for an unnamed vertex. */
	place: string;
	/** Distinct lines that stop at the hub. */
	lines: number;
	/** Widest bundle of any segment ending at the hub (the ring must cover its fan). */
	bundle: number;
	/** Every line at the hub is in service. */
	existing: boolean;
}

/** Group order used to keep the same side-by-side order in every bundle (rail inside, roads outside). */
const GROUP_ORDER = ['hsr', 'rail', 'station', 'expressway', 'road', 'air', 'water', 'energy', 'zone'];

function groupRank(group: unknown): number {
	const i = GROUP_ORDER.indexOf(String(group));
	return i === -1 ? GROUP_ORDER.length : i;
}

function coordKey(p: Position): string {
	return `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
}

/**
 * The place id of each vertex of a line: from the feature's `places` property (comma-separated gazetteer ids, one
 * per vertex, as written by the data build) when it matches the vertex count, else a coordinate key.
 *
 * @param feature - a LineString feature
 * @returns one id per vertex
 * @example
 * vertexPlaceIds({ type: 'Feature', properties: { places: 'qianjiang,jishou' }, geometry }); // ['qianjiang', 'jishou']
 */
export function vertexPlaceIds(feature: Feature<LineString>): string[] {
	const coords = feature.geometry.coordinates;
	const raw = feature.properties?.places;
	const ids = typeof raw === 'string' && raw ? raw.split(',') : [];
	return ids.length === coords.length ? ids : coords.map(coordKey);
}

interface SegmentDraft {
	parent: Feature<LineString>;
	from: string;
	to: string;
	coordinates: Position[];
}

/** Kilometres per degree, for telling which segments run on top of each other (at the region's latitude). */
const KM_PER_DEG_LON = 111.32 * Math.cos((29.5 * Math.PI) / 180);
const KM_PER_DEG_LAT = 110.57;
/** Two segments closer than this, running within {@link PARALLEL_DEG} of each other, would be drawn as one. */
export const OVERLAP_KM = 1.2;
const PARALLEL_DEG = 8;
/** Shorter shared stretches (a crossing, a fan leaving a hub) do not count as running together. */
const MIN_SHARED_KM = 0.8;

interface Planar {
	draft: SegmentDraft;
	a: [number, number];
	b: [number, number];
	len: number;
}

function planar(d: SegmentDraft): Planar {
	const [a, b] = d.coordinates.map((c) => [c[0] * KM_PER_DEG_LON, c[1] * KM_PER_DEG_LAT] as [number, number]);
	return { draft: d, a, b, len: Math.hypot(b[0] - a[0], b[1] - a[1]) };
}

/** Whether `t` runs along `s` (nearly parallel, close, and sharing a stretch), in planar km. */
function runsAlong(s: Planar, t: Planar): boolean {
	if (s.len === 0 || t.len === 0) return false;
	const ux = (s.b[0] - s.a[0]) / s.len;
	const uy = (s.b[1] - s.a[1]) / s.len;
	const vx = (t.b[0] - t.a[0]) / t.len;
	const vy = (t.b[1] - t.a[1]) / t.len;
	if (Math.abs(ux * vy - uy * vx) > Math.sin((PARALLEL_DEG * Math.PI) / 180)) return false;
	const along = (p: [number, number]) => (p[0] - s.a[0]) * ux + (p[1] - s.a[1]) * uy;
	const across = (p: [number, number]) => Math.abs((p[0] - s.a[0]) * uy - (p[1] - s.a[1]) * ux);
	const lo = Math.max(0, Math.min(along(t.a), along(t.b)));
	const hi = Math.min(s.len, Math.max(along(t.a), along(t.b)));
	if (hi - lo < MIN_SHARED_KM) return false;
	// Distance between the two centre lines over the shared stretch: at its two ends (the lines are straight).
	const at = (u: number): [number, number] => {
		const k = (u - along(t.a)) / (along(t.b) - along(t.a) || 1);
		return [t.a[0] + (t.b[0] - t.a[0]) * k, t.a[1] + (t.b[1] - t.a[1]) * k];
	};
	return across(at(lo)) < OVERLAP_KM && across(at(hi)) < OVERLAP_KM;
}

/**
 * Groups segments that would be drawn on top of each other: the same two towns, or one segment running along
 * another (a town lying on another line's straight schematic). Each group is drawn side by side, in one direction.
 */
function overlapComponents(drafts: SegmentDraft[]): { groups: SegmentDraft[][]; runsWith: Map<SegmentDraft, Set<SegmentDraft>> } {
	const ps = drafts.map(planar);
	const runsWith = new Map<SegmentDraft, Set<SegmentDraft>>(drafts.map((d) => [d, new Set()]));
	const parent = ps.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
	const lineId = (d: SegmentDraft) => String(d.parent.properties?.id ?? '');
	for (let i = 0; i < ps.length; i++)
		for (let j = i + 1; j < ps.length; j++) {
			if (lineId(ps[i].draft) === lineId(ps[j].draft)) continue;
			if (runsAlong(ps[i], ps[j]) || runsAlong(ps[j], ps[i])) {
				parent[find(i)] = find(j);
				runsWith.get(ps[i].draft)!.add(ps[j].draft);
				runsWith.get(ps[j].draft)!.add(ps[i].draft);
			}
		}
	const groups = new Map<number, Planar[]>();
	ps.forEach((p, i) => {
		const r = find(i);
		if (!groups.has(r)) groups.set(r, []);
		groups.get(r)!.push(p);
	});
	const out = [...groups.values()].map((g) => {
		// One direction for the whole group, that of its longest segment, so a slot means the same side throughout.
		const ref = g.reduce((x, y) => (y.len > x.len ? y : x));
		const rx = ref.b[0] - ref.a[0];
		const ry = ref.b[1] - ref.a[1];
		for (const p of g) {
			if ((p.b[0] - p.a[0]) * rx + (p.b[1] - p.a[1]) * ry < 0) {
				const d = p.draft;
				[d.from, d.to] = [d.to, d.from];
				d.coordinates = [d.coordinates[1], d.coordinates[0]];
			}
		}
		return g.map((p) => p.draft);
	});
	return { groups: out, runsWith };
}

/**
 * Slots within a group: each line takes the lowest slot that none of the segments its own segments run along has
 * taken, in a stable order (by kind group, then id), so a line keeps one slot along a corridor.
 */
function assignSlots(component: SegmentDraft[], runsWith: Map<SegmentDraft, Set<SegmentDraft>>): Map<SegmentDraft, number> {
	const byLine = new Map<string, SegmentDraft[]>();
	for (const d of component) {
		const id = String(d.parent.properties?.id ?? '');
		if (!byLine.has(id)) byLine.set(id, []);
		byLine.get(id)!.push(d);
	}
	const lines = [...byLine.entries()].sort(
		([a, da], [b, db]) => groupRank(da[0].parent.properties?.group) - groupRank(db[0].parent.properties?.group) || a.localeCompare(b)
	);
	const slots = new Map<SegmentDraft, number>();
	for (const [, segs] of lines) {
		const taken = new Set<number>();
		for (const s of segs) for (const other of runsWith.get(s) ?? []) if (slots.has(other)) taken.add(slots.get(other)!);
		let slot = 0;
		while (taken.has(slot)) slot++;
		for (const s of segs) slots.set(s, slot);
	}
	return slots;
}

/**
 * Builds the diagram from visible project features: each input feature again (role `line` or `point`, for labels,
 * bands and clicks), one feature per line segment between two named towns (role `segment`, with its bundle size and
 * slot), and one hub per town where lines stop (role `hub`). Segments shared by several lines get slots in a stable
 * order (by kind group, then id) and a canonical direction, so a bundle is drawn side by side in the same order on
 * every segment of a corridor.
 *
 * @param collection - the visible project features (properties `id`, `kind`, `group`, `phase`, `method`, `context`,
 *   and for lines `places`)
 * @returns the features to draw, all in [lon, lat] degrees
 * @example
 * const d = networkDiagram(visible);
 * d.features.filter((f) => f.properties?.role === 'hub').length; // towns where lines stop
 */
export function networkDiagram(collection: FeatureCollection<Geometry | null>): FeatureCollection<Geometry> {
	const out: Feature<Geometry>[] = [];
	const drafts: SegmentDraft[] = [];
	const hubPositions = new Map<string, Position>();
	const hubLines = new Map<string, Set<string>>();
	const hubExisting = new Map<string, boolean>();

	for (const f of collection.features) {
		if (!f.geometry) continue;
		if (f.geometry.type === 'Point') {
			out.push({ ...f, geometry: f.geometry, properties: { ...f.properties, role: 'point' } });
			continue;
		}
		if (f.geometry.type !== 'LineString' || f.geometry.coordinates.length < 2) continue;
		const line = f as Feature<LineString>;
		out.push({ ...line, properties: { ...line.properties, role: 'line' } });
		const coords = line.geometry.coordinates;
		const ids = vertexPlaceIds(line);
		const lineId = String(line.properties?.id ?? '');
		const inService = line.properties?.phase === 'in-service';
		coords.forEach((c, i) => {
			const id = ids[i];
			if (!hubPositions.has(id)) hubPositions.set(id, c);
			if (!hubLines.has(id)) hubLines.set(id, new Set());
			hubLines.get(id)!.add(lineId);
			hubExisting.set(id, (hubExisting.get(id) ?? true) && inService);
		});
		for (let i = 0; i + 1 < coords.length; i++) {
			if (ids[i] === ids[i + 1]) continue;
			// Canonical direction between two towns; a group running together is turned one way later.
			const forward = ids[i] < ids[i + 1];
			drafts.push({
				parent: line,
				from: forward ? ids[i] : ids[i + 1],
				to: forward ? ids[i + 1] : ids[i],
				coordinates: forward ? [coords[i], coords[i + 1]] : [coords[i + 1], coords[i]]
			});
		}
	}

	const hubBundle = new Map<string, number>();
	const { groups, runsWith } = overlapComponents(drafts);
	for (const component of groups) {
		const slots = assignSlots(component, runsWith);
		const k = Math.max(...slots.values()) + 1;
		for (const d of component) {
			for (const end of [d.from, d.to]) hubBundle.set(end, Math.max(hubBundle.get(end) ?? 0, k));
			const p = d.parent.properties ?? {};
			const properties: SegmentProperties = {
				role: 'segment',
				id: String(p.id ?? ''),
				kind: String(p.kind ?? ''),
				group: String(p.group ?? ''),
				phase: String(p.phase ?? ''),
				method: String(p.method ?? 'schematic'),
				context: p.context === true,
				from: d.from,
				to: d.to,
				bundle: k,
				slot: slots.get(d)! - (k - 1) / 2
			};
			out.push({
				type: 'Feature',
				id: p.id as string | number | undefined,
				properties,
				geometry: { type: 'LineString', coordinates: d.coordinates }
			});
		}
	}

	for (const [id, position] of [...hubPositions].sort(([a], [b]) => a.localeCompare(b))) {
		const properties: HubProperties = {
			role: 'hub',
			id: `hub:${id}`,
			place: id,
			lines: hubLines.get(id)!.size,
			bundle: hubBundle.get(id) ?? 1,
			existing: hubExisting.get(id) ?? false
		};
		const hub: Feature<Point> = { type: 'Feature', properties, geometry: { type: 'Point', coordinates: position } };
		out.push(hub);
	}
	return { type: 'FeatureCollection', features: out };
}
