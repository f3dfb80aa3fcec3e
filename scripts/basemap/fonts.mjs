// Font subsetting helpers: which characters the map's labels use, split into the small-scale `core` set and
// the `detail` rest, compressed unicode ranges, and the fontTools calls that cut and inspect the woff2 files.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { check, log } from './log.mjs';

/** Name the style's `text-font` uses; fonts.json maps it to the subset files. */
export const FONT_NAME = 'Noto Sans SC Regular';

/**
 * The font the subsets are cut from: Debian fonts-noto-cjk ships one collection with every CJK region;
 * face 2 is the Simplified Chinese one, checked by its family name before use.
 */
export const SOURCE_FONT = {
	deb: 'fonts-noto-cjk',
	path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
	fontNumber: 2,
	family: 'Noto Sans CJK SC'
};

/**
 * pyftsubset options. MapLibre draws one grapheme cluster at a time through the browser, so kerning and
 * ligatures never apply; only `vert` is kept, for the vertical forms of punctuation in vertical labels.
 * Hints are dropped (glyphs are drawn large and turned into signed distance fields) and CFF subroutines
 * are inlined, which woff2 compresses better. Name records 0–6 plus 13–14 keep the copyright and the
 * OFL licence text and URL inside each file, as the licence asks. The source's `head.modified` is kept
 * so that two builds give the same bytes.
 */
export const SUBSET_OPTIONS = [
	'--flavor=woff2',
	'--layout-features=vert',
	'--no-hinting',
	'--desubroutinize',
	'--name-IDs=0,1,2,3,4,5,6,13,14',
	'--no-recalc-timestamp'
];

/** Printable ASCII, for numbers, route refs and Latin text in any label. */
const ASCII_PRINTABLE = String.fromCodePoint(...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i));
/** Common CJK and typographic punctuation and full-width digits, so a new label rarely needs a rebuild. */
const COMMON_PUNCTUATION = '·–—‘’“”…、。〈〉《》「」『』【】〔〕（），：；！？～０１２３４５６７８９';
/** Places of this rank or better are labelled at small scales; rank 4 (townships) only when zoomed in. */
export const CORE_MAX_RANK = 3;

/**
 * Collects the label texts of the generated files in static/geo, split by when the map shows them.
 * @param {string} geoDir folder with places.json, airports.json, boundaries.topo.json, water.topo.json
 *   and, if built, projects.json
 * @returns {{ core: string[], detail: string[] }} texts drawn at small scales, and texts drawn only
 *   when zoomed in (townships)
 * @example
 * labelTexts('static/geo').core.includes('黔江'); // true
 */
export function labelTexts(geoDir) {
	const core = [ASCII_PRINTABLE, COMMON_PUNCTUATION];
	const detail = [];
	const read = (f) => JSON.parse(readFileSync(`${geoDir}/${f}`, 'utf8'));
	for (const p of read('places.json').places) (p.rank <= CORE_MAX_RANK ? core : detail).push(p.zh, p.en);
	for (const a of read('airports.json').airports) core.push(a.zh, a.en);
	for (const f of ['boundaries.topo.json', 'water.topo.json']) {
		const topo = read(f);
		for (const key of Object.keys(topo.objects)) {
			for (const feat of feature(topo, topo.objects[key]).features) {
				core.push(feat.properties?.zh ?? '', feat.properties?.en ?? '');
			}
		}
	}
	if (existsSync(`${geoDir}/projects.json`)) {
		const projects = read('projects.json');
		const entries = Array.isArray(projects) ? projects : (projects.projects ?? Object.values(projects));
		for (const e of entries) {
			core.push(e?.name?.zh ?? '', e?.name?.en ?? '', e?.shortName?.zh ?? '', e?.shortName?.en ?? '');
		}
	} else {
		log('build-fonts', 'static/geo/projects.json not found; project labels not collected');
	}
	return { core, detail };
}

/**
 * Distinct drawable code points of some texts: every non-blank character plus the plain space.
 * @param {string[]} texts label texts
 * @returns {number[]} code points, ascending
 * @example
 * codePointsOf(['黔江', 'Qianjiang']); // [81, 97, 103, 105, 106, 110, 27743, 40660]
 */
export function codePointsOf(texts) {
	const set = new Set();
	for (const t of texts) for (const ch of t ?? '') if (ch.trim() || ch === ' ') set.add(ch.codePointAt(0));
	return [...set].sort((a, b) => a - b);
}

