// Regression tests for the class "a file reader that skips the checks": every file a command reads goes through the
// one size-, type- and encoding-checked reader (scripts/cli/_args.ts), devices, pipes, folders, oversize files and
// oversize fields are refused at once with a message naming the limit, and a repeated option is an error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileArgError, readArgs, readUserFile, readUserText, UsageError } from '../../scripts/cli/_args';
import { PAIRS_MAX_FIELD_CHARS, PAIRS_MAX_ROWS } from '../../src/lib/limits';
import { runInProcess } from './cli-in-process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const networkGeo = join(root, 'tests', 'fixtures', 'network', 'geo');
const pairs = (...args: string[]) => runInProcess(networkGeo, 'travel-time', ...args);
/** The command as a user runs it (its JSON output is written with a flush the in-process runner does not give). */
const atlas = (...args: string[]) => {
	const r = spawnSync('node', ['scripts/atlas-run.mjs', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, WULING_GEO_DIR: networkGeo },
		timeout: 60_000
	});
	return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
};
const dir = mkdtempSync(join(tmpdir(), 'wuling-cli-files-'));

afterEach(() => vi.restoreAllMocks());

/** A FIFO nobody writes to: opening it for reading the usual way waits for ever. */
function fifo(name: string): string {
	const path = join(dir, name);
	execFileSync('mkfifo', [path]);
	return path;
}

const GBK_PAIRS = Uint8Array.from([
	...new TextEncoder().encode('from,to\n'),
	0xc7,
	0xad,
	0xbd,
	0xad,
	0x2c,
	0xd6,
	0xd8,
	0xc7,
	0xec,
	0x0a // 黔江,重庆 in GBK
]);

