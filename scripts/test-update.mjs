#!/usr/bin/env node
// Makes a second build of this tree in build-next/ (a new build version, and a data date marked as the next
// build's, standing for newly deployed data), then runs the browser test of the update path against build/ and it.
// Set SKIP_NEXT_BUILD=1 to reuse an existing build-next/.
// Fails loudly at any step.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const FIRST = process.env.BUILD_DIR ?? 'build';
const NEXT = 'build-next';
if (!existsSync(`${FIRST}/index.html`)) {
	console.error(`test-update: ${FIRST}/ is missing; run \`npm run build\` first.`);
	process.exit(1);
}
if (process.env.SKIP_NEXT_BUILD !== '1' || !existsSync(`${NEXT}/index.html`)) {
	console.error(`test-update: building ${NEXT}/ …`);
	execFileSync('npx', ['vite', 'build'], { stdio: 'inherit', env: { ...process.env, BUILD_DIR: NEXT, KIT_OUT: '.svelte-kit-next' } });
	const file = `${NEXT}/geo/manifest.json`;
	const manifest = JSON.parse(readFileSync(file, 'utf8'));
	// A marker no real date contains, so the test can tell the two builds apart on the page.
	manifest.dataDate = `NEXT-BUILD-${Date.now()}`;
	writeFileSync(file, JSON.stringify(manifest));
}
// The test serves both builds itself (one origin, one after the other); four page loads need more than the
// three minutes the main browser run gives a file.
execFileSync(process.execPath, ['--test', '--test-timeout=900000', '--test-reporter=spec', 'tests/e2e/update.test.mjs'], {
	stdio: 'inherit',
	env: { ...process.env, E2E_NEXT_BUILD_DIR: NEXT }
});
