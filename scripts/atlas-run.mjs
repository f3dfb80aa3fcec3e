/**
 * Starts the atlas CLI fast: runs a bundle of scripts/atlas.ts and every scripts/cli command, built with
 * esbuild (already installed through vite) into scripts/.atlas/ and rebuilt whenever a source under
 * scripts/ or src/lib/ is newer than it. Loading TypeScript through tsx costs about a second per command;
 * the bundle starts in well under half of that. Packages stay external and load from node_modules.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
// Two levels below the repository, as scripts/cli/ is: _data.ts finds static/geo from its own location.
const outDir = join(here, '.atlas');
const outFile = join(outDir, 'atlas.mjs');

/** Newest modification time under a folder, for files ending in one of `exts`. */
function newest(dir, exts) {
	let t = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		if (e.name.startsWith('.') || e.name === 'node_modules') continue;
		const p = join(dir, e.name);
		if (e.isDirectory()) t = Math.max(t, newest(p, exts));
		else if (exts.some((x) => e.name.endsWith(x))) t = Math.max(t, statSync(p).mtimeMs);
	}
	return t;
}

async function build() {
	const { build: esbuild } = await import('esbuild');
	// Built aside and moved into place, so that two commands started together never load a half-written bundle.
	const tmpDir = `${outDir}-${process.pid}`;
	const cliDir = join(here, 'cli');
	const names = readdirSync(cliDir)
		.filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
		.map((f) => f.replace(/\.ts$/, ''))
		.sort();
	// One chunk per command (code splitting): a command loads only its own dependencies.
	const entry = [
		"import { runAtlas } from './atlas.ts';",
		`const commands = { ${names.map((n) => `'${n}': () => import('./cli/${n}.ts')`).join(', ')} };`,
		'runAtlas(process.argv.slice(2), { names: () => Object.keys(commands), load: async (n) => (commands[n] ? commands[n]() : null) });'
	].join('\n');
	await esbuild({
		stdin: { contents: entry, resolveDir: here, sourcefile: 'atlas-entry.ts', loader: 'ts' },
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		splitting: true,
		outdir: tmpDir,
		entryNames: 'atlas',
		chunkNames: '[name]-[hash]',
		outExtension: { '.js': '.mjs' },
		logLevel: 'error'
	});
	// Another command started together may have moved a fresh build in meanwhile (and may be running it): keep that one.
	if (fresh()) {
		rmSync(tmpDir, { recursive: true, force: true });
		return;
	}
	rmSync(outDir, { recursive: true, force: true });
	try {
		renameSync(tmpDir, outDir);
	} catch {
		rmSync(tmpDir, { recursive: true, force: true });
	}
	// Said on a terminal only: a pipe gets exactly the command's own messages.
	if (process.stderr.isTTY) process.stderr.write(`(atlas: rebuilt ${relative(root, outDir)})\n`);
}

const sources = Math.max(newest(here, ['.ts']), newest(join(root, 'src', 'lib'), ['.ts', '.js', '.json']));
function fresh() {
	return existsSync(outFile) && statSync(outFile).mtimeMs >= sources;
}
if (!fresh()) await build();
await import(pathToFileURL(outFile).href);
