/**
 * Measuring the proposer on the catalogue's own documents (leave one out): take one document's citations out
 * of the catalogue, propose from that document's text against what is left, and count how many of the removed
 * citations come back for the right item with the right class (event or target) at the lines cited. Pure: the
 * caller reads the texts.
 */
import type { ProjectEntry, SourceRef } from '../catalogue/types';
import { proposeFromText, type IngestDocument, type IngestKind, type Proposal } from './propose';

/** One citation of the held-out document, as the catalogue records it. */
export interface GoldCitation {
	entry: string;
	type: 'event' | 'target' | 'mention';
	/** Status word or aim. */
	word?: string;
	line: number;
	lineEnd: number;
	quote: string;
}

/** Counts and rates for one document (or all). */
export interface EvalScore {
	/** Events and targets: gold, found with the right class, proposed, proposed and right. */
	gold: number;
	found: number;
	/** Found with the same status word or aim too. */
	foundExact: number;
	proposed: number;
	correct: number;
	recall: number;
	precision: number;
	/** Items named (any citation of an item at a line): gold and found. */
	mentionGold: number;
	mentionFound: number;
	mentionRecall: number;
	/** Events of construction or completion proposed where the catalogue has only an aim (should be 0). */
	aimsAsEvents: number;
}

function overlaps(a: { line: number; lineEnd: number }, b: { line: number; lineEnd: number }): boolean {
	return a.line <= b.lineEnd && b.line <= a.lineEnd;
}

/**
 * The catalogue without one document's citations, and those citations. An alias is a name a document uses: one
 * that only the held-out document uses is dropped too (the proposer must not learn the held-out document's own
 * names), unless `texts` is not given.
 *
 * @param entries - the catalogue
 * @param file - the held-out document's file name
 * @param texts - every document's text by file name (lines, or the whole text), to tell which aliases another
 *   document uses; newspaper columns break names over lines, so lines are searched joined, as check:data does
 * @returns entries (every item kept, its citations of `file` and the aliases only it uses removed) and the gold citations
 * @example
 * holdOut(catalogue, '002_….txt', texts).entries; // no 002 citation, no alias found only in 002
 */
export function holdOut(
	entries: readonly ProjectEntry[],
	file: string,
	texts?: Readonly<Record<string, string | readonly string[]>>
): { entries: ProjectEntry[]; gold: GoldCitation[] } {
	const others = texts
		? Object.entries(texts)
				.filter(([f]) => f !== file)
				.map(([, t]) => (typeof t === 'string' ? t.split(/\r\n|\r|\n/) : t).join(''))
		: null;
	const usedElsewhere = (alias: string) => !others || others.some((t) => t.includes(alias));
	const gold: GoldCitation[] = [];
	const of = (s: SourceRef) => s.file === file;
	const g = (entry: string, type: GoldCitation['type'], s: SourceRef, word?: string) =>
		gold.push({ entry, type, word, line: s.line, lineEnd: s.lineEnd ?? s.line, quote: s.quote });
	const kept = entries.map((e) => {
		for (const c of e.status) if (of(c.source)) g(e.id, 'event', c.source, c.status);
		for (const t of e.targets) if (of(t.source)) g(e.id, 'target', t.source, t.aim);
		for (const s of [...e.stated.map((f) => f.source), ...e.sources]) if (of(s)) g(e.id, 'mention', s);
		return {
			...e,
			status: e.status.filter((c) => !of(c.source)),
			targets: e.targets.filter((t) => !of(t.source)),
			stated: e.stated.filter((f) => !of(f.source)),
			sources: e.sources.filter((s) => !of(s)),
			opened: e.opened && of(e.opened.source) ? undefined : e.opened,
			...(e.aliases ? { aliases: e.aliases.filter(usedElsewhere) } : {})
		};
	});
	return { entries: kept, gold };
}

/**
 * Scores proposals against the gold citations of a document.
 *
 * @param proposals - the proposer's output
 * @param gold - the held-out citations
 * @returns the score
 */
