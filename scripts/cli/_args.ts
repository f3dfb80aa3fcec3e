/**
 * Reading command-line arguments and user files for the atlas commands, with node's own `util.parseArgs` in strict
 * mode: unknown options are named, a missing value is reported, option names are looked up as own properties only
 * (`--toString`, `--__proto__` are unknown options like any other). Numbers are read as plain decimals within a
 * range with their unit; files must be regular files within the importer's size limit.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ASSUMPTION_SPECS } from '../../src/lib/data/assumptions';
import { decodeFileBytes } from '../../src/lib/io/import';
import { FILE_MAX_BYTES } from '../../src/lib/limits';

/** Bad command-line arguments: the command prints its usage and exits 2. */
export class UsageError extends Error {}

/** What {@link readArgs} returns: values by option name (no prototype), bare flags, positionals. */
export interface ReadArgs {
	values: Record<string, string>;
	flags: Set<string>;
	positionals: string[];
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The option name an argument spells, for messages: never its value. */
function optionName(arg: string): string {
	const eq = arg.indexOf('=');
	return (eq < 0 ? arg : arg.slice(0, eq)).slice(0, 60);
}

/**
 * Parses a command's arguments with `util.parseArgs` (strict): `--name value`, `--name=value` and bare `--flag`.
 * Any problem becomes a {@link UsageError} whose message names the option, never echoing a value.
 *
 * @param args - the command's arguments
 * @param spec - names taking a value and names that are bare flags
 * @returns values by name, the set of flags and the positionals
 * @throws UsageError for an unknown option, a missing value, a value given to a flag or an option given twice
 * @example
 * readArgs(['--at', '濯水', '--json'], { values: ['at'], booleans: ['json'] }); // { values: { at: '濯水' }, flags: Set { 'json' }, positionals: [] }
 */
export function readArgs(args: readonly string[], spec: { values: readonly string[]; booleans: readonly string[] }): ReadArgs {
	const options: NonNullable<ParseArgsConfig['options']> = {};
	for (const name of spec.values) options[name] = { type: 'string' };
	for (const name of spec.booleans) options[name] = { type: 'boolean' };
	let parsed: ReturnType<typeof parseArgs>;
	try {
		parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
	} catch (e) {
		const code = (e as { code?: string }).code;
		const bad = args.find((a) => a.startsWith('-') && a !== '-' && a !== '--' && !own(options, optionName(a).replace(/^--?/, '')));
		if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && bad !== undefined) throw new UsageError(`unknown option ${optionName(bad)}`);
		const m = /'(--?[^' ]+)/.exec(e instanceof Error ? e.message : '');
		const name = m ? m[1] : 'an option';
		if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
			const isFlag = m !== null && spec.booleans.includes(m[1].replace(/^--?/, ''));
			throw new UsageError(isFlag ? `${name} takes no value` : `${name} needs a value (write ${name}=<value> for one starting with "-")`);
		}
		throw new UsageError(`cannot read the arguments near ${name}`);
	}
	const values: Record<string, string> = Object.create(null);
	const flags = new Set<string>();
	const seen = new Set<string>();
	for (const t of parsed.tokens ?? []) {
		if (t.kind !== 'option') continue;
		// The last of two values silently winning hides a typo: say so instead.
		if (seen.has(t.name)) throw new UsageError(`--${t.name} is given more than once`);
		seen.add(t.name);
		if (spec.booleans.includes(t.name)) flags.add(t.name);
		else if (t.value === undefined || t.value === '') throw new UsageError(`--${t.name} needs a value`);
		else values[t.name] = t.value;
	}
	return { values, flags, positionals: parsed.positionals };
}

/**
 * Reads a plain decimal number (digits, an optional fraction; no sign, exponent or hex) within a range.
 *
 * @param text - the argument's text
 * @param o - the option name, unit, range (inclusive) and whether it must be a whole number
 * @returns the number
 * @throws UsageError naming the option, its range and unit
 * @example
 * readNumber('5', { name: '--buffer-km', unit: 'km', min: 0, max: 200 }); // 5
 */
export function readNumber(text: string, o: { name: string; unit: string; min: number; max: number; integer?: boolean }): number {
	const range = `${o.name} must be ${o.integer ? 'a whole number' : 'a number'} of ${o.unit} from ${o.min} to ${o.max}`;
	const t = text.trim();
	if (!(o.integer ? /^\d{1,9}$/ : /^\d{1,9}(\.\d{1,9})?$/).test(t)) throw new UsageError(range);
	const n = Number(t);
	if (!Number.isFinite(n) || n < o.min || n > o.max) throw new UsageError(range);
	return n;
}

/** The file a user named could not be used; the message says why. */
export class FileArgError extends Error {}

/** A size for messages: "5 MB", "200 KB", "512 bytes". */
function sizeText(bytes: number): string {
	if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
	if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
	return `${bytes} bytes`;
}

