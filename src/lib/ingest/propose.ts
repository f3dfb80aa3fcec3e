/**
 * Reading a new document against the catalogue: every item it names, what it says of each (an event, a
 * target, or only a mention), the figures it states, the works it names that the catalogue lacks, and what
 * would change on the map and the timeline if the planner accepts them. Pure: the caller reads the file.
 */
import type { PlanTarget, ProjectEntry, ProjectKind, ProjectStatus, StatusClaim, TargetAim } from '../catalogue/types';
import { statusByYear, inServiceFrom, type MapYear, type YearStatus } from '../catalogue/status';
import { planDrift, type Drift } from '../catalogue/timeline';
import { withDocuments, type SourceDocument } from '../catalogue/documents';
import { splitText, type Sentence, type SplitText, type TextSpan } from './text';
import { buildLexicon, findMentions, withRefs, type Lexicon, type Mention } from './mentions';
import { aimCue, aimMarker, BUILT_STATUSES, eventYearOf, forwardCue, horizonOf, labelCue, planCue, reportCue } from './classify';
import { findFigures, type FoundFigure } from './figures';
import { nameSpans } from './candidates';

/** What kind of text a document is (the catalogue's kinds and the two a new document often is). */
export type IngestKind = 'notice' | 'work-report' | 'newspaper-feature' | 'plan-outline' | 'outlook';
export const INGEST_KINDS: readonly IngestKind[] = ['notice', 'work-report', 'newspaper-feature', 'plan-outline', 'outlook'];

/** The record of the document being taken in, as the planner gives it (retrospective ranges are guessed when absent). */
export interface IngestDocument {
	title: string;
	/** The title in English for the record (default: the Chinese title). */
	titleEn?: string;
	issuer?: string;
	/** The issuer in English for the record (default: the Chinese issuer). */
	issuerEn?: string;
	/** YYYY-MM or YYYY-MM-DD. */
	date: string;
	kind: IngestKind;
	/** Year it speaks in (of the date). */
	year: number;
	/** Years it reports or plans for. */
	period: { from: number; to: number };
	/** Line ranges (inclusive) that report what happened; guessed from the kind and headings when absent. */
	retrospective?: [number, number][];
	/** The file name the citations will carry (default "new"). */
	file?: string;
	/** The area whose plans it speaks for (default qianjiang). */
	area?: 'qianjiang' | 'qijiang';
}

/** One proposal of the review. */
export interface Proposal {
	/** p1, p2 … in text order. */
	id: string;
	type: 'event' | 'target' | 'mention' | 'figure' | 'new-item';
	/** Catalogue id and inventory code (absent for a new item). */
	entry?: string;
	ref?: string;
	/** The item's name (the catalogue's, or the words of a new item). */
	name: string;
	line: number;
	lineEnd: number;
	/** The words quoted, exactly as in the lines (joined without separators). */
	quote: string;
	/** The words that decided the class (开工建设, 力争, 前期工作 …). */
	cue?: string;
	/** Event: the catalogue's status word and the year of the report. */
	status?: ProjectStatus;
	year?: number;
	/** Target: aim and horizon. */
	aim?: TargetAim;
	by?: number;
	/** Figure. */
	figure?: Omit<FoundFigure, 'at'>;
	/** New item: the guessed kind. */
	kind?: ProjectKind;
	/** Why the words do not settle it, when they do not. */
	ambiguous?: string;
	/** A note for the planner. */
	note?: string;
	decision: 'accept' | 'reject';
	/** Map and timeline before and after, for events and targets of catalogue items. */
	change?: { before: ChangeState; after: ChangeState };
}

/** An entry's state on the map's years and its drift class. */
export interface ChangeState {
	byYear: Record<MapYear, YearStatus>;
	drift: Drift;
}

/** What {@link proposeFromText} returns. */
export interface IngestResult {
	document: IngestDocument & { retrospective: [number, number][]; columns: boolean; lines: number };
	proposals: Proposal[];
	/** Catalogue ids mentioned, in text order. */
	mentioned: string[];
}

