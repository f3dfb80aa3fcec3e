/**
 * `atlas ingest --apply REVIEW.yaml`: merges what a planner accepted in a review file into data/ — new status
 * events, targets, figures and entries, the document's record in documents.yaml and its text in data/documents/ —
 * through the `yaml` package's Document API, so the comments and layout of every data file stay as they were.
 * Nothing is half-written: the changes are made on a copy of data/, the copy gets the full data check, and only a
 * clean copy's changed files replace the originals. Node only.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { isMap, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { decodeFileBytes } from '../../src/lib/io/import';
import { AIM_MARKERS } from '../../src/lib/catalogue/validate';
import { DOCUMENT_KINDS, type SourceDocument } from '../../src/lib/catalogue/documents';
import type { ProjectKind } from '../../src/lib/catalogue/types';
import { PROJECT_KINDS, kindRow } from '../../src/lib/catalogue/kinds';
import { readReview, type Review, type ReviewedProposal } from '../../src/lib/ingest/review';
import { BUILT_STATUSES } from '../../src/lib/ingest/classify';
import { splitText } from '../../src/lib/ingest/text';
import { readUserFile, FileArgError } from '../cli/_args';
import { DATA_DIR, REPO_ROOT, formatProblem, projectFiles } from '../catalogue/data';
import { checkAtlas } from '../check-data';
import { buildCatalogue } from '../build-catalogue';

/** Which data file a new entry of each kind goes to (its row in catalogue/kinds.ts). */
export const KIND_FILE: Record<ProjectKind, string> = Object.fromEntries(PROJECT_KINDS.map((k) => [k, kindRow(k).file])) as Record<
	ProjectKind,
	string
>;

/** What an apply did, or why it did nothing. */
export type ApplyResult =
	| {
			ok: true;
			documentId: string;
			textFile: string;
			events: number;
			targets: number;
			figures: number;
			newEntries: number;
			changedFiles: string[];
	  }
	| { ok: false; problems: string[] };

/** The sha256 of a text as stored (UTF-8). */
export function textSha256(text: string): string {
	return createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
}

/** Reads a text file through the importer's reader and decoder (UTF-8, UTF-16, GB18030). */
export function readTextFile(path: string): { ok: true; text: string; encoding: string } | { ok: false; message: string } {
	let bytes: Uint8Array;
	try {
		bytes = readUserFile(path);
	} catch (e) {
		if (e instanceof FileArgError) return { ok: false, message: e.message };
		throw e;
	}
	if (bytes.length === 0) return { ok: false, message: `${path}: the file is empty` };
	const decoded = decodeFileBytes(bytes);
	if (!decoded.ok) return { ok: false, message: `${path}: ${decoded.error.message_en}` };
	const text = decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	// A text file has no NUL bytes and few control characters; anything else is a binary file read as text.
	const control = [...text.slice(0, 20000)].filter((c) => {
		const code = c.charCodeAt(0);
		return code <= 8 || (code >= 14 && code <= 31);
	}).length;
	if (control > 0) return { ok: false, message: `${path}: not a text file (it holds control characters)` };
	return { ok: true, text, encoding: decoded.encoding };
}

/** The sentence of `text` around `quote` up to the quote's end (as validate.ts reads an event's words). */
function sentenceBefore(text: string, quote: string): string {
	const at = text.indexOf(quote);
	if (at < 0) return quote;
	const before = text.slice(0, at);
	const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！')) + 1;
	return text.slice(start, at + quote.length);
}

function docYearOfCite(cite: string, documents: readonly SourceDocument[]): number {
	const m = /^([0-9A-Za-z][0-9A-Za-z-]*):/.exec(cite);
	if (!m) {
		const p = /^public (\d{4})/.exec(cite);
		return p ? Number(p[1]) : 0;
	}
	return documents.find((d) => d.id === m[1])?.year ?? 0;
}

function dateWords(published: string): { zh: string; en: string } {
	const [y, m, d] = published.split('-').map(Number);
	const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
	return d ? { zh: `${y}年${m}月${d}日`, en: `${d} ${months[m - 1]} ${y}` } : { zh: `${y}年${m}月`, en: `${months[m - 1]} ${y}` };
}

/**
 * Applies a review file to a data folder.
 *
 * @param reviewPath - the review file
 * @param options - the data folder (data/ by default) and seeds folder
 * @returns what was written, or every problem as `file:line: what is wrong` (then nothing was written)
 */
