// Regression tests for the class "CLI arguments": prototype-named arguments, unknown options reported by value,
// negative and hex numbers, non-regular and oversized files, and commands without a time limit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileArgError, normaliseNetworkArgs, readArgs, readNumber, readUserFile, UsageError } from '../../scripts/cli/_args';
import { parseArgs as parseNetworkArgs } from '../../src/lib/analysis/network/options';
import { runInProcess } from './cli-in-process';
import { geoFixtureDir } from '../fixtures/analysis/load';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PROTO_NAMES = ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

const inProcess = (command: string, ...args: string[]) => runInProcess(geoFixtureDir, command, ...args);

afterEach(() => vi.restoreAllMocks());

describe('CLI arguments: names like Object.prototype members', () => {
	it('as options they are unknown options, named, never a TypeError', () => {
		for (const n of PROTO_NAMES) {
			expect(() => readArgs([`--${n}`], { values: ['at'], booleans: ['json'] })).toThrow(new UsageError(`unknown option --${n}`));
			expect(() => normaliseNetworkArgs([`--${n}=1`], ['from'])).toThrow(UsageError);
			const p = parseNetworkArgs([`--${n}`, 'x'], ['--from']);
			expect(p.errors.join(' ')).toContain(`unknown option --${n}`);
		}
	});

	it('as positionals and values they are plain text', () => {
		for (const n of PROTO_NAMES) {
			expect(parseNetworkArgs([n], []).errors).toEqual([`unexpected argument "${n}"`]);
			expect(readArgs(['--at', n], { values: ['at'], booleans: [] }).values.at).toBe(n);
		}
		const a = readArgs(['--at', 'x'], { values: ['at'], booleans: [] });
		expect(Object.getPrototypeOf(a.values)).toBeNull();
	});

	it('commands answer them with a clear message and exit 2 or 1', async () => {
		for (const n of ['toString', '__proto__', 'constructor']) {
			const opt = await inProcess('corridor', `--${n}`);
			expect(opt.code).toBe(2);
			expect(opt.stderr).toContain(`unknown option --${n}`);
			expect(opt.stderr).not.toMatch(/TypeError/);
			const place = await inProcess('nearby', '--at', n);
			expect(place.code).toBe(1);
			expect(place.stderr).toContain(`Unknown place "${n}"`);
		}
	});
});

describe('CLI arguments: unknown options are reported by name, not by value', () => {
	it('never echoes the value', () => {
		expect(() => readArgs(['--token=s3cret-value'], { values: ['at'], booleans: [] })).toThrow(new UsageError('unknown option --token'));
		try {
			normaliseNetworkArgs(['--pasword=hunter2'], ['from']);
			expect.unreachable();
		} catch (e) {
			expect(String(e)).toContain('--pasword');
			expect(String(e)).not.toContain('hunter2');
		}
		expect(parseNetworkArgs(['--colour=red'], []).errors).toEqual(['unknown option --colour']);
	});

	it('reports a missing value and a value given to a flag', () => {
		expect(() => readArgs(['--at'], { values: ['at'], booleans: [] })).toThrow(/--at needs a value/);
		expect(() => readArgs(['--json=yes'], { values: [], booleans: ['json'] })).toThrow(/--json takes no value/);
	});
});

describe('CLI arguments: numbers are plain decimals within a range, with units', () => {
	const km = { name: '--buffer-km', unit: 'km', min: 0, max: 200 };
	it('accepts decimals in range', () => {
		expect(readNumber('5', km)).toBe(5);
		expect(readNumber('12.5', km)).toBe(12.5);
		expect(readNumber('0', km)).toBe(0);
		expect(readNumber('200', km)).toBe(200);
	});
	it('refuses negative, hex, exponent, infinite and out-of-range numbers, naming the unit', () => {
		for (const bad of ['-1', '-0.5', '0x10', '1e3', 'Infinity', 'NaN', '', ' ', '201', '5km', '+5', '0b11', '1_000']) {
			expect(() => readNumber(bad, km), bad).toThrow('--buffer-km must be a number of km from 0 to 200');
		}
		expect(parseNetworkArgs(['--dwell-min', '-2'], []).errors[0]).toContain('min');
		expect(parseNetworkArgs(['--dwell-min=0x2'], []).errors).toHaveLength(1);
		expect(parseNetworkArgs(['--dwell-min=2'], []).errors).toHaveLength(0);
	});
	it('commands refuse them with exit 2', async () => {
		const r = await inProcess('nearby', '--at', '濯水', '--radius-km', '0x10');
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--radius-km must be a number of km');
		const neg = await inProcess('corridor', '--via', '黔江,吉首', '--buffer-km=-5');
		expect(neg.code).toBe(2);
		expect(neg.stderr).toContain('--buffer-km must be a number of km from 0 to 200');
	});
});

describe('CLI arguments: --file takes regular files within the size limit', () => {
	it('refuses devices, folders and missing files', () => {
		expect(() => readUserFile('/dev/zero')).toThrow(new FileArgError('/dev/zero is not a regular file'));
		expect(() => readUserFile(tmpdir())).toThrow(FileArgError);
		expect(() => readUserFile(join(tmpdir(), 'no-such-file-wuling.geojson'))).toThrow(/no such file/);
	});
	it('refuses a file over the limit and reads one within it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'wuling-cli-'));
		const big = join(dir, 'big.geojson');
		writeFileSync(big, 'x'.repeat(2048));
		expect(() => readUserFile(big, 1024)).toThrow(/larger than/);
		expect(readUserFile(big, 4096).length).toBe(2048);
	});
	it('corridor --file /dev/zero exits 1 at once with the reason', async () => {
		const t0 = Date.now();
		const r = await inProcess('corridor', '--file', '/dev/zero');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('not a regular file');
		expect(Date.now() - t0).toBeLessThan(5000);
	});
});

describe('CLI arguments: a time limit', () => {
	it('stops a command that runs past the limit with exit 124 and a message', async () => {
		const r = await new Promise<{ code: number; stderr: string }>((resolve) => {
			execFile(
				'npx',
				['tsx', 'scripts/atlas.ts', 'corridor', '--via', '黔江,吉首'],
				{ cwd: root, env: { ...process.env, WULING_GEO_DIR: geoFixtureDir, WULING_CLI_TIME_LIMIT_MS: '1' }, timeout: 60_000 },
				(error, _stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stderr })
			);
		});
		expect(r.code).toBe(124);
		expect(r.stderr).toContain('time limit');
	}, 60_000);
});
