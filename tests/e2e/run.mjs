#!/usr/bin/env node
// Runs every browser test (tests/e2e/*.test.mjs) against the built site in build/, served on 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';

const buildDir = process.env.BUILD_DIR ?? 'build';
if (!existsSync(`${buildDir}/index.html`)) {
	console.error(`tests/e2e: ${buildDir}/ is missing; run \`npm run build\` first.`);
	process.exit(1);
}
if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
	console.error('tests/e2e: Chromium not found at /usr/bin/chromium (apt-get install chromium).');
	process.exit(1);
}
const server = await serve(buildDir);
const only = process.argv.slice(2);
// update.test.mjs needs a second build (npm run test:update makes it) and runs only when named.
const files = readdirSync('tests/e2e')
	.filter((f) => f.endsWith('.test.mjs'))
	.filter((f) => (only.length === 0 ? f !== 'update.test.mjs' : only.some((o) => f.includes(o))))
	.sort()
	.map((f) => `tests/e2e/${f}`);
// Async spawn: the server lives in this process and must keep answering while the tests run.
const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-timeout=480000', '--test-reporter=spec', ...files], {
	stdio: 'inherit',
	env: { ...process.env, E2E_BASE_URL: server.url }
});
const code = await new Promise((ok) => child.on('exit', (c) => ok(c ?? 1)));
await server.close();
process.exit(code);
