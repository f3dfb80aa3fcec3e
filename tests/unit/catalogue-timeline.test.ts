import { describe, expect, it } from 'vitest';
import type { ProjectEntry, SourceRef } from '../../src/lib/catalogue/types';
import { SEED_FILES } from '../../src/lib/catalogue/sources';
import { planDrift, timelineMarks } from '../../src/lib/catalogue/timeline';
import { catalogue } from '../../src/lib/catalogue/index';

// Citations of the real documents (their records decide which plan is current); quotes are not checked here.
const said = (file: string, year: number, line = 1): SourceRef => ({ file, line, quote: 'x', year });
const outlook = said(SEED_FILES.outlook2021, 2021);
const report = said(SEED_FILES.report2025, 2025);
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

describe('timelineMarks', () => {
	it('puts events at the year said and targets at their horizon, in year order', () => {
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'planned', asOf: 2026, source: plan }
			],
			targets: [{ aim: 'in-service', by: 2030, source: plan }]
		});
		expect(timelineMarks(e).map((m) => `${m.type} ${m.year}`)).toEqual(['event 2021', 'event 2026', 'target 2030']);
		expect(timelineMarks(e)[2]).toEqual(expect.objectContaining({ saidIn: 2026, aim: 'in-service' }));
	});
});

describe('planDrift', () => {
	it('calls a target slipped when a later document still plans what was due', () => {
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'planned', asOf: 2026, source: plan }
			],
			targets: [{ aim: 'start-construction', by: 2025, source: outlook }]
		});
		const d = planDrift(e);
		expect(d.drift).toBe('slipped');
		expect(d.slipped).toHaveLength(1);
	});

	it('calls a target met when construction was reported by its horizon', () => {
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'under-construction', asOf: 2025, source: report },
				{ status: 'in-service', asOf: 2026, source: said(SEED_FILES.plan2026, 2026, 19) }
			],
			targets: [{ aim: 'start-construction', by: 2025, source: outlook }],
			period: '2021-2025'
		});
		expect(planDrift(e).drift).toBe('advanced');
	});

	it('calls a plan the current plan no longer names dropped, and an outdated one from another area lapsed', () => {
		expect(planDrift(entry({ status: [{ status: 'planned', asOf: 2021, source: outlook }], period: '2021-2025' })).drift).toBe('dropped');
		const old = entry({ status: [{ status: 'planned', asOf: 2022, source: qijiang }], period: '2016-2020' });
		// 004 speaks for 2022–2027: its horizon has not passed in 2026, so it is not lapsed yet.
		expect(planDrift(old).drift).toBe('unchanged');
	});

	it('calls a project named once, in the current plan, unchanged', () => {
		expect(planDrift(entry({ status: [{ status: 'preliminary', asOf: 2026, source: plan }] })).drift).toBe('unchanged');
	});

	it('reads the real catalogue as the documents tell it', () => {
		const drift = Object.fromEntries(catalogue.map((e) => [e.id, planDrift(e).drift]));
		expect(drift['qianjiang-jishou-hsr']).toBe('slipped');
		expect(drift['qianjiang-lichuan-expressway']).toBe('slipped');
		expect(drift['qianjiang-fuling-freight-railway']).toBe('dropped');
		expect(drift['tongping-tunnel']).toBe('dropped');
		expect(drift['chongqing-qianjiang-hsr']).toBe('advanced');
		expect(drift['jindong-wind-farm']).toBe('unchanged');
	});
});
