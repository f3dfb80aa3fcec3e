/**
 * Reads the hand-written data of data/ (YAML, one schema: data/schema/atlas.schema.json) into the catalogue's
 * runtime types, and reports every problem as `{ file, line, message }` in words a planner understands.
 * Node only: scripts/build-catalogue.ts, scripts/check-data.ts and the ingest command use it; the app reads
 * the JSON that build-catalogue writes from it (src/lib/generated/).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { isMap, isSeq, type Node } from 'yaml';
import type { SourceDocument } from '../../src/lib/catalogue/documents';
import type { ExpectedItem } from '../../src/lib/catalogue/expected';
import { NETWORK_FACTS, PUBLIC_REFERENCE, defineEntry, type EntryDraft } from '../../src/lib/catalogue/sources';
import type { ProjectEntry, SourceRef } from '../../src/lib/catalogue/types';
import { REPO_ROOT, lineOf, nodeAt, readYaml, validatorFor, type DataProblem, type ParsedFile } from './yaml';

export { REPO_ROOT, type DataProblem };

/** The data folder: the repository's data/, or the folder named by WULING_DATA (to check a copy). */
export const DATA_DIR = process.env.WULING_DATA ? resolve(process.env.WULING_DATA) : join(REPO_ROOT, 'data');

/** Catalogue files in the order their entries are listed (railways first); any other file of data/projects/ follows, by name. */
export const PROJECT_FILE_ORDER = ['rail', 'road', 'air', 'water', 'energy', 'context'] as const;

/** The file of a citation that names no known document (already reported where it is written). */
export const UNRESOLVED = '(unresolved citation)';

/** Where each entry and its parts are written, for messages about them. */
export interface Locator {
	/** The line of an entry, or of one of its parts (`status[1]`, `stated[0]`, `geometry`), or of a citation it holds. */
	entry(id: string, part?: string): { file: string; line: number } | undefined;
	/** The line of a document record. */
	document(file: string): { file: string; line: number } | undefined;
	/** The line of an expected item. */
	expected(index: number): { file: string; line: number } | undefined;
}

export interface AtlasData {
	entries: ProjectEntry[];
	documents: SourceDocument[];
	expected: ExpectedItem[];
	problems: DataProblem[];
	where: Locator;
}

function describeField(pointer: string): string {
	const parts = pointer.split('/').filter(Boolean);
	const named = parts.filter((p) => !/^\d+$/.test(p));
	return named.length ? `\`${named.join('.')}\`` : 'the item';
}

/**
 * An Ajv error said as a planner would want it: what is wrong, and what was expected.
 *
 * @param e - one error of the schema check
 * @returns the message
 * @example
 * schemaMessage({ keyword: 'enum', instancePath: '/0/kind', params: { allowedValues: ['hsr', 'rail'] }, schemaPath: '', message: '' });
 * // '`kind` is not one of the known values; expected one of: hsr, rail'
 */
export function schemaMessage(e: ErrorObject): string {
	const field = describeField(e.instancePath);
	const p = e.params as Record<string, unknown>;
	switch (e.keyword) {
		case 'required':
			return `${field === 'the item' ? 'this item' : field} is missing the field \`${p.missingProperty}\``;
		case 'additionalProperties':
			return `unknown field \`${p.additionalProperty}\`${field === 'the item' ? '' : ` in ${field}`} (a typo?); it is not part of the schema`;
		case 'enum':
			return `${field} is not one of the known values; expected one of: ${(p.allowedValues as unknown[]).join(', ')}`;
		case 'const':
			return `${field} should be ${JSON.stringify(p.allowedValue)}`;
		case 'type':
			return `${field} should be ${p.type === 'integer' ? 'a whole number' : p.type === 'array' ? 'a list' : p.type === 'object' ? 'a set of fields' : `a ${p.type}`}`;
		case 'pattern':
			if (/cite|sources\/\d+$/.test(e.instancePath) || /cite/.test(e.schemaPath))
				return `${field} is not a citation; expected "002:775 the quoted words" (document id, line, a space, the exact words) or "public 2025 words"`;
			if (/\/geometry\/(at|via\/\d+)$/.test(e.instancePath))
				return `${field} should be a place id of the gazetteer (static/geo/places.json), e.g. zhuoshui, or airport:JIQ`;
			if (e.instancePath.endsWith('/at')) return `${field} should be a document id and line, e.g. 002:545`;
			return `${field} has the wrong form (${e.message})`;
		case 'minItems':
			return `${field} needs at least ${p.limit} item(s)`;
		case 'maxItems':
			return `${field} has more than ${p.limit} item(s)`;
		case 'minLength':
			return `${field} is empty`;
		case 'minimum':
		case 'maximum':
		case 'exclusiveMinimum':
			return `${field} is out of range (${e.message})`;
		case 'false schema':
			return `${field} does not belong with this geometry method`;
		default:
			return `${field}: ${e.message}`;
	}
}

