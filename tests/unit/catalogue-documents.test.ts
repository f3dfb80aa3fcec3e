import { describe, expect, it } from 'vitest';
import { DOCUMENTS, citationLabel, currentDocument, isRetrospective, sourceDocument } from '../../src/lib/catalogue/documents';
import { joinColumns } from '../../src/lib/catalogue/columns';
import { catalogue } from '../../src/lib/catalogue/index';
import { SEED_FILES, SEED_YEARS, pub, s0, s2 } from '../../src/lib/catalogue/sources';

describe('source document records', () => {
	it('has a record for every seed file, in the year the citation helpers use', () => {
		for (const file of Object.values(SEED_FILES)) {
			const doc = sourceDocument(file);
			expect(doc, file).toBeDefined();
			expect(doc!.year).toBe(SEED_YEARS[file]);
			expect(doc!.title.zh && doc!.title.en && doc!.short.zh && doc!.issuer.en).toBeTruthy();
		}
		expect(DOCUMENTS).toHaveLength(5);
	});

	it('names the 2026 plan as the current Qianjiang plan', () => {
		expect(currentDocument('qianjiang').file).toBe(SEED_FILES.plan2026);
		expect(currentDocument('qijiang').file).toBe(SEED_FILES.qijiang2022);
	});

	it('cites by short title, year and line, not by file name', () => {
		expect(citationLabel(s2(775, '35公里'), 'zh')).toBe('《黔江区“十五五”规划纲要》，2026，第775行');
		expect(citationLabel(s2(775, '35公里'), 'en')).toBe('Qianjiang 15th Five-Year Plan, 2026, line 775');
		expect(citationLabel(s0(109, '建成投用渝湘高铁重庆至黔江段', 110), 'en')).toBe('Qianjiang five-year outlook, 2021, lines 109–110');
		expect(citationLabel(pub('黔张常铁路', 2019), 'en')).toMatch(/^public reference: .*network-facts\.md.*, 2019$/);
		for (const e of catalogue) for (const s of e.sources) expect(citationLabel(s, 'zh')).not.toMatch(/\.txt/);
	});

	it('tells a review of the past from the plan', () => {
		expect(isRetrospective(s2(19, '建成通车'))).toBe(true);
		expect(isRetrospective(s2(768, '推进'))).toBe(false);
		expect(isRetrospective(s0(110, '开工'))).toBe(false);
	});
});

describe('joinColumns', () => {
	it('joins the lines of each paragraph and keeps the range they span', () => {
		expect(joinColumns(['建设武陵山区综合交通枢纽。建', ' 成投用渝湘高铁', '', '下一段', '', ''])).toEqual([
			{ from: 1, to: 2, text: '建设武陵山区综合交通枢纽。建成投用渝湘高铁' },
			{ from: 4, to: 4, text: '下一段' }
		]);
		expect(joinColumns([])).toEqual([]);
	});
});

describe('the current plan of an area', () => {
	const plan = DOCUMENTS.find((d) => d.file === SEED_FILES.plan2026)!;
	it('is the newest plan, never a later report or notice', () => {
		const notice = { ...plan, id: '005', file: '005_0000000000000000.txt', year: 2027, kind: 'notice' as const };
		const report = { ...plan, id: '006', file: '006_0000000000000000.txt', year: 2028, kind: 'work-report' as const };
		expect(currentDocument('qianjiang', [...DOCUMENTS, notice, report]).file).toBe(SEED_FILES.plan2026);
		const nextPlan = { ...plan, id: '007', file: '007_0000000000000000.txt', year: 2031, kind: 'plan-outline' as const };
		expect(currentDocument('qianjiang', [...DOCUMENTS, notice, nextPlan]).file).toBe(nextPlan.file);
	});
});

describe('a document registered for a preview', () => {
	it('counts as the app will count it once merged, and is gone afterwards', async () => {
		const { planDrift } = await import('../../src/lib/catalogue/timeline');
		const { withDocuments } = await import('../../src/lib/catalogue/documents');
		const lapsed = catalogue.find((e) => planDrift(e).drift === 'dropped');
		expect(lapsed, 'the catalogue has a plan the current one no longer names').toBeDefined();
		const plan = DOCUMENTS.find((d) => d.file === SEED_FILES.plan2026)!;
		const notice = {
			...plan,
			id: 'new',
			file: 'new',
			year: 2027,
			kind: 'notice' as const,
			period: { from: 2027, to: 2027 },
			retrospective: [[1, 1]] as [number, number][]
		};
		const cited = {
			...lapsed!,
			status: [
				...lapsed!.status,
				{ status: 'under-construction' as const, asOf: 2027, source: { file: 'new', line: 1, quote: '在建', year: 2027 } }
			]
		};
		// Unregistered, the citation names no document: the plan still reads as dropped; registered, a 2027 report
		// that it is being built is newer than the plan that left it out.
		expect(planDrift(cited).drift).toBe('dropped');
		expect(withDocuments([notice], () => planDrift(cited).drift)).not.toBe('dropped');
		expect(sourceDocument('new')).toBeUndefined();
		expect(DOCUMENTS.length).toBe(5);
	});
});
