import { describe, expect, it } from 'vitest';
import type { ProjectEntry, SourceRef } from '../../src/lib/catalogue/types';
import { SEED_FILES } from '../../src/lib/catalogue/sources';
import { catalogue } from '../../src/lib/catalogue/index';
import { accordingTo, periodInYears, plainStatus, plainStatusLine } from '../../src/lib/i18n/plan-words';

// Citations of the real documents (their records decide plan, outlook or report); quotes are not checked here.
const said = (file: string, year: number, line = 1): SourceRef => ({ file, line, quote: 'x', year });
const outlook = said(SEED_FILES.outlook2021, 2021);
const plan = said(SEED_FILES.plan2026, 2026);
const qijiang = said(SEED_FILES.qijiang2022, 2022);

function entry(over: Partial<ProjectEntry>): ProjectEntry {
	return {
		id: 'x',
		ref: 'X1',
		name: { zh: '甲', en: 'A' },
		shortName: { zh: '甲', en: 'A' },
		kind: 'hsr',
		status: [],
		targets: [],
		period: '2026-2030',
		stated: [],
		summary: { zh: '', en: '' },
		sources: [],
		geometry: { method: 'unlocated', note: { zh: '', en: '' } },
		...over
	};
}

describe('periodInYears', () => {
	it('says a plan period as years, without five-year-plan jargon', () => {
		expect(periodInYears('2026-2030', 'zh')).toBe('规划期2026–2030年');
		expect(periodInYears('2021-2025', 'en')).toBe('plan period 2021–2025');
		expect(periodInYears('long-term', 'en')).toMatch(/long-term/);
		for (const lang of ['zh', 'en'] as const) expect(periodInYears('2026-2030', lang)).not.toMatch(/十五五|FYP|Five-Year/);
	});
});

describe('accordingTo', () => {
	it('says the document year as a source, by what kind of document it is', () => {
		expect(accordingTo(SEED_FILES.plan2026, 2026, 'zh')).toBe('据2026年规划');
		expect(accordingTo(SEED_FILES.plan2026, 2026, 'en')).toBe('according to the 2026 plan');
		expect(accordingTo(SEED_FILES.report2025, 2025, 'en')).toBe('according to a 2025 report');
		expect(accordingTo('public:wikipedia', 2024, 'en')).toBe('according to a 2024 source');
	});
});

describe('plainStatus', () => {
	it('says an in-service target as a target, and the document year only as a source', () => {
		const e = entry({
			status: [{ status: 'planned', asOf: 2026, source: plan }],
			targets: [{ aim: 'in-service', by: 2030, source: plan }]
		});
		expect(plainStatus(e, 'zh')).toEqual({
			status: '规划建设（据2026年规划）',
			when: '计划2030年前建成（目标）',
			flag: null,
			flagKind: null
		});
		expect(plainStatusLine(e, 'en')).toBe('Planned (according to the 2026 plan) · target: open by 2030');
	});

	it('gives the plan period in years when there is no target', () => {
		const e = entry({ status: [{ status: 'preliminary', asOf: 2026, source: plan }] });
		expect(plainStatusLine(e, 'zh')).toBe('前期工作（据2026年规划） · 规划期2026–2030年');
	});

	it('names the opening year of a project in service once, as an opening, not the document year', () => {
		const e = entry({
			status: [{ status: 'in-service', asOf: 2026, source: plan }],
			opened: { year: 2007, source: plan },
			period: '2021-2025'
		});
		const zh = plainStatusLine(e, 'zh');
		expect(zh).toBe('已建成（2007年建成投用）');
		expect(zh).not.toMatch(/2026/);
		expect(plainStatusLine(e, 'en')).toBe('in service since 2007');
	});

	it('flags a plan dropped from the current plan of its area', () => {
		const e = entry({ status: [{ status: 'planned', asOf: 2021, source: outlook }], period: '2021-2025' });
		const p = plainStatus(e, 'en');
		expect(p.flagKind).toBe('dropped');
		expect(p.flag).toBe('not in the current plan (last named in 2021)');
		expect(p.status).toBe('Planned (according to the 2021 five-year outlook)');
	});

	it('flags a lapsed plan: its horizon passed and no newer document names it', () => {
		// The 2022 Qijiang outlook is still its area's newest document, so the entry is not dropped; after its
		// horizon (2027) it lapses.
		const e = entry({ status: [{ status: 'planned', asOf: 2022, source: qijiang }], period: '2021-2025' });
		expect(plainStatus(e, 'zh').flagKind).toBe(null);
		const p = plainStatus(e, 'zh', 2028);
		expect(p.flagKind).toBe('lapsed');
		expect(p.flag).toBe('规划期已过：2022年以后的文件未再提及');
	});

	it('flags a slipped target', () => {
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'planned', asOf: 2026, source: plan }
			],
			targets: [{ aim: 'start-construction', by: 2025, source: outlook }]
		});
		expect(plainStatus(e, 'zh').flag).toBe('原定目标已推迟');
		// The passed 2025 target is not offered as the plan for 2026.
		expect(plainStatus(e, 'zh').when).toBe('规划期2026–2030年');
	});

	it('never puts a bare year in brackets after a status word, for any catalogue entry', () => {
		for (const e of catalogue) {
			for (const lang of ['zh', 'en'] as const) {
				const line = plainStatusLine(e, lang);
				expect(line, e.id).not.toMatch(/（\d{4}年?）|\(\d{4}\)/);
				expect(line, e.id).not.toMatch(/十[三四五]五|FYP/);
				expect(line.length, e.id).toBeGreaterThan(0);
			}
		}
	});
});