/**
 * Reads a user's file: a regular file (not a device, pipe or folder) no larger than `maxBytes`. The path is looked
 * at before it is opened and opened without blocking, so a FIFO or a device is refused at once instead of waiting
 * for a writer or reading without end; at most `maxBytes + 1` bytes are read, so a file that grows while being
 * read is still refused.
 *
 * @param path - the path the user gave
 * @param maxBytes - largest accepted size (default {@link FILE_MAX_BYTES})
 * @returns the file's bytes
 * @throws FileArgError when the file is missing, not regular or too large
 * @example
 * readUserFile('line.geojson').length;
 */
export function readUserFile(path: string, maxBytes = FILE_MAX_BYTES): Uint8Array {
	const tooLarge = () => new FileArgError(`${path} is larger than the ${sizeText(maxBytes)} limit`);
	// A folder, a device (/dev/zero), a pipe (FIFO) or a socket.
	const notRegular = () => new FileArgError(`${path} is not a regular file`);
	const cannot = (e: unknown) => {
		const code = (e as { code?: string }).code;
		return new FileArgError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be opened (${code ?? 'error'})`);
	};
	try {
		const before = statSync(path);
		if (!before.isFile()) throw notRegular();
		if (before.size > maxBytes) throw tooLarge();
	} catch (e) {
		throw e instanceof FileArgError ? e : cannot(e);
	}
	let fd: number;
	try {
		// O_NONBLOCK: a path swapped for a FIFO between the look and the open still cannot hang the command.
		fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (e) {
		throw cannot(e);
	}
	try {
		const s = fstatSync(fd);
		if (!s.isFile()) throw notRegular();
		if (s.size > maxBytes) throw tooLarge();
		const buf = new Uint8Array(Math.min(s.size, maxBytes) + 1);
		let n = 0;
		for (;;) {
			const got = readSync(fd, buf, n, buf.length - n, null);
			if (got === 0) break;
			n += got;
			if (n > maxBytes) throw tooLarge();
			if (n === buf.length) break;
		}
		return buf.subarray(0, n);
	} finally {
		closeSync(fd);
	}
}

/**
 * Reads a user's text file through {@link readUserFile} and decodes it as the app's importer does
 * ({@link decodeFileBytes}: a byte-order mark (UTF-8, UTF-16 LE/BE), a declared encoding, UTF-8, or GBK/GB18030
 * recognised by its Chinese text). The byte-order mark is not part of the text.
 *
 * @param path - the path the user gave
 * @param options - largest accepted size in bytes (default {@link FILE_MAX_BYTES})
 * @returns the text, the encoding it was read in, and whether that encoding was guessed (GB18030 without a declaration)
 * @throws FileArgError when the file cannot be read (see {@link readUserFile}), is empty or is in no encoding it can read
 * @example
 * readUserText('pairs.csv', { maxBytes: 1024 * 1024 }).text;
 */
export function readUserText(path: string, options: { maxBytes?: number } = {}): { text: string; encoding: string; detected: boolean } {
	const bytes = readUserFile(path, options.maxBytes ?? FILE_MAX_BYTES);
	if (bytes.length === 0) throw new FileArgError(`${path} is empty`);
	const d = decodeFileBytes(bytes);
	if (!d.ok) throw new FileArgError(`${path}: ${d.error.message_en}`);
	return { text: d.text.replace(/^\uFEFF/, ''), encoding: d.encoding, detected: d.detected };
}

/** Region station flags of the network commands, with the assumption key they set. */
const REGION_FLAGS = ['chongqing-station', 'czt-station', 'gba-station'];

/**
 * Checks a network command's arguments (travel-time, reach, promises) strictly with `util.parseArgs`: the command's
 * own options, every assumption flag, the region station flags, `--centres`, `--json` and `--help`. Returns them
 * as `--name=value` arguments for the model's own reader, which converts the assumption values.
 *
 * @param args - the command's arguments
 * @param known - the command's own value options, e.g. ['from', 'to']
 * @returns normalised arguments
 * @throws UsageError for an unknown option, a missing value or a positional argument
 * @example
 * normaliseNetworkArgs(['--from', '黔江', '--json'], ['from']); // ['--from=黔江', '--json']
 */
export function normaliseNetworkArgs(args: readonly string[], known: readonly string[]): string[] {
	const values = [...known, ...REGION_FLAGS, 'centres', ...ASSUMPTION_SPECS.map((s) => s.flag.replace(/^--/, ''))];
	const a = readArgs(args, { values, booleans: ['json', 'help'] });
	if (a.positionals.length > 0) throw new UsageError(`unexpected argument "${a.positionals[0].slice(0, 60)}"`);
	return [...Object.keys(a.values).map((k) => `--${k}=${a.values[k]}`), ...[...a.flags].map((f) => `--${f}`)];
}
