/**
 * Copies of data/ for planting one mistake each: the copy's folder, the line a planted text is on, and the copies
 * removed after every test. Shared by the data-file tests of the catalogue and of the model.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { DATA_DIR } from '../../scripts/catalogue/data';

const copies: string[] = [];
afterEach(() => {
	while (copies.length) rmSync(copies.pop()!, { recursive: true, force: true });
});

/** A temporary folder removed after the test. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	copies.push(dir);
	return dir;
}

/** A copy of data/ with one file edited; returns the copy's folder. */
export function copyWith(file: string, edit: (text: string) => string): string {
	const dir = tempDir('atlas-data-');
	cpSync(DATA_DIR, dir, { recursive: true });
	const path = join(dir, file);
	const before = readFileSync(path, 'utf8');
	const after = edit(before);
	expect(after, 'the planted edit changed the file').not.toBe(before);
	writeFileSync(path, after);
	return dir;
}

/** 1-based line of the first line of a file of the copy holding `text` (from line index `from`). */
export function lineOf(dir: string, file: string, text: string, from = 0): number {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const i = lines.findIndex((l, k) => k >= from && l.includes(text));
	expect(i, `"${text}" is in ${file}`).toBeGreaterThanOrEqual(0);
	return i + 1;
}
