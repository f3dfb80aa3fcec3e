/**
 * A target judged against the date of the view. An aim with a horizon is printed as current only while its
 * horizon has not passed and nothing newer replaced it; after that it is met (and when), missed (and what the
 * later document says), superseded (by which newer aim) or dropped with its project. Every surface that prints a
 * target (project pages and list, place cards, the map, export and presenter through `targetByYear`, and the CLI)
 * reads it from here.
 */
import type { PlanTarget, ProjectEntry, ProjectStatus, SourceRef } from './types';
import { STATUS_RANK, droppedFrom, inServiceFrom, statusInYear, targetInYear } from './status';

/** What became of a target by the year of the view. */
export type TargetVerdict =
	| { state: 'open'; target: PlanTarget }
	| { state: 'met'; target: PlanTarget; year: number; source: SourceRef }
	| { state: 'missed'; target: PlanTarget; later: { status: ProjectStatus; source: SourceRef } }
	| { state: 'passed'; target: PlanTarget }
	| { state: 'superseded'; target: PlanTarget; by: PlanTarget }
	| { state: 'dropped'; target: PlanTarget; silentIn: number | null };

/** The stage each aim asks for. */
const AIM_STAGE: Record<Exclude<PlanTarget['aim'], 'figure'>, ProjectStatus> = {
	'in-service': 'in-service',
	'start-construction': 'construction-starting',
	'carry-out': 'construction-starting',
	'in-plan': 'planned'
};

/**
 * The target printed as current in a view: of the targets said by then whose horizon is that year or later, the one
 * said last, unless the project is in service, dropped or lapsed then (the rule of `targetInYear`).
 *
 * @param entry - a catalogue entry
 * @param viewYear - the year the view speaks for (the newest document's year for "now")
 * @returns the target, or null when none is current
 * @example
 * currentTarget(chongqingQianjiangHsr, 2026); // null (in service since 2025)
 */
export function currentTarget(entry: ProjectEntry, viewYear: number): PlanTarget | null {
	return targetInYear(entry, viewYear);
}

/**
 * What became of one target by the year of the view.
 *
 * @param entry - a catalogue entry
 * @param target - one of its targets
 * @param viewYear - the year the view speaks for
 * @returns open (horizon not passed), met (with the year and the quote that says so), missed (with what the
 *   latest document by then says), passed (its date went by and no later document speaks), superseded (by a newer
 *   aim of the same kind) or dropped (with its project)
 * @example
 * judgeTarget(r1, r1.targets[0], 2026); // { state: 'met', year: 2025, … }
 */
export function judgeTarget(entry: ProjectEntry, target: PlanTarget, viewYear: number): TargetVerdict {
	if (target.aim !== 'figure') {
		const stage = AIM_STAGE[target.aim];
		const opened = inServiceFrom(entry);
		if (opened !== null && opened <= viewYear && entry.opened) return { state: 'met', target, year: opened, source: entry.opened.source };
		const reached = entry.status.find(
			(c) => c.asOf <= viewYear && c.asOf >= target.source.year && STATUS_RANK[c.status] >= STATUS_RANK[stage]
		);
		if (reached)
			return {
				state: 'met',
				target,
				year: opened !== null && reached.status === 'in-service' ? opened : reached.asOf,
				source: reached.source
			};
	}
	const now = statusInYear(entry, viewYear);
	if (now === 'dropped' || now === 'lapsed') {
		const dropped = droppedFrom(entry);
		return { state: 'dropped', target, silentIn: now === 'dropped' && dropped ? dropped.year : null };
	}
	const newer = (entry.targets ?? []).find(
		(u) => u !== target && u.aim === target.aim && u.source.year > target.source.year && u.source.year <= viewYear && u.by !== target.by
	);
	if (newer) return { state: 'superseded', target, by: newer };
	if (target.by >= viewYear) return { state: 'open', target };
	// Missed only where a later document says where the project stands; a date that passed in silence is just passed.
	const later = entry.status.filter((c) => c.asOf > target.by && c.asOf <= viewYear).at(-1);
	return later ? { state: 'missed', target, later: { status: later.status, source: later.source } } : { state: 'passed', target };
}

/**
 * Every target of an entry said by the year of the view, judged against it, newest said first.
 *
 * @param entry - a catalogue entry
 * @param viewYear - the year the view speaks for
 * @returns one verdict per target
 * @example
 * judgedTargets(r2, 2026).map((v) => v.state); // ['open', 'missed']
 */
export function judgedTargets(entry: ProjectEntry, viewYear: number): TargetVerdict[] {
	return (entry.targets ?? [])
		.filter((t) => t.source.year <= viewYear)
		.sort((a, b) => b.source.year - a.source.year || b.by - a.by)
		.map((t) => judgeTarget(entry, t, viewYear));
}

/**
 * The newest target said by the view's year that is no longer current: what a surface prints beside (never
 * instead of) the status once an aim's date has passed.
 *
 * @param entry - a catalogue entry
 * @param viewYear - the year the view speaks for
 * @returns its verdict (never 'open'), or null
 * @example
 * pastTarget(chongqingQianjiangHsr, 2026)?.state; // 'met'
 */
export function pastTarget(entry: ProjectEntry, viewYear: number): Exclude<TargetVerdict, { state: 'open' }> | null {
	const current = currentTarget(entry, viewYear);
	const past = judgedTargets(entry, viewYear).find((v) => v.target !== current && v.target.aim !== 'figure' && v.state !== 'open');
	return (past as Exclude<TargetVerdict, { state: 'open' }> | undefined) ?? null;
}
