/**
 * How each plan moved between the documents: a project's timeline of status events (solid marks),
 * targets (hollow marks at their horizon) and opening, and a plan-drift class. Pure: no map or UI.
 */
import type { PlanTarget, ProjectEntry, ProjectStatus, SourceRef, TargetAim } from './types';
import { DATA_YEAR, STATUS_RANK, droppedFrom, inServiceFrom, lastNamedIn, planHorizon } from './status';
import { DOCUMENTS } from './documents';

/** One mark of a project's timeline. */
export type TimelineMark =
	| { type: 'event'; year: number; status: ProjectStatus; source: SourceRef }
	| { type: 'target'; year: number; saidIn: number; aim: TargetAim; source: SourceRef }
	| { type: 'opened'; year: number; source: SourceRef };

/** How a plan moved across the documents, as of the newest one. */
export type Drift = 'advanced' | 'unchanged' | 'slipped' | 'lapsed' | 'dropped';

export const DRIFTS: readonly Drift[] = ['advanced', 'unchanged', 'slipped', 'lapsed', 'dropped'];

/** Years the documents speak in, oldest first: the ticks of a timeline. */
export const DOCUMENT_YEARS: readonly number[] = [...new Set(DOCUMENTS.map((d) => d.year))].sort((a, b) => a - b);

/**
 * The marks of a project's timeline, in year order (events before targets in the same year).
 *
 * @param entry - a catalogue entry
 * @returns events, targets (at their horizon) and the opening, each with its source
 * @example
 * timelineMarks(qianjiangJishouHsr).map((m) => `${m.type} ${m.year}`);
 * // ['event 2021', 'event 2025', 'target 2025', 'event 2026', 'target 2030']
 */
export function timelineMarks(entry: ProjectEntry): TimelineMark[] {
	const marks: TimelineMark[] = [
		...entry.status.map((c): TimelineMark => ({ type: 'event', year: c.asOf, status: c.status, source: c.source })),
		...entry.targets.map((t): TimelineMark => ({ type: 'target', year: t.by, saidIn: t.source.year, aim: t.aim, source: t.source }))
	];
	if (entry.opened) marks.push({ type: 'opened', year: entry.opened.year, source: entry.opened.source });
	const order = { opened: 0, event: 1, target: 2 } as const;
	return marks.sort((a, b) => a.year - b.year || order[a.type] - order[b.type]);
}

/** Whether the event a target aims at had happened by its horizon. */
function targetMet(entry: ProjectEntry, target: PlanTarget): boolean {
	const opened = inServiceFrom(entry);
	if (target.aim === 'in-service') return opened !== null && opened <= target.by;
	if (target.aim === 'start-construction' || target.aim === 'carry-out') {
		if (opened !== null && opened <= target.by) return true;
		// A report of construction within a year of the horizon counts (documents speak in spring).
		return entry.status.some((c) => STATUS_RANK[c.status] >= STATUS_RANK['construction-starting'] && c.asOf <= target.by + 1);
	}
	if (target.aim === 'in-plan') return entry.status.some((c) => c.asOf > target.source.year && STATUS_RANK[c.status] >= STATUS_RANK.planned);
	return true; // figures are judged by their own numbers, not here
}

/**
 * The plan-drift class of a project as of the newest document, with the reason in words:
 * - dropped: the current plan of its area no longer names it;
 * - lapsed: its plan horizon has passed and no newer document names it;
 * - slipped: a target's horizon passed, a later document still names the project, and what was
 *   aimed for had not happened (or a later target moved the year back);
 * - advanced: a later event is further along than the first;
 * - unchanged: otherwise.
 *
 * @param entry - a catalogue entry
 * @returns the class and the targets that slipped
 * @example
 * planDrift(qianjiangJishouHsr).drift; // 'slipped' (start by 2025, said in 2021; still planned in 2026)
 */
export function planDrift(entry: ProjectEntry): { drift: Drift; slipped: PlanTarget[] } {
	const last = lastNamedIn(entry);
	if (droppedFrom(entry)) return { drift: 'dropped', slipped: [] };
	const horizon = planHorizon(entry);
	const opened = inServiceFrom(entry);
	const inService = opened !== null && opened <= DATA_YEAR;
	if (!inService && last && horizon !== null && horizon < DATA_YEAR && last.year < DATA_YEAR) return { drift: 'lapsed', slipped: [] };
	const slipped = entry.targets.filter((t) => {
		if (t.aim === 'figure') return false;
		const spokenAfter = last !== null && last.year > t.by;
		const pushedBack = entry.targets.some((u) => u.aim === t.aim && u.source.year > t.source.year && u.by > t.by);
		return (spokenAfter && !targetMet(entry, t)) || pushedBack;
	});
	if (slipped.length > 0) return { drift: 'slipped', slipped };
	const ranks = entry.status.map((c) => STATUS_RANK[c.status]);
	if (ranks.length > 1 && Math.max(...ranks.slice(1)) > ranks[0]) return { drift: 'advanced', slipped: [] };
	if (inService && entry.status.length > 0 && entry.status[0].status !== 'in-service') return { drift: 'advanced', slipped: [] };
	return { drift: 'unchanged', slipped: [] };
}
