/**
 * Status over time, for the list, the map's year control and the plan timeline.
 *
 * The rule of {@link statusInYear}, applied in order. Only status events move a project; targets
 * (aims with a horizon) never do:
 * 1. In service from its opening year: `opened` (a sourced fact), else the year of an in-service
 *    event, brought back to the end of the plan period it reviews (a review in 2026 saying "completed
 *    in 2021–2025" means in service by 2025).
 * 2. No event as old as the year: 'absent'.
 * 3. The latest document wins and silence is information: when the current plan of the project's
 *    area (the newest document for that area) no longer names it, from that plan's year on it is
 *    'dropped' ("not in the current plan, last named in …").
 * 4. A project whose plan horizon (its period's end or its latest target) has passed, and that no
 *    document newer than the one that last named it speaks of, is 'lapsed'. Projects of the newest
 *    document never lapse: 2035 is an outlook, not a report.
 * 5. Otherwise the latest event no later than the year decides the bucket: under-construction /
 *    construction-starting → 'building'; planned / preliminary → 'planned'; proposed / under-study →
 *    'study'. A planned project stays 'planned' in 2030 and 2035 whatever its target says: the
 *    target is shown beside it ("planned to open by 2030 (target)"), never as completion.
 */
import type { PlanPeriod, PlanTarget, ProjectEntry, ProjectStatus, SourceRef, StatusClaim } from './types';
import { DOCUMENTS, DOCUMENT_KINDS, currentDocument, sourceDocument, type SourceDocument } from './documents';

/** The years of the map's year control. */
export { MAP_YEARS, type MapYear } from './years';
import { MAP_YEARS, type MapYear } from './years';

/** The year of the newest plan (outline or outlook): "now" for judging whether a plan period has lapsed. */
export const DATA_YEAR = dataYear();

/** The year of the newest plan among the registered documents (DATA_YEAR, or more while a preview registers one). */
export function dataYear(): number {
	return Math.max(...DOCUMENTS.filter((d) => DOCUMENT_KINDS[d.kind].plan).map((d) => d.year));
}

/** A project's state in a given year, as the map draws it. */
export type YearStatus = 'in-service' | 'building' | 'planned' | 'study' | 'dropped' | 'lapsed' | 'absent';

const BUCKET: Record<ProjectStatus, 'in-service' | 'building' | 'planned' | 'study'> = {
	proposed: 'study',
	'under-study': 'study',
	preliminary: 'planned',
	planned: 'planned',
	'construction-starting': 'building',
	'under-construction': 'building',
	'in-service': 'in-service'
};

/** How far along each status word is, for ordering. */
export const STATUS_RANK: Record<ProjectStatus, number> = {
	proposed: 0,
	'under-study': 1,
	preliminary: 2,
	planned: 3,
	'construction-starting': 4,
	'under-construction': 5,
	'in-service': 6
};

/** Every status word, furthest from completion first. */
export const PROJECT_STATUSES = Object.keys(STATUS_RANK) as ProjectStatus[];

const PERIOD_END: Record<PlanPeriod, number | null> = {
	'2016-2020': 2020,
	'2021-2025': 2025,
	'2026-2030': 2030,
	'long-term': null
};

/**
 * The entry's latest status event (events are listed oldest source first).
 *
 * @param entry - a catalogue entry
 * @returns the last event, or null when the entry has none
 * @example
 * currentClaim(entry)?.asOf; // 2026
 */
export function currentClaim(entry: ProjectEntry): StatusClaim | null {
	return entry.status.at(-1) ?? null;
}

/**
 * The entry's current status word: that of its latest event.
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
 * @returns a year, or null when no event or opening fact puts it in service
 * @example
 * inServiceFrom(completedReservoir); // 2025 (period 2021-2025, event of 2026)
 */
export function inServiceFrom(entry: ProjectEntry): number | null {
	if (entry.opened) return entry.opened.year;
	const done = entry.status.find((c) => c.status === 'in-service');
	if (!done) return null;
	const periodEnd = PERIOD_END[entry.period];
	return periodEnd === null ? done.asOf : Math.min(periodEnd, done.asOf);
}

/** Every citation an entry makes, events, targets, figures and extra sources alike. */
function allSources(entry: ProjectEntry): SourceRef[] {
	return [
		...entry.status.map((c) => c.source),
		...(entry.targets ?? []).map((t) => t.source),
		...entry.stated.map((f) => f.source),
		...entry.sources
	];
}

/**
 * The newest source document that names the entry.
 *
 * @param entry - a catalogue entry
 * @param options - `plansOnly`: only plan documents (outlines and outlooks), not reports or notices
 * @returns the document record, or null when only public reference cites it
 * @example
 * lastNamedIn(qianjiangFulingFreightRailway)?.year; // 2021
 */
export function lastNamedIn(entry: ProjectEntry, options: { plansOnly?: boolean } = {}): SourceDocument | null {
	let best: SourceDocument | null = null;
	for (const s of allSources(entry)) {
		const doc = sourceDocument(s.file);
		if (!doc || (options.plansOnly && !DOCUMENT_KINDS[doc.kind].plan)) continue;
		if (!best || doc.year > best.year) best = doc;
	}
	return best;
}