describe('readUserText: the one checked reader, with the importer’s decoding', () => {
	it('decodes UTF-8 (with or without a BOM), UTF-16 LE/BE with a BOM, and GBK/GB18030', () => {
		const text = 'from,to\n黔江,重庆\n';
		const utf16le = Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
		const be = Buffer.from(text, 'utf16le');
		for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
		const cases: [string, Uint8Array, string][] = [
			['utf8.csv', new TextEncoder().encode(text), 'utf-8'],
			['bom.csv', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8'],
			['le.csv', utf16le, 'utf-16le'],
			['be.csv', Uint8Array.from([0xfe, 0xff, ...be]), 'utf-16be'],
			['gbk.csv', GBK_PAIRS, 'gb18030']
		];
		for (const [name, bytes, encoding] of cases) {
			writeFileSync(join(dir, name), bytes);
			const r = readUserText(join(dir, name));
			expect(r.text.replace(/\r/g, '').startsWith('from,to\n黔江,重庆'), name).toBe(true);
			expect(r.encoding, name).toBe(encoding);
		}
	});

	it('refuses what it cannot decode, an empty file, and anything over maxBytes, naming the limit', () => {
		writeFileSync(join(dir, 'latin1.csv'), Uint8Array.from([0x66, 0x72, 0x6f, 0x6d, 0xe9, 0xff, 0xfe, 0x0a]));
		expect(() => readUserText(join(dir, 'latin1.csv'))).toThrow(FileArgError);
		expect(() => readUserText(join(dir, 'latin1.csv'))).toThrow(/not UTF-8/);
		writeFileSync(join(dir, 'empty.csv'), '');
		expect(() => readUserText(join(dir, 'empty.csv'))).toThrow(/is empty/);
		writeFileSync(join(dir, 'big.csv'), 'x'.repeat(3000));
		expect(() => readUserText(join(dir, 'big.csv'), { maxBytes: 2048 })).toThrow(
			new FileArgError(`${join(dir, 'big.csv')} is larger than the 2 KB limit`)
		);
	});

	it('refuses a FIFO, a device and a folder at once (it never waits for a writer)', () => {
		const p = fifo('pipe.csv');
		const t0 = Date.now();
		expect(() => readUserFile(p)).toThrow(new FileArgError(`${p} is not a regular file`));
		expect(() => readUserText(p)).toThrow(FileArgError);
		expect(() => readUserText('/dev/zero')).toThrow(new FileArgError('/dev/zero is not a regular file'));
		expect(() => readUserText(dir)).toThrow(new FileArgError(`${dir} is not a regular file`));
		expect(Date.now() - t0).toBeLessThan(1000);
	});
});

describe('travel-time --pairs reads through the checked reader', () => {
	it('/dev/zero, a FIFO and a folder: exit 2 at once with the reason', async () => {
		for (const path of ['/dev/zero', fifo('pairs-fifo.csv'), dir]) {
			const t0 = Date.now();
			const r = await pairs('--pairs', path, '--json');
			expect(r.code, path).toBe(2);
			expect(r.stderr, path).toContain(`${path} is not a regular file`);
			expect(Date.now() - t0, path).toBeLessThan(5000);
		}
	});

	it('a 6 MB file: exit 2 at once, naming the 5 MB limit', async () => {
		const big = join(dir, 'big-pairs.csv');
		writeFileSync(big, `from,to\n${'黔江,重庆\n'.repeat(500_000)}`);
		const t0 = Date.now();
		const r = await pairs('--pairs', big);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('larger than the 5 MB limit');
		expect(Date.now() - t0).toBeLessThan(5000);
	});

	it(`more than ${PAIRS_MAX_ROWS.toLocaleString('en')} rows: exit 2, naming the row limit`, async () => {
		const many = join(dir, 'many-pairs.csv');
		writeFileSync(many, `from,to\n${'a,b\n'.repeat(PAIRS_MAX_ROWS + 1)}`);
		const r = await pairs('--pairs', many);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain(`${PAIRS_MAX_ROWS.toLocaleString('en')}-row limit`);
	});

	it('a 4 MB field: that row is refused at once, naming the field limit, and the others are answered', async () => {
		const file = join(dir, 'long-field.csv');
		writeFileSync(file, `from,to\n黔江,${'重'.repeat(1_300_000)}\n黔江,重庆\n`);
		const t0 = Date.now();
		const r = atlas('travel-time', '--pairs', file, '--json', '--mode', 'rail');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(`${file}:2: a field is longer than the ${PAIRS_MAX_FIELD_CHARS}-character limit`);
		expect(r.stderr.length).toBeLessThan(2000);
		expect(JSON.parse(r.stdout).pairs.map((p: { row: number }) => p.row)).toEqual([3]);
		expect(Date.now() - t0).toBeLessThan(20_000);
	}, 30_000);

	it('GBK and UTF-16 pair files are decoded: names resolve, messages show no mojibake', async () => {
		const gbk = join(dir, 'gbk-pairs.csv');
		writeFileSync(gbk, Uint8Array.from([...GBK_PAIRS, ...new TextEncoder().encode('qianjiang,'), 0xce, 0xde, 0xc3, 0xfb, 0x0a])); // 无名
		const r = atlas('travel-time', '--pairs', gbk, '--json', '--mode', 'rail', '--scenario', '2025');
		expect(r.stderr).toContain('unknown place "无名"');
		expect(r.stderr).not.toContain('\ufffd');
		expect(JSON.parse(r.stdout).pairs[0].minutes).toBe(61);
		const utf16 = join(dir, 'utf16-pairs.csv');
		writeFileSync(utf16, Uint8Array.from([0xff, 0xfe, ...Buffer.from('from,to\r\n黔江,重庆\r\n', 'utf16le')]));
		const u = atlas('travel-time', '--pairs', utf16, '--json', '--mode', 'rail', '--scenario', '2025');
		expect(u.code).toBe(0);
		expect(JSON.parse(u.stdout).pairs[0].minutes).toBe(61);
	}, 60_000);
});

describe('a repeated option is an error, not the last value', () => {
	it('readArgs refuses a value option or a flag given twice, naming it', () => {
		expect(() => readArgs(['--at', '濯水', '--at', '黔江'], { values: ['at'], booleans: [] })).toThrow(
			new UsageError('--at is given more than once')
		);
		expect(() => readArgs(['--at=濯水', '--at', '黔江'], { values: ['at'], booleans: [] })).toThrow(UsageError);
		expect(() => readArgs(['--json', '--json'], { values: [], booleans: ['json'] })).toThrow(
			new UsageError('--json is given more than once')
		);
	});

	it('every command that takes options says so and exits 2', async () => {
		const cases: [string, string[]][] = [
			['nearby', ['--at', '濯水', '--at', '黔江']],
			['corridor', ['--via', '黔江,酉阳', '--buffer-km', '5', '--buffer-km', '9']],
			['travel-time', ['--from', '黔江', '--to', '重庆', '--to', '长沙']],
			['reach', ['--from', '黔江', '--from', '重庆']],
			['access', ['--mode', 'rail', '--mode', 'road']],
			['promises', ['--margin-pct', '5', '--margin-pct', '10']],
			['timeline', ['--drift', 'slipped', '--drift', 'lapsed']],
			['measure', ['--path', '108.77,29.53;109.70,28.31', '--path', '108,29;109,30']]
		];
		for (const [command, args] of cases) {
			const r = await runInProcess(networkGeo, command, ...args);
			expect(r.code, command).toBe(2);
			expect(r.stderr, command).toMatch(/--[a-z-]+ is given more than once/);
		}
	});
});

describe('no command reads a user-named file past the checked reader', () => {
	it('scripts/cli reads files only through readUserFile/readUserText (the data loaders read the app’s own files)', () => {
		const cliDir = join(root, 'scripts', 'cli');
		for (const f of readdirSync(cliDir).filter((n) => n.endsWith('.ts') && !['_args.ts', '_data.ts', '_terrain.ts'].includes(n))) {
			const text = readFileSync(join(cliDir, f), 'utf8');
			expect(text, f).not.toMatch(/\breadFileSync\b|\breadFile\b|createReadStream|openSync/);
		}
	});
});

mkdirSync(dir, { recursive: true });