export function score(proposals: readonly Proposal[], gold: readonly GoldCitation[]): EvalScore {
	const classed = gold.filter((c) => c.type !== 'mention');
	// What the planner gets by default: the proposals marked accept (ambiguous ones are said to be so and left out).
	const props = proposals.filter((p) => (p.type === 'event' || p.type === 'target') && p.entry && p.decision === 'accept');
	const word = (p: Proposal) => (p.type === 'event' ? p.status : p.aim);
	const found = classed.filter((c) => props.some((p) => p.entry === c.entry && p.type === c.type && overlaps(p, c))).length;
	const foundExact = classed.filter((c) =>
		props.some((p) => p.entry === c.entry && p.type === c.type && word(p) === c.word && overlaps(p, c))
	).length;
	const correct = props.filter((p) => classed.some((c) => p.entry === c.entry && p.type === c.type && overlaps(p, c))).length;
	const aimsAsEvents = proposals.filter(
		(p) =>
			p.type === 'event' &&
			(p.status === 'in-service' || p.status === 'construction-starting' || p.status === 'under-construction') &&
			!classed.some((c) => c.entry === p.entry && c.type === 'event' && overlaps(p, c)) &&
			classed.some((c) => c.entry === p.entry && c.type === 'target' && overlaps(p, c))
	).length;
	const keys = new Map<string, GoldCitation>();
	for (const c of gold) keys.set(`${c.entry}|${c.line}|${c.lineEnd}`, c);
	const mentionGold = [...keys.values()];
	const mentionFound = mentionGold.filter((c) => proposals.some((p) => p.entry === c.entry && overlaps(p, c))).length;
	return {
		gold: classed.length,
		found,
		foundExact,
		proposed: props.length,
		correct,
		recall: classed.length ? found / classed.length : 1,
		precision: props.length ? correct / props.length : 1,
		mentionGold: mentionGold.length,
		mentionFound,
		mentionRecall: mentionGold.length ? mentionFound / mentionGold.length : 1,
		aimsAsEvents
	};
}

/** A gold citation not proposed back, with what was proposed for its entry near it. */
export interface MissedCitation extends GoldCitation {
	/** Proposals of the same entry in the document, as "type word line" (nothing: the name was not found). */
	proposed: string[];
}

/** A proposal accepted by default that matches no gold citation. */
export interface WrongProposal {
	entry: string;
	line: number;
	lineEnd: number;
	quote: string;
	/** "event planned", "target in-service 2030". */
	what: string;
}

/**
 * The events and targets of a held-out document that were not proposed back, and the accepted proposals that the
 * catalogue does not hold: what `atlas ingest-eval --misses` prints.
 *
 * @param proposals - the proposer's output
 * @param gold - the held-out citations
 * @returns the missed citations (each with the proposals of its entry) and the wrong proposals
 */
export function listMisses(
	proposals: readonly Proposal[],
	gold: readonly GoldCitation[]
): { missed: MissedCitation[]; wrong: WrongProposal[] } {
	const classed = gold.filter((c) => c.type !== 'mention');
	const props = proposals.filter((p) => (p.type === 'event' || p.type === 'target') && p.entry && p.decision === 'accept');
	const what = (p: Proposal) => (p.type === 'event' ? `event ${p.status}` : p.type === 'target' ? `target ${p.aim} ${p.by}` : p.type);
	const missed = classed
		.filter((c) => !props.some((p) => p.entry === c.entry && p.type === c.type && overlaps(p, c)))
		.map((c) => ({
			...c,
			proposed: proposals
				.filter((p) => p.entry === c.entry)
				.map((p) => `${what(p)} ${p.line}${p.lineEnd > p.line ? `-${p.lineEnd}` : ''}${p.decision === 'reject' ? ' (rejected)' : ''}`)
		}));
	const wrong = props
		.filter((p) => !classed.some((c) => p.entry === c.entry && p.type === c.type && overlaps(p, c)))
		.map((p) => ({ entry: p.entry!, line: p.line, lineEnd: p.lineEnd, quote: p.quote, what: what(p) }));
	return { missed, wrong };
}

/** Adds scores up. */
export function sumScores(scores: readonly EvalScore[]): EvalScore {
	const s = (k: keyof EvalScore) => scores.reduce((n, x) => n + (x[k] as number), 0);
	const gold = s('gold');
	const proposed = s('proposed');
	const mentionGold = s('mentionGold');
	return {
		gold,
		found: s('found'),
		foundExact: s('foundExact'),
		proposed,
		correct: s('correct'),
		recall: gold ? s('found') / gold : 1,
		precision: proposed ? s('correct') / proposed : 1,
		mentionGold,
		mentionFound: s('mentionFound'),
		mentionRecall: mentionGold ? s('mentionFound') / mentionGold : 1,
		aimsAsEvents: s('aimsAsEvents')
	};
}