/**
 * The year the entry's plan runs out: the end of its period or of its latest target, whichever is
 * later, and never before the end of the period of the plan that last named it.
 *
 * @param entry - a catalogue entry
 * @returns a year, or null for long-term entries without targets
 * @example
 * planHorizon(chongqingGuiyangHsr); // 2027 ("未来5年" from 2022)
 */
export function planHorizon(entry: ProjectEntry): number | null {
	// A plan's period counts; a report or a notice speaks of its own day, not of a period it plans for.
	const years = [
		PERIOD_END[entry.period],
		...(entry.targets ?? []).map((t) => t.by),
		lastNamedIn(entry, { plansOnly: true })?.period.to ?? null
	].filter((y): y is number => y !== null);
	return years.length ? Math.max(...years) : null;
}

/**
 * Whether the current plan of the entry's area no longer names it (rule 3).
 *
 * @param entry - a catalogue entry
 * @returns the current document when the entry is dropped from it, else null
 * @example
 * droppedFrom(tongpingTunnel)?.year; // 2026
 */
export function droppedFrom(entry: ProjectEntry): SourceDocument | null {
	const last = lastNamedIn(entry);
	if (!last) return null;
	const from = inServiceFrom(entry);
	if (from !== null && from <= last.year) return null; // in service: nothing left to plan
	const current = currentDocument(last.area);
	return current.year > last.year ? current : null;
}

/**
 * The entry's state in a year, by the rule in this module's comment.
 *
 * @param entry - a catalogue entry
 * @param year - calendar year (the map uses 2020, 2025, 2030, 2035)
 * @returns 'in-service' | 'building' | 'planned' | 'study' | 'dropped' | 'lapsed' | 'absent'
 * @example
 * statusInYear(qianjiangJishouHsr, 2030); // 'planned' (its target: open by 2030)
 * statusInYear(tongpingTunnel, 2030); // 'dropped' (last named in 2021)
 */
export function statusInYear(entry: ProjectEntry, year: number): YearStatus {
	const from = inServiceFrom(entry);
	if (from !== null && year >= from) return 'in-service';
	const known = entry.status.filter((c) => c.asOf <= year);
	const latest = known.at(-1);
	if (!latest) return 'absent';
	const dropped = droppedFrom(entry);
	if (dropped && year >= dropped.year) return 'dropped';
	const last = lastNamedIn(entry);
	const horizon = planHorizon(entry);
	if (last && horizon !== null && year > horizon && last.year < dataYear()) return 'lapsed';
	return BUCKET[latest.status];
}

/**
 * The entry's state in every year of the map's year control.
 *
 * @param entry - a catalogue entry
 * @returns an object keyed by year
 * @example
 * statusByYear(entry); // { 2020: 'absent', 2025: 'planned', 2030: 'planned', 2035: 'planned' }
 */
export function statusByYear(entry: ProjectEntry): Record<MapYear, YearStatus> {
	return Object.fromEntries(MAP_YEARS.map((year) => [year, statusInYear(entry, year)])) as Record<MapYear, YearStatus>;
}

/**
 * The target that applies to a year: of the targets said by then whose horizon is that year or
 * later, the one said last (a passed horizon is a slipped target, not a plan for that year), when
 * the entry is not in service, dropped or lapsed then.
 *
 * @param entry - a catalogue entry
 * @param year - calendar year
 * @returns the target, or null
 * @example
 * targetInYear(qianjiangJishouHsr, 2030)?.by; // 2030 ("建成投用黔江至吉首高速铁路", 002:244)
 */
export function targetInYear(entry: ProjectEntry, year: number): PlanTarget | null {
	const status = statusInYear(entry, year);
	if (status === 'in-service' || status === 'absent' || status === 'dropped' || status === 'lapsed') return null;
	const open = (entry.targets ?? []).filter((t) => t.source.year <= year && t.by >= year && t.aim !== 'figure');
	if (open.length === 0) return null;
	const newestSaid = Math.max(...open.map((t) => t.source.year));
	const said = open.filter((t) => t.source.year === newestSaid);
	return said.reduce((a, b) => (b.by > a.by ? b : a));
}

/**
 * The year a plan means the project to open: its opening year, or the horizon of the newest
 * in-service target. For "what if the plan is kept" scenarios only, never shown as a fact.
 *
 * @param entry - a catalogue entry
 * @returns a year, or undefined when no source gives one
 * @example
 * plannedOpening(qianjiangJishouHsr); // 2030
 */
export function plannedOpening(entry: Pick<ProjectEntry, 'opened' | 'targets'>): number | undefined {
	if (entry.opened) return entry.opened.year;
	const aims = (entry.targets ?? []).filter((t) => t.aim === 'in-service');
	if (aims.length === 0) return undefined;
	const newest = Math.max(...aims.map((t) => t.source.year));
	return Math.min(...aims.filter((t) => t.source.year === newest).map((t) => t.by));
}
