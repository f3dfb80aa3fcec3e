/**
 * How each plan moved between the documents: a project's timeline of status events (solid marks),
 * targets (hollow marks at their horizon) and opening, and a plan-drift class. Pure: no map or UI.
 */
import type { PlanTarget, ProjectEntry, ProjectStatus, SourceRef, StatedFact, TargetAim } from './types';
import { STATUS_RANK, dataYear, droppedFrom, inServiceFrom, lastNamedIn, planHorizon } from './status';
import { DOCUMENTS, isRetrospective, sourceDocument } from './documents';

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
	if (target.aim === 'in-plan')
		return entry.status.some((c) => c.asOf > target.source.year && STATUS_RANK[c.status] >= STATUS_RANK.planned);
	return true; // figures are judged by their own numbers, not here
}

/** Why a plan got its drift class: the rule that decided, in a word. */
export type DriftReason =
	| 'dropped'
	| 'lapsed'
	| 'target-missed'
	| 'target-pushed-back'
	| 'figure-missed'
	| 'figure-cut'
	| 'stage-advanced'
	| 'opened'
	| 'restated'
	| 'said-once';

/** A figure target compared with what a later document gives for the same measure. */
export interface FigureSlip {
	target: StatedFact;
	/** The later figure: a report of what was reached (missed) or a lower target (cut). */
	later: StatedFact;
	how: 'missed' | 'cut';
}

/** The plan-drift class of a project with the two dated quotes it rests on. */
export interface PlanDrift {
	drift: Drift;
	reason: DriftReason;
	/** The earlier quote: what was said or aimed for first. */
	before: SourceRef;
	/** The later quote that shows the move; null when the move is a silence (dropped, lapsed) or nothing was said again. */
	after: SourceRef | null;
	/** For a silence: the newest document of the area, which no longer names the project (dropped), else null. */
	silentIn: { file: string; year: number } | null;
	/** The date targets that slipped (missed or pushed back). */
	slipped: PlanTarget[];
	/** The figure targets that slipped. */
	figures: FigureSlip[];
}

/**
 * The stage a quote's own words state, or null when they state none ("推进…", "加快…", "谋划推动…建设" are
 * intentions, not a stage). Words, in order from furthest along: 建成/通车/开通/投用/投运 (in service),
 * 在建 (under construction), 开工/新开工 (construction starts), 前期工作 (preliminary), 纳入…规划/规划建设 (in a
 * plan), 研究论证/方案研究/研究 (under study).
 *
 * @param quote - the quoted words
 * @returns the stage the words state
 * @example
 * statedStage('推进跑道延长工程前期工作'); // 'preliminary'
 * statedStage('谋划推动广垫忠黔铁路建设'); // null
 */
export function statedStage(quote: string): ProjectStatus | null {
	// Aims are not stages: "力争…开工" states no start.
	if (/力争|争取|计划|有望|目标|确保|未来5年/u.test(quote)) return null;
	if (/建成|通车|开通|投用|投运/u.test(quote)) return 'in-service';
	if (/在建/u.test(quote)) return 'under-construction';
	if (/新开工|开工/u.test(quote)) return 'construction-starting';
	if (/前期工作/u.test(quote)) return 'preliminary';
	if (/纳入.*规划|规划建设/u.test(quote)) return 'planned';
	if (/研究论证|方案研究|研究/u.test(quote)) return 'under-study';
	return null;
}

/**
 * The targets an entry's documents set, written and implied: its own targets, and for each planning claim of a
 * five-year outlook (an outlook speaks only of what is to be done in its period) an aim to carry it out by the
 * period's end. The same words in the same outlook thus set the same aim for every project.
 *
 * @param entry - a catalogue entry
 * @returns targets, oldest said first
 * @example
 * entryTargets(zhoubaiAirLogisticsPark); // [{ aim: 'carry-out', by: 2025, source: 000:134 … }]
 */
export function entryTargets(entry: ProjectEntry): PlanTarget[] {
	const own = entry.targets ?? [];
	const implied: PlanTarget[] = [];
	for (const c of entry.status) {
		const doc = sourceDocument(c.source.file);
		if (!doc || doc.kind !== 'outlook' || isRetrospective(c.source)) continue;
		if (STATUS_RANK[c.status] < STATUS_RANK.planned) continue; // a study or a proposal aims at nothing built
		if (own.some((t) => t.source.file === c.source.file && t.aim !== 'figure')) continue;
		implied.push({ aim: 'carry-out', by: doc.period.to, source: c.source });
	}
	return [...own, ...implied].sort((a, b) => a.source.year - b.source.year || a.by - b.by);
}

/** The figure targets an entry states, each compared with the later figures of the same unit. */
function figureSlips(entry: ProjectEntry): FigureSlip[] {
	const out: FigureSlip[] = [];
	const figures = entry.stated.filter((f) => typeof f.amount === 'number' && f.unit);
	for (const target of figures.filter((f) => f.key === 'target')) {
		const later = figures.filter((f) => f !== target && f.unit === target.unit && f.source.year > target.source.year);
		const reached = later.find((f) => f.key !== 'target' && f.amount! < target.amount!);
		if (reached) {
			out.push({ target, later: reached, how: 'missed' });
			continue;
		}
		const cut = later.find((f) => f.key === 'target' && f.amount! < target.amount!);
		if (cut) out.push({ target, later: cut, how: 'cut' });
	}
	return out;
}

