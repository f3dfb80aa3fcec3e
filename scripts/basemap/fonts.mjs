// Font subsetting helpers: which Noto Sans SC chunks cover the characters of the map's labels.
import { existsSync, readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { check, log } from './log.mjs';

export const FONTSOURCE = 'node_modules/@fontsource/noto-sans-sc';
/**
 * Font stacks written to fonts.json: name used in the style → fontsource weight. Only the regular weight
 * ships: the bold chunks for the same characters would add about 0.9 MB for every visitor.
 */
export const FONT_FACES = [{ name: 'Noto Sans SC Regular', weight: 400 }];
/** Printable ASCII is always covered, for numbers and Latin text in labels. */
const ALWAYS = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCodePoint(0x20 + i)).join('');

/**
 * Parses a fontsource CSS file into its woff2 chunks with code-point ranges.
 * @param {string} css text of e.g. 400.css
 * @returns {{ file: string, ranges: [number, number][], rangeText: string[] }[]} chunks in CSS order
 * @example
 * parseFontFaces(readFileSync('400.css', 'utf8'))[0].file; // 'noto-sans-sc-4-400-normal.woff2'
 */
export function parseFontFaces(css) {
	const chunks = [];
	for (const block of css.split('@font-face').slice(1)) {
		const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
		if (!file || !range) continue;
		const rangeText = range.split(',').map((r) => r.trim());
		const ranges = rangeText.map((r) => {
			const [a, b] = r.replace(/^U\+/i, '').split('-');
			return [parseInt(a, 16), parseInt(b ?? a, 16)];
		});
		chunks.push({ file, ranges, rangeText });
	}
	return chunks;
}

/**
 * Collects every character used in map labels from the generated files in static/geo.
 * @param {string} geoDir folder with places.json, airports.json, boundaries.topo.json, water.topo.json
 * @returns {string[]} distinct characters, sorted by code point
 * @example
 * labelCharacters('static/geo').includes('黔'); // true
 */
export function labelCharacters(geoDir) {
	const texts = [ALWAYS];
	const read = (f) => JSON.parse(readFileSync(`${geoDir}/${f}`, 'utf8'));
	for (const p of read('places.json').places) texts.push(p.zh, p.en);
	for (const a of read('airports.json').airports) texts.push(a.zh, a.en);
	for (const f of ['boundaries.topo.json', 'water.topo.json']) {
		const topo = read(f);
		for (const key of Object.keys(topo.objects)) {
			for (const feat of feature(topo, topo.objects[key]).features) {
				texts.push(feat.properties?.zh ?? '', feat.properties?.en ?? '');
			}
		}
	}
	if (existsSync(`${geoDir}/projects.json`)) {
		const projects = read('projects.json');
		const entries = Array.isArray(projects) ? projects : (projects.projects ?? Object.values(projects));
		for (const e of entries) {
			texts.push(e?.name?.zh ?? '', e?.name?.en ?? '', e?.shortName?.zh ?? '', e?.shortName?.en ?? '');
		}
	} else {
		log('build-fonts', 'static/geo/projects.json not found; project labels not collected');
	}
	const chars = new Set();
	for (const t of texts) for (const ch of t) if (ch.trim() || ch === ' ') chars.add(ch);
	return [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0));
}

/**
 * Picks the chunks that cover the given characters, failing on any character no chunk covers.
 * @param {ReturnType<typeof parseFontFaces>} chunks chunks of one weight
 * @param {string[]} chars characters to cover
 * @returns {ReturnType<typeof parseFontFaces>} the chunks needed, in CSS order
 * @example
 * chunksFor(chunks, ['黔', 'a']).length; // 2
 */
export function chunksFor(chunks, chars) {
	const needed = new Set();
	for (const ch of chars) {
		const cp = ch.codePointAt(0);
		const chunk = chunks.find((c) => c.ranges.some(([a, b]) => cp >= a && cp <= b));
		check(chunk, `no Noto Sans SC chunk covers ${ch} (U+${cp.toString(16)})`);
		needed.add(chunk);
	}
	return chunks.filter((c) => needed.has(c));
}


/**
 * Lists characters of the current labels that fonts.json does not cover.
 * @param {string} geoDir folder holding the generated data and fonts/fonts.json
 * @returns {string[]} uncovered characters (empty when fonts are up to date)
 * @example
 * uncoveredCharacters('static/geo'); // []
 */
export function uncoveredCharacters(geoDir) {
	if (!existsSync(`${geoDir}/fonts/fonts.json`)) return labelCharacters(geoDir);
	const fonts = JSON.parse(readFileSync(`${geoDir}/fonts/fonts.json`, 'utf8'));
	const ranges = Object.values(fonts)
		.flat()
		.flatMap((face) => face['unicode-range'])
		.map((r) => {
			const [a, b] = r.replace(/^U\+/i, '').split('-');
			return [parseInt(a, 16), parseInt(b ?? a, 16)];
		});
	return labelCharacters(geoDir).filter((ch) => {
		const cp = ch.codePointAt(0);
		return !ranges.some(([a, b]) => cp >= a && cp <= b);
	});
}
