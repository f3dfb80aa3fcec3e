/**
 * Fitting a long line to a vertex budget, so that what a user imports stays within the limit every other part of
 * the atlas keeps (see ../limits). Pure TypeScript.
 *
 * Written here rather than taken from Turf: Turf's `simplify` (simplify-js) takes a tolerance, not a vertex count,
 * recurses once per split (a long zigzag line overflows the stack) and is quadratic on such a line; fitting a
 * budget with it means repeated runs. Visvalingam–Whyatt with a heap removes vertices until the budget is met,
 * in O(n log n) for any input.
 */
import type { Position } from 'geojson';

/** Result of {@link fitVertexBudget}. */
export interface FittedLine {
	coords: Position[];
	/** Whether the line was simplified. */
	simplified: boolean;
	/** Vertices before simplification. */
	before: number;
	/** Largest triangle area removed, square degrees (0 when not simplified). */
	areaDeg2: number;
}

/** A binary min-heap of vertex indices keyed by a shared array, with positions for updates. */
class VertexHeap {
	readonly #items: Int32Array;
	readonly #pos: Int32Array;
	readonly #key: Float64Array;
	#size = 0;

	constructor(n: number, key: Float64Array) {
		this.#items = new Int32Array(n);
		this.#pos = new Int32Array(n).fill(-1);
		this.#key = key;
	}

	get size(): number {
		return this.#size;
	}

	push(i: number): void {
		this.#items[this.#size] = i;
		this.#pos[i] = this.#size;
		this.#up(this.#size++);
	}

	pop(): number {
		const top = this.#items[0];
		this.#pos[top] = -1;
		const last = this.#items[--this.#size];
		if (this.#size > 0) {
			this.#items[0] = last;
			this.#pos[last] = 0;
			this.#down(0);
		}
		return top;
	}

	/** Restores the order after the key of vertex i changed. */
	update(i: number): void {
		const at = this.#pos[i];
		if (at < 0) return;
		this.#up(at);
		this.#down(this.#pos[i]);
	}

	#less(a: number, b: number): boolean {
		const ka = this.#key[this.#items[a]];
		const kb = this.#key[this.#items[b]];
		// Ties go to the earlier vertex, so the result does not depend on heap internals.
		return ka < kb || (ka === kb && this.#items[a] < this.#items[b]);
	}

	#swap(a: number, b: number): void {
		const ia = this.#items[a];
		const ib = this.#items[b];
		this.#items[a] = ib;
		this.#items[b] = ia;
		this.#pos[ib] = a;
		this.#pos[ia] = b;
	}

	#up(at: number): void {
		while (at > 0) {
			const parent = (at - 1) >> 1;
			if (!this.#less(at, parent)) break;
			this.#swap(at, parent);
			at = parent;
		}
	}

	#down(at: number): void {
		for (;;) {
			const l = 2 * at + 1;
			const r = l + 1;
			let m = at;
			if (l < this.#size && this.#less(l, m)) m = l;
			if (r < this.#size && this.#less(r, m)) m = r;
			if (m === at) return;
			this.#swap(at, m);
			at = m;
		}
	}
}

/**
 * Simplifies a line to at most `maxVertices` vertices by Visvalingam–Whyatt: the vertex whose triangle with its
 * neighbours has the smallest area goes first, until the line fits. A line already within the budget comes back
 * unchanged; the ends are always kept. O(n log n) for any input, so a dense or zigzag line cannot stall it
 * (Douglas–Peucker, as in Turf's `simplify`, is quadratic on a zigzag and recurses once per split).
 *
 * @param coords - the line's positions, [lon, lat], degrees
 * @param maxVertices - the budget (at least 2)
 * @returns the fitted positions, whether they were simplified, and the largest triangle area removed (square degrees)
 * @example
 * fitVertexBudget(longLine, 5000).coords.length <= 5000; // true
 */
export function fitVertexBudget(coords: Position[], maxVertices: number): FittedLine {
	const n = coords.length;
	const budget = Math.max(2, Math.floor(maxVertices));
	if (n <= budget) return { coords, simplified: false, before: n, areaDeg2: 0 };
	const xs = Float64Array.from(coords, (p) => p[0]);
	const ys = Float64Array.from(coords, (p) => p[1]);
	const prev = new Int32Array(n);
	const next = new Int32Array(n);
	const area = new Float64Array(n);
	const triangle = (a: number, b: number, c: number) => Math.abs((xs[a] - xs[b]) * (ys[c] - ys[b]) - (xs[c] - xs[b]) * (ys[a] - ys[b])) / 2;
	const heap = new VertexHeap(n, area);
	for (let i = 0; i < n; i++) {
		prev[i] = i - 1;
		next[i] = i + 1;
	}
	area[0] = Infinity;
	area[n - 1] = Infinity;
	for (let i = 1; i < n - 1; i++) {
		area[i] = triangle(i - 1, i, i + 1);
		heap.push(i);
	}
	const removed = new Uint8Array(n);
	let count = n;
	let largest = 0;
	while (count > budget && heap.size > 0) {
		const i = heap.pop();
		// Areas never fall below the last one removed, so the order stays that of significance.
		largest = Math.max(largest, area[i]);
		removed[i] = 1;
		count--;
		const p = prev[i];
		const q = next[i];
		next[p] = q;
		prev[q] = p;
		if (p > 0) {
			area[p] = Math.max(triangle(prev[p], p, q), largest);
			heap.update(p);
		}
		if (q < n - 1) {
			area[q] = Math.max(triangle(p, q, next[q]), largest);
			heap.update(q);
		}
	}
	const out: Position[] = [];
	for (let i = 0; i < n; i++) if (!removed[i]) out.push([xs[i], ys[i]]);
	return { coords: out, simplified: true, before: n, areaDeg2: largest };
}