/** A seed document to hold out: its record and text. */
export interface HeldOutDocument {
	file: string;
	title: string;
	kind: IngestKind;
	year: number;
	period: { from: number; to: number };
	/** The record's ranges; when given and `useRecordRanges`, used instead of the proposer's guess. */
	retrospective: [number, number][];
	columns: boolean;
	text: string;
}

/**
 * Leave-one-out over the documents: each held out in turn.
 *
 * @param entries - the catalogue
 * @param docs - the documents with their texts
 * @param options - `useRecordRanges`: give the proposer the records' retrospective ranges instead of its guess;
 *   `texts`: the texts of the catalogue's other documents (taken in after the seeds), by file name, so an alias
 *   that one of them uses is kept
 * @returns a score per file and the proposals made
 */
export function leaveOneOut(
	entries: readonly ProjectEntry[],
	docs: readonly HeldOutDocument[],
	options: { useRecordRanges?: boolean; texts?: Readonly<Record<string, string | readonly string[]>> } = {}
): { file: string; score: EvalScore; proposals: Proposal[]; gold: GoldCitation[] }[] {
	// Every document's text, to keep only the aliases another document uses: the held-out ones and any others given.
	const texts = { ...Object.fromEntries(docs.map((d) => [d.file, d.text])), ...options.texts };
	return docs.map((d) => {
		const { entries: kept, gold } = holdOut(entries, d.file, texts);
		const record: IngestDocument = {
			title: d.title,
			date: String(d.year),
			kind: d.kind,
			year: d.year,
			period: d.period,
			file: d.file,
			...(options.useRecordRanges ? { retrospective: d.retrospective } : {})
		};
		const { proposals } = proposeFromText(d.text, record, kept, { columns: d.columns });
		return { file: d.file, score: score(proposals, gold), proposals, gold };
	});
}

/** A hand label of an unseen text: what a careful reader takes from a line about an item. */
export interface LineLabel {
	line: number;
	entry: string;
	class: 'event' | 'target' | 'mention';
	status?: string;
	aim?: string;
	by?: number;
	/** Other classes the words allow (an ambiguous line). */
	alt?: ('event' | 'target' | 'mention')[];
}

/** How the proposer did on hand-labelled texts. */
export interface LabelScore {
	/** Item mentions labelled, and found (any proposal of the item at the line). */
	mentions: number;
	mentionsFound: number;
	/** Events and targets labelled, and proposed with a class the label allows. */
	classed: number;
	classedRight: number;
	/** Construction or completion events proposed where the reader reads only an aim (must be none). */
	aimsAsEvents: { entry: string; line: number; quote: string }[];
	/** Labels missed or misclassed, for the report. */
	misses: { label: LineLabel; got: string[] }[];
}

const BUILT = new Set(['construction-starting', 'under-construction', 'in-service']);

/**
 * Scores proposals against hand labels.
 *
 * @param proposals - the proposer's output for one text
 * @param labels - the text's labels
 * @returns counts, the aims proposed as events, and the misses
 */
export function scoreLabels(proposals: readonly Proposal[], labels: readonly LineLabel[]): LabelScore {
	const at = (l: LineLabel) => proposals.filter((p) => p.entry === l.entry && p.line <= l.line && l.line <= p.lineEnd);
	const out: LabelScore = { mentions: labels.length, mentionsFound: 0, classed: 0, classedRight: 0, aimsAsEvents: [], misses: [] };
	for (const l of labels) {
		const here = at(l);
		if (here.length > 0) out.mentionsFound++;
		const allowed = [l.class, ...(l.alt ?? [])];
		if (l.class !== 'mention') {
			out.classed++;
			// Right when a proposal has the labelled class, and none has a class the words do not allow.
			const classes = here.filter((p) => p.type === 'event' || p.type === 'target').map((p) => p.type as string);
			const right = classes.includes(l.class) && classes.every((c) => allowed.includes(c as LineLabel['class']));
			if (right) out.classedRight++;
			else
				out.misses.push({
					label: l,
					got: here.map((p) => `${p.type}${p.status ? ` ${p.status}` : ''}${p.aim ? ` ${p.aim} ${p.by}` : ''}`)
				});
		} else if (here.length === 0) out.misses.push({ label: l, got: [] });
		if (!allowed.includes('event'))
			for (const p of here)
				if (p.type === 'event' && p.status && BUILT.has(p.status)) out.aimsAsEvents.push({ entry: l.entry, line: l.line, quote: p.quote });
	}
	return out;
}
