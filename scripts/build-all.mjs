#!/usr/bin/env node
// Rebuilds everything in static/geo/ (and the catalogue and the map's first picture in src/lib/generated/) from data/, npm and Debian packages, in
// order, and stops at the first failure.
// Usage: npm run data
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
	['node', ['scripts/build-basemap.mjs']],
	['npx', ['tsx', 'scripts/build-terrain.ts']],
	['node', ['scripts/build-sources.mjs']],
	['npx', ['tsx', 'scripts/build-catalogue.ts']],
	['npx', ['tsx', 'scripts/build-projects.ts']],
	['node', ['scripts/build-fonts.mjs']],
	// The first picture of the map (src/lib/generated/preview/), drawn from the files above.
	['npx', ['tsx', 'scripts/build-preview.ts']],
	['node', ['scripts/build-manifest.mjs']]
];

for (const [cmd, args] of steps) {
	const script = args[args.length - 1];
	if (!existsSync(script)) {
		console.error(`build-all: missing step ${script}`);
		process.exit(1);
	}
	console.error(`build-all: ${cmd} ${args.join(' ')}`);
	const r = spawnSync(cmd, args, { stdio: 'inherit' });
	if (r.status !== 0) {
		console.error(`build-all: ${script} failed (exit ${r.status})`);
		process.exit(r.status ?? 1);
	}
}
console.error('build-all: done');
