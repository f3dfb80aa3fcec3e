/**
 * A project's status and years in words a citizen reads without a glossary: the status of the latest
 * document with that document's year said as a source ("according to the 2026 plan"), never as a date
 * of completion; a target said as a target ("计划2030年前建成（目标）"); a plan period as years; a lapsed,
 * dropped or slipped plan flagged. Pure: reads the catalogue's status rules, no map or UI.
 */
import type { PlanPeriod, ProjectEntry, TargetAim } from '../catalogue/types';
import { DOCUMENT_KINDS, sourceDocument } from '../catalogue/documents';
import { DATA_YEAR, currentClaim, lastNamedIn, statusInYear } from '../catalogue/status';
import { currentTarget } from '../catalogue/targets';
import { planDrift } from '../catalogue/timeline';
import { statusNames } from './catalogue';
import { fill, type Lang } from './index';

/** The parts of a project's status line; `flag` is set when the plan needs a warning. */
export interface PlainStatus {
	/** What the latest document says, with its year as a source: "规划建设（据2026年规划）". */
	status: string;
	/** The target or the plan period in years: "计划2030年前建成（目标）", "plan period 2026–2030". Empty when in service. */
	when: string;
	/** A lapsed, dropped or slipped plan in words, or null. */
	flag: string | null;
	/** Which warning `flag` carries. */
	flagKind: 'lapsed' | 'dropped' | 'slipped' | null;
}

const TARGET: Record<Lang, Record<Exclude<TargetAim, 'figure'>, string>> = {
	zh: {
		'in-service': '计划{year}年前建成（目标）',
		'start-construction': '计划{year}年前开工（目标）',
		'in-plan': '计划{year}年前纳入规划（目标）',
		'carry-out': '计划{year}年前实施（目标）'
	},
	en: {
		'in-service': 'target: open by {year}',
		'start-construction': 'target: start building by {year}',
		'in-plan': 'target: in the official plans by {year}',
		'carry-out': 'target: carried out by {year}'
	}
};

const WORDS = {
	zh: {
		openedIn: '已建成（{year}年建成投用）',
		period: '规划期{from}–{to}年',
		longTerm: '远期规划，未定年份',
		lapsed: '规划期已过：{last}年以后的文件未再提及',
		dropped: '现行规划未再列出（最后见于{last}年文件）',
		slipped: '原定目标已推迟',
		sep: ' · '
	},
	en: {
		openedIn: 'in service since {year}',
		period: 'plan period {from}–{to}',
		longTerm: 'long-term plan, no year set',
		lapsed: 'lapsed: its plan period has passed and no document since {last} names it',
		dropped: 'not in the current plan (last named in {last})',
		slipped: 'an earlier target slipped',
		sep: ' · '
	}
} as const;

/**
 * A plan period as years, with no five-year-plan jargon.
 *
 * @param period - a catalogue plan period
 * @param lang - 'zh' or 'en'
 * @returns e.g. '规划期2026–2030年' / 'plan period 2026–2030'
 * @example
 * periodInYears('2026-2030', 'en'); // 'plan period 2026–2030'
 */
export function periodInYears(period: PlanPeriod, lang: Lang): string {
	if (period === 'long-term') return WORDS[lang].longTerm;
	const [from, to] = period.split('-');
	return fill(WORDS[lang].period, { from, to });
}

/**
 * A document's year said as a source: "据2026年规划" / "according to the 2026 plan".
 *
 * @param file - the cited seed file (decides plan, outlook or report)
 * @param year - the year the document speaks in
 * @param lang - 'zh' or 'en'
 * @returns the phrase; a public reference reads "according to a {year} source"
 * @example
 * accordingTo(SEED_FILES.plan2026, 2026, 'zh'); // '据2026年规划'
 */
export function accordingTo(file: string, year: number, lang: Lang): string {
	const doc = sourceDocument(file);
	if (!doc) return fill(lang === 'zh' ? '据{year}年资料' : 'according to a {year} source', { year });
	return fill(DOCUMENT_KINDS[doc.kind].accordingTo[lang], { year });
}

/**
 * A project's status, target or period, and any warning, in plain words, as of the newest document.
 *
 * @param entry - a catalogue entry
 * @param lang - 'zh' or 'en'
 * @param year - the year to speak for (default: the newest document's year)
 * @returns the parts of the line (see {@link PlainStatus})
 * @example
 * plainStatus(qianjiangJishouHsr, 'zh');
 * // { status: '规划建设（据2026年规划）', when: '计划2030年前建成（目标）', flag: '原定目标已推迟', flagKind: 'slipped' }
 */
export function plainStatus(entry: ProjectEntry, lang: Lang, year: number = DATA_YEAR): PlainStatus {
	const w = WORDS[lang];
	const now = statusInYear(entry, year);
	if (now === 'in-service') {
		const claim = currentClaim(entry);
		const status = entry.opened
			? fill(w.openedIn, { year: entry.opened.year })
			: claim
				? `${statusNames[lang][claim.status]}${bracket(accordingTo(claim.source.file, claim.asOf, lang), lang)}`
				: statusNames[lang]['in-service'];
		return { status, when: '', flag: null, flagKind: null };
	}
	const claim = entry.status.filter((c) => c.asOf <= year).at(-1) ?? currentClaim(entry);
	const status = claim ? `${statusNames[lang][claim.status]}${bracket(accordingTo(claim.source.file, claim.asOf, lang), lang)}` : '';
	const target = currentTarget(entry, year);
	const when = target && target.aim !== 'figure' ? fill(TARGET[lang][target.aim], { year: target.by }) : periodInYears(entry.period, lang);
	const last = lastNamedIn(entry)?.year ?? claim?.asOf ?? year;
	if (now === 'lapsed') return { status, when, flag: fill(w.lapsed, { last }), flagKind: 'lapsed' };
	if (now === 'dropped') return { status, when, flag: fill(w.dropped, { last }), flagKind: 'dropped' };
	if (year === DATA_YEAR && planDrift(entry).drift === 'slipped') return { status, when, flag: w.slipped, flagKind: 'slipped' };
	return { status, when, flag: null, flagKind: null };
}

/**
 * {@link plainStatus} as one line, its parts joined by " · ".
 *
 * @param entry - a catalogue entry
 * @param lang - 'zh' or 'en'
 * @returns e.g. '前期工作（据2026年规划） · 规划期2026–2030年'
 * @example
 * plainStatusLine(entry, 'en'); // 'Planned (according to the 2026 plan) · target: open by 2030'
 */
export function plainStatusLine(entry: ProjectEntry, lang: Lang): string {
	const p = plainStatus(entry, lang);
	return [p.status, p.when, p.flag].filter(Boolean).join(WORDS[lang].sep);
}

function bracket(text: string, lang: Lang): string {
	return lang === 'zh' ? `（${text}）` : ` (${text})`;
}
