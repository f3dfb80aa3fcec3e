/**
 * Inputs of the ingest evaluation, read from disk (node only): the five seed documents with their records, and the
 * short real texts of tests/fixtures/ingest/real/ with their sources and hand labels.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ProjectEntry } from '../../src/lib/catalogue/types';
import type { SourceDocument } from '../../src/lib/catalogue/documents';
import type { HeldOutDocument, LineLabel } from '../../src/lib/ingest/evaluate';
import type { IngestKind } from '../../src/lib/ingest/propose';
import { REPO_ROOT, documentTexts, readAtlasData } from '../catalogue/data';
import { sharedPaths } from '../check-data';

/** The folder of the real texts. */
export const REAL_TEXTS_DIR = join(REPO_ROOT, 'tests/fixtures/ingest/real');

/** A real text with its source and labels. */
export interface RealText {
	name: string;
	text: string;
	url: string;
	title: string;
	publisher: string;
	date: string;
	kind: IngestKind;
	area: 'qianjiang' | 'qijiang';
	expected: LineLabel[];
}

/**
 * The catalogue and the seed documents (those whose text is in the seeds folder), with their texts.
 *
 * @param seedsDir - the seeds folder (../shared/seeds by default)
 * @returns entries and documents to hold out
 */
export function loadSeedEvaluation(seedsDir = sharedPaths().seedsDir): {
	entries: ProjectEntry[];
	documents: HeldOutDocument[];
	records: SourceDocument[];
	/** The texts (as lines) of the documents taken in after the seeds (data/documents/), by file name. */
	otherTexts: Record<string, string[]>;
} {
	const data = readAtlasData();
	if (data.problems.length)
		throw new Error(`data/ has problems: ${data.problems[0].file}:${data.problems[0].line}: ${data.problems[0].message}`);
	const records = data.documents.filter((d) => existsSync(join(seedsDir, d.file)));
	const documents = records.map((d) => ({
		file: d.file,
		title: d.title.zh,
		kind: d.kind as IngestKind,
		year: d.year,
		period: d.period,
		retrospective: d.retrospective,
		columns: d.columns,
		text: readFileSync(join(seedsDir, d.file), 'utf8')
	}));
	const seedFiles = new Set(documents.map((d) => d.file));
	const otherTexts = Object.fromEntries(Object.entries(documentTexts()).filter(([f]) => !seedFiles.has(f)));
	return { entries: data.entries, documents, records, otherTexts };
}

/**
 * The real texts and their labels.
 *
 * @param dir - the folder (tests/fixtures/ingest/real by default)
 * @returns one record per `*.txt` with its `*.source.yaml`
 */
export function loadRealTexts(dir = REAL_TEXTS_DIR): RealText[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => {
			const name = f.replace(/\.txt$/, '');
			const meta = parse(readFileSync(join(dir, `${name}.source.yaml`), 'utf8')) as Omit<RealText, 'name' | 'text'>;
			return { ...meta, date: String(meta.date), name, text: readFileSync(join(dir, f), 'utf8') };
		});
}
