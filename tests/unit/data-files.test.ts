/**
 * The hand-written data of data/: the reader, the schema and the checks, each rule pinned by a planted mistake in a
 * copy of data/ and the `file:line` it must be reported at; and the planner's path of adding a project by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { copyWith, lineOf, tempDir } from './data-copy';
import { DATA_DIR, REPO_ROOT, formatCite, formatProblem, parseCite, readAtlasData } from '../../scripts/catalogue/data';
import { checkAtlas } from '../../scripts/check-data';
import { buildCatalogue } from '../../scripts/build-catalogue';
import { catalogue } from '../../src/lib/catalogue/index';
import { DOCUMENTS, dataDateOf } from '../../src/lib/catalogue/documents';

function problemsOf(dir: string): string[] {
	return checkAtlas({ dataDir: dir }).problems.map((p) => formatProblem({ ...p, file: p.file.replace(dir, 'DATA') }));
}

describe('the data files of the repository', () => {
	it('read with no problem, and the app serves exactly what they say', () => {
		const data = readAtlasData();
		expect(data.problems).toEqual([]);
		expect(data.entries.length).toBeGreaterThan(100);
		expect(JSON.stringify(data.entries)).toBe(JSON.stringify(catalogue));
		expect(JSON.stringify(data.documents)).toBe(JSON.stringify(DOCUMENTS));
	});

	it('pass every check against the documents', () => {
		expect(checkAtlas().problems.map(formatProblem)).toEqual([]);
	});

	it('hold no fact in TypeScript: the catalogue modules import the generated files', () => {
		for (const file of ['src/lib/catalogue/index.ts', 'src/lib/catalogue/documents.ts', 'src/lib/catalogue/expected.ts']) {
			const text = readFileSync(join(REPO_ROOT, file), 'utf8');
			expect(text).toMatch(/from '\.\.\/generated\/[a-z]+\.json'/);
			expect(text).not.toMatch(/^\s+(file|ref|title|words): ['{]/m); // no record written out in code
		}
	});
});

describe('citations', () => {
	it('read and write as "002:775 words", lines that run on as "000:109-110 …", and "public 2025 words"', () => {
		const s = parseCite('002:775 黔江至吉首高铁（黔江段）35公里', DOCUMENTS);
		expect(s).toEqual({ file: '002_9e3621a23b2e2452.txt', line: 775, quote: '黔江至吉首高铁（黔江段）35公里', year: 2026 });
		const run = parseCite('000:109-110 建成投用渝湘高铁重庆至黔江段', DOCUMENTS);
		expect(run).toMatchObject({ file: '000_93a10bea26a22d01.txt', line: 109, lineEnd: 110, year: 2021 });
		const pub = parseCite('public 2019 黔张常铁路', DOCUMENTS);
		expect(pub).toMatchObject({ file: 'public reference', line: 0, quote: '黔张常铁路', year: 2019 });
		for (const text of ['002:775 黔江至吉首高铁（黔江段）35公里', '000:109-110 建成投用渝湘高铁重庆至黔江段', 'public 2019 黔张常铁路']) {
			const ref = parseCite(text, DOCUMENTS);
			if ('error' in ref) throw new Error(ref.error);
			expect(formatCite(ref, DOCUMENTS)).toBe(text);
		}
	});

	it('name what is wrong with a bad one', () => {
		expect(parseCite('002-775 words', DOCUMENTS)).toEqual({ error: expect.stringContaining('expected "002:775 the quoted words"') });
		expect(parseCite('009:1 words', DOCUMENTS)).toEqual({ error: expect.stringContaining('no document has the id "009"') });
		expect(parseCite('002:12-10 words', DOCUMENTS)).toEqual({ error: expect.stringContaining('last line must come after the first') });
	});
});

describe('check:data reports each planted mistake at its file and line', () => {
	const RAIL = 'projects/rail.yaml';

	it('a YAML syntax error', () => {
		const dir = copyWith(RAIL, (t) => t.replace('  ref: R2\n', '  ref: R2\n   bad: [unclosed\n'));
		const problems = problemsOf(dir);
		expect(
			problems.some((p) => /^DATA\/projects\/rail\.yaml:\d+: not valid YAML/.test(p)),
			problems.join('\n')
		).toBe(true);
	});

	it('an unknown kind, with the known ones', () => {
		const dir = copyWith(RAIL, (t) => t.replace('  kind: hsr\n', '  kind: cableway\n'));
		const line = lineOf(dir, RAIL, 'kind: cableway');
		expect(problemsOf(dir)).toContain(
			`DATA/projects/rail.yaml:${line}: entry chongqing-qianjiang-hsr: \`kind\` is not one of the known values; expected one of: ${JSON.parse(readFileSync(join(DATA_DIR, 'schema/atlas.schema.json'), 'utf8')).$defs.kind.enum.join(', ')}`
		);
	});

	it('an unknown field and a missing one', () => {
		const dir = copyWith(RAIL, (t) => t.replace('  period: 2026-2030\n', '  periode: 2026-2030\n'));
		const line = lineOf(dir, RAIL, 'periode:');
		const problems = problemsOf(dir);
		expect(problems.find((p) => p.includes('unknown field `periode`'))).toMatch(new RegExp(`^DATA/projects/rail\\.yaml:${line}: `));
		expect(problems.some((p) => p.includes('is missing the field `period`'))).toBe(true);
	});

	it('a citation of the wrong form, and one naming no document', () => {
		const dir = copyWith(RAIL, (t) =>
			t
				.replace('cite: 001:61 黔江至吉首铁路可研评审完成', 'cite: 001-61 黔江至吉首铁路可研评审完成')
				.replace('cite: 002:244 建成投用黔江至吉首高速铁路', 'cite: 009:244 建成投用黔江至吉首高速铁路')
		);
		const problems = problemsOf(dir);
		expect(problems).toContain(
			`DATA/projects/rail.yaml:${lineOf(dir, RAIL, '001-61')}: entry qianjiang-jishou-hsr: \`status.cite\` is not a citation; expected "002:775 the quoted words" (document id, line, a space, the exact words) or "public 2025 words"`
		);
		expect(problems).toContain(
			`DATA/projects/rail.yaml:${lineOf(dir, RAIL, '009:244')}: no document has the id "009"; known ids: 000, 001, 002, 003, 004 (see data/documents.yaml)`
		);
	});

	it('words that are not in the cited line', () => {
		const dir = copyWith(RAIL, (t) => t.replace('cite: 001:61 黔江至吉首铁路可研评审完成}', 'cite: 001:61 黔江至吉首铁路开工建设}'));
		expect(problemsOf(dir)).toContain(
			`DATA/projects/rail.yaml:${lineOf(dir, RAIL, '黔江至吉首铁路开工建设')}: status[1]: the quoted words "黔江至吉首铁路开工建设" are not in 001:61; expected the exact words of that line (copy them from its source page) [quote-not-in-line]`
		);
	});

	it('an aim recorded as an event', () => {
		const dir = copyWith(RAIL, (t) =>
			t.replace('{status: planned, cite: 002:768 推进黔江至吉首高铁', '{status: in-service, cite: 002:768 推进黔江至吉首高铁')
		);
		const problems = problemsOf(dir);
		const line = lineOf(dir, RAIL, '{status: in-service, cite: 002:768');
		expect(problems.find((p) => p.includes('[target-as-event]'))).toMatch(
			new RegExp(`^DATA/projects/rail\\.yaml:${line}: status\\[2\\] "in-service" cites 002:768, which is not a report of what happened`)
		);
	});

	it('a stated figure that its line does not state', () => {
		const dir = copyWith(RAIL, (t) => t.replace('      value: 35公里\n', '      value: 36公里\n'));
		const line = lineOf(dir, RAIL, 'value: 36公里');
		const problems = problemsOf(dir);
		// The figure is reported at the item that states it (its first line, the `key:`), which is the line above `value`'s label.
		expect(problems.find((p) => p.includes('value "36公里" is not in 002:775'))).toMatch(
			new RegExp(`^DATA/projects/rail\\.yaml:${line - 2}: stated\\[0\\]`)
		);
	});

	it('a place the gazetteer does not know', () => {
		const dir = copyWith(RAIL, (t) => t.replace('via: [qianjiang, jishou]', 'via: [qianjiang, atlantis]'));
		const problems = problemsOf(dir);
		expect(problems.find((p) => p.includes('place "atlantis" is not in the gazetteer'))).toMatch(/^DATA\/projects\/rail\.yaml:\d+: /);
	});

	it('an expected item without its entry', () => {
		const dir = copyWith('expected.yaml', (t) => `${t}- {ref: W99, words: 黔江河, at: 002:1129}\n`);
		const line = lineOf(dir, 'expected.yaml', 'W99');
		expect(problemsOf(dir)).toContain(
			`DATA/expected.yaml:${line}: "黔江河" (002_9e3621a23b2e2452.txt:1129) has no entry with ref W99 citing that line [missing-expected-item]`
		);
	});

	it('a document record that names no text', () => {
		const dir = copyWith('documents.yaml', (t) => t.replace('file: 004_76bdfa78c9f89b14.txt', 'file: 004_0000000000000000.txt'));
		const problems = problemsOf(dir);
		expect(
			problems.some((p) => /^DATA\/documents\.yaml:\d+: no text for 004_0000000000000000\.txt/.test(p)),
			problems.slice(0, 3).join('\n')
		).toBe(true);
	});

	it('the command exits 1 and prints file:line for a copy named by WULING_DATA', () => {
		const dir = copyWith(RAIL, (t) => t.replace('  kind: hsr\n', '  kind: cableway\n'));
		const r = spawnSync('npx', ['tsx', 'scripts/check-data.ts'], {
			cwd: REPO_ROOT,
			env: { ...process.env, WULING_DATA: dir },
			encoding: 'utf8'
		});
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/projects\/rail\.yaml:\d+: entry chongqing-qianjiang-hsr: `kind` is not one of the known values/);
	}, 60_000);
});

describe('a planner adds a project by hand', () => {
	it('one item in a data file is checked, built and served', () => {
		const entry = [
			'',
			'- id: zhuoshui-test-reservoir',
			'  ref: W99',
			'  name: {zh: 测试水库, en: Test reservoir}',
			'  short: {zh: 测试水库, en: Test reservoir}',
			'  kind: reservoir',
			'  period: 2026-2030',
			'  status:',
			'    - {status: planned, cite: 002:944 农村供水}',
			'  summary: {zh: 测试。, en: A test.}',
			'  geometry:',
			'    method: approximate',
			'    at: qianjiang-zhuoshui',
			'    radiusKm: 5',
			'    note: {zh: 位于濯水镇附近。, en: Near Zhuoshui.}',
			''
		].join('\n');
		const line944 = readFileSync(join(REPO_ROOT, '../shared/seeds/002_9e3621a23b2e2452.txt'), 'utf8').split('\n')[943];
		const quote = line944.trim().slice(0, 12);
		const dir = copyWith('projects/water.yaml', (t) => t + entry.replace('农村供水', quote));
		// W99 is not an inventory code: the check says so, and how to keep the new item.
		expect(problemsOf(dir)).toEqual([
			`DATA/projects/water.yaml:${lineOf(dir, 'projects/water.yaml', 'id: zhuoshui-test-reservoir')}: ref "W99" is neither an inventory code nor in data/expected.yaml; for a new item, add it there ({ref, words, at}) so check:data keeps it in the catalogue [unknown-ref]`
		]);
		writeFileSync(
			join(dir, 'expected.yaml'),
			`${readFileSync(join(dir, 'expected.yaml'), 'utf8')}- {ref: W99, words: ${quote.slice(0, 4)}, at: 002:944}\n`
		);
		expect(problemsOf(dir)).toEqual([]);
		const out = tempDir('atlas-gen-');
		expect(buildCatalogue(dir, out)).toEqual([]);
		const built = JSON.parse(readFileSync(join(out, 'catalogue.json'), 'utf8')) as {
			id: string;
			sources: { file: string; line: number }[];
		}[];
		const added = built.find((e) => e.id === 'zhuoshui-test-reservoir');
		expect(added?.sources).toEqual([{ file: '002_9e3621a23b2e2452.txt', line: 944, quote, year: 2026 }]);
	});
});

describe('the data date', () => {
	it('is the newest document or public figure', () => {
		expect(dataDateOf(DOCUMENTS, []).date).toBe('2026');
		const later = [...DOCUMENTS, { ...DOCUMENTS[0], id: '005', file: '005_x.txt', year: 2026, published: '2026-03-05' }];
		expect(dataDateOf(later, [])).toEqual({ date: '2026-03-05', of: '005_x.txt' });
		expect(dataDateOf(DOCUMENTS, [{ file: 'public reference', line: 0, quote: '某线开通', year: 2027 }])).toEqual({
			date: '2027',
			of: 'public reference: 某线开通'
		});
	});
});

describe('aliases', () => {
	it('are names the documents use: one that no document writes is reported at its line', () => {
		const dir = copyWith('projects/rail.yaml', (t) =>
			t.replace('aliases: [渝湘高铁重庆至黔江段]', 'aliases: [渝湘高铁重庆至黔江段, 渝黔快线]')
		);
		expect(problemsOf(dir)).toContain(
			`DATA/projects/rail.yaml:${lineOf(dir, 'projects/rail.yaml', '渝黔快线')}: aliases: "渝黔快线" is in no document; an alias is a name a document uses, as written there [alias-not-in-documents]`
		);
	});

	it('find the entry in search by its former name', async () => {
		const { buildSearchIndex, searchProjects } = await import('../../src/lib/catalogue/search');
		const index = buildSearchIndex(catalogue.map((e) => ({ ...e, pinyin: [], pinyinInitials: [] })));
		expect(searchProjects(index, '渝湘高铁重庆至黔江段')[0]?.record.id).toBe('chongqing-qianjiang-hsr');
	});
});

describe('status events', () => {
	it('are listed oldest source first: one out of order is reported, since the last is the current status', () => {
		const dir = copyWith('projects/rail.yaml', (t) =>
			t.replace(
				'    - {status: preliminary, cite: 001:61 黔江至吉首铁路可研评审完成}\n    - {status: planned, cite: 002:768 推进黔江至吉首高铁西接重黔铁路、东连张吉怀高铁}',
				'    - {status: planned, cite: 002:768 推进黔江至吉首高铁西接重黔铁路、东连张吉怀高铁}\n    - {status: preliminary, cite: 001:61 黔江至吉首铁路可研评审完成}'
			)
		);
		expect(problemsOf(dir)).toContain(
			`DATA/projects/rail.yaml:${lineOf(dir, 'projects/rail.yaml', '{status: preliminary, cite: 001:61')}: status[2] (2025) comes after a 2026 status; list status events oldest source first, so the last is the current one [status-order]`
		);
	});
});
