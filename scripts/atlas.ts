/**
 * `npm run atlas -- <command> [options]`: the command line over the same analysis modules the app uses.
 * Each command lives in scripts/cli/<command>.ts and exports `run(args: string[]): Promise<number>`
 * (the exit code) and `summary: string` (one line of help).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cliDir = join(here, 'cli');

interface Command {
	run(args: string[]): Promise<number>;
	summary: string;
}

async function load(name: string): Promise<Command | null> {
	const file = join(cliDir, `${name}.ts`);
	if (!/^[a-z][a-z-]*$/.test(name) || !existsSync(file)) return null;
	return (await import(pathToFileURL(file).href)) as Command;
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

async function main(): Promise<number> {
	const [name, ...args] = process.argv.slice(2);
	if (!name || name === '--help' || name === '-h' || name === 'help') {
		await help();
		return name ? 0 : 2;
	}
	const cmd = await load(name);
	if (!cmd) {
		process.stderr.write(`Unknown command "${name}". Run "npm run atlas -- help" for the list.\n`);
		return 2;
	}
	return cmd.run(args);
}

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
