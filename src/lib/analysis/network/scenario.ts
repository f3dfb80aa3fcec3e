/**
 * Scenario membership: which networks a line belongs to, derived from its catalogue entry's status, period and
 * opening year (or, for a public-reference line outside the catalogue, from its own availability).
 */
import type { PlanPeriod, ProjectEntry, ProjectStatus } from '../../catalogue/types';
import { SCENARIOS, type ScenarioId } from './types';
import { STATUS_RANK, plannedOpening } from '../../catalogue/status';

/**
 * The earliest scenario a link with this status is part of.
 *
 * 2020 is the network before the HSR, 2025 today, 2030 the plan (built, under construction, and planned
 * for 2026–2030), long-term everything named (also under study, preliminary, proposed).
 *
 * @param status - current status
 * @param year - year opened (in service) or due, if known
 * @param period - plan period the entry belongs to, if known
 * @returns the first scenario, or null when the status alone cannot place an in-service link in time
 * @example
 * firstScenarioOf('planned', undefined, '2026-2030') // '2030'
 */
export function firstScenarioOf(status: ProjectStatus, year: number | undefined, period: PlanPeriod | undefined): ScenarioId | null {
	switch (status) {
		case 'in-service':
			if (year !== undefined) return year <= 2020 ? '2020' : year <= 2025 ? '2025' : '2030';
			if (period === '2016-2020') return '2020';
			if (period === '2021-2025') return '2025';
			return null;
		case 'under-construction':
		case 'construction-starting':
			return period === 'long-term' || (year !== undefined && year > 2030) ? 'long-term' : '2030';
		case 'planned':
			if (period === 'long-term' || (year !== undefined && year > 2030)) return 'long-term';
			return period !== undefined || year !== undefined ? '2030' : 'long-term';
		default:
			return 'long-term';
	}
}

/**
 * Whether a link first present in `first` is part of `scenario`.
 *
 * @param first - the link's first scenario
 * @param scenario - the scenario asked about
 * @returns true when `scenario` is `first` or later
 * @example
 * inScenario('2025', '2030') // true
 */
export function inScenario(first: ScenarioId, scenario: ScenarioId): boolean {
	return SCENARIOS.indexOf(first) <= SCENARIOS.indexOf(scenario);
}

/** What the catalogue says about a ref: the last status claim of its most advanced entry. */
export interface CatalogueStatus {
	ref: string;
	status: ProjectStatus;
	period?: PlanPeriod;
	/** Opening year, or the plan's target year for opening (a scenario input, never shown as a fact). */
	inServiceBy?: number;
	entryId: string;
}

/**
 * Indexes catalogue entries by ref, keeping for each ref the entry furthest towards completion.
 *
 * @param entries - catalogue entries (any subset; entries without status claims are skipped)
 * @returns map from ref to its status
 * @example
 * catalogueStatuses(entries).get('R2')?.status // 'planned'
 */
export function catalogueStatuses(entries: readonly Partial<ProjectEntry>[]): Map<string, CatalogueStatus> {
	const out = new Map<string, CatalogueStatus>();
	for (const e of entries) {
		if (!e.ref || !e.status || e.status.length === 0) continue;
		const status = e.status[e.status.length - 1].status;
		const prev = out.get(e.ref);
		if (prev && STATUS_RANK[prev.status] >= STATUS_RANK[status]) continue;
		const inServiceBy = plannedOpening({ opened: e.opened, targets: e.targets ?? [] });
		out.set(e.ref, { ref: e.ref, status, period: e.period, inServiceBy, entryId: e.id ?? e.ref });
	}
	return out;
}
