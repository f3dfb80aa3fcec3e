/**
 * `atlas ingest` and `atlas ingest --apply` end to end, on a copy of data/ (WULING_DATA): bad input changes
 * nothing and exits non-zero; a clean review merges, registers the document, stores its text and passes the data
 * check; a review with a hand-made mistake, or one the data check refuses, leaves every data file as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInProcess } from './cli-in-process';
import { checkAtlas } from '../../scripts/check-data';
import { textSha256 } from '../../scripts/ingest/apply';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests/fixtures/ingest');
let work: string;
let data: string;

const ingest = (...args: string[]) => runInProcess(join(root, 'static/geo'), 'ingest', ...args);

/** Every file of a folder with its content, to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out[p.slice(dir.length)] = readFileSync(p, 'utf8');
		}
	};
	walk(dir);
	return out;
}

beforeAll(() => {
	work = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
	data = join(work, 'data');
	cpSync(join(root, 'data'), data, { recursive: true });
	process.env.WULING_DATA = data;
});
afterAll(() => {
	delete process.env.WULING_DATA;
	rmSync(work, { recursive: true, force: true });
});

describe('atlas ingest: bad input', () => {
	const cases: [string, () => string, RegExp][] = [
		['an empty file', () => (writeFileSync(join(work, 'empty.txt'), ''), join(work, 'empty.txt')), /empty/],
		[
			'a binary file',
			() => (writeFileSync(join(work, 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02])), join(work, 'bin.txt')),
			/not a text file|encoding|UTF-8/
		],
		[
			'an unknown encoding',
			() => (writeFileSync(join(work, 'enc.txt'), Buffer.from([0x41, 0xff, 0x42, 0xfe, 0x43])), join(work, 'enc.txt')),
			/not UTF-8|GBK/
		],
		[
			'a file over the size limit',
			() => (writeFileSync(join(work, 'big.txt'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x41)), join(work, 'big.txt')),
			/larger than/
		],
		['a missing file', () => join(work, 'nope.txt'), /no such file/],
		['a text naming nothing known', () => join(fixtures, 'nothing-known.txt'), /names no item/]
	];
	for (const [what, make, message] of cases) {
		it(`refuses ${what}, writes no review and changes nothing`, async () => {
			const before = snapshot(data);
			const file = make();
			const r = await ingest(file, '--date', '2025-06', '--title', 'x', '--review', join(work, 'r.yaml'));
			expect(r.code).toBe(1);
			expect(r.stderr).toMatch(message);
			expect(r.stderr).toContain('Nothing was changed');
			expect(existsSync(join(work, 'r.yaml'))).toBe(false);
			expect(snapshot(data)).toEqual(before);
		});
	}
	it('names a missing option', async () => {
		const r = await ingest(join(fixtures, 'notice-opening.txt'), '--title', 'x');
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('--date');
	});
});

describe('atlas ingest and --apply', () => {
	it('reads GB18030 text like UTF-8', async () => {
		const r = await ingest(
			join(fixtures, 'notice-gbk.txt'),
			'--date',
			'2025-03',
			'--title',
			'消息',
			'--json',
			'--review',
			join(work, 'gbk.review.yaml')
		);
		expect(r.code).toBe(0);
		const j = JSON.parse(r.stdout) as { proposals: { type: string; entry?: string; status?: string; aim?: string; by?: number }[] };
		expect(
			j.proposals.filter((p) => p.type === 'event' || p.type === 'target').map((p) => `${p.entry} ${p.status ?? `${p.aim} ${p.by}`}`)
		).toEqual(['qianjiang-shizhu-expressway in-service', 'qianjiang-lichuan-expressway start-construction 2026']);
	});

	it('proposes, then merges the accepted proposals into a checked copy of data/', async () => {
		const text = join(work, 'notice.txt');
		cpSync(join(fixtures, 'notice-opening.txt'), text);
		const review = join(work, 'notice.review.yaml');
		const r = await ingest(
			text,
			'--date',
			'2025-06-27',
			'--title',
			'渝厦高铁重庆至黔江段正式开通运营',
			'--title-en',
			'Chongqing–Qianjiang section of the Chongqing–Xiamen HSR opens',
			'--issuer',
			'黔江区人民政府',
			'--issuer-en',
			'Qianjiang District Government',
			'--kind',
			'notice'
		);
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(/EVENT {2}in-service \(2025\) {2}R1/);
		expect(r.stdout).toMatch(/TARGET start-construction by 2025 {2}R2/);
		expect(r.stdout).toContain('NEW    station: 黔江南站');
		// The planner accepts the new station and gives its English name.
		const edited = readFileSync(review, 'utf8')
			.replace(/decision: reject\n(\s+)type: new-item/, 'decision: accept\n$1type: new-item')
			.replace('en: 黔江南站', 'en: Qianjiang South station');
		writeFileSync(review, edited);
		const a = await ingest('--apply', review);
		expect(a.stderr).toBe('');
		expect(a.code).toBe(0);
		expect(a.stdout).toMatch(/Merged document 005 \(005_[0-9a-f]{16}\.txt\)/);
		const docs = readFileSync(join(data, 'documents.yaml'), 'utf8');
		expect(docs).toContain('id: "005"');
		expect(docs).toContain('published: 2025-06-27');
		expect(docs).toContain('en: Chongqing–Qianjiang section of the Chongqing–Xiamen HSR opens');
		expect(docs).toContain('en: Qianjiang District Government');
		expect(docs).toContain('retrospective: [[1, 4]]');
		const stored = `005_${textSha256(readFileSync(text, 'utf8')).slice(0, 16)}.txt`;
		expect(readFileSync(join(data, 'documents', stored), 'utf8')).toBe(readFileSync(text, 'utf8'));
		const rail = readFileSync(join(data, 'projects/rail.yaml'), 'utf8');
		expect(rail).toContain('- {status: in-service, cite: 005:1 渝厦高铁重庆至黔江段正式开通运营}');
		expect(rail).toContain('- {aim: start-construction, by: 2025, cite: 005:3 黔江至吉首高铁力争年内开工建设}');
		expect(rail).toMatch(/- id: qian-jiang-nan-zhan\n {2}ref: R17/);
		// Comments of the data files survive the merge.
		expect(rail.split('\n').slice(0, 3).join('\n')).toBe(
			readFileSync(join(root, 'data/projects/rail.yaml'), 'utf8').split('\n').slice(0, 3).join('\n')
		);
		expect(checkAtlas({ dataDir: data }).problems).toEqual([]);
		// The same text again is refused: it is registered.
		const again = await ingest('--apply', review);
		expect(again.code).toBe(1);
	});

	it('refuses a review with a hand-made mistake at its line, and changes nothing', async () => {
		const text = join(work, 'gbk.txt');
		cpSync(join(fixtures, 'notice-gbk.txt'), text);
		const review = join(work, 'mistake.review.yaml');
		expect((await ingest(text, '--date', '2025-03', '--title', '消息', '--review', review)).code).toBe(0);
		const lines = readFileSync(review, 'utf8').split('\n');
		// A target recorded as an opening: the words are an aim (力争), so the data check must refuse it.
		const aimAt = lines.findIndex((l) => /^\s+aim: start-construction/.test(l));
		const typeAt = lines
			.slice(0, aimAt)
			.map((l, i) => [l, i] as const)
			.filter(([l]) => l.includes('type: target'))
			.at(-1)![1];
		const asEvent = [...lines];
		asEvent[typeAt] = asEvent[typeAt].replace('target', 'event');
		asEvent[aimAt] = asEvent[aimAt].replace('aim: start-construction', 'status: in-service');
		asEvent[aimAt + 1] = asEvent[aimAt + 1].replace(/by: \d+/, 'year: 2025');
		const before = snapshot(data);
		writeFileSync(review, asEvent.join('\n'));
		const r1 = await ingest('--apply', review);
		expect(r1.code).toBe(1);
		expect(r1.stderr).toMatch(new RegExp(`mistake\\.review\\.yaml:${aimAt + 1}: .*aim.*record it as a target`));
		// A quote that is not in its line.
		const badQuote = lines.map((l) => (l.includes('cite: 2 ') ? l.replace(/cite: 2 .*/, 'cite: 2 黔江至利川高速公路明年通车') : l));
		writeFileSync(review, badQuote.join('\n'));
		const r2 = await ingest('--apply', review);
		expect(r2.code).toBe(1);
		expect(r2.stderr).toMatch(/mistake\.review\.yaml:\d+: .*is not in line 2/);
		// Broken YAML.
		writeFileSync(review, `${lines.join('\n')}\n  - id: [\n`);
		const r3 = await ingest('--apply', review);
		expect(r3.code).toBe(1);
		expect(r3.stderr).toMatch(/mistake\.review\.yaml:\d+: not valid YAML/);
		expect(snapshot(data)).toEqual(before);
	});

	it('writes nothing when the merged data would fail the data check', async () => {
		const text = join(work, 'gbk2.txt');
		writeFileSync(text, `${readFileSync(join(fixtures, 'notice-gbk.txt')).toString('latin1')}`, 'latin1');
		const review = join(work, 'check.review.yaml');
		expect((await ingest(text, '--date', '2025-04', '--title', '消息二', '--review', review)).code).toBe(0);
		// A figure key the schema does not know.
		const edited = readFileSync(review, 'utf8').replace(
			/type: event\n(\s+)entry: qianjiang-shizhu-expressway/,
			'type: figure\n$1entry: qianjiang-shizhu-expressway\n$1figure: {key: speed-limit, label: {zh: 限速, en: Limit}, value: 黔石高速}'
		);
		writeFileSync(review, edited);
		const before = snapshot(data);
		const r = await ingest('--apply', review);
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('nothing was written');
		expect(r.stderr).toMatch(/projects\/road\.yaml:\d+: .*stated\.key/);
		expect(snapshot(data)).toEqual(before);
	});
});
