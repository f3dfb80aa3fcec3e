/**
 * Reads the catalogue index as written by scripts/build-projects.ts, whichever of its two shapes.
 */
import type { IndexEntry } from './view';

/**
 * The entries of a parsed projects.json.
 * @param json the parsed file: an array of entries or `{ projects: [...] }`
 * @returns the entries
 * @example indexEntries(JSON.parse(text)).length
 */
export function indexEntries(json: unknown): IndexEntry[] {
	if (Array.isArray(json)) return json as IndexEntry[];
	const p = (json as { projects?: unknown } | null)?.projects;
	if (Array.isArray(p)) return p as IndexEntry[];
	throw new Error('projects.json: expected an array of entries or { projects: [...] }');
}
