/**
 * The direction of imports is the architecture (docs/architecture.md): a module of src/lib imports only from its own
 * folder or from folders below it, and the pure core imports neither maplibre-gl nor Svelte.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(__dirname, '../../src/lib');
/** Bottom to top; a folder may import from any folder left of it. Same-rank folders do not import each other. */
const LAYERS: string[][] = [
	['generated', 'limits.ts', 'lang.ts'],
	['format.ts'],
	['geo'],
	['catalogue'],
	['data'],
	['analysis', 'ingest'],
	['io'],
	['worker'],
	['i18n'],
	['map'],
	['export', 'present'],
	['state', 'pwa'],
	['components']
];
const rank = (folder: string) => LAYERS.findIndex((l) => l.includes(folder));
const PURE = ['geo', 'catalogue', 'analysis', 'ingest', 'io'];

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? files(p) : /\.(ts|svelte)$/.test(n) ? [p] : [];
	});
}

/** Every src/lib folder a file imports (by relative path or $lib), and its bare package imports. */
function importsOf(file: string): { folders: string[]; packages: string[] } {
	const text = readFileSync(file, 'utf8');
	const folders: string[] = [];
	const packages: string[] = [];
	for (const m of text.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)) {
		const spec = m[1] ?? m[2];
		let target: string | null = null;
		if (spec.startsWith('$lib/')) target = join(LIB, spec.slice(5));
		else if (spec.startsWith('.')) target = resolve(dirname(file), spec);
		else packages.push(spec);
		if (target && target.startsWith(LIB)) folders.push(relative(LIB, target).split('/')[0]);
	}
	return { folders, packages };
}

describe('imports run one way', () => {
	const all = files(LIB);
	it('no module of src/lib imports from a folder above its own', () => {
		const upward: string[] = [];
		for (const file of all) {
			const own = relative(LIB, file).split('/')[0];
			const r = rank(own);
			if (r < 0) upward.push(`${own} has no place in LAYERS`);
			for (const folder of importsOf(file).folders) {
				if (folder === own) continue;
				const t = rank(folder);
				if (t >= r) upward.push(`${relative(LIB, file)} → ${folder}`);
			}
		}
		expect(upward).toEqual([]);
	});

	it('the pure core imports neither maplibre-gl nor Svelte', () => {
		const bad: string[] = [];
		for (const file of all.filter((f) => PURE.includes(relative(LIB, f).split('/')[0]))) {
			for (const p of importsOf(file).packages) if (/^(maplibre-gl|svelte)(\/|$)/.test(p)) bad.push(`${relative(LIB, file)} → ${p}`);
		}
		expect(bad).toEqual([]);
	});

	it('the test itself finds imports (a planted upward import is caught)', () => {
		const planted = join(LIB, 'geo/planted.ts');
		const own = relative(LIB, planted).split('/')[0];
		expect(rank('map')).toBeGreaterThan(rank(own));
		expect(importsOf(join(LIB, 'map/region.ts')).folders).toEqual(['geo']);
	});
});