/** The status words that a plan naming an item may carry without any report. */
const PLANNING: readonly ProjectStatus[] = ['proposed', 'under-study', 'preliminary', 'planned'];
const HEADING_BREAK = /^(第[一二三四五六七八九十百\d]+[章节篇部分]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|专栏)/;
const RETRO_HEADING = /发展基础|回顾|发展成就|取得成就|过去五年|过去5年|工作总结|主要成绩|一年来|五年来/;
const PLAN_HEADING = /工作安排|主要任务|总体要求|目标任务|重点工作|工作建议|今后五年|今后5年|未来五年|未来5年|发展目标|指导思想|主要目标/;

function isHeading(line: string): boolean {
	const t = line.trim();
	return t.length > 0 && [...t].length <= 32 && !/[，。；]/.test(t.replace(/[。：]$/, ''));
}

/**
 * The line ranges of a document that report what happened, guessed from its kind and headings: a notice or a
 * news feature reports throughout; an outlook reports nothing; a work report reports until its plan part
 * (工作安排, 主要任务 …); a plan outline reports only in sections headed 发展基础, 回顾 ….
 *
 * @param lines - the document's lines
 * @param kind - the document's kind
 * @returns inclusive line ranges
 * @example
 * guessRetrospective(['一、2024年工作回顾', '渝厦高铁建成通车。', '二、2025年工作安排', '开工建设黔吉高铁。'], 'work-report'); // [[1, 2]]
 */
export function guessRetrospective(lines: readonly string[], kind: IngestKind): [number, number][] {
	const n = lines.length;
	if (n === 0 || kind === 'outlook') return [];
	if (kind === 'notice' || kind === 'newspaper-feature') return [[1, n]];
	if (kind === 'work-report') {
		const plan = lines.findIndex((l, i) => i > 0 && isHeading(l) && PLAN_HEADING.test(l));
		return plan < 0 ? [[1, n]] : [[1, plan]];
	}
	const out: [number, number][] = [];
	let start = -1;
	lines.forEach((l, i) => {
		if (!isHeading(l)) return;
		if (start >= 0 && (HEADING_BREAK.test(l.trim()) || PLAN_HEADING.test(l)) && !RETRO_HEADING.test(l)) {
			out.push([start + 1, i]);
			start = -1;
		}
		if (start < 0 && RETRO_HEADING.test(l)) start = i;
	});
	if (start >= 0) out.push([start + 1, n]);
	return out;
}

/**
 * Which lines lie in a plan's box of projects (专栏N … up to the next chapter or section heading): a box's own
 * verb ("规划建设渔滩水库、…") is where the catalogue cites a plan's status.
 */
function boxLines(lines: readonly string[]): boolean[] {
	const out: boolean[] = [false];
	let box = false;
	for (const l of lines) {
		const t = l.trim();
		if (/^专栏\s*\d+/.test(t)) box = true;
		else if (/^第[一二三四五六七八九十百\d]+[章节]/.test(t)) box = false;
		out.push(box);
	}
	return out;
}

/** Line ranges sorted, with ranges that overlap or touch joined. */
function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
	const out: [number, number][] = [];
	for (const [a, b] of [...ranges].sort((x, y) => x[0] - y[0])) {
		const last = out[out.length - 1];
		if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
		else out.push([a, b]);
	}
	return out;
}

function inRanges(ranges: readonly [number, number][], line: number, lineEnd: number): boolean {
	return ranges.some(([a, b]) => line >= a && lineEnd <= b);
}

const TRIM = /^[\s，。；：、,.;:“”"‘’（）()]+|[\s，。；：、,.;:“”"‘’（）()]+$/g;

/** The words of a clause worth quoting: around the mention and the cue, at most ~60 characters. */
function quoteSpan(
	sentence: Sentence,
	clause: TextSpan,
	p: SplitText['paragraphs'][number],
	parts: { start: number; end: number }[]
): TextSpan {
	let start = clause.start;
	let end = clause.start + clause.text.length;
	const raw = p.text.slice(start, end);
	const lead = raw.length - raw.replace(/^[\s，。；：、,.;:]+/, '').length;
	const tail = raw.length - raw.replace(/[\s，。；：、,.;:]+$/, '').length;
	start += lead;
	end -= tail;
	if (end - start > 60 && parts.length) {
		start = Math.max(start, Math.min(...parts.map((x) => x.start)));
		end = Math.min(end, Math.max(...parts.map((x) => x.end)));
	}
	void sentence;
	return { text: p.text.slice(start, end), start, line: p.lineAt[start], lineEnd: p.lineAt[end - 1] };
}

