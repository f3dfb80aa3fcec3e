#!/usr/bin/env node
// Copies the cited source documents into static/geo/sources/ so the app can show each quoted line.
// Input: ../shared/seeds/*.txt (or $WULING_SEEDS) and the documents taken in later, data/documents/*.txt.
// Output: static/geo/sources/<file>.txt, unchanged.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const seeds = resolve(process.env.WULING_SEEDS ?? '../shared/seeds');
const out = 'static/geo/sources';
if (!existsSync(seeds)) {
	console.error(`build-sources: source documents not found at ${seeds} (set WULING_SEEDS)`);
	process.exit(1);
}
const added = 'data/documents';
const pick = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)) : []).map((f) => [dir, f]);
const sourcesOf = [...pick(seeds), ...pick(added)].sort((a, b) => a[1].localeCompare(b[1]));
const names = sourcesOf.map(([, f]) => f);
const twice = names.find((f, i) => names.indexOf(f) !== i);
if (twice) {
	console.error(`build-sources: ${twice} is both a seed and in ${added}/`);
	process.exit(1);
}
const files = sourcesOf;
if (files.length === 0) {
	console.error(`build-sources: no source documents in ${seeds}`);
	process.exit(1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [dir, f] of files) {
	const text = readFileSync(join(dir, f), 'utf8');
	if (!text.trim()) {
		console.error(`build-sources: ${f} is empty`);
		process.exit(1);
	}
	copyFileSync(join(dir, f), join(out, f));
}
console.error(`build-sources: ${files.length} documents → ${out}`);
