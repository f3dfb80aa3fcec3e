#!/usr/bin/env node
// Copies the Noto Sans SC woff2 chunks that cover every map label into static/geo/fonts/ and writes
// static/geo/fonts/fonts.json for the style's `font-faces` property (MapLibre GL JS ≥ 6, no glyph server).
// Usage: node scripts/build-fonts.mjs (after build-basemap.mjs and build-projects.ts)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { chunksFor, FONT_FACES, FONTSOURCE, labelCharacters, parseFontFaces } from './basemap/fonts.mjs';
import { stableJson, writeOutput } from './basemap/json.mjs';
import { log, runStep } from './basemap/log.mjs';

const STEP = 'build-fonts';
const GEO = 'static/geo';
const FONT_DIR = `${GEO}/fonts`;

function main() {
	const chars = labelCharacters(GEO);
	log(STEP, `${chars.length} distinct label characters`);
	mkdirSync(FONT_DIR, { recursive: true });
	const manifest = {};
	const keep = new Set(['fonts.json']);
	let total = 0;
	for (const { name, weight } of FONT_FACES) {
		const chunks = chunksFor(parseFontFaces(readFileSync(`${FONTSOURCE}/${weight}.css`, 'utf8')), chars);
		manifest[name] = chunks.map((c) => {
			copyFileSync(`${FONTSOURCE}/files/${c.file}`, `${FONT_DIR}/${c.file}`);
			keep.add(c.file);
			total += statSync(`${FONT_DIR}/${c.file}`).size;
			return { url: `fonts/${c.file}`, 'unicode-range': c.rangeText };
		});
		log(STEP, `${name}: ${chunks.length} chunks`);
	}
	for (const f of readdirSync(FONT_DIR)) if (!keep.has(f)) rmSync(`${FONT_DIR}/${f}`);
	writeOutput(`${FONT_DIR}/fonts.json`, stableJson(manifest));
	log(STEP, `fonts: ${total} bytes of woff2 in ${keep.size - 1} files`);
}

runStep(STEP, main);
