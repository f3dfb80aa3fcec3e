import { describe, expect, it } from 'vitest';
import type { ProjectEntry, SourceRef } from '../../src/lib/catalogue/types';
import { SEED_FILES } from '../../src/lib/catalogue/sources';
import { entryTargets, planDrift, statedStage, timelineMarks } from '../../src/lib/catalogue/timeline';
import type { StatedFact } from '../../src/lib/catalogue/types';
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

const q = (file: string, year: number, line: number, quote: string): SourceRef => ({ file, line, quote, year });
const figure = (key: string, amount: number, unit: string, source: SourceRef): StatedFact => ({
	key,
	label: { zh: '', en: '' },
	value: String(amount),
	amount,
	unit,
	source
});

describe('figure targets are judged (issue 23)', () => {
	const aim = q(SEED_FILES.outlook2021, 2021, 118, '20条以上');
	const reached = q(SEED_FILES.plan2026, 2026, 151, '8');
	const named = (stated: StatedFact[]) =>
		entry({
			kind: 'aviation-route',
			status: [{ status: 'planned', asOf: 2026, source: plan }],
			stated,
			targets: [{ aim: 'figure', by: 2025, source: aim }]
		});

	it('a figure a later document reports below the target is slipped (missed), with both quotes', () => {
		const d = planDrift(named([figure('target', 20, 'routes', aim), figure('routes', 8, 'routes', reached)]));
		expect(d.drift).toBe('slipped');
		expect(d.reason).toBe('figure-missed');
		expect([d.before.quote, d.after?.quote]).toEqual(['20条以上', '8']);
	});

	it('a later, lower target is slipped (cut)', () => {
		const d = planDrift(
			named([
				figure('target', 1_000_000, 'passengers/yr', aim),
				figure('target', 400_000, 'passengers/yr', q(SEED_FILES.plan2026, 2026, 340, '40'))
			])
		);
		expect([d.drift, d.reason]).toEqual(['slipped', 'figure-cut']);
	});

	it('a figure reached, or one of another unit, is not a slip', () => {
		expect(planDrift(named([figure('target', 20, 'routes', aim), figure('routes', 25, 'routes', reached)])).drift).toBe('unchanged');
		expect(planDrift(named([figure('target', 20, 'routes', aim), figure('passengers', 8, 'passengers/yr', reached)])).drift).toBe(
			'unchanged'
		);
	});

	it('A3: 20 routes and 1 million passengers aimed for 2025 in 2021; 8 routes and 98,300 passengers reported in 2026', () => {
		const a3 = catalogue.find((e) => e.ref === 'A3')!;
		const d = planDrift(a3);
		expect([d.drift, d.reason]).toEqual(['slipped', 'figure-missed']);
		expect(d.figures.map((f) => `${f.target.amount}>${f.later.amount} ${f.how}`)).toEqual(
			expect.arrayContaining(['20>8 missed', '1000000>98300 missed'])
		);
		expect([d.before.year, d.after?.year]).toEqual([2021, 2026]);
	});
});

describe('drift from the quotes, not from the vocabulary (issue 23)', () => {
	it('statedStage reads a stage only from words that state one', () => {
		expect(statedStage('推进跑道延长工程前期工作')).toBe('preliminary');
		expect(statedStage('谋划推动广垫忠黔铁路建设')).toBeNull();
		expect(statedStage('力争“十四五”期间开工建设')).toBeNull();
		expect(statedStage('渝厦高铁重庆至黔江段、渝怀铁路二线和黔恩、黔石、黔江过境高速建成通车')).toBe('in-service');
	});

	it('a later claim recorded further along but whose words state no stage is not advanced (R6)', () => {
		const e = entry({
			status: [
				{ status: 'under-study', asOf: 2021, source: q(SEED_FILES.outlook2021, 2021, 114, '同时加快广垫忠黔铁路、黔永高速公路的方案研究') },
				{ status: 'preliminary', asOf: 2026, source: q(SEED_FILES.plan2026, 2026, 770, '谋划推动广垫忠黔铁路建设') }
			]
		});
		expect(planDrift(e).drift).toBe('unchanged');
		const stated = entry({
			status: [
				e.status[0],
				{ status: 'preliminary', asOf: 2026, source: q(SEED_FILES.plan2026, 2026, 792, '前期工作。黔江至永顺高速公路20公里') }
			]
		});
		const d = planDrift(stated);
		expect([d.drift, d.reason, d.before.year, d.after?.year]).toEqual(['advanced', 'stage-advanced', 2021, 2026]);
		expect(planDrift(catalogue.find((x) => x.ref === 'R6')!).drift).toBe('unchanged');
	});

	it('the same outlook words give the same class, with or without a written target (A1 and A5)', () => {
		const words = q(SEED_FILES.outlook2021, 2021, 116, '加快武陵山机场跑道延伸项目建设');
		const later = q(SEED_FILES.plan2026, 2026, 797, '推进跑道延长工程前期工作');
		const status = [
			{ status: 'planned' as const, asOf: 2021, source: words },
			{ status: 'preliminary' as const, asOf: 2026, source: later }
		];
		const written = planDrift(entry({ status, targets: [{ aim: 'carry-out', by: 2025, source: words }] }));
		const implied = planDrift(entry({ status }));
		expect(implied.drift).toBe(written.drift);
		expect(implied.reason).toBe('target-missed');
		expect(entryTargets(entry({ status }))).toEqual([{ aim: 'carry-out', by: 2025, source: words }]);
		const a1 = catalogue.find((x) => x.id === 'jiq-runway-extension')!;
		const a5 = catalogue.find((x) => x.id === 'zhoubai-air-logistics-park')!;
		expect(planDrift(a5).drift).toBe(planDrift(a1).drift);
	});

	it('an outlook study aims at nothing built: no implied target', () => {
		expect(entryTargets(entry({ status: [{ status: 'under-study', asOf: 2021, source: outlook }] }))).toEqual([]);
	});

	it('every class of the real catalogue rests on two dated quotes (one and a silence for dropped and lapsed)', () => {
		for (const e of catalogue) {
			const d = planDrift(e);
			expect(d.before.quote, e.id).toBeTruthy();
			if (d.drift === 'dropped') expect(d.silentIn && d.silentIn.year > d.before.year, e.id).toBe(true);
			else if (d.drift === 'lapsed') expect(d.after, e.id).toBeNull();
			else if (d.drift === 'slipped' || d.drift === 'advanced') expect(d.after && d.after.year > d.before.year, e.id).toBe(true);
			else if (d.reason === 'restated') expect(d.after && d.after.year > d.before.year, e.id).toBe(true);
			else expect([d.reason, d.after], e.id).toEqual(['said-once', null]);
		}
	});
});