/** Every quote of an entry, oldest first. */
function quotesOf(entry: ProjectEntry): SourceRef[] {
	const all = [
		...entry.status.map((c) => c.source),
		...(entry.targets ?? []).map((t) => t.source),
		...entry.stated.map((f) => f.source),
		...entry.sources
	];
	if (entry.opened) all.push(entry.opened.source);
	return all.sort((a, b) => a.year - b.year || a.line - b.line);
}

/**
 * The plan-drift class of a project as of the newest document, with the two dated quotes that explain it:
 * - dropped: the current plan of its area no longer names it (before: the last quote; silentIn: that plan);
 * - lapsed: its plan horizon has passed and no newer document names it (before: the last quote);
 * - slipped: a date target's horizon passed while a later document still names the project short of the aim
 *   (before: the aim; after: the later quote), or a later target moved the year back, or a stated figure target
 *   was missed by the figure a later document reports, or cut by a later, lower target (before: the target
 *   figure; after: the later figure);
 * - advanced: a later quote's own words state a further stage than the earlier one's (see {@link statedStage}),
 *   or the project opened;
 * - unchanged: otherwise (before: the first quote; after: the newest, when a later document says it again).
 * Targets include those an outlook's planning words imply ({@link entryTargets}), so the same words get the same class.
 *
 * @param entry - a catalogue entry
 * @returns the class, its reason, the two quotes and what slipped
 * @example
 * planDrift(qianjiangJishouHsr).drift; // 'slipped' (start by 2025, said in 2021; still planned in 2026)
 */
export function planDrift(entry: ProjectEntry): PlanDrift {
	const quotes = quotesOf(entry);
	const first = entry.status[0]?.source ?? quotes[0];
	const newest = quotes.at(-1) ?? first;
	const none = { slipped: [] as PlanTarget[], figures: [] as FigureSlip[], silentIn: null };
	const last = lastNamedIn(entry);
	const lastQuote = last ? ([...quotes].reverse().find((q) => q.file === last.file) ?? newest) : newest;
	const dropped = droppedFrom(entry);
	if (dropped)
		return {
			...none,
			drift: 'dropped',
			reason: 'dropped',
			before: lastQuote,
			after: null,
			silentIn: { file: dropped.file, year: dropped.year }
		};
	const horizon = planHorizon(entry);
	const opened = inServiceFrom(entry);
	const now = dataYear();
	const inService = opened !== null && opened <= now;
	if (!inService && last && horizon !== null && horizon < now && last.year < now)
		return { ...none, drift: 'lapsed', reason: 'lapsed', before: lastQuote, after: null };

	const targets = entryTargets(entry);
	const laterClaim = (after: number) => entry.status.find((c) => c.asOf > after);
	const pushed: { t: PlanTarget; by: PlanTarget }[] = [];
	const missed: { t: PlanTarget; later: SourceRef }[] = [];
	for (const t of targets) {
		if (t.aim === 'figure') continue;
		const u = targets.find((v) => v.aim === t.aim && v.source.year > t.source.year && v.by > t.by);
		if (u) {
			pushed.push({ t, by: u });
			continue;
		}
		const later = laterClaim(t.by);
		if (later && !targetMet(entry, t)) missed.push({ t, later: later.source });
	}
	const figures = figureSlips(entry);
	const slipped = [...missed.map((m) => m.t), ...pushed.map((p) => p.t)];
	// A figure is the plainest evidence: compared first.
	if (figures.length > 0) {
		const f = figures[0];
		return {
			...none,
			slipped,
			figures,
			drift: 'slipped',
			reason: f.how === 'missed' ? 'figure-missed' : 'figure-cut',
			before: f.target.source,
			after: f.later.source
		};
	}
	if (missed.length > 0)
		return { ...none, slipped, figures, drift: 'slipped', reason: 'target-missed', before: missed[0].t.source, after: missed[0].later };
	if (pushed.length > 0)
		return {
			...none,
			slipped,
			figures,
			drift: 'slipped',
			reason: 'target-pushed-back',
			before: pushed[0].t.source,
			after: pushed[0].by.source
		};
	if (inService && entry.status.length > 0 && entry.status[0].status !== 'in-service') {
		const done = entry.opened?.source ?? entry.status.find((c) => c.status === 'in-service')?.source ?? newest;
		return { ...none, drift: 'advanced', reason: 'opened', before: entry.status[0].source, after: done };
	}
	// Advanced only where the later words themselves state a further stage than the earlier claim.
	for (let i = 0; i < entry.status.length; i++)
		for (let j = i + 1; j < entry.status.length; j++) {
			const a = entry.status[i];
			const b = entry.status[j];
			if (b.asOf <= a.asOf) continue;
			const stage = statedStage(b.source.quote);
			const earlier = statedStage(a.source.quote) ?? a.status;
			if (stage && STATUS_RANK[stage] > STATUS_RANK[earlier])
				return { ...none, drift: 'advanced', reason: 'stage-advanced', before: a.source, after: b.source };
		}
	const again = entry.status.find((c) => c.asOf > (entry.status[0]?.asOf ?? Infinity));
	return {
		...none,
		drift: 'unchanged',
		reason: again ? 'restated' : 'said-once',
		before: first,
		after: again ? (entry.status.at(-1)?.source ?? null) : null
	};
}
