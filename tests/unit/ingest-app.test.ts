/**
 * A document taken in reaches the app: a real opening notice (the Zaodu reservoir's construction start, 2023) is
 * ingested and applied to a copy of data/, the catalogue is built from the copy, and the app's own modules — loaded
 * over the files build-catalogue wrote — show the new document in its sources, the project's status by year, its
 * timeline and its plan drift.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInProcess } from './cli-in-process';
import { REPO_ROOT } from '../../scripts/catalogue/data';
import { buildCatalogue } from '../../scripts/build-catalogue';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/ingest/real/2023-05-20-zaodu-reservoir-start.txt');
let work: string;
let built: string;
/** What the proposal said accepting it would do to the reservoir's map years and drift. */
let preview: { byYear: Record<string, string>; drift: string } | undefined;
const saved = process.env.WULING_DATA;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'ingest-app-'));
	const data = join(work, 'data');
	cpSync(join(REPO_ROOT, 'data'), data, { recursive: true });
	process.env.WULING_DATA = data;
	const review = join(work, 'zaodu.review.yaml');
	const propose = await runInProcess(
		join(REPO_ROOT, 'static/geo'),
		'ingest',
		FIXTURE,
		'--date',
		'2023-05-20',
		'--title',
		'重庆藻渡水库主体工程开工',
		'--kind',
		'notice',
		'--area',
		'qijiang',
		'--review',
		review,
		'--json'
	);
	expect(propose.code, propose.stderr).toBe(0);
	const proposals = JSON.parse(propose.stdout).proposals as { type: string; ref?: string; change?: { after: typeof preview } }[];
	preview = proposals.find((p) => p.type === 'event' && p.ref === 'Q9')?.change?.after;
	const applied = await runInProcess(join(REPO_ROOT, 'static/geo'), 'ingest', '--apply', review);
	expect(applied.code, applied.stderr + applied.stdout).toBe(0);
	built = join(work, 'generated');
	expect(buildCatalogue(data, built)).toEqual([]);
	for (const name of ['catalogue', 'documents', 'expected'])
		vi.doMock(`../../src/lib/generated/${name}.json`, () => ({ default: JSON.parse(readFileSync(join(built, `${name}.json`), 'utf8')) }));
}, 120_000);

afterAll(() => {
	vi.doUnmock('../../src/lib/generated/catalogue.json');
	vi.doUnmock('../../src/lib/generated/documents.json');
	vi.doUnmock('../../src/lib/generated/expected.json');
	if (saved === undefined) delete process.env.WULING_DATA;
	else process.env.WULING_DATA = saved;
	rmSync(work, { recursive: true, force: true });
});

describe('a notice taken in', () => {
	it('is a document of the app, with its record, cited by the project', async () => {
		vi.resetModules();
		const { DOCUMENTS, citationLabel } = await import('../../src/lib/catalogue/documents');
		const { catalogue } = await import('../../src/lib/catalogue/index');
		const notice = DOCUMENTS.find((d) => d.kind === 'notice');
		expect(notice).toMatchObject({ id: '005', year: 2023, published: '2023-05-20', area: 'qijiang' });
		const zaodu = catalogue.find((e) => e.ref === 'Q9')!;
		const cited = zaodu.sources.filter((s) => s.file === notice!.file);
		expect(cited.length).toBeGreaterThan(0);
		expect(citationLabel(cited[0], 'zh')).toBe(`《重庆藻渡水库主体工程开工》，2023，第${cited[0].line}行`);
	});

	it('moves the project on the map and the timeline as the proposal said', async () => {
		vi.resetModules();
		const { catalogue } = await import('../../src/lib/catalogue/index');
		const { statusByYear, currentStatus } = await import('../../src/lib/catalogue/status');
		const { timelineMarks, planDrift } = await import('../../src/lib/catalogue/timeline');
		const zaodu = catalogue.find((e) => e.ref === 'Q9')!;
		expect(currentStatus(zaodu)).toBe('construction-starting');
		expect(statusByYear(zaodu)[2025]).toBe('building');
		const marks = timelineMarks(zaodu);
		expect(marks.some((m) => m.year === 2023 && m.source.file.startsWith('005_'))).toBe(true);
		expect(planDrift(zaodu).drift).toBe('advanced');
		// The review told the planner exactly this before the merge.
		expect(preview).toEqual({ byYear: statusByYear(zaodu), drift: planDrift(zaodu).drift });
	});

	it('leaves every other project as it was (a notice is not a plan that drops what it does not name)', async () => {
		vi.resetModules();
		const after = (await import('../../src/lib/catalogue/index')).catalogue;
		const { statusByYear } = await import('../../src/lib/catalogue/status');
		const before = JSON.parse(readFileSync(join(REPO_ROOT, 'src/lib/generated/catalogue.json'), 'utf8')) as typeof after;
		vi.doUnmock('../../src/lib/generated/catalogue.json');
		vi.doUnmock('../../src/lib/generated/documents.json');
		vi.resetModules();
		const original = await import('../../src/lib/catalogue/status');
		for (const entry of after.filter((e) => e.ref !== 'Q9')) {
			const old = before.find((e) => e.id === entry.id)!;
			expect(statusByYear(entry), entry.id).toEqual(original.statusByYear(old));
		}
	});
});