/** Options of {@link proposeFromText}. */
export interface ProposeOptions {
	/** A lexicon built once for many runs (from the same entries). */
	lexicon?: Lexicon;
	/** Force column joining on or off. */
	columns?: boolean;
}

interface Finding {
	proposal: Proposal;
	/** Rank for keeping one planning event per item: report > specific planning word > generic > label > none. */
	rank: number;
	order: number;
}

/**
 * Proposes what a document adds to the catalogue.
 *
 * @param text - the document's text
 * @param doc - its record (title, date, kind, year, period; retrospective ranges guessed when absent)
 * @param entries - the catalogue to read it against
 * @param options - see {@link ProposeOptions}
 * @returns the proposals in text order, each with its line and quoted words
 * @example
 * proposeFromText('渝厦高铁重庆至黔江段正式开通运营。', { title: '通知', date: '2025-06-27', kind: 'notice', year: 2025, period: { from: 2025, to: 2025 } }, catalogue)
 *   .proposals[0]; // { type: 'event', entry: 'chongqing-qianjiang-hsr', status: 'in-service', year: 2025, … }
 */
export function proposeFromText(
	text: string,
	doc: IngestDocument,
	entries: readonly ProjectEntry[],
	options: ProposeOptions = {}
): IngestResult {
	const split = splitText(text, { columns: options.columns });
	const lexicon = options.lexicon ?? withRefs(buildLexicon(entries), entries);
	const guessed = doc.retrospective ?? guessRetrospective(split.lines, doc.kind);
	/** Single lines of a plan that report work under way (在建): added to the guessed report lines. */
	const reportLines: [number, number][] = [];
	const retrospective = guessed;
	const byId = new Map(entries.map((e) => [e.id, e]));
	const outlook = doc.kind === 'outlook';
	const planText = doc.kind === 'plan-outline' || doc.kind === 'outlook' || doc.kind === 'work-report';
	const fallback = planText ? Math.max(doc.period.to, doc.year) : doc.year;
	const findings: Finding[] = [];
	const mentioned: string[] = [];
	const seenMention = new Set<string>();
	const candidates = new Map<string, Proposal>();
	let order = 0;
	let label: { status?: ProjectStatus; aim?: TargetAim; words: string } | null = null;
	let lastSingle: { id: string; paragraph: number } | null = null;
	let labelParagraph = -1;

	const push = (proposal: Omit<Proposal, 'id' | 'decision'> & { decision?: Proposal['decision'] }, rank = 0) => {
		findings.push({ proposal: { id: '', decision: 'reject', ...proposal } as Proposal, rank, order: order++ });
	};

	const inBox = boxLines(split.lines);
	for (const [si, sentence] of split.sentences.entries()) {
		const p = split.paragraphs[sentence.paragraph];
		if (sentence.paragraph !== labelParagraph) label = null;
		const bare = sentence.text.replace(TRIM, '');
		if ([...bare].length <= 8) {
			const cue = labelCue(bare);
			if (cue) {
				label = { ...cue, words: bare };
				labelParagraph = sentence.paragraph;
				continue;
			}
		}
		let mentions = findMentions(sentence.text, lexicon);
		// "项目全长83.18公里，…预计2020年建成通车": a sentence that speaks of "the project" speaks of the one item named just before.
		const anaphor = /^[\s“”]*(该|本|此|这一?|其)?(项目|工程|线路|水库|高速|铁路|隧道)(?![\p{Script=Han}]{0,2}[部经])/u.exec(sentence.text);
		if (mentions.length === 0 && anaphor && lastSingle && lastSingle.paragraph === sentence.paragraph) {
			mentions = [
				{
					entryIds: [lastSingle.id],
					words: anaphor[0].trim(),
					form: anaphor[0].trim(),
					start: anaphor.index + anaphor[0].length - anaphor[0].trimStart().length,
					end: anaphor.index + anaphor[0].length,
					via: 'other'
				}
			];
		}
		const single = [...new Set(mentions.filter((m) => m.entryIds.length === 1).map((m) => m.entryIds[0]))];
		lastSingle = single.length === 1 ? { id: single[0], paragraph: sentence.paragraph } : mentions.length ? null : lastSingle;
		const retroSentence = inRanges(retrospective, sentence.line, sentence.lineEnd);
		// A list item with no verb of its own ("实施69公里…联网路项目，35公里乡村旅游路、资源路、产业路项目") takes the
		// verb of the clause before it that has one; an item of a list begins with its name or its amount.
		const listVerb = (ci: number) => {
			const c = sentence.clauses[ci];
			const bareClause = c.text.replace(TRIM, '');
			const first = clauseMentions[ci][0];
			const opensWithItem = first && first.start - (c.start - sentence.start) <= 1;
			if (!(opensWithItem || /^\d/.test(bareClause)) || aimMarker(c.text)) return null;
			for (let cj = ci - 1; cj >= 0; cj--) {
				const cue = planCue(sentence.clauses[cj].text);
				if (cue) return cue;
			}
			return null;
		};
		// A box's item heading that is only the item's name ("农村供水提升工程。实施…") takes the verb of the sentence after it.
		const headingVerb = () => {
			const next = split.sentences[si + 1];
			const only = mentions.length === 1 && [...bare].length <= [...mentions[0].words].length + 2;
			if (!only || !next || next.paragraph !== sentence.paragraph || aimMarker(next.clauses[0]?.text ?? '')) return null;
			return planCue(next.clauses[0]?.text ?? '');
		};
		// Clauses that carry an aim on for the items before them: "…前期工作，力争“十四五”期间开工建设".
		const clauseOf = (m: Mention) =>
			sentence.clauses.findIndex((c) => m.start >= c.start - sentence.start && m.start < c.start - sentence.start + c.text.length);
		const clauseMentions = sentence.clauses.map((_, ci) => mentions.filter((m) => clauseOf(m) === ci));
		let markerBefore: string | null = null;
		sentence.clauses.forEach((clause, ci) => {
			const marker = aimMarker(clause.text);
			const ms = clauseMentions[ci];
			// A clause that opens with an item is a new subject: an aim said before it does not reach it.
			if (ms.length > 0 && ms[0].start - (clause.start - sentence.start) <= 1) markerBefore = null;
			const scopeMarker = marker ?? markerBefore;
			for (const m of ms) {
				const abs = { start: sentence.start + m.start, end: sentence.start + m.end };
				if (m.entryIds.length > 1) {
					const q = quoteSpan(sentence, clause, p, [abs]);
					push({
						type: 'mention',
						name: m.words,
						line: q.line,
						lineEnd: q.lineEnd,
						quote: q.text,
						ambiguous: `the name ${m.form} is shared by ${m.entryIds.join(', ')}`
					});
					continue;
				}
				const id = m.entryIds[0];
				const entry = byId.get(id);
				if (!entry) continue;
				if (!seenMention.has(id)) {
					seenMention.add(id);
					mentioned.push(id);
				}
				// The words around this mention up to the next mention of the same clause decide.
				const others = ms.filter((o) => o !== m);
				const own = clause.text;
				const base = { entry: id, ref: entry.ref, name: entry.name.zh };
				const q = (cue?: string) => {
					const parts = [abs];
					let span: TextSpan = clause;
					if (cue) {
						const at = p.text.indexOf(cue, clause.start);
						if (at >= 0 && at < sentence.start + sentence.text.length) {
							parts.push({ start: at, end: at + cue.length });
							// A cue in a later clause: quote from this clause to the end of that one.
							const last = sentence.clauses.find((c) => at >= c.start && at < c.start + c.text.length) ?? clause;
							if (last.start > clause.start) span = { ...clause, text: p.text.slice(clause.start, last.start + last.text.length) };
						}
					}
					return quoteSpan(sentence, span, p, parts);
				};
				const alreadyInService = (() => {
					const from = inServiceFrom(entry);
					return from !== null && from < doc.year;
				})();
				const report = retroSentence && !scopeMarker && !/即将/.test(own);
				const isReportWord = !scopeMarker && /已|正式|顺利|首发/.test(own);
				let produced = false;
				// Only part of the item (渝怀铁路二线涪陵至中嘴段), or the existing work of an extension (城北水库 for 城北水库（扩建）).
				const after = sentence.text.slice(m.end, m.end + 14);
				const section = /^[（(]?([\p{Script=Han}]{2,8}至[\p{Script=Han}]{2,8}段)/u.exec(after);
				const partOnly =
					section && !entry.name.zh.includes(section[1]) && !/至[\p{Script=Han}]+段/u.test(entry.name.zh)
						? `only a section (${section[1]}) is reported, not the whole of ${entry.name.zh}`
						: /扩建|二期|改扩建|改造/.test(entry.name.zh) && !/扩建|二期|改造/.test(m.form)
							? `the words name the existing ${m.form}, the entry is its ${entry.name.zh.replace(m.form, '').replace(/[（）()]/g, '') || 'extension'}`
							: undefined;
				// "衔接在建利咸高速": 在建 said of an item is a report of work under way, wherever it stands in a plan; its line
				// becomes a report line of the record (as the catalogue records it), so the event can be accepted.
				const building = !retroSentence && !scopeMarker && sentence.text.slice(Math.max(0, m.start - 2), m.start) === '在建';
				if (building && !alreadyInService) {
					const quote = q('在建');
					const at = p.text.indexOf('在建', Math.max(0, sentence.start + m.start - 2));
					const wide = at >= 0 ? { start: at, end: sentence.start + m.end } : { start: quote.start, end: quote.start + quote.text.length };
					const span = { text: p.text.slice(wide.start, wide.end), line: p.lineAt[wide.start], lineEnd: p.lineAt[wide.end - 1] };
					push(
						{
							...base,
							type: 'event',
							status: 'under-construction',
							year: doc.year,
							cue: '在建',
							line: span.line,
							lineEnd: span.lineEnd,
							quote: span.text,
							note: 'named as under construction (在建): a report of work under way; its line is added to the report lines',
							decision: 'accept'
						},
						5
					);
					if (!doc.retrospective) reportLines.push([span.line, span.lineEnd]);
					produced = true;
				}
				if (report || isReportWord) {
					let cue = reportCue(own);
					// "…罗家堡水库工程，自2017开工建设以来…": the report may follow in the clauses after, up to another item or an aim.
					for (let cj = ci + 1; !cue && cj < sentence.clauses.length; cj++) {
						if (clauseMentions[cj].length > 0 || aimMarker(sentence.clauses[cj].text)) break;
						cue = reportCue(sentence.clauses[cj].text);
					}
					if (cue && !(alreadyInService && cue.status !== 'in-service')) {
						const quote = q(cue.words);
						push(
							{
								...base,
								type: 'event',
								status: cue.status,
								year: eventYearOf(own, doc.year),
								cue: cue.words,
								line: quote.line,
								lineEnd: quote.lineEnd,
								quote: quote.text,
								ambiguous: partOnly,
								decision: partOnly ? 'reject' : 'accept'
							},
							5
						);
						produced = true;
					} else if (!cue && !alreadyInService) {
						// A report's own plans ("推动无水港建设", "打造航空产业园"): a planning status, never a report of work.
						const plan = forwardCue(own);
						if (plan) {
							const quote = q(plan.words);
							push(
								{
									...base,
									type: 'event',
									status: plan.status,
									year: doc.year,
									cue: plan.words,
									line: quote.line,
									lineEnd: quote.lineEnd,
									quote: quote.text,
									note: 'a plan in a report: a planning status, not a report of work',
									decision: 'accept'
								},
								plan.specific ? 3 : 2
							);
							produced = true;
						}
					}
				} else {
					// An aim or a plan: construction and completion are targets; planning words are planning statuses.
					if (retroSentence && /即将(开通|通车|建成|投用|投运)/.test(own)) {
						const quote = q('即将');
						push(
							{
								...base,
								type: 'event',
								status: 'under-construction',
								year: doc.year,
								cue: '即将',
								line: quote.line,
								lineEnd: quote.lineEnd,
								quote: quote.text,
								note: 'about to open: a report that it is still being built; the opening itself is a target',
								decision: 'accept'
							},
							5
						);
						const by = horizonOf(sentence.text, doc.year, doc.year);
						push({
							...base,
							type: 'target',
							aim: 'in-service',
							by,
							cue: '即将',
							line: quote.line,
							lineEnd: quote.lineEnd,
							quote: quote.text,
							decision: 'accept'
						});
						produced = true;
					} else {
						const plan = planCue(own) ?? listVerb(ci) ?? headingVerb();
						const aim = aimCue(own, outlook);
						const fromLabel = !plan?.specific && label ? label : null;
						const status = fromLabel?.status ?? plan?.status ?? (planText && label ? 'planned' : undefined);
						if (status && PLANNING.includes(status) && (!retroSentence || forwardCue(own)) && !alreadyInService) {
							const cueWords = fromLabel ? fromLabel.words : plan?.words;
							const quote = q(fromLabel ? undefined : cueWords);
							push(
								{
									...base,
									type: 'event',
									status,
									year: doc.year,
									cue: cueWords,
									line: quote.line,
									lineEnd: quote.lineEnd,
									quote: quote.text,
									note: 'a plan naming the item: a planning status, not a report of work',
									decision: 'accept'
								},
								(fromLabel ? 1 : plan?.specific ? 3 : 2) + (!fromLabel && plan && inBox[sentence.line] ? 2 : 0)
							);
							produced = true;
						}
						// "争取…纳入规划" is the status 'proposed' itself, not a further aim.
						const aimWhat = status === 'proposed' && aim?.aim === 'in-plan' ? undefined : (aim?.aim ?? fromLabel?.aim);
						if (aimWhat && !alreadyInService && (planText || scopeMarker)) {
							const by = horizonOf(sentence.text, doc.year, fallback);
							const quote = q(aim?.words);
							const hedge =
								scopeMarker && /有望|预计|拟/.test(scopeMarker)
									? `"${scopeMarker}" is a hope or an expectation, not a decision`
									: undefined;
							push({
								...base,
								type: 'target',
								aim: aimWhat,
								by,
								cue: scopeMarker ? `${scopeMarker}…${aim?.words ?? label?.words ?? ''}` : (aim?.words ?? label?.words),
								line: quote.line,
								lineEnd: quote.lineEnd,
								quote: quote.text,
								ambiguous: hedge,
								decision: hedge ? 'reject' : 'accept'
							});
							produced = true;
						} else if (aimWhat && retroSentence && scopeMarker && !alreadyInService) {
							const by = horizonOf(sentence.text, doc.year, doc.year);
							const quote = q(aim?.words);
							push({
								...base,
								type: 'target',
								aim: aimWhat,
								by,
								cue: `${scopeMarker}…${aim?.words}`,
								line: quote.line,
								lineEnd: quote.lineEnd,
								quote: quote.text,
								decision: 'accept'
							});
							produced = true;
						}
					}
				}
				// Aims said in the clauses after, with no item of their own: they speak of the items before them.
				for (let cj = ci + 1; cj < sentence.clauses.length; cj++) {
					if (clauseMentions[cj].length > 0) break;
					const c = sentence.clauses[cj];
					const mk = aimMarker(c.text);
					const aim = aimCue(c.text, false);
					if (!mk || !aim || alreadyInService) continue;
					const by = horizonOf(sentence.text.slice(c.start - sentence.start), doc.year, retroSentence ? doc.year : fallback);
					const quote = quoteSpan(sentence, c, p, []);
					const hedge = /有望|预计|拟/.test(mk)
						? `"${mk}" is a hope or an expectation, not a decision; it may not speak of this item`
						: partOnly;
					push({
						...base,
						type: 'target',
						aim: aim.aim,
						by,
						cue: `${mk}…${aim.words}`,
						line: quote.line,
						lineEnd: quote.lineEnd,
						quote: quote.text,
						ambiguous: hedge,
						decision: hedge ? 'reject' : 'accept'
					});
					produced = true;
				}
				void others;
				const mq = q();
				push({
					...base,
					type: 'mention',
					line: mq.line,
					lineEnd: mq.lineEnd,
					quote: mq.text,
					note: produced ? undefined : 'named without a status or an aim'
				});
			}
			if (marker) markerBefore = marker;
		});
		// Figures: each to the nearest item named before it in the sentence.
		const figures = findFigures(sentence.text);
		for (const f of figures) {
			const owner =
				[...mentions].reverse().find((m) => m.start <= f.at && m.entryIds.length === 1) ??
				(mentions.length === 1 && mentions[0].entryIds.length === 1 ? mentions[0] : undefined);
			if (!owner) continue;
			const entry = byId.get(owner.entryIds[0]);
			if (!entry) continue;
			const startAbs = sentence.start + Math.min(owner.start, f.at);
			const endAbs = sentence.start + Math.max(owner.end, f.at + f.value.length);
			const span =
				endAbs - startAbs <= 90
					? { start: startAbs, end: endAbs }
					: { start: sentence.start + f.at, end: sentence.start + f.at + f.value.length };
			const known = entry.stated.some((s) => s.key === f.key && s.value === f.value);
			const { at: _at, ...figure } = f;
			void _at;
			push({
				entry: entry.id,
				ref: entry.ref,
				name: entry.name.zh,
				type: 'figure',
				figure,
				line: p.lineAt[span.start],
				lineEnd: p.lineAt[span.end - 1],
				quote: p.text.slice(span.start, span.end),
				note: known ? 'the catalogue already states this figure' : undefined,
				decision: known ? 'reject' : 'accept'
			});
		}
		// Works the catalogue lacks.
		for (const span of nameSpans(sentence.text)) {
			if (mentions.some((m) => span.start < m.end && m.start < span.end)) continue;
			if (lexicon.byForm.has(span.name) || candidates.has(span.name) || lexicon.forms.some((f) => f.form.includes(span.name))) continue;
			const clause =
				sentence.clauses.find((c) => span.start >= c.start - sentence.start && span.start < c.start - sentence.start + c.text.length) ??
				sentence.clauses[0];
			const abs = { start: sentence.start + span.start, end: sentence.start + span.end };
			const qq = quoteSpan(sentence, clause, p, [abs]);
			const marker = aimMarker(sentence.text);
			const report = inRanges(retrospective, sentence.line, sentence.lineEnd) && !marker;
			const cue = report ? reportCue(clause.text) : planCue(clause.text);
			const aim = report ? null : aimCue(clause.text, outlook);
			const proposal: Omit<Proposal, 'id' | 'decision'> = {
				type: 'new-item',
				name: span.name,
				kind: span.kind,
				line: qq.line,
				lineEnd: qq.lineEnd,
				quote: qq.text,
				status: cue?.status ?? 'planned',
				year: doc.year,
				cue: cue?.words,
				note: 'a work the catalogue lacks: check the name and the kind, then accept'
			};
			if (aim && (planText || marker)) {
				proposal.aim = aim.aim;
				proposal.by = horizonOf(sentence.text, doc.year, fallback);
			}
			if (proposal.status && BUILT_STATUSES.includes(proposal.status) && !report) proposal.status = 'planned';
			candidates.set(span.name, { id: '', decision: 'reject', ...proposal } as Proposal);
		}
	}

	// One planning or report event per item and status, the best-placed; one target per item, aim and horizon.
	const keep: Proposal[] = [];
	const bestEvent = new Map<string, Finding>();
	for (const f of findings) {
		if (f.proposal.type !== 'event') continue;
		const key = `${f.proposal.entry}`;
		// Reports are kept at each line that makes them (a news item says it in its title and again in its text).
		const reportKey =
			BUILT_STATUSES.includes(f.proposal.status!) || f.rank >= 5 ? `${key}|${f.proposal.status}|report|${f.proposal.line}` : key;
		const cur = bestEvent.get(reportKey);
		// Planning words: the most specific, the last said (a plan's own list after its prose); reports: the first.
		if (!cur || f.rank > cur.rank || (f.rank === cur.rank && f.rank < 4)) bestEvent.set(reportKey, f);
	}
	const chosen = new Set([...bestEvent.values()]);
	const targetSeen = new Set<string>();
	const mentionSeen = new Set<string>();
	for (const f of findings.sort((a, b) => a.order - b.order)) {
		const pr = f.proposal;
		if (pr.type === 'event' && chosen.has(f)) keep.push(pr);
		else if (pr.type === 'target') {
			const k = `${pr.entry}|${pr.aim}|${pr.by}`;
			if (targetSeen.has(k)) continue;
			targetSeen.add(k);
			keep.push(pr);
		} else if (pr.type === 'mention' || pr.type === 'event') {
			const k = `${pr.entry ?? pr.name}|${pr.line}`;
			if (mentionSeen.has(k)) continue;
			mentionSeen.add(k);
			if (pr.type === 'mention') keep.push(pr);
			else {
				const at = [...chosen].find((c) => c.proposal.entry === pr.entry)?.proposal.line;
				keep.push({
					...pr,
					type: 'mention',
					status: undefined,
					year: undefined,
					cue: undefined,
					note: `also named here (${pr.cue ?? ''}); its status is proposed once, at line ${at}`,
					decision: 'reject'
				});
			}
		} else keep.push(pr);
	}
	// A mention at a line that already carries an event or a target of the same item adds nothing.
	const covered = new Set(keep.filter((p) => p.type === 'event' || p.type === 'target').map((p) => `${p.entry}|${p.line}`));
	const proposals = keep.filter((p) => p.type !== 'mention' || !covered.has(`${p.entry}|${p.line}`) || p.entry === undefined);
	proposals.push(...[...candidates.values()].sort((a, b) => a.line - b.line));
	const file = doc.file ?? 'new';
	const finalRanges = mergeRanges([...retrospective, ...reportLines]);
	const record = previewRecord({ ...doc, retrospective: finalRanges }, file);
	proposals.forEach((p, i) => {
		p.id = `p${i + 1}`;
		if ((p.type === 'event' || p.type === 'target') && p.entry) {
			const entry = byId.get(p.entry);
			if (entry) p.change = previewChange(entry, [p], record);
		}
	});
	return { document: { ...doc, retrospective: finalRanges, columns: split.columns, lines: split.lines.length }, proposals, mentioned };
}

/**
 * The entry with accepted proposals added, on a copy: new status events (in source-year order), targets and figures.
 *
 * @param entry - the catalogue entry
 * @param proposals - events, targets and figures of this entry
 * @param file - the file name the new citations carry
 * @param year - the year the new document speaks in
 * @returns a new entry; the argument is not changed
 */
export function applyToEntry(entry: ProjectEntry, proposals: readonly Proposal[], file: string, year: number): ProjectEntry {
	const copy: ProjectEntry = structuredClone(entry);
	for (const p of proposals) {
		const source = { file, line: p.line, ...(p.lineEnd > p.line ? { lineEnd: p.lineEnd } : {}), quote: p.quote, year };
		if (p.type === 'event' && p.status) {
			const claim: StatusClaim = { status: p.status, asOf: year, source };
			const at = copy.status.findIndex((c) => c.asOf > year);
			if (at < 0) copy.status.push(claim);
			else copy.status.splice(at, 0, claim);
			if (p.status === 'in-service' && !copy.opened && p.year !== undefined) copy.opened = { year: p.year, source };
		} else if (p.type === 'target' && p.aim && p.by !== undefined) {
			const target: PlanTarget = { aim: p.aim, by: p.by, source };
			copy.targets.push(target);
		} else if (p.type === 'figure' && p.figure) {
			copy.stated.push({
				key: p.figure.key,
				label: p.figure.label,
				value: p.figure.value,
				amount: p.figure.amount,
				unit: p.figure.unit,
				source
			});
		}
	}
	return copy;
}

/**
 * The record the new document would get, for previews: the status rules read a document's kind, year, area,
 * period and report lines from its record.
 *
 * @param doc - the document as the planner gave it
 * @param file - the file name its citations carry
 * @returns a document record
 */
export function previewRecord(doc: IngestDocument, file: string): SourceDocument {
	const title = { zh: doc.title, en: doc.titleEn ?? doc.title };
	return {
		id: 'new',
		file,
		title,
		short: title,
		issuer: { zh: doc.issuer ?? '', en: doc.issuerEn ?? doc.issuer ?? '' },
		year: doc.year,
		published: doc.date,
		date: { zh: doc.date, en: doc.date },
		kind: doc.kind,
		area: doc.area ?? 'qianjiang',
		period: doc.period,
		retrospective: doc.retrospective ?? [],
		columns: false,
		note: { zh: '', en: '' }
	};
}

/**
 * What accepting proposals would change: the entry's state on the map's years and its drift class, before and after,
 * with the new document registered as it would be once merged (so a newer word, a newer plan or a notice counts as
 * it will in the app).
 *
 * @param entry - the catalogue entry
 * @param proposals - its proposals
 * @param record - the new document's record (see previewRecord)
 * @returns before and after
 */
export function previewChange(
	entry: ProjectEntry,
	proposals: readonly Proposal[],
	record: SourceDocument
): { before: ChangeState; after: ChangeState } {
	const after = applyToEntry(entry, proposals, record.file, record.year);
	return {
		before: { byYear: statusByYear(entry), drift: planDrift(entry).drift },
		after: withDocuments([record], () => ({ byYear: statusByYear(after), drift: planDrift(after).drift }))
	};
}
