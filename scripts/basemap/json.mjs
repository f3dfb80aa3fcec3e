// Deterministic JSON writing: sorted keys and fixed coordinate precision, so two runs are byte-identical.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Returns a copy of a JSON value with object keys sorted and non-integer numbers rounded.
 * @param {unknown} value any JSON value
 * @param {number} decimals decimal places kept for non-integer numbers (5 ≈ 1 m)
 * @returns {unknown} normalised value
 * @example
 * normaliseJson({ b: 1.234567, a: 2 }, 5); // { a: 2, b: 1.23457 }
 */
export function normaliseJson(value, decimals) {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`non-finite number ${value}`);
		if (Number.isInteger(value)) return value;
		const rounded = Number(value.toFixed(decimals));
		return Object.is(rounded, -0) ? 0 : rounded;
	}
	if (Array.isArray(value)) return value.map((v) => normaliseJson(v, decimals));
	if (value && typeof value === 'object') {
		const out = {};
		for (const key of Object.keys(value).sort()) {
			if (value[key] !== undefined) out[key] = normaliseJson(value[key], decimals);
		}
		return out;
	}
	return value;
}

/**
 * Serialises a JSON value compactly with sorted keys and rounded numbers, ending in a newline.
 * @param {unknown} value any JSON value
 * @param {number} [decimals=5] decimal places for non-integer numbers
 * @returns {string} JSON text
 * @example
 * stableJson({ lon: 108.774781, lat: 29.53284 }); // '{"lat":29.53284,"lon":108.77478}\n'
 */
export function stableJson(value, decimals = 5) {
	return JSON.stringify(normaliseJson(value, decimals)) + '\n';
}

/**
 * Serialises `{ [key]: items }` with one array item per line, so diffs of generated lists stay readable.
 * @param {string} key name of the top-level array
 * @param {unknown[]} items array entries, already in their final order
 * @param {number} [decimals=5] decimal places for non-integer numbers
 * @returns {string} JSON text
 * @example
 * stableListJson('places', [{ id: 'a' }]); // '{"places":[\n{"id":"a"}\n]}\n'
 */
export function stableListJson(key, items, decimals = 5) {
	const lines = items.map((item) => JSON.stringify(normaliseJson(item, decimals)));
	return `{${JSON.stringify(key)}:[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Writes text to a file, creating its folder first.
 * @param {string} path output path
 * @param {string | Uint8Array} content file content
 * @returns {void}
 * @example
 * writeOutput('static/geo/places.json', text);
 */
export function writeOutput(path, content) {
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, content);
}
