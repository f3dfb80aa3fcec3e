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
			// Canonical direction: a bundle's slots must mean the same side for every line in it.
			const forward = ids[i] < ids[i + 1];
			drafts.push({
				parent: line,
				from: forward ? ids[i] : ids[i + 1],
				to: forward ? ids[i + 1] : ids[i],
				coordinates: forward ? [coords[i], coords[i + 1]] : [coords[i + 1], coords[i]]
			});
		}
	}

	const bundles = new Map<string, SegmentDraft[]>();
	for (const d of drafts) {
		const key = `${d.from}|${d.to}`;
		if (!bundles.has(key)) bundles.set(key, []);
		bundles.get(key)!.push(d);
	}
	const hubBundle = new Map<string, number>();
	for (const list of bundles.values()) {
		// One slot per line: a line that ran twice between the same towns would not need two.
		const seen = new Set<string>();
		const unique = list.filter((d) => {
			const id = String(d.parent.properties?.id ?? '');
			if (seen.has(id)) return false;
			seen.add(id);
			return true;
		});
		unique.sort(
			(a, b) =>
				groupRank(a.parent.properties?.group) - groupRank(b.parent.properties?.group) ||
				String(a.parent.properties?.id).localeCompare(String(b.parent.properties?.id))
		);
		const k = unique.length;
		for (const end of [unique[0].from, unique[0].to]) hubBundle.set(end, Math.max(hubBundle.get(end) ?? 0, k));
		unique.forEach((d, i) => {
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
				slot: i - (k - 1) / 2
			};
			out.push({ type: 'Feature', id: p.id as string | number | undefined, properties, geometry: { type: 'LineString', coordinates: d.coordinates } });
		});
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
