/**
 * `npm run atlas -- <command> [options]`: the command line over the same analysis modules the app uses.
 * Each command lives in scripts/cli/<command>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code) and `summary: string` (one line of help). `scripts/atlas-run.mjs` runs a bundle of all
 * of them (rebuilt when a source changes) so that a command starts in a fraction of a second; run with
 * tsx, this file finds the commands on disk.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One command of the CLI. */
export interface Command {
	run(args: string[]): Promise<number>;
	summary: string;
}

/** Where the commands come from: the folder (tsx) or a bundle's table. */
export interface Registry {
	names(): string[];
	load(name: string): Promise<Command | null>;
}

/**
 * The commands of scripts/cli/ as files on disk.
 *
 * @param cliDir - the folder of the commands
 * @returns a registry that imports a command when asked for it
 */
export function folderRegistry(cliDir: string): Registry {
	return {
		names: () =>
			readdirSync(cliDir)
				.filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
				.map((f) => f.replace(/\.ts$/, ''))
				.sort(),
		async load(name) {
			const file = join(cliDir, `${name}.ts`);
			if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(file)) return null;
			return (await import(pathToFileURL(file).href)) as Command;
		}
	};
}

async function help(registry: Registry): Promise<void> {
	process.stdout.write('Usage: npm run atlas -- <command> [options] [--json]\n\nCommands:\n');
	for (const n of registry.names()) {
		const cmd = await registry.load(n);
		process.stdout.write(`  ${n.padEnd(14)}${cmd?.summary ?? ''}\n`);
	}
}

async function main(argv: string[], registry: Registry): Promise<number> {
	const [name, ...args] = argv;
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		await help(registry);
		return name ? 0 : 2;
	}
	const cmd = /^[a-z][a-z-]*$/.test(name) ? await registry.load(name) : null;
	if (!cmd) {
		process.stderr.write(`Unknown command "${name}". Run "npm run atlas -- help" for the list.\n`);
		return 2;
	}
	return cmd.run(args);
}

/**
 * Runs the CLI and sets the exit code.
 *
 * @param argv - the arguments after the script name
 * @param registry - where the commands come from
 */
export function runAtlas(argv: string[], registry: Registry): void {
	// exitCode rather than exit(), so output piped to another program is flushed before node ends.
	main(argv, registry).then(
		(code) => {
			process.exitCode = code;
		},
		(err: unknown) => {
			process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
			process.exitCode = 1;
		}
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	runAtlas(process.argv.slice(2), folderRegistry(join(dirname(fileURLToPath(import.meta.url)), 'cli')));
}
