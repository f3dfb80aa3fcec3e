/**
 * Reading a data file of data/: YAML with line positions (the `yaml` package's LineCounter), and the one schema
 * (data/schema/atlas.schema.json, checked with Ajv 2020). Shared by the catalogue's reader (data.ts) and the
 * model's (network.ts), so both report `file:line` the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One problem in a data file: where, and what is wrong in words a planner understands. */
export interface DataProblem {
	/** Path relative to the repository (or absolute outside it). */
	file: string;
	/** 1-based line. */
	line: number;
	message: string;
}

/** A YAML file read with its line counter. */
export interface ParsedFile {
	path: string;
	rel: string;
	doc: Document.Parsed;
	lines: LineCounter;
	value: unknown;
}

/** A path as messages show it: relative to the repository when inside it. */
export function relPath(path: string): string {
	const r = relative(REPO_ROOT, path);
	return r.startsWith('..') ? path : r;
}

/** The 1-based line where a node starts (1 when unknown). */
export function lineOf(file: ParsedFile, node: Node | null | undefined): number {
	const offset = node?.range?.[0];
	return offset === undefined ? 1 : file.lines.linePos(offset).line;
}

/**
 * Read a YAML file with line positions; a missing file or a syntax error becomes a problem at its line.
 *
 * @param path - the file
 * @param problems - where problems are added
 * @returns the parsed file, or null when it cannot be read
 */
export function readYaml(path: string, problems: DataProblem[]): ParsedFile | null {
	const rel = relPath(path);
	if (!existsSync(path)) {
		problems.push({ file: rel, line: 1, message: 'file is missing' });
		return null;
	}
	const lines = new LineCounter();
	const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	if (doc.errors.length) {
		for (const e of doc.errors) {
			const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
			problems.push({ file: rel, line, message: `not valid YAML: ${e.message.split('\n')[0]} (check indentation, quotes and colons)` });
		}
		return null;
	}
	return { path, rel, doc, lines, value: doc.toJS() };
}

/** The node at a JSON pointer path (`/3/status/1/cite`), or the deepest one that exists. */
export function nodeAt(doc: Document.Parsed, pointer: string): Node | null {
	let node: unknown = doc.contents;
	for (const part of pointer
		.split('/')
		.slice(1)
		.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
		const next = isSeq(node) ? node.items[Number(part)] : isMap(node) ? node.get(part, true) : undefined;
		if (next === undefined || next === null) break;
		node = next;
	}
	return (node as Node) ?? null;
}

/** A compiled schema definition, with the errors of its last run. */
export type Validator = ((v: unknown) => boolean) & { errors?: ErrorObject[] | null };
const validators = new Map<string, Validator>();

/**
 * The validator of one definition of a data folder's schema (`projectsFile`, `linksFile`, …), compiled once.
 *
 * @param dataDir - the data folder, whose schema/atlas.schema.json is read
 * @param def - the name under `$defs`
 * @returns the validator
 */
export function validatorFor(dataDir: string, def: string): Validator {
	const key = `${dataDir}#${def}`;
	const cached = validators.get(key);
	if (cached) return cached;
	const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
	ajv.addSchema(JSON.parse(readFileSync(join(dataDir, 'schema/atlas.schema.json'), 'utf8')));
	const fn = ajv.getSchema(`atlas.schema.json#/$defs/${def}`);
	if (!fn) throw new Error(`data/schema/atlas.schema.json has no definition "${def}"`);
	validators.set(key, fn as unknown as Validator);
	return fn as unknown as Validator;
}
