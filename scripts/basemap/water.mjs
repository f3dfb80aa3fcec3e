// water.topo.json: GSHHG WDBII rivers from GMT, with names attached only along the river network path
// between towns that stand on the named river.
import { execFileSync } from 'node:child_process';
import * as turf from '@turf/turf';
import { check } from './log.mjs';

/** Extent of the river extract (lon/lat degrees): west, east, south, north for `gmt coast -R`. */
export const RIVER_REGION = [104, 113, 26, 33];

/**
 * Named rivers: the towns (place ids) that stand on each, in downstream order. A name is attached to the
 * shortest path through the GSHHG network from each town to the next, and nowhere else.
 */
export const NAMED_RIVERS = [
	{
		zh: '长江',
		en: 'Yangtze River',
		towns: ['jiangjin', 'fuling', 'fengdu', 'zhongxian', 'wanzhou', 'yunyang', 'fengjie', 'wushan', 'badong', 'yichang']
	},
	{ zh: '乌江', en: 'Wu River', towns: ['yanhe', 'pengshui', 'wulong', 'fuling'] },
	{ zh: '酉水', en: 'You River', towns: ['laifeng', 'baojing'] },
	{ zh: '沅江', en: 'Yuan River', towns: ['luxi', 'taoyuan', 'changde'] },
	// 桑植 stands on the 澧水 too, but its seat of government lies 5.6 km from the nearest GSHHG vertex, so
	// the name starts at 张家界.
	{ zh: '澧水', en: 'Li River', towns: ['zhangjiajie', 'cili', 'shimen', 'lixian'] }
];

/** A town must lie this close to a river vertex to anchor a name (GSHHG is good to 1–2 km here). */
export const ANCHOR_MAX_KM = 3;

/**
 * Reads GSHHG WDBII river segments for a region with `gmt coast -M` (full resolution, classes 1–4).
 * @param {number[]} region [west, east, south, north] in degrees
 * @returns {[number, number][][]} polylines in WGS-84 degrees
 * @example
 * readGshhgRivers([104, 113, 26, 33]).length; // ≈ 386
 */
export function readGshhgRivers(region) {
	const text = execFileSync('gmt', ['coast', `-R${region.join('/')}`, '-Df', '-I1', '-I2', '-I3', '-I4', '-M'], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const lines = [];
	let current = null;
	for (const row of text.split('\n')) {
		if (row.startsWith('>')) {
			current = [];
			lines.push(current);
		} else if (row.trim() && current) {
			const [lon, lat] = row.trim().split(/\s+/).map(Number);
			current.push([lon, lat]);
		}
	}
	const rivers = lines.filter((l) => l.length >= 2);
	check(rivers.length > 0, 'gmt coast returned no river segments');
	return rivers;
}

/**
 * Builds an undirected graph over all river vertices; vertices at the same position are one node.
 * @param {[number, number][][]} rivers polylines
 * @returns {{ nodes: [number, number][], adjacency: Map<number, {to: number, km: number}[]>, nodeOf: (p: [number, number]) => number }}
 * @example
 * buildRiverGraph(rivers).nodes.length;
 */
export function buildRiverGraph(rivers) {
	const index = new Map();
	const nodes = [];
	const adjacency = new Map();
	const nodeOf = (p) => {
		const key = `${p[0].toFixed(6)},${p[1].toFixed(6)}`;
		let id = index.get(key);
		if (id === undefined) {
			id = nodes.length;
			index.set(key, id);
			nodes.push(p);
			adjacency.set(id, []);
		}
		return id;
	};
	for (const line of rivers) {
		for (let i = 1; i < line.length; i++) {
			const a = nodeOf(line[i - 1]);
			const b = nodeOf(line[i]);
			if (a === b) continue;
			const km = turf.distance(line[i - 1], line[i]);
			adjacency.get(a).push({ to: b, km });
			adjacency.get(b).push({ to: a, km });
		}
	}
	bridgeGaps(rivers, nodes, adjacency, nodeOf);
	return { nodes, adjacency, nodeOf };
}

/** GSHHG segments often stop just short of the river they join; ends closer than this are linked. */
export const BRIDGE_MAX_KM = 1;

/**
 * Links each segment end to the nearest vertex of another segment within BRIDGE_MAX_KM, so that
 * paths can cross confluences where GSHHG leaves a small gap.
 * @returns {void}
 */
function bridgeGaps(rivers, nodes, adjacency, nodeOf) {
	const cell = 0.02;
	const grid = new Map();
	const cellKey = (x, y) => `${x},${y}`;
	const owner = new Map();
	rivers.forEach((line, li) => {
		for (const p of line) {
			const id = nodeOf(p);
			if (!owner.has(id)) owner.set(id, li);
			const k = cellKey(Math.floor(p[0] / cell), Math.floor(p[1] / cell));
			if (!grid.has(k)) grid.set(k, []);
			grid.get(k).push(id);
		}
	});
	rivers.forEach((line, li) => {
		for (const end of [line[0], line[line.length - 1]]) {
			const a = nodeOf(end);
			if (adjacency.get(a).length > 1) continue;
			const cx = Math.floor(end[0] / cell);
			const cy = Math.floor(end[1] / cell);
			let best = null;
			for (let dx = -1; dx <= 1; dx++) {
				for (let dy = -1; dy <= 1; dy++) {
					for (const b of grid.get(cellKey(cx + dx, cy + dy)) ?? []) {
						if (owner.get(b) === li) continue;
						const km = turf.distance(end, nodes[b]);
						if (km <= BRIDGE_MAX_KM && (!best || km < best.km)) best = { b, km };
					}
				}
			}
			if (best) {
				adjacency.get(a).push({ to: best.b, km: best.km });
				adjacency.get(best.b).push({ to: a, km: best.km });
			}
		}
	});
}

/**
 * Shortest path between two graph nodes (Dijkstra over edge lengths).
 * @param {Map<number, {to: number, km: number}[]>} adjacency graph
 * @param {number} from start node
 * @param {number} to end node
 * @returns {number[] | null} node ids from start to end, or null when not connected
 * @example
 * shortestPath(graph.adjacency, 0, 42);
 */
export function shortestPath(adjacency, from, to) {
	const dist = new Map([[from, 0]]);
	const prev = new Map();
	const heap = [[0, from]];
	const push = (item) => {
		heap.push(item);
		let i = heap.length - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (heap[parent][0] <= heap[i][0]) break;
			[heap[parent], heap[i]] = [heap[i], heap[parent]];
			i = parent;
		}
	};
	const pop = () => {
		const top = heap[0];
		const last = heap.pop();
		if (heap.length) {
			heap[0] = last;
			let i = 0;
			for (;;) {
				const l = 2 * i + 1;
				const r = l + 1;
				let m = i;
				if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
				if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
				if (m === i) break;
				[heap[m], heap[i]] = [heap[i], heap[m]];
				i = m;
			}
		}
		return top;
	};
	while (heap.length) {
		const [d, node] = pop();
		if (node === to) break;
		if (d > (dist.get(node) ?? Infinity)) continue;
		for (const { to: next, km } of adjacency.get(node)) {
			const nd = d + km;
			if (nd < (dist.get(next) ?? Infinity)) {
				dist.set(next, nd);
				prev.set(next, node);
				push([nd, next]);
			}
		}
	}
	if (!dist.has(to)) return null;
	const path = [to];
	while (path[path.length - 1] !== from) path.push(prev.get(path[path.length - 1]));
	return path.reverse();
}

