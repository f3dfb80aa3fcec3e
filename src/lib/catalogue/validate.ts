/**
 * Catalogue validation: every rule the data must meet before anything is drawn. Pure: the caller
 * loads the seeds, gazetteer and inventory refs (scripts/check-data.ts does it from disk).
 */
import type { Airport, Place } from '../geo/types';
import type { ProjectEntry, SourceRef } from './types';
import { buildGazetteer, geometryPlaceIds, isInRegion } from './geometry';
import { PUBLIC_REFERENCE } from './sources';

/** Names of the validation rules; each error carries one. */
export type ValidationRule =
	| 'missing-ref'
	| 'unknown-ref'
	| 'unknown-file'
	| 'no-such-line'
	| 'quote-not-in-line'
	| 'figure-not-in-line'
	| 'no-geometry-method'
	| 'unresolved-place'
	| 'outside-region'
	| 'too-few-positions'
	| 'duplicate-id'
	| 'empty-name'
	| 'no-status';

export interface ValidationError {
	/** Entry id, or the inventory ref for 'missing-ref'. */
	id: string;
	rule: ValidationRule;
	message: string;
}

export interface ValidationInputs {
	/** Seed file name → its lines (line n is `lines[n - 1]`). */
	seeds: Record<string, string[]>;
	places: Place[];
	airports: Airport[];
	/** Every inventory code (R1, W14, C6, ...) the catalogue must cover. */
	inventoryRefs: string[];
}

const GEOMETRY_METHODS = new Set(['surveyed', 'located', 'approximate', 'schematic', 'unlocated']);

function checkSource(id: string, source: SourceRef, seeds: Record<string, string[]>, what: string): ValidationError[] {
	if (source.file === PUBLIC_REFERENCE) {
		if (source.line !== 0) return [{ id, rule: 'no-such-line', message: `${what}: public reference must cite line 0, not ${source.line}` }];
		if (!source.quote.trim()) return [{ id, rule: 'quote-not-in-line', message: `${what}: public reference without words` }];
		return [];
	}
	const lines = seeds[source.file];
	if (!lines) return [{ id, rule: 'unknown-file', message: `${what}: no seed file "${source.file}"` }];
	const text = Number.isInteger(source.line) && source.line >= 1 ? lines[source.line - 1] : undefined;
	if (text === undefined) return [{ id, rule: 'no-such-line', message: `${what}: ${source.file}:${source.line} does not exist` }];
	if (!source.quote || !text.includes(source.quote)) {
		return [{ id, rule: 'quote-not-in-line', message: `${what}: "${source.quote}" is not in ${source.file}:${source.line}` }];
	}
	return [];
}

function checkEntrySources(entry: ProjectEntry, seeds: Record<string, string[]>): ValidationError[] {
	const errors: ValidationError[] = [];
	if (entry.status.length === 0) errors.push({ id: entry.id, rule: 'no-status', message: 'no status claim' });
	entry.status.forEach((c, i) => errors.push(...checkSource(entry.id, c.source, seeds, `status[${i}]`)));
	entry.sources.forEach((s, i) => errors.push(...checkSource(entry.id, s, seeds, `sources[${i}]`)));
	entry.stated.forEach((fact, i) => {
		const sourceErrors = checkSource(entry.id, fact.source, seeds, `stated[${i}]`);
		errors.push(...sourceErrors);
		if (sourceErrors.length > 0 || fact.source.file === PUBLIC_REFERENCE) return;
		const line = seeds[fact.source.file][fact.source.line - 1];
		if (!fact.value || !line.includes(fact.value)) {
			errors.push({
				id: entry.id,
				rule: 'figure-not-in-line',
				message: `stated[${i}]: value "${fact.value}" is not in ${fact.source.file}:${fact.source.line}`
			});
		}
	});
	return errors;
}

function checkGeometry(entry: ProjectEntry, gazetteer: ReturnType<typeof buildGazetteer>): ValidationError[] {
	const spec = entry.geometry as { method?: string } | undefined;
	if (!spec || !spec.method || !GEOMETRY_METHODS.has(spec.method)) {
		return [{ id: entry.id, rule: 'no-geometry-method', message: `geometry method "${spec?.method ?? ''}" is not one of ${[...GEOMETRY_METHODS].join(', ')}` }];
	}
	const errors: ValidationError[] = [];
	const ids = geometryPlaceIds(entry.geometry);
	if (entry.geometry.method === 'schematic' && ids.length < 2) {
		errors.push({ id: entry.id, rule: 'too-few-positions', message: `schematic line with ${ids.length} place(s); it needs at least two` });
	}
	for (const placeId of ids) {
		const position = gazetteer.get(placeId);
		if (!position) errors.push({ id: entry.id, rule: 'unresolved-place', message: `place "${placeId}" is not in the gazetteer` });
		else if (!isInRegion(position)) {
			errors.push({ id: entry.id, rule: 'outside-region', message: `place "${placeId}" at [${position.join(', ')}] is outside lon 104–114, lat 26–33` });
		}
	}
	return errors;
}

/**
 * Check the catalogue against its sources, the gazetteer and the inventory.
 *
 * @param entries - the catalogue
 * @param inputs - seed lines by file, gazetteer places, airports, and the inventory refs to cover
 * @returns every problem found (empty when the catalogue is sound), in entry order
 * @example
 * validateCatalogue(catalogue, { seeds, places, airports, inventoryRefs }).length; // 0
 */
export function validateCatalogue(entries: readonly ProjectEntry[], inputs: ValidationInputs): ValidationError[] {
	const errors: ValidationError[] = [];
	const gazetteer = buildGazetteer(inputs.places, inputs.airports);
	const known = new Set(inputs.inventoryRefs);
	const covered = new Set(entries.map((e) => e.ref));
	const seen = new Set<string>();
	for (const entry of entries) {
		if (seen.has(entry.id)) errors.push({ id: entry.id, rule: 'duplicate-id', message: `id "${entry.id}" is used twice` });
		seen.add(entry.id);
		if (!known.has(entry.ref)) errors.push({ id: entry.id, rule: 'unknown-ref', message: `ref "${entry.ref}" is not in the inventory` });
		for (const [label, text] of [
			['name.zh', entry.name?.zh],
			['name.en', entry.name?.en],
			['shortName.zh', entry.shortName?.zh],
			['shortName.en', entry.shortName?.en]
		] as const) {
			if (!text || !text.trim()) errors.push({ id: entry.id, rule: 'empty-name', message: `${label} is empty` });
		}
		errors.push(...checkEntrySources(entry, inputs.seeds), ...checkGeometry(entry, gazetteer));
	}
	for (const ref of inputs.inventoryRefs) {
		if (!covered.has(ref)) errors.push({ id: ref, rule: 'missing-ref', message: `inventory item ${ref} has no catalogue entry` });
	}
	return errors;
}

/**
 * Inventory codes in a markdown inventory: every `| R1 |`-style code in the first column of a table.
 *
 * @param markdown - text of shared/project-inventory.md
 * @returns codes in order of appearance, without duplicates
 * @example
 * parseInventoryRefs('| R1 | 渝厦高铁 |\n| W14 | 金溪水库 |'); // ['R1', 'W14']
 */
export function parseInventoryRefs(markdown: string): string[] {
	const refs: string[] = [];
	for (const line of markdown.split(/\r?\n/)) {
		const match = /^\|\s*([A-Z]\d+)\s*\|/.exec(line);
		if (match && !refs.includes(match[1])) refs.push(match[1]);
	}
	return refs;
}
