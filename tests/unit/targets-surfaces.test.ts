/**
 * Targets printed as current after their date (issue 23): one function judges a target against the date of the
 * view (catalogue/targets.ts), and the place cards, the project list and pages (plainStatus), the map, export and
 * presenter (targetByYear of static/geo/projects.json) and the CLI give the same answer for every project and
 * township.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { cardPastTarget, cardPlaces, placeCard, type CardInput } from '../../src/lib/analysis/place-card';
import type { ProjectFeature } from '../../src/lib/analysis/project-feature';
import { catalogue } from '../../src/lib/catalogue/index';
import { DATA_YEAR, MAP_YEARS } from '../../src/lib/catalogue/status';
import { currentTarget, judgeTarget, pastTarget } from '../../src/lib/catalogue/targets';
import { SEED_FILES } from '../../src/lib/catalogue/sources';
import type { ProjectEntry, SourceRef } from '../../src/lib/catalogue/types';
import type { Airport, Place } from '../../src/lib/geo/types';
import { plainStatus } from '../../src/lib/i18n/plan-words';
import { runInProcess } from './cli-in-process';

const GEO = join(__dirname, '../../static/geo');
const read = <T>(name: string): T => JSON.parse(readFileSync(join(GEO, name), 'utf8')) as T;
const places = read<{ places: Place[] }>('places.json').places;
const airports = read<{ airports: Airport[] }>('airports.json').airports;
const features = read<FeatureCollection>('projects.geojson').features as ProjectFeature[];
const built = read<{ projects: { id: string; targetByYear: Record<string, { aim: string; by: number } | null> }[] }>(
	'projects.json'
).projects;
const input: CardInput = { places, features, entries: catalogue, airports, travel: null };
const byId = new Map(catalogue.map((e) => [e.id, e]));

const said = (file: string, year: number, quote = 'x'): SourceRef => ({ file, line: 1, quote, year });
const outlook = said(SEED_FILES.outlook2021, 2021);
const plan = said(SEED_FILES.plan2026, 2026);
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
const projection = (t: ReturnType<typeof currentTarget>) =>
	t && t.aim !== 'figure' ? { aim: t.aim, by: t.by, saidIn: t.source.year } : null;

describe('judgeTarget: one verdict per state, against the date of the view', () => {
	const aim = { aim: 'start-construction' as const, by: 2025, source: outlook };
	it('open while its horizon has not passed', () => {
		expect(judgeTarget(entry({ status: [{ status: 'planned', asOf: 2021, source: outlook }], targets: [aim] }), aim, 2024).state).toBe(
			'open'
		);
	});
	it('met, and when, once a document reports the stage it aimed at', () => {
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'under-construction', asOf: 2026, source: said(SEED_FILES.plan2026, 2026) }
			],
			targets: [aim]
		});
		expect(judgeTarget(e, aim, 2026)).toEqual(expect.objectContaining({ state: 'met', year: 2026 }));
	});
	it('missed, with what the later document says, when its date passed short of the aim', () => {
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'preliminary', asOf: 2026, source: plan }
			],
			targets: [aim]
		});
		expect(judgeTarget(e, aim, 2026)).toEqual({ state: 'missed', target: aim, later: { status: 'preliminary', source: plan } });
		// The same target seen from 2024 is still open: the view's date decides.
		expect(judgeTarget(e, aim, 2024).state).toBe('open');
	});
	it('superseded by a newer aim of the same kind', () => {
		const newer = { aim: 'start-construction' as const, by: 2030, source: plan };
		const e = entry({
			status: [
				{ status: 'planned', asOf: 2021, source: outlook },
				{ status: 'planned', asOf: 2026, source: plan }
			],
			targets: [aim, newer]
		});
		expect(judgeTarget(e, aim, 2026)).toEqual({ state: 'superseded', target: aim, by: newer });
	});
	it('dropped with its project', () => {
		const e = entry({ status: [{ status: 'planned', asOf: 2021, source: outlook }], targets: [aim], period: '2021-2025' });
		expect(judgeTarget(e, aim, 2026)).toEqual({ state: 'dropped', target: aim, silentIn: 2026 });
	});
	it('passed, not missed, when no later document speaks', () => {
		const qj = said(SEED_FILES.qijiang2022, 2022);
		const early = { aim: 'start-construction' as const, by: 2022, source: qj };
		expect(
			judgeTarget(entry({ status: [{ status: 'planned', asOf: 2022, source: qj }], targets: [early], period: '2021-2025' }), early, 2026)
				.state
		).toBe('passed');
	});
});

describe('every surface prints the same target for every project and township', () => {
	it('R1 (open since 2025) and R9 (dropped) are never printed with their 2025 targets on a card headed 2026', () => {
		const card = placeCard(input, 'qianjiang');
		const r1 = [...card.here, ...card.seatProjects, ...card.near].find((p) => p.id === 'chongqing-qianjiang-hsr')!;
		expect(r1.target).toBeNull();
		expect(r1.pastTarget).toEqual(expect.objectContaining({ state: 'met', by: 2025, year: 2025 }));
		const r9 = pastTarget(byId.get('qianjiang-fuling-freight-railway')!, DATA_YEAR);
		expect(currentTarget(byId.get('qianjiang-fuling-freight-railway')!, DATA_YEAR)).toBeNull();
		expect(r9?.state).toBe('dropped');
	});

	it('every card of every township and seat: the target is the current one and the earlier one is judged the same way', () => {
		let n = 0;
		for (const p of cardPlaces(places, features)) {
			const card = placeCard(input, p.id);
			for (const c of [...card.here, ...card.seatProjects, ...card.near, ...card.airport.works]) {
				const e = byId.get(c.id)!;
				expect(c.target, `${p.id} ${c.id}`).toEqual(projection(currentTarget(e, DATA_YEAR)));
				const past = pastTarget(e, DATA_YEAR);
				expect(c.pastTarget, `${p.id} ${c.id}`).toEqual(past ? cardPastTarget(past) : null);
				if (c.target) expect(c.target.by).toBeGreaterThanOrEqual(DATA_YEAR);
				n++;
			}
		}
		expect(n).toBeGreaterThan(500);
	});

	it('every project: the built map data (map, export, presenter), the list and pages, and the CLI agree', async () => {
		for (const e of catalogue) {
			const b = built.find((x) => x.id === e.id)!;
			for (const year of MAP_YEARS) {
				const t = currentTarget(e, year);
				expect(b.targetByYear[year], `${e.id} ${year}`).toEqual(t ? { aim: t.aim, by: t.by } : null);
			}
			const now = currentTarget(e, DATA_YEAR);
			const when = plainStatus(e, 'en').when;
			if (now && now.aim !== 'figure') expect(when, e.id).toContain(String(now.by));
			else expect(when, e.id).not.toMatch(/^target/);
		}
		const withTargets = catalogue.filter((e) => e.targets.length > 0);
		for (const e of withTargets) {
			const r = await runInProcess(GEO, 'show', e.id, '--json');
			expect(r.code, e.id).toBe(0);
			const json = JSON.parse(r.stdout);
			const past = pastTarget(e, DATA_YEAR);
			expect(json.target, e.id).toEqual(projection(currentTarget(e, DATA_YEAR)));
			expect(json.pastTarget, e.id).toEqual(past ? cardPastTarget(past) : null);
		}
	});
});
