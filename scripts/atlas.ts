/**
 * `npm run atlas -- <command> [options]`: the command line over the same analysis modules the app uses.
 * Each command lives in scripts/cli/<command>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code) and `summary: string` (one line of help). `scripts/atlas-run.mjs` runs a bundle of all
 * of them (rebuilt when a source changes) so that a command starts in a fraction of a second; run with
 * tsx, this file finds the commands on disk.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_TIME_LIMIT_MS } from '../src/lib/limits';

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
		process.stderr.write(`Unknown command "${name.slice(0, 60)}". Run "npm run atlas -- help" for the list.\n`);
		return 2;
	}
	return cmd.run(args);
}

/** The time limit, ms: `WULING_CLI_TIME_LIMIT_MS` (a positive whole number) or {@link CLI_TIME_LIMIT_MS}. */
function timeLimitMs(): number {
	const v = process.env.WULING_CLI_TIME_LIMIT_MS;
	return v && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : CLI_TIME_LIMIT_MS;
}

/**
 * Runs the command in a child process and stops it after the time limit: a synchronous computation cannot be
 * interrupted from its own thread, so the limit is kept from this process.
 */
function runWithTimeLimit(argv: string[]): void {
	const limit = timeLimitMs();
	const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...argv], {
		stdio: 'inherit',
		env: { ...process.env, WULING_CLI_CHILD: '1' }
	});
	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		process.stderr.write(`Stopped: "${argv[0] ?? ''}" ran longer than the ${limit / 1000} s time limit.\n`);
		child.kill('SIGKILL');
	}, limit);
	child.on('exit', (code) => {
		clearTimeout(timer);
		process.exitCode = timedOut ? 124 : (code ?? 1);
	});
}

/**
 * Whether a command's cost can grow with what the user hands it (a file, a list of pairs), or a limit was asked
 * for: only then does it pay for a watched child process. The other commands work on the catalogue alone.
 */
function needsTimeLimit(argv: string[]): boolean {
	if (process.env.WULING_CLI_TIME_LIMIT_MS) return true;
	// ingest reads a whole document the user hands it.
	if (argv[0] === 'ingest') return true;
	return argv.some((a) => a === '--file' || a.startsWith('--file=') || a === '--pairs' || a.startsWith('--pairs='));
}

/**
 * Runs the CLI and sets the exit code; a command that reads a user's file runs in a child process under a time
 * limit.
 *
 * @param argv - the arguments after the script name
 * @param registry - where the commands come from
 */
export function runAtlas(argv: string[], registry: Registry): void {
	if (process.env.WULING_CLI_CHILD !== '1' && needsTimeLimit(argv)) {
		runWithTimeLimit(argv);
		return;
	}
	// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
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
