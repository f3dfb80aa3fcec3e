#!/usr/bin/env node
// Cuts Noto Sans SC (Debian fonts-noto-cjk) down to the characters of the map's labels, as two woff2 files:
// `core` for labels drawn at small scales and `detail` for the rest, and writes static/geo/fonts/fonts.json
// for the style's `font-faces` property (MapLibre GL JS ≥ 6, no glyph server).
// Usage: node scripts/build-fonts.mjs (after build-basemap.mjs and build-projects.ts)
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { compressRanges, FONT_NAME, fontPython, inspectFont, labelCodePointTiers, SOURCE_FONT, subsetFont } from './basemap/fonts.mjs';
import { stableJson, writeOutput } from './basemap/json.mjs';
import { check, log, runStep } from './basemap/log.mjs';

const STEP = 'build-fonts';
const GEO = 'static/geo';
const FONT_DIR = `${GEO}/fonts`;

const describe = (cps) => cps.map((cp) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase()})`).join(', ');

function main() {
	const python = fontPython();
	const tiers = labelCodePointTiers(GEO);
	check(tiers.core.length > 0, 'no label characters found');
	log(STEP, `${tiers.core.length} core and ${tiers.detail.length} detail label characters`);

	const source = inspectFont(python, SOURCE_FONT.path, SOURCE_FONT.fontNumber);
	check(
		source.family === SOURCE_FONT.family,
		`face ${SOURCE_FONT.fontNumber} of ${SOURCE_FONT.path} is ${source.family}, not ${SOURCE_FONT.family}`
	);
	const inSource = new Set(source.codePoints);
	const unsupported = [...tiers.core, ...tiers.detail].filter((cp) => !inSource.has(cp));
	check(unsupported.length === 0, `${SOURCE_FONT.family} has no glyph for ${describe(unsupported)}`);

	mkdirSync(FONT_DIR, { recursive: true });
	const faces = [];
	const keep = new Set(['fonts.json']);
	for (const tier of ['core', 'detail']) {
		const codePoints = tiers[tier];
		if (codePoints.length === 0) {
			log(STEP, `no ${tier} characters; ${tier} file not written`);
			continue;
		}
		const file = `noto-sans-sc-${tier}.woff2`;
		subsetFont(python, codePoints, `${FONT_DIR}/${file}`);
		const out = inspectFont(python, `${FONT_DIR}/${file}`);
		const has = new Set(out.codePoints);
		const missing = codePoints.filter((cp) => !has.has(cp));
		check(missing.length === 0, `${file} lacks ${describe(missing)}`);
		check(out.modified === source.modified, `${file}: head.modified ${out.modified} differs from the source's ${source.modified}`);
		const ranges = compressRanges(codePoints);
		faces.push({ url: `fonts/${file}`, 'unicode-range': ranges });
		keep.add(file);
		log(STEP, `${file}: ${codePoints.length} characters in ${ranges.length} ranges, ${statSync(`${FONT_DIR}/${file}`).size} bytes`);
	}
	for (const f of readdirSync(FONT_DIR)) if (!keep.has(f)) rmSync(`${FONT_DIR}/${f}`);
	const json = stableJson({ [FONT_NAME]: faces });
	writeOutput(`${FONT_DIR}/fonts.json`, json);
	log(STEP, `fonts.json: ${json.length} bytes`);
}

runStep(STEP, main);
