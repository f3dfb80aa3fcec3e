/**
 * Status over time, for the list (current status) and the map's year control.
 *
 * The rule of {@link statusInYear}, applied in order; nothing beyond the entries' own data is assumed:
 * 1. In service: `inServiceBy` is set and the year is not earlier; or the latest claim is
 *    `in-service` and `inServiceBy` is missing, in which case the project counts as in service from
 *    the last year of its plan `period` (a review saying "completed in 2021–2025" means by 2025), or
 *    from the claim's own year if that is earlier. A stated target year (`inServiceBy: 2030`) counts:
 *    the map of 2030 shows the plan's intended network.
 * 2. Otherwise the latest claim whose source year is not after the year decides the bucket:
 *    under-construction / construction-starting → 'building'; planned / preliminary → 'planned';
 *    proposed / under-study → 'study'; in-service → 'in-service'.
 * 3. Otherwise (every source is later than the year) the project is 'absent' from that year's map.
 * A status never advances past what a claim or target says: a planned project stays 'planned' in
 * 2035 unless a document gives a year for it.
 */
import type { PlanPeriod, ProjectEntry, ProjectStatus, StatusClaim } from './types';

/** The years of the map's year control. */
export const MAP_YEARS = [2020, 2025, 2030, 2035] as const;
export type MapYear = (typeof MAP_YEARS)[number];

/** A project's state in a given year, as the map draws it. */
export type YearStatus = 'in-service' | 'building' | 'planned' | 'study' | 'absent';

const BUCKET: Record<ProjectStatus, Exclude<YearStatus, 'absent'>> = {
	proposed: 'study',
	'under-study': 'study',
	preliminary: 'planned',
	planned: 'planned',
	'construction-starting': 'building',
	'under-construction': 'building',
	'in-service': 'in-service'
};

const PERIOD_END: Record<PlanPeriod, number | null> = {
	'2016-2020': 2020,
	'2021-2025': 2025,
	'2026-2030': 2030,
	'long-term': null
};

/**
 * The entry's latest status claim (claims are listed oldest source first).
 *
 * @param entry - a catalogue entry
 * @returns the last claim, or null when the entry has none
 * @example
 * currentClaim(entry)?.asOf; // 2026
 */
export function currentClaim(entry: ProjectEntry): StatusClaim | null {
	return entry.status.at(-1) ?? null;
}

/**
 * The entry's current status: that of its latest claim.
 *
 * @param entry - a catalogue entry
 * @returns the status word of the latest source
 * @example
 * currentStatus(qianjiangJishouHsr); // 'planned'
 */
export function currentStatus(entry: ProjectEntry): ProjectStatus {
	const latest = currentClaim(entry);
	if (!latest) throw new Error(`${entry.id}: no status claim`);
	return latest.status;
}

/**
 * The first year the entry counts as in service, by rule 1 of this module.
 *
 * @param entry - a catalogue entry
 * @returns a year, or null when no claim or target puts it in service
 * @example
 * inServiceFrom(completedReservoir); // 2025 (period 2021-2025, claim of 2026)
 */
export function inServiceFrom(entry: ProjectEntry): number | null {
	if (entry.inServiceBy !== undefined) return entry.inServiceBy;
	const latest = currentClaim(entry);
	if (!latest || latest.status !== 'in-service') return null;
	const periodEnd = PERIOD_END[entry.period];
	return periodEnd === null ? latest.asOf : Math.min(periodEnd, latest.asOf);
}

/**
 * The entry's state in a year of the map's year control, by the rule in this module's comment.
 *
 * @param entry - a catalogue entry
 * @param year - calendar year (the map uses 2020, 2025, 2030, 2035)
 * @returns 'in-service' | 'building' | 'planned' | 'study' | 'absent'
 * @example
 * statusInYear(qianjiangJishouHsr, 2025); // 'planned'
 * statusInYear(qianjiangJishouHsr, 2030); // 'in-service' (target year 2030)
 */
export function statusInYear(entry: ProjectEntry, year: number): YearStatus {
	const from = inServiceFrom(entry);
	if (from !== null && year >= from) return 'in-service';
	const known = entry.status.filter((c) => c.asOf <= year);
	const latest = known.at(-1);
	return latest ? BUCKET[latest.status] : 'absent';
}

/**
 * The entry's state in every year of the map's year control.
 *
 * @param entry - a catalogue entry
 * @returns an object keyed by year
 * @example
 * statusByYear(entry); // { 2020: 'absent', 2025: 'planned', 2030: 'in-service', 2035: 'in-service' }
 */
export function statusByYear(entry: ProjectEntry): Record<MapYear, YearStatus> {
	return Object.fromEntries(MAP_YEARS.map((year) => [year, statusInYear(entry, year)])) as Record<MapYear, YearStatus>;
}