export function applyReview(reviewPath: string, options: { dataDir?: string; seedsDir?: string } = {}): ApplyResult {
	const dataDir = resolve(options.dataDir ?? DATA_DIR);
	const shown = relative(process.cwd(), reviewPath) || reviewPath;
	const fail = (problems: string[]): ApplyResult => ({ ok: false, problems });
	const read = readTextFile(reviewPath);
	if (!read.ok) return fail([read.message]);
	const { review, problems } = readReview(read.text);
	if (!review) return fail(problems.map((p) => `${shown}:${p.line}: ${p.message}`));

	const textPath = resolve(dirname(reviewPath), review.source);
	const t = readTextFile(textPath);
	if (!t.ok) return fail([`${shown}:1: source: ${t.message}`]);
	const text = t.text;
	const sha = textSha256(text);
	if (sha !== review.sha256)
		return fail([`${shown}:1: ${review.source} has changed since the review was written (sha256 differs); run atlas ingest on it again`]);

	// The data must be sound before the merge, so every problem after it is one the merge made.
	const baseline = checkAtlas({ dataDir, seedsDir: options.seedsDir });
	if (baseline.problems.length)
		return fail([
			'data/ has problems before the merge; fix them first (npm run check:data):',
			...capped(baseline.problems.map(formatProblem))
		]);
	const data = baseline.data;
	const byId = new Map(data.entries.map((e) => [e.id, e]));
	const lines = splitText(text, { columns: review.document.columns }).lines;
	const accepted = review.proposals.filter((p) => p.decision === 'accept' && p.type !== 'mention');

	// Check every accepted proposal against the text and the catalogue, with the review's own lines.
	const mistakes: string[] = [];
	const at = (p: ReviewedProposal, field: string) => `${shown}:${p.fieldAt[field] ?? p.at}`;
	const newIds = new Set<string>();
	for (const p of accepted) {
		if (p.type !== 'new-item' && (!p.entry || !byId.has(p.entry))) {
			mistakes.push(`${at(p, 'entry')}: ${p.id}: no catalogue entry "${p.entry ?? ''}"`);
			continue;
		}
		if (p.type === 'new-item') {
			if (byId.has(p.newId!) || newIds.has(p.newId!)) mistakes.push(`${at(p, 'new_id')}: ${p.id}: the id "${p.newId}" is already taken`);
			newIds.add(p.newId!);
		}
		if (p.line < 1 || p.lineEnd > lines.length || p.lineEnd - p.line > 6) {
			mistakes.push(
				`${at(p, 'cite')}: ${p.id}: the text has no line ${p.lineEnd > lines.length ? p.lineEnd : p.line} (it has ${lines.length}; a quote spans at most 7 lines)`
			);
			continue;
		}
		const cited = lines.slice(p.line - 1, p.lineEnd).join('');
		if (!p.quote || !cited.includes(p.quote)) {
			mistakes.push(
				`${at(p, 'cite')}: ${p.id}: "${p.quote}" is not in line ${p.line}${p.lineEnd > p.line ? `-${p.lineEnd}` : ''} of ${review.source}`
			);
			continue;
		}
		if (p.type === 'figure' && p.figure && !cited.includes(p.figure.value))
			mistakes.push(`${at(p, 'figure')}: ${p.id}: the figure "${p.figure.value}" is not in the quoted line`);
		const status = p.type === 'event' || p.type === 'new-item' ? p.status : undefined;
		if (status && BUILT_STATUSES.includes(status)) {
			const retro = review.document.retrospective.some(([a, b]) => p.line >= a && p.lineEnd <= b);
			if (!retro)
				mistakes.push(
					`${at(p, 'status')}: ${p.id}: "${status}" needs a report of what happened, but line ${p.line} is outside document.retrospective; record it as a target, or correct the ranges`
				);
			const marker = AIM_MARKERS.find((m) => sentenceBefore(cited, p.quote).includes(m));
			if (marker)
				mistakes.push(`${at(p, 'status')}: ${p.id}: "${status}" is an aim here ("${marker}" in the sentence); record it as a target`);
		}
	}
	if (mistakes.length) return fail(mistakes);

	// The new document's id, file and record.
	const taken = data.documents.map((d) => Number(d.id)).filter(Number.isFinite);
	const next = Math.max(4, ...taken) + 1;
	const docId = String(next).padStart(3, '0');
	const textFile = `${docId}_${sha.slice(0, 16)}.txt`;
	if (data.documents.some((d) => d.file.endsWith(`_${sha.slice(0, 16)}.txt`)))
		return fail([`${shown}:1: this text is already registered in data/documents.yaml`]);
	const r = review.document;
	const cite = (p: ReviewedProposal) => `${docId}:${p.line}${p.lineEnd > p.line ? `-${p.lineEnd}` : ''} ${p.quote}`;

	// Work on a copy.
	const work = mkdtempSync(join(tmpdir(), 'atlas-ingest-'));
	const copy = join(work, 'data');
	try {
		cpSync(dataDir, copy, { recursive: true });
		const changed = new Set<string>();
		const docs = new Map<string, Document>();
		const load = (rel: string) => {
			if (!docs.has(rel)) {
				const path = join(copy, rel);
				docs.set(rel, parseDocument(existsSync(path) ? readFileSync(path, 'utf8') : '[]\n'));
			}
			changed.add(rel);
			return docs.get(rel)!;
		};
		// Document record.
		const dd = load('documents.yaml');
		const record = dd.createNode({
			id: docId,
			file: textFile,
			title: r.title,
			short: r.short,
			issuer: r.issuer,
			year: r.year,
			published: r.published,
			date: dateWords(r.published),
			kind: r.kind,
			area: r.area,
			period: r.period,
			retrospective: r.retrospective,
			columns: r.columns,
			note: {
				zh: `经 atlas ingest 收录（${DOCUMENT_KINDS[r.kind].name.zh}），审阅后并入。`,
				en: `Taken in with atlas ingest (${DOCUMENT_KINDS[r.kind].name.en.toLowerCase()}) and merged after review.`
			}
		}) as YAMLMap;
		for (const k of ['date', 'period', 'retrospective']) {
			const n = record.get(k, true) as (Node & { flow?: boolean }) | undefined;
			if (n) n.flow = true;
		}
		(record as Node).spaceBefore = true;
		(dd.get('id') === undefined && isSeq(dd.contents) ? (dd.contents as YAMLSeq) : null)?.items.push(record);
		mkdirSync(join(copy, 'documents'), { recursive: true });
		writeFileSync(join(copy, 'documents', textFile), text.endsWith('\n') ? text : `${text}\n`);

		// Where each entry is written.
		const files = projectFiles(copy).map((f) => relative(copy, f));
		const entryNode = (id: string): YAMLMap | null => {
			for (const rel of files) {
				const path = join(copy, rel);
				const doc = docs.get(rel) ?? parseDocument(readFileSync(path, 'utf8'));
				if (!docs.has(rel)) docs.set(rel, doc);
				if (!isSeq(doc.contents)) continue;
				const hit = (doc.contents as YAMLSeq<unknown>).items.find((it) => isMap(it) && (it as YAMLMap<unknown, unknown>).get('id') === id);
				if (hit) {
					changed.add(rel);
					return hit as YAMLMap;
				}
			}
			return null;
		};
		const documentsAfter: SourceDocument[] = [...data.documents, { id: docId, file: textFile, year: r.year } as SourceDocument];
		const seqOf = (map: YAMLMap, key: string, doc: Document): YAMLSeq => {
			let seq = map.get(key, true) as YAMLSeq | undefined;
			if (!seq || !isSeq(seq)) {
				seq = doc.createNode([]) as YAMLSeq;
				map.set(key, seq);
			}
			return seq;
		};
		const docOf = (map: YAMLMap) =>
			[...docs.values()].find((d) => isSeq(d.contents) && (d.contents as YAMLSeq<unknown>).items.includes(map))!;
		const reported = new Set<string>();
		let events = 0;
		let targets = 0;
		let figures = 0;
		let newEntries = 0;
		for (const p of accepted) {
			if (p.type === 'new-item') continue;
			const map = entryNode(p.entry!);
			if (!map) continue;
			const doc = docOf(map);
			const sameReport = `${p.entry}|${p.status}`;
			if (p.type === 'event' && reported.has(sameReport)) {
				// The document says it again (a notice's title and text): one status event, the other line as a source.
				seqOf(map, 'sources', doc).items.push(doc.createNode(cite(p)));
			} else if (p.type === 'event') {
				reported.add(sameReport);
				const seq = seqOf(map, 'status', doc);
				const item = doc.createNode({ status: p.status, cite: cite(p) }, { flow: true });
				const after = seq.items.findIndex((it) => isMap(it) && docYearOfCite(String(it.get('cite')), documentsAfter) > r.year);
				if (after < 0) seq.items.push(item);
				else seq.items.splice(after, 0, item);
				if (p.status === 'in-service' && !map.has('opened') && p.year)
					map.set('opened', doc.createNode({ year: p.year, cite: cite(p) }, { flow: true }));
				events++;
			} else if (p.type === 'target') {
				seqOf(map, 'targets', doc).items.push(doc.createNode({ aim: p.aim, by: p.by, cite: cite(p) }, { flow: true }));
				targets++;
			} else if (p.type === 'figure' && p.figure) {
				const f = p.figure;
				const label = f.label && typeof f.label === 'object' ? f.label : { zh: String(f.key), en: String(f.key) };
				const node = doc.createNode({
					key: f.key,
					label,
					value: f.value,
					...(f.amount !== undefined ? { amount: f.amount } : {}),
					...(f.unit ? { unit: f.unit } : {}),
					cite: cite(p)
				});
				const l = (node as YAMLMap).get('label', true) as Node & { flow?: boolean };
				if (l) l.flow = true;
				seqOf(map, 'stated', doc).items.push(node);
				figures++;
			}
		}
		for (const p of accepted) {
			if (p.type !== 'new-item') continue;
			const rel = `projects/${KIND_FILE[p.kind!]}.yaml`;
			const doc = load(rel);
			const entry: Record<string, unknown> = {
				id: p.newId,
				ref: p.ref,
				name: { ...p.name },
				short: { ...p.name },
				kind: p.kind,
				period: p.period,
				status: [{ status: p.status ?? 'planned', cite: cite(p) }],
				...(p.aim && p.by ? { targets: [{ aim: p.aim, by: p.by, cite: cite(p) }] } : {}),
				summary: { zh: `${r.title.zh}（${r.published}）：${p.quote}`, en: `Named in “${r.title.en}” (${r.published}), line ${p.line}.` },
				geometry: p.geometry ?? {
					method: 'unlocated',
					note: { zh: '位置未定：文件未给出。', en: 'Not located: the document gives no position.' }
				}
			};
			const node = doc.createNode(entry) as YAMLMap;
			for (const k of ['name', 'short', 'summary']) {
				const n = node.get(k, true) as (Node & { flow?: boolean }) | undefined;
				if (n) n.flow = true;
			}
			for (const k of ['status', 'targets']) {
				const s = node.get(k, true) as YAMLSeq | undefined;
				if (s) for (const it of s.items) (it as Node & { flow?: boolean }).flow = true;
			}
			const g = node.get('geometry', true) as YAMLMap | undefined;
			const gn = g && isMap(g) ? (g.get('note', true) as (Node & { flow?: boolean }) | undefined) : undefined;
			if (gn) gn.flow = true;
			(node as Node).spaceBefore = true;
			if (!isSeq(doc.contents)) doc.contents = doc.createNode([]) as never;
			(doc.contents as unknown as YAMLSeq).items.push(node);
			const ed = load('expected.yaml');
			if (isSeq(ed.contents))
				(ed.contents as YAMLSeq<unknown>).items.push(
					ed.createNode({ ref: p.ref, words: p.name!.zh, at: `${docId}:${p.line}` }, { flow: true })
				);
			newEntries++;
		}
		for (const rel of changed) writeFileSync(join(copy, rel), docs.get(rel)!.toString({ lineWidth: 0, flowCollectionPadding: false }));

		// The full check on the copy.
		const check = checkAtlas({ dataDir: copy, seedsDir: options.seedsDir });
		if (check.problems.length) {
			return fail([
				'the merged data would not pass the data check; nothing was written:',
				...capped(
					check.problems.map(
						(p) =>
							`${p.file.startsWith(copy) ? join(relative(REPO_ROOT, dataDir), relative(copy, p.file)) : p.file.replace(/^.*atlas-ingest-[^/]+\/data/, relative(REPO_ROOT, dataDir))}:${p.line}: ${p.message}`
					)
				)
			]);
		}
		// Clean: replace the changed files, each by a rename within its folder.
		const written = [...changed, `documents/${textFile}`];
		mkdirSync(join(dataDir, 'documents'), { recursive: true });
		for (const rel of written) {
			const dest = join(dataDir, rel);
			const tmp = `${dest}.ingest-${process.pid}`;
			writeFileSync(tmp, readFileSync(join(copy, rel)));
			renameSync(tmp, dest);
		}
		if (dataDir === resolve(REPO_ROOT, 'data')) {
			const built = buildCatalogue(dataDir);
			if (built.length) return fail(built);
		}
		return {
			ok: true,
			documentId: docId,
			textFile,
			events,
			targets,
			figures,
			newEntries,
			changedFiles: written.map((f) => join(relative(REPO_ROOT, dataDir) || dataDir, f))
		};
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** At most 30 lines, then how many more. */
function capped(list: readonly string[]): string[] {
	return list.length > 30 ? [...list.slice(0, 30), `… and ${list.length - 30} more`] : [...list];
}

/** The next free inventory codes by kind (R for railways, E roads, A air, W water, I irrigation, P pumped storage, N energy). */
export function nextRefs(refs: readonly string[]): Map<ProjectKind, string> {
	const prefix: Record<string, string> = { rail: 'R', road: 'E', air: 'A', water: 'W', energy: 'N' };
	const max = (p: string) => Math.max(0, ...refs.filter((r) => new RegExp(`^${p}\\d+$`).test(r)).map((r) => Number(r.slice(p.length))));
	const out = new Map<ProjectKind, string>();
	for (const [kind, file] of Object.entries(KIND_FILE) as [ProjectKind, string][]) {
		const p = kind === 'irrigation' ? 'I' : kind === 'pumped-storage' ? 'P' : prefix[file];
		out.set(kind, `${p}${max(p) + 1}`);
	}
	return out;
}

export type { Review };