/**
 * Splits every label character into the `core` file (small-scale labels) and the `detail` file (the rest).
 * @param {string} geoDir folder with the generated data
 * @returns {{ core: number[], detail: number[] }} disjoint ascending code point lists
 * @example
 * labelCodePointTiers('static/geo').core.includes(0x9ed4); // true (黔)
 */
export function labelCodePointTiers(geoDir) {
	const texts = labelTexts(geoDir);
	const core = codePointsOf(texts.core);
	const inCore = new Set(core);
	return { core, detail: codePointsOf(texts.detail).filter((cp) => !inCore.has(cp)) };
}

/**
 * Compresses code points into CSS-style unicode ranges, merging consecutive runs.
 * @param {number[]} codePoints code points in any order
 * @returns {string[]} ranges such as `U+4E00-4E05` and `U+9ED4`, ascending
 * @example
 * compressRanges([0x4e01, 0x4e00, 0x4e02, 0x9ed4]); // ['U+4E00-4E02', 'U+9ED4']
 */
export function compressRanges(codePoints) {
	const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
	const out = [];
	const hex = (n) => n.toString(16).toUpperCase();
	for (let i = 0; i < sorted.length;) {
		let j = i;
		while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
		out.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
		i = j + 1;
	}
	return out;
}

/**
 * Parses unicode ranges as written in fonts.json.
 * @param {string[]} ranges entries such as `U+4E00-4E05` or `U+9ED4`
 * @returns {[number, number][]} inclusive [first, last] code point pairs
 * @example
 * parseRanges(['U+4E00-4E05']); // [[19968, 19973]]
 */
export function parseRanges(ranges) {
	return ranges.map((r) => {
		const m = /^U\+([0-9A-F]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(r);
		check(m, `not a unicode range: ${r}`);
		return [parseInt(m[1], 16), parseInt(m[2] ?? m[1], 16)];
	});
}

/**
 * Finds Debian's python3 with fontTools and brotli (a python3 earlier on PATH may lack them).
 * @returns {string} path of a python3 that can write woff2
 * @example
 * fontPython(); // '/usr/bin/python3'
 */
export function fontPython() {
	const candidates = [process.env.FONT_PYTHON, '/usr/bin/python3', 'python3'].filter(Boolean);
	for (const py of candidates) {
		const r = spawnSync(py, ['-c', 'import fontTools.subset, brotli'], { encoding: 'utf8' });
		if (r.status === 0) return py;
	}
	check(false, 'no python3 with fontTools and brotli; run: xargs apt-get install -y < scripts/debian-packages.txt');
	return '';
}

const INSPECT_PY = `
import json, sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], fontNumber=int(sys.argv[2]), lazy=True)
print(json.dumps({'family': f['name'].getDebugName(1), 'modified': f['head'].modified, 'codePoints': sorted(f.getBestCmap())}))
`;

/**
 * Reads a font's family name, `head.modified` and the code points its cmap maps.
 * @param {string} python python3 from fontPython()
 * @param {string} path font file (otf, ttc or woff2)
 * @param {number} [fontNumber=-1] face index inside a collection, -1 for a single font
 * @returns {{ family: string, modified: number, codePoints: number[] }} modified in seconds since 1904
 * @example
 * inspectFont(py, SOURCE_FONT.path, 2).family; // 'Noto Sans CJK SC'
 */
export function inspectFont(python, path, fontNumber = -1) {
	check(existsSync(path), `font not found: ${path} (Debian package ${SOURCE_FONT.deb})`);
	const r = spawnSync(python, ['-c', INSPECT_PY, path, String(fontNumber)], { encoding: 'utf8', maxBuffer: 64 << 20 });
	check(r.status === 0, `cannot read ${path}: ${r.stderr}`);
	return JSON.parse(r.stdout);
}

/**
 * Cuts a woff2 subset of the source font holding exactly the given code points.
 * @param {string} python python3 from fontPython()
 * @param {number[]} codePoints code points to keep
 * @param {string} output woff2 path to write
 * @returns {void}
 * @example
 * subsetFont(py, [0x9ed4, 0x6c5f], 'static/geo/fonts/noto-sans-sc-core.woff2');
 */
export function subsetFont(python, codePoints, output) {
	const unicodes = compressRanges(codePoints)
		.map((r) => r.slice(2))
		.join(',');
	const args = [
		'-m',
		'fontTools.subset',
		SOURCE_FONT.path,
		`--font-number=${SOURCE_FONT.fontNumber}`,
		`--unicodes=${unicodes}`,
		`--output-file=${output}`,
		...SUBSET_OPTIONS
	];
	const r = spawnSync(python, args, { encoding: 'utf8' });
	check(r.status === 0, `pyftsubset failed for ${output}: ${r.stderr}`);
}
