/**
 * The review file a planner edits between `atlas ingest` and `atlas ingest --apply`: the document's record and
 * every proposal with `decision: accept | reject` and its fields, as YAML with comments that say what each one
 * is. Reading it back checks every field and reports a mistake with its line. Pure: text in, text out.
 */
import { Document, LineCounter, isMap, isSeq, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { ProjectKind, ProjectStatus, TargetAim } from '../catalogue/types';
import { PROJECT_KINDS } from '../catalogue/kinds';
import { PROJECT_STATUSES } from '../catalogue/status';
import { INGEST_KINDS, type IngestKind, type IngestResult, type Proposal } from './propose';

const STATUSES: readonly ProjectStatus[] = PROJECT_STATUSES;
const AIMS: readonly TargetAim[] = ['start-construction', 'in-service', 'in-plan', 'carry-out', 'figure'];
const KINDS: readonly ProjectKind[] = PROJECT_KINDS;
const TYPES = ['event', 'target', 'mention', 'figure', 'new-item'] as const;

/** The document's record as the review holds it (what data/documents.yaml will get). */
export interface ReviewDocument {
	title: { zh: string; en: string };
	short: { zh: string; en: string };
	issuer: { zh: string; en: string };
	published: string;
	year: number;
	kind: IngestKind;
	area: 'qianjiang' | 'qijiang';
	period: { from: number; to: number };
	retrospective: [number, number][];
	columns: boolean;
}

/** One proposal as read back from the review. */
export interface ReviewedProposal {
	id: string;
	decision: 'accept' | 'reject';
	type: Proposal['type'];
	entry?: string;
	status?: ProjectStatus;
	year?: number;
	aim?: TargetAim;
	by?: number;
	line: number;
	lineEnd: number;
	quote: string;
	figure?: { key: string; label: { zh: string; en: string }; value: string; amount?: number; unit?: string };
	/** New item fields. */
	newId?: string;
	ref?: string;
	name?: { zh: string; en: string };
	kind?: ProjectKind;
	period?: string;
	geometry?: Record<string, unknown>;
	/** Line of the proposal in the review file, and of each field. */
	at: number;
	fieldAt: Record<string, number>;
}

export interface Review {
	source: string;
	sha256: string;
	document: ReviewDocument;
	proposals: ReviewedProposal[];
	/** Line of each document field in the review file. */
	documentAt: Record<string, number>;
}

/** A mistake in a review file: its line and what is wrong. */
export interface ReviewProblem {
	line: number;
	message: string;
}

/** A citation of the new document as the review writes it: `12 quoted words` or `12-13 words over two lines`. */
export function formatReviewCite(p: { line: number; lineEnd: number; quote: string }): string {
	return `${p.line}${p.lineEnd > p.line ? `-${p.lineEnd}` : ''} ${p.quote}`;
}

function describeChange(p: Proposal): string | null {
	if (!p.change) return null;
	const { before, after } = p.change;
	const years = Object.keys(after.byYear) as unknown as (keyof typeof after.byYear)[];
	const moved = years.filter((y) => before.byYear[y] !== after.byYear[y]).map((y) => `${y} ${before.byYear[y]}→${after.byYear[y]}`);
	const drift = before.drift === after.drift ? `drift stays ${after.drift}` : `drift ${before.drift}→${after.drift}`;
	return `if accepted: ${moved.length ? `map ${moved.join(', ')}` : 'map unchanged'}; ${drift}`;
}

/**
 * Writes the review file of an ingest.
 *
 * @param result - what proposeFromText returned
 * @param meta - the text's path relative to the review file, its sha256, the record's fields the CLI was given,
 *   and the catalogue's refs by id (to write each proposal's item in words)
 * @returns YAML text
 */
export function writeReview(
	result: IngestResult,
	meta: {
		source: string;
		sha256: string;
		issuer?: string;
		/** The issuer in English (default: the document's issuerEn, else the issuer as given). */
		issuerEn?: string;
		area: 'qianjiang' | 'qijiang';
		names: Map<string, string>;
		nextRefs: Map<ProjectKind, string>;
		slug?: (zh: string) => string;
	}
): string {
	const d = result.document;
	const refs = new Map(meta.nextRefs);
	const takeRef = (kind: ProjectKind) => {
		const r = refs.get(kind) ?? '';
		const m = /^([A-Z]+)(\d+)$/.exec(r);
		if (m) for (const [k, v] of refs) if (v === r) refs.set(k, `${m[1]}${Number(m[2]) + 1}`);
		return r;
	};
	const doc = new Document({
		source: meta.source,
		sha256: meta.sha256,
		document: {
			title: { zh: d.title, en: d.titleEn ?? d.title },
			short: { zh: `《${d.title}》`, en: d.titleEn ?? d.title },
			issuer: { zh: meta.issuer ?? '（未注明）', en: meta.issuerEn ?? d.issuerEn ?? meta.issuer ?? '(not stated)' },
			published: d.date,
			year: d.year,
			kind: d.kind,
			area: meta.area,
			period: d.period,
			retrospective: d.retrospective,
			columns: d.columns
		},
		proposals: result.proposals.map((p) => {
			const o: Record<string, unknown> = { id: p.id, decision: p.decision, type: p.type };
			if (p.entry) o.entry = p.entry;
			if (p.type === 'event') Object.assign(o, { status: p.status, year: p.year });
			if (p.type === 'target') Object.assign(o, { aim: p.aim, by: p.by });
			if (p.type === 'figure' && p.figure)
				o.figure = {
					key: p.figure.key,
					label: p.figure.label,
					value: p.figure.value,
					...(p.figure.amount !== undefined ? { amount: p.figure.amount } : {}),
					...(p.figure.unit ? { unit: p.figure.unit } : {})
				};
			if (p.type === 'new-item') {
				Object.assign(o, {
					new_id: meta.slug ? meta.slug(p.name) : '',
					ref: takeRef(p.kind!),
					name: { zh: p.name, en: p.name },
					kind: p.kind,
					status: p.status,
					...(p.aim ? { aim: p.aim, by: p.by } : {}),
					period: periodOf(p.by ?? d.year),
					geometry: { method: 'unlocated', note: { zh: '位置未定：文件未给出。', en: 'Not located: the document gives no position.' } }
				});
			}
			o.cite = formatReviewCite(p);
			return o;
		})
	});
	doc.commentBefore = [
		` Review of ${meta.source} for the Wuling Atlas: ${result.proposals.length} proposals.`,
		' Set each decision to accept or reject and correct any field (status words, aims, years, the quoted words),',
		' then merge the accepted ones into data/ with:',
		`   npm run atlas -- ingest --apply <this file>`,
		' A cite is "<line>[-<last line>] <the exact words of those lines>" of the new document.',
		' status: proposed | under-study | preliminary | planned | construction-starting | under-construction | in-service',
		'   (construction and completion only where the document reports them, within document.retrospective)',
		' aim: start-construction | in-service | in-plan | carry-out | figure; by: the year of the horizon.',
		' document.retrospective: the line ranges that report what happened (guessed from the kind and headings: check them).',
		' A new item needs new_id (a-z, 0-9 and -), ref, name and kind; geometry stays unlocated unless you give one.'
	].join('\n');
	const seq = doc.get('proposals', true);
	if (isSeq(seq)) {
		seq.items.forEach((item, i) => {
			const p = result.proposals[i];
			const words = [
				p.entry ? `${p.ref} ${meta.names.get(p.entry) ?? p.name}` : `new: ${p.name}`,
				p.cue ? `cue: ${p.cue}` : null,
				p.ambiguous ? `AMBIGUOUS: ${p.ambiguous}` : null,
				p.note ?? null,
				describeChange(p)
			].filter(Boolean);
			(item as Node).commentBefore = ` ${words.join(' | ')}`;
		});
	}
	const docMap = doc.get('document', true) as YAMLMap | undefined;
	if (docMap && isMap(docMap)) {
		for (const k of ['title', 'short', 'issuer', 'period', 'retrospective']) {
			const n = docMap.get(k, true) as (Node & { flow?: boolean }) | undefined;
			if (n) n.flow = true;
		}
	}
	if (isSeq(seq))
		for (const item of seq.items) {
			const f = isMap(item) ? (item.get('figure', true) as YAMLMap | undefined) : undefined;
			const l = f && isMap(f) ? (f.get('label', true) as (Node & { flow?: boolean }) | undefined) : undefined;
			if (l) l.flow = true;
			for (const k of ['name', 'geometry']) {
				const n = isMap(item) ? (item.get(k, true) as (Node & { flow?: boolean }) | undefined) : undefined;
				if (n) n.flow = true;
			}
		}
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function periodOf(year: number): string {
	if (year <= 2020) return '2016-2020';
	if (year <= 2025) return '2021-2025';
	if (year <= 2030) return '2026-2030';
	return 'long-term';
}

const CITE = /^(\d+)(?:-(\d+))? (\S.*)$/;

/**
 * Reads a review file back, checking every field a planner may have changed.
 *
 * @param text - the review file's text
 * @returns the review, or the mistakes with their lines
 * @example
 * readReview('source: a.txt\nsha256: …\ndocument: …\nproposals: []\n');
 */
export function readReview(text: string): { review: Review | null; problems: ReviewProblem[] } {
	const lc = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
	const problems: ReviewProblem[] = [];
	const lineOf = (n: Node | null | undefined) => (n?.range ? lc.linePos(n.range[0]).line : 1);
	if (doc.errors.length) {
		for (const e of doc.errors)
			problems.push({ line: e.linePos?.[0]?.line ?? lc.linePos(e.pos[0]).line, message: `not valid YAML: ${e.message.split('\n')[0]}` });
		return { review: null, problems };
	}
	const root = doc.contents;
	if (!isMap(root))
		return { review: null, problems: [{ line: 1, message: 'a review file is a mapping with source, sha256, document and proposals' }] };
	const field = (map: YAMLMap, key: string) => map.get(key, true) as Node | undefined;
	const need = (map: YAMLMap, key: string, where: string): unknown => {
		const n = field(map, key);
		if (n === undefined) problems.push({ line: lineOf(map), message: `${where}: \`${key}\` is missing` });
		return n === undefined ? undefined : (n as Node & { toJSON(): unknown }).toJSON();
	};
	const source = need(root, 'source', 'the review');
	const sha256 = need(root, 'sha256', 'the review');
	const dnode = field(root, 'document');
	const documentAt: Record<string, number> = {};
	let document: ReviewDocument | null = null;
	if (!isMap(dnode))
		problems.push({
			line: lineOf(root),
			message: '`document` must be the document record (title, issuer, published, year, kind, area, period, retrospective)'
		});
	else {
		for (const it of dnode.items) documentAt[String((it.key as { value?: unknown }).value)] = lineOf(it.key as Node);
		const d = dnode.toJSON() as Record<string, unknown>;
		const at = (k: string) => documentAt[k] ?? lineOf(dnode);
		const bil = (k: string) => {
			const v = d[k] as { zh?: unknown; en?: unknown } | undefined;
			if (!v || typeof v.zh !== 'string' || !v.zh.trim() || typeof v.en !== 'string' || !v.en.trim())
				problems.push({ line: at(k), message: `document.${k} needs {zh: …, en: …}, both filled in` });
		};
		for (const k of ['title', 'short', 'issuer']) bil(k);
		if (typeof d.published !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(d.published))
			problems.push({ line: at('published'), message: 'document.published must be a date YYYY-MM or YYYY-MM-DD' });
		if (!Number.isInteger(d.year) || (d.year as number) < 1990 || (d.year as number) > 2100)
			problems.push({ line: at('year'), message: 'document.year must be a year such as 2025' });
		if (!INGEST_KINDS.includes(d.kind as IngestKind))
			problems.push({ line: at('kind'), message: `document.kind must be one of ${INGEST_KINDS.join(', ')}` });
		if (d.area !== 'qianjiang' && d.area !== 'qijiang')
			problems.push({ line: at('area'), message: 'document.area must be qianjiang or qijiang' });
		const per = d.period as { from?: unknown; to?: unknown } | undefined;
		if (!per || !Number.isInteger(per.from) || !Number.isInteger(per.to) || (per.from as number) > (per.to as number))
			problems.push({ line: at('period'), message: 'document.period must be {from: YEAR, to: YEAR} with from ≤ to' });
		const retro = d.retrospective;
		if (
			!Array.isArray(retro) ||
			!retro.every((r) => Array.isArray(r) && r.length === 2 && r.every((x) => Number.isInteger(x) && x >= 1) && r[0] <= r[1])
		)
			problems.push({
				line: at('retrospective'),
				message: 'document.retrospective must be a list of [first line, last line] ranges, e.g. [[1, 20]]'
			});
		if (typeof d.columns !== 'boolean') problems.push({ line: at('columns'), message: 'document.columns must be true or false' });
		document = d as unknown as ReviewDocument;
	}
	const pnode = field(root, 'proposals');
	const proposals: ReviewedProposal[] = [];
	if (!isSeq(pnode)) problems.push({ line: lineOf(root), message: '`proposals` must be a list' });
	else {
		const ids = new Set<string>();
		for (const item of pnode.items) {
			if (!isMap(item)) {
				problems.push({ line: lineOf(item as Node), message: 'each proposal is a mapping (id, decision, type, …)' });
				continue;
			}
			const fieldAt: Record<string, number> = {};
			for (const it of item.items)
				fieldAt[String((it.key as { value?: unknown }).value)] = lineOf(it.value as Node) || lineOf(it.key as Node);
			const at = (k: string) => fieldAt[k] ?? lineOf(item);
			const o = item.toJSON() as Record<string, unknown>;
			const id = String(o.id ?? '');
			if (!id) problems.push({ line: lineOf(item), message: 'a proposal has no id' });
			else if (ids.has(id)) problems.push({ line: at('id'), message: `proposal id ${id} is used twice` });
			ids.add(id);
			if (o.decision !== 'accept' && o.decision !== 'reject')
				problems.push({ line: at('decision'), message: `${id}: decision must be accept or reject, not "${String(o.decision)}"` });
			if (!TYPES.includes(o.type as (typeof TYPES)[number]))
				problems.push({ line: at('type'), message: `${id}: type must be one of ${TYPES.join(', ')}` });
			const m = typeof o.cite === 'string' ? CITE.exec(o.cite.trim()) : null;
			if (!m) problems.push({ line: at('cite'), message: `${id}: cite must be "<line>[-<last line>] <the quoted words>"` });
			const line = m ? Number(m[1]) : 0;
			const lineEnd = m && m[2] ? Number(m[2]) : line;
			if (m && lineEnd < line) problems.push({ line: at('cite'), message: `${id}: the last line of cite comes before its first` });
			const accepted = o.decision === 'accept';
			if (
				accepted &&
				(o.type === 'event' || (o.type === 'new-item' && o.status !== undefined)) &&
				!STATUSES.includes(o.status as ProjectStatus)
			)
				problems.push({ line: at('status'), message: `${id}: status must be one of ${STATUSES.join(', ')}` });
			if (accepted && o.type === 'event' && !Number.isInteger(o.year))
				problems.push({ line: at('year'), message: `${id}: year must be a year such as 2025` });
			if (accepted && (o.type === 'target' || (o.type === 'new-item' && o.aim !== undefined))) {
				if (!AIMS.includes(o.aim as TargetAim)) problems.push({ line: at('aim'), message: `${id}: aim must be one of ${AIMS.join(', ')}` });
				if (!Number.isInteger(o.by) || (o.by as number) < 1990 || (o.by as number) > 2100)
					problems.push({ line: at('by'), message: `${id}: by must be the year of the horizon, such as 2030` });
			}
			if (accepted && (o.type === 'event' || o.type === 'target' || o.type === 'figure') && (typeof o.entry !== 'string' || !o.entry))
				problems.push({ line: at('entry'), message: `${id}: entry must name a catalogue id` });
			if (accepted && o.type === 'figure') {
				const f = o.figure as Record<string, unknown> | undefined;
				if (!f || typeof f.key !== 'string' || typeof f.value !== 'string' || !f.value)
					problems.push({ line: at('figure'), message: `${id}: figure needs key, label and value` });
				else if (f.amount !== undefined && typeof f.amount !== 'number')
					problems.push({ line: at('figure'), message: `${id}: figure.amount must be a number` });
			}
			if (accepted && o.type === 'new-item') {
				if (typeof o.new_id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(o.new_id))
					problems.push({ line: at('new_id'), message: `${id}: new_id must be a slug of a-z, 0-9 and - (e.g. qianjiang-south-station)` });
				if (typeof o.ref !== 'string' || !/^[A-Z]{1,2}\d{1,3}$/.test(o.ref))
					problems.push({ line: at('ref'), message: `${id}: ref must be an inventory code such as R17 or W40` });
				const n = o.name as { zh?: unknown; en?: unknown } | undefined;
				if (!n || typeof n.zh !== 'string' || !n.zh || typeof n.en !== 'string' || !n.en)
					problems.push({ line: at('name'), message: `${id}: name needs {zh: …, en: …}` });
				if (!KINDS.includes(o.kind as ProjectKind))
					problems.push({ line: at('kind'), message: `${id}: kind must be one of ${KINDS.join(', ')}` });
				if (!['2016-2020', '2021-2025', '2026-2030', 'long-term'].includes(String(o.period)))
					problems.push({ line: at('period'), message: `${id}: period must be 2016-2020, 2021-2025, 2026-2030 or long-term` });
			}
			proposals.push({
				id,
				decision: o.decision as 'accept' | 'reject',
				type: o.type as Proposal['type'],
				entry: typeof o.entry === 'string' ? o.entry : undefined,
				status: o.status as ProjectStatus | undefined,
				year: o.year as number | undefined,
				aim: o.aim as TargetAim | undefined,
				by: o.by as number | undefined,
				line,
				lineEnd,
				quote: m ? m[3] : '',
				figure: o.figure as ReviewedProposal['figure'],
				newId: typeof o.new_id === 'string' ? o.new_id : undefined,
				ref: typeof o.ref === 'string' ? o.ref : undefined,
				name: o.name as ReviewedProposal['name'],
				kind: o.kind as ProjectKind | undefined,
				period: o.period === undefined ? undefined : String(o.period),
				geometry: o.geometry as Record<string, unknown> | undefined,
				at: lineOf(item),
				fieldAt
			});
		}
	}
	if (typeof source !== 'string' || !source)
		problems.push({ line: 1, message: '`source` must name the text file (relative to the review file)' });
	if (typeof sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(sha256))
		problems.push({ line: 1, message: '`sha256` must be the 64 hex digits of the text written by atlas ingest' });
	problems.sort((a, b) => a.line - b.line);
	if (problems.length || !document) return { review: null, problems };
	return { review: { source: source as string, sha256: sha256 as string, document, proposals, documentAt }, problems };
}