/**
 * Nearest graph node to a position.
 * @param {[number, number][]} nodes node positions
 * @param {[number, number]} lonLat position in degrees
 * @returns {{ node: number, km: number }} nearest node and its distance in km
 * @example
 * nearestNode(graph.nodes, [108.16, 29.29]);
 */
export function nearestNode(nodes, lonLat) {
	let best = { node: -1, km: Infinity };
	for (let i = 0; i < nodes.length; i++) {
		const km = turf.distance(nodes[i], lonLat);
		if (km < best.km) best = { node: i, km };
	}
	return best;
}

/**
 * Splits river polylines into features, naming the stretches that lie on a named river's path.
 * @param {[number, number][][]} rivers polylines
 * @param {Map<string, [number, number]>} townPositions place id → lon/lat
 * @returns {import('geojson').Feature<import('geojson').LineString>[]} features with `zh`/`en` where named
 * @example
 * nameRivers(rivers, new Map([['fuling', [107.39, 29.71]]]));
 */
export function nameRivers(rivers, townPositions) {
	const graph = buildRiverGraph(rivers);
	const edgeName = new Map();
	const edgeKey = (a, b) => (a < b ? `${a}-${b}` : `${b}-${a}`);
	for (const river of NAMED_RIVERS) {
		const anchors = river.towns.map((id) => {
			const pos = townPositions.get(id);
			check(pos, `river ${river.zh}: town ${id} missing from places`);
			const near = nearestNode(graph.nodes, pos);
			check(near.km <= ANCHOR_MAX_KM, `river ${river.zh}: ${id} is ${near.km.toFixed(1)} km from any GSHHG river`);
			return near.node;
		});
		for (let i = 1; i < anchors.length; i++) {
			const path = shortestPath(graph.adjacency, anchors[i - 1], anchors[i]);
			check(path, `river ${river.zh}: GSHHG network does not connect ${river.towns[i - 1]} and ${river.towns[i]}`);
			for (let j = 1; j < path.length; j++) edgeName.set(edgeKey(path[j - 1], path[j]), river);
		}
	}
	const features = [];
	for (const line of rivers) {
		let run = [line[0]];
		let runName = null;
		for (let i = 1; i < line.length; i++) {
			const name = edgeName.get(edgeKey(graph.nodeOf(line[i - 1]), graph.nodeOf(line[i]))) ?? null;
			if (i > 1 && name !== runName) {
				features.push(riverFeature(run, runName));
				run = [line[i - 1]];
			}
			runName = name;
			run.push(line[i]);
		}
		features.push(riverFeature(run, runName));
	}
	return features;
}

function riverFeature(coordinates, river) {
	return {
		type: 'Feature',
		properties: river ? { zh: river.zh, en: river.en } : {},
		geometry: { type: 'LineString', coordinates }
	};
}
