/** Runs a CLI command module in the test's own process, capturing what it prints (no start-up per case). */
import { vi } from 'vitest';

/** What a command printed, and its exit code. */
export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/**
 * Imports `scripts/cli/<command>.ts` and runs it with `WULING_GEO_DIR` set to `geoDir`.
 *
 * @param geoDir - the geo folder the command reads
 * @param command - the command's file name
 * @param args - its arguments
 * @returns the exit code and the captured output
 */
export async function runInProcess(geoDir: string, command: string, ...args: string[]): Promise<Run> {
	process.env.WULING_GEO_DIR = geoDir;
	let stdout = '';
	let stderr = '';
	vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((stdout += String(chunk)), true));
	vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
	try {
		const mod = (await import(`../../scripts/cli/${command}.ts`)) as { run(a: string[]): Promise<number> };
		return { code: await mod.run(args), stdout, stderr };
	} finally {
		vi.restoreAllMocks();
	}
}
