/**
 * `npm run atlas -- <command> [options]`: the command line over the same analysis modules the app uses.
 * Each command lives in scripts/cli/<command>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code) and `summary: string` (one line of help).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { CLI_TIME_LIMIT_MS } from '../src/lib/limits';

const here = dirname(fileURLToPath(import.meta.url));
const cliDir = join(here, 'cli');

interface Command {
	run(args: string[]): Promise<number>;
	summary: string;
}

/** The command's file, or null when there is no such command (the name is checked before any path is built). */
function commandFile(name: string): string | null {
	if (!/^[a-z][a-z-]*$/.test(name)) return null;
	const file = join(cliDir, `${name}.ts`);
	return existsSync(file) ? file : null;
}

async function load(name: string): Promise<Command | null> {
	const file = commandFile(name);
	return file ? ((await import(pathToFileURL(file).href)) as Command) : null;
}

async function help(): Promise<void> {
	const names = readdirSync(cliDir)
		.filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
		.map((f) => f.replace(/\.ts$/, ''))
		.sort();
	process.stdout.write('Usage: npm run atlas -- <command> [options] [--json]\n\nCommands:\n');
	for (const n of names) {
		const cmd = await load(n);
		process.stdout.write(`  ${n.padEnd(14)}${cmd?.summary ?? ''}\n`);
	}
}

/** The time limit, ms: `WULING_CLI_TIME_LIMIT_MS` (a positive whole number) or {@link CLI_TIME_LIMIT_MS}. */
function timeLimitMs(): number {
	const v = process.env.WULING_CLI_TIME_LIMIT_MS;
	return v && /^\d{1,9}$/.test(v) && Number(v) > 0 ? Number(v) : CLI_TIME_LIMIT_MS;
}

async function main(): Promise<number> {
	const [name, ...args] = process.argv.slice(2);
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		await help();
		return name ? 0 : 2;
	}
	if (!commandFile(name)) {
		process.stderr.write(`Unknown command "${name.slice(0, 60)}". Run "npm run atlas -- help" for the list.\n`);
		return 2;
	}
	// The command itself loads in the worker only: loading it here too would double the start-up.
	return runWithTimeLimit(name, args);
}

/**
 * Runs the command in a worker thread and stops it after the time limit: a synchronous computation cannot be
 * interrupted from its own thread, so the limit is kept from this one.
 */
function runWithTimeLimit(name: string, args: string[]): Promise<number> {
	const limit = timeLimitMs();
	return new Promise((resolve) => {
		const worker = new Worker(new URL('./cli/_worker.mjs', import.meta.url), { workerData: { name, args }, argv: [name, ...args] });
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			process.stderr.write(`Stopped: "${name}" ran longer than the ${limit / 1000} s time limit.\n`);
			void worker.terminate();
		}, limit);
		worker.on('message', (code: number) => {
			clearTimeout(timer);
			resolve(code);
		});
		worker.on('error', (e) => {
			clearTimeout(timer);
			process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
			resolve(1);
		});
		worker.on('exit', () => {
			clearTimeout(timer);
			resolve(timedOut ? 124 : 1);
		});
	});
}

if (isMainThread) {
	// A reader that stops early (`| head`) closes the pipe: that ends the output, it is not an error.
	process.stdout.on('error', (e: NodeJS.ErrnoException) => {
		if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw e;
	});
	// exitCode rather than exit(), so output piped to another program is flushed before node ends.
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(err: unknown) => {
			process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
			process.exitCode = 1;
		}
	);
} else {
	const { name, args } = workerData as { name: string; args: string[] };
	const { parentPort } = await import('node:worker_threads');
	load(name)
		.then((cmd) => (cmd ? cmd.run(args) : 2))
		.then(
			(code) => parentPort?.postMessage(code),
			(err: unknown) => {
				process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
				parentPort?.postMessage(1);
			}
		);
}