/** Keep the most telling schema errors: Ajv reports every branch of an if/then; one message per place and kind is enough. */
function schemaProblems(file: ParsedFile, def: string, dataDir: string): DataProblem[] {
	const validate = validatorFor(dataDir, def);
	if (validate(file.value)) return [];
	const seen = new Set<string>();
	const out: DataProblem[] = [];
	for (const e of validate.errors ?? []) {
		if (e.keyword === 'if') continue;
		const pointer =
			e.keyword === 'additionalProperties'
				? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`
				: e.instancePath;
		const line = lineOf(file, nodeAt(file.doc, pointer));
		const index = /^\/(\d+)/.exec(pointer)?.[1];
		const item = index !== undefined && Array.isArray(file.value) ? (file.value[Number(index)] as { id?: unknown } | undefined) : undefined;
		const message =
			(typeof item?.id === 'string' && def !== 'expectedFile' ? `${def === 'documentsFile' ? 'document' : 'entry'} ${item.id}: ` : '') +
			schemaMessage(e);
		const k = `${line}:${message}`;
		if (seen.has(k)) continue;
		seen.add(k);
		out.push({ file: file.rel, line, message });
	}
	return out;
}

const SEED_CITE = /^([0-9A-Za-z][0-9A-Za-z-]*):([0-9]+)(?:-([0-9]+))? (\S.*)$/;
const PUBLIC_CITE = /^public ([0-9]{4})(?: (\S.*))?$/;

/**
 * Read a citation string into a source reference.
 *
 * @param text - `002:775 quoted words`, `000:109-110 words over two lines` or `public 2025 words`
 * @param documents - the document records (their ids resolve the file and year)
 * @returns the reference, or a message saying what is wrong
 * @example
 * parseCite('002:775 35公里', documents); // { file: '002_9e3621a23b2e2452.txt', line: 775, quote: '35公里', year: 2026 }
 */
export function parseCite(text: string, documents: readonly SourceDocument[]): SourceRef | { error: string } {
	const pub = PUBLIC_CITE.exec(text);
	if (pub) return { file: PUBLIC_REFERENCE, line: 0, quote: pub[2] ?? '', year: Number(pub[1]), work: NETWORK_FACTS };
	const m = SEED_CITE.exec(text);
	if (!m) return { error: `"${text}" is not a citation; expected "002:775 the quoted words" or "public 2025 words"` };
	const doc = documents.find((d) => d.id === m[1]);
	if (!doc)
		return { error: `no document has the id "${m[1]}"; known ids: ${documents.map((d) => d.id).join(', ')} (see data/documents.yaml)` };
	const line = Number(m[2]);
	const lineEnd = m[3] === undefined ? undefined : Number(m[3]);
	if (lineEnd !== undefined && lineEnd <= line) return { error: `"${m[1]}:${m[2]}-${m[3]}": the last line must come after the first` };
	return lineEnd ? { file: doc.file, line, lineEnd, quote: m[4], year: doc.year } : { file: doc.file, line, quote: m[4], year: doc.year };
}

/**
 * Write a source reference as a citation string (the inverse of `parseCite`).
 *
 * @param source - a reference
 * @param documents - the document records
 * @returns e.g. `002:775 35公里`
 * @example
 * formatCite({ file: '002_9e3621a23b2e2452.txt', line: 775, quote: '35公里', year: 2026 }, documents); // '002:775 35公里'
 */
export function formatCite(source: SourceRef, documents: readonly SourceDocument[]): string {
	if (source.file === PUBLIC_REFERENCE) return `public ${source.year}${source.quote ? ` ${source.quote}` : ''}`;
	const doc = documents.find((d) => d.file === source.file);
	if (!doc) throw new Error(`no document record for ${source.file}`);
	return `${doc.id}:${source.line}${source.lineEnd ? `-${source.lineEnd}` : ''} ${source.quote}`;
}

interface DocumentRecord extends Omit<SourceDocument, 'retrospective'> {
	retrospective: [number, number][];
}

function toDocument(r: DocumentRecord): SourceDocument {
	const d: SourceDocument = {
		id: r.id,
		file: r.file,
		title: r.title,
		short: r.short,
		issuer: r.issuer,
		year: r.year,
		date: r.date,
		kind: r.kind,
		area: r.area,
		period: r.period,
		retrospective: r.retrospective,
		columns: r.columns,
		note: r.note
	};
	if (r.published) d.published = r.published;
	return d;
}

interface RawEntry {
	id: string;
	ref: string;
	name: ProjectEntry['name'];
	short: ProjectEntry['shortName'];
	kind: ProjectEntry['kind'];
	period: ProjectEntry['period'];
	context?: boolean;
	status: { status: ProjectEntry['status'][number]['status']; cite: string }[];
	targets?: { aim: ProjectEntry['targets'][number]['aim']; by: number; cite: string }[];
	opened?: { year: number; cite: string };
	stated?: { key: string; label: ProjectEntry['name']; value: string; amount?: number; unit?: string; cite: string }[];
	summary: ProjectEntry['summary'];
	sources?: string[];
	geometry: ProjectEntry['geometry'];
}

/** The project files of a data folder in catalogue order. */
export function projectFiles(dataDir: string): string[] {
	const dir = join(dataDir, 'projects');
	if (!existsSync(dir)) return [];
	const names = readdirSync(dir)
		.filter((n) => n.endsWith('.yaml') || n.endsWith('.yml'))
		.map((n) => n.replace(/\.ya?ml$/, ''));
	const order = (n: string) => {
		const i = (PROJECT_FILE_ORDER as readonly string[]).indexOf(n);
		return i < 0 ? PROJECT_FILE_ORDER.length : i;
	};
	names.sort((a, b) => order(a) - order(b) || a.localeCompare(b));
	return names.map((n) => join(dir, existsSync(join(dir, `${n}.yaml`)) ? `${n}.yaml` : `${n}.yml`));
}

/**
 * Read every data file of a folder: documents, catalogue entries and expected items, checked against the
 * schema, with every citation resolved. Problems are collected, not thrown: the result holds what could be read.
 *
 * @param dataDir - the data folder (the repository's data/ by default)
 * @returns the entries, documents and expected items in runtime form, the problems, and where each thing is written
 * @example
 * const { entries, problems } = readAtlasData();
 * problems.length; // 0 on a clean catalogue
 */
export function readAtlasData(dataDir: string = DATA_DIR): AtlasData {
	const problems: DataProblem[] = [];
	const entryLines = new Map<string, { file: ParsedFile; node: Node }>();
	const documentLines = new Map<string, { file: string; line: number }>();
	const expectedLines: { file: string; line: number }[] = [];

	// Documents first: citations resolve through them.
	const documents: SourceDocument[] = [];
	const docFile = readYaml(join(dataDir, 'documents.yaml'), problems);
	if (docFile) {
		const schema = schemaProblems(docFile, 'documentsFile', dataDir);
		problems.push(...schema);
		if (Array.isArray(docFile.value)) {
			const seq = docFile.doc.contents;
			(docFile.value as DocumentRecord[]).forEach((r, i) => {
				const line = lineOf(docFile, isSeq(seq) ? (seq.items[i] as Node) : null);
				if (!r || typeof r !== 'object' || typeof r.file !== 'string' || typeof r.id !== 'string') return;
				if (documents.some((d) => d.id === r.id))
					problems.push({ file: docFile.rel, line, message: `document id "${r.id}" is used twice; each document needs its own` });
				if (documents.some((d) => d.file === r.file))
					problems.push({ file: docFile.rel, line, message: `file "${r.file}" has two records` });
				if (!r.file.startsWith(`${r.id}_`) && r.file !== `${r.id}.txt`)
					problems.push({ file: docFile.rel, line, message: `file "${r.file}" should start with the document id "${r.id}_"` });
				documents.push(toDocument(r));
				documentLines.set(r.file, { file: docFile.rel, line });
			});
		}
	}

	const entries: ProjectEntry[] = [];
	for (const path of projectFiles(dataDir)) {
		const file = readYaml(path, problems);
		if (!file) continue;
		const schema = schemaProblems(file, 'projectsFile', dataDir);
		problems.push(...schema);
		if (!Array.isArray(file.value)) continue;
		const seq = file.doc.contents;
		(file.value as RawEntry[]).forEach((raw, i) => {
			const node = isSeq(seq) ? (seq.items[i] as Node) : null;
			if (!raw || typeof raw !== 'object' || typeof raw.id !== 'string' || !node) return;
			// An entry with a wrong field is still read where it can be, so every other rule reports on it too.
			if (!Array.isArray(raw.status) || typeof raw.geometry !== 'object' || !raw.geometry || !raw.name || !raw.short || !raw.summary) {
				entryLines.set(raw.id, { file, node });
				return;
			}
			const cite = (text: string, pointer: string): SourceRef => {
				const r = parseCite(text, documents);
				if ('error' in r) {
					problems.push({ file: file.rel, line: lineOf(file, nodeAt(file.doc, `/${i}${pointer}`)), message: r.error });
					return { file: UNRESOLVED, line: 0, quote: text, year: 0 };
				}
				return r;
			};
			// The draft keeps the order the fields are written in, so the generated files follow the data files.
			const draft: Record<string, unknown> = {};
			for (const key of Object.keys(raw) as (keyof RawEntry)[]) {
				if (key === 'short') draft.shortName = raw.short;
				else if (key === 'status')
					draft.status = raw.status.map((c, k) => {
						const source = cite(String(c?.cite ?? ''), `/status/${k}/cite`);
						return { status: c.status, asOf: source.year, source };
					});
				else if (key === 'targets')
					draft.targets = (Array.isArray(raw.targets) ? raw.targets : []).map((t, k) => ({
						aim: t?.aim,
						by: t?.by,
						source: cite(String(t?.cite ?? ''), `/targets/${k}/cite`)
					}));
				else if (key === 'opened' && raw.opened)
					draft.opened = { year: raw.opened.year, source: cite(String(raw.opened.cite ?? ''), '/opened/cite') };
				else if (key === 'stated')
					draft.stated = (Array.isArray(raw.stated) ? raw.stated : []).map((f, k) => ({
						key: f.key,
						label: f.label,
						value: f.value,
						source: cite(String(f?.cite ?? ''), `/stated/${k}/cite`),
						...(f.amount !== undefined ? { amount: f.amount } : {}),
						...(f.unit !== undefined ? { unit: f.unit } : {})
					}));
				else if (key === 'sources')
					draft.sources = (Array.isArray(raw.sources) ? raw.sources : []).map((s, k) => cite(String(s), `/sources/${k}`));
				else draft[key] = raw[key];
			}
			if (!draft.stated) draft.stated = [];
			const entry = defineEntry(draft as unknown as EntryDraft);
			entries.push(entry);
			entryLines.set(raw.id, { file, node });
		});
	}

	const expected: ExpectedItem[] = [];
	const expFile = readYaml(join(dataDir, 'expected.yaml'), problems);
	if (expFile) {
		problems.push(...schemaProblems(expFile, 'expectedFile', dataDir));
		const seq = expFile.doc.contents;
		if (Array.isArray(expFile.value))
			(expFile.value as { ref: string; words: string; at: string }[]).forEach((it, i) => {
				const line = lineOf(expFile, isSeq(seq) ? (seq.items[i] as Node) : null);
				expectedLines.push({ file: expFile.rel, line });
				if (!it || typeof it.at !== 'string') return;
				const [id, n] = it.at.split(':');
				const doc = documents.find((d) => d.id === id);
				if (!doc) {
					problems.push({
						file: expFile.rel,
						line,
						message: `no document has the id "${id}"; known ids: ${documents.map((d) => d.id).join(', ')}`
					});
					return;
				}
				expected.push({ ref: it.ref, words: it.words, file: doc.file, line: Number(n) });
			});
	}

	const where: Locator = {
		entry(id, part) {
			const hit = entryLines.get(id);
			if (!hit) return undefined;
			const base = { file: hit.file.rel, line: lineOf(hit.file, hit.node) };
			if (!part) return base;
			const m = /^(status|targets|stated|sources)\[(\d+)\]/.exec(part) ?? /^(opened|geometry|name|short|summary|aliases)\b/.exec(part);
			if (!m || !isMap(hit.node)) return base;
			const field = m[1] === 'shortName' ? 'short' : m[1];
			const value = hit.node.get(field, true) as Node | undefined;
			if (!value) return base;
			if (m[2] !== undefined && isSeq(value) && field !== 'sources') {
				const item = value.items[Number(m[2])] as Node | undefined;
				return item ? { file: hit.file.rel, line: lineOf(hit.file, item) } : base;
			}
			return { file: hit.file.rel, line: lineOf(hit.file, value) };
		},
		document: (file) => documentLines.get(file),
		expected: (index) => expectedLines[index]
	};
	return { entries, documents, expected, problems, where };
}

/**
 * The line of the first citation in an entry that is the given source (for messages about a source that an entry
 * may cite from several fields).
 *
 * @param data - what readAtlasData returned
 * @param id - the entry id
 * @param source - the citation
 * @returns the place, or the entry's own line
 */
export function locateCitation(data: AtlasData, id: string, source: SourceRef): { file: string; line: number } | undefined {
	const text = source.file === PUBLIC_REFERENCE ? null : formatCiteSafe(source, data.documents);
	const base = data.where.entry(id);
	if (!base || !text) return base;
	const abs = join(REPO_ROOT, base.file);
	const lines = readFileSync(existsSync(abs) ? abs : base.file, 'utf8').split('\n');
	for (let i = base.line - 1; i < lines.length; i++) {
		if (i > base.line - 1 && /^- id: /.test(lines[i])) break;
		if (lines[i].includes(text)) return { file: base.file, line: i + 1 };
	}
	return base;
}

function formatCiteSafe(source: SourceRef, documents: readonly SourceDocument[]): string | null {
	try {
		return formatCite(source, documents);
	} catch {
		return null;
	}
}

/** A problem as one line: `data/projects/rail.yaml:12: what is wrong`. */
export function formatProblem(p: DataProblem): string {
	return `${p.file}:${p.line}: ${p.message}`;
}

/** The text files of data/documents/ (documents taken in after the seeds), by file name. */
export function documentTexts(dataDir: string = DATA_DIR): Record<string, string[]> {
	const dir = join(dataDir, 'documents');
	const out: Record<string, string[]> = {};
	if (!existsSync(dir)) return out;
	for (const name of readdirSync(dir)
		.filter((n) => n.endsWith('.txt'))
		.sort()) {
		out[basename(name)] = readFileSync(join(dir, name), 'utf8').split(/\r?\n/);
	}
	return out;
}
