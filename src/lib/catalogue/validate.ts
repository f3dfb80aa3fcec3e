/**
 * Catalogue validation: every rule the data must meet before anything is drawn. Pure: the caller
 * loads the seeds, gazetteer and inventory refs (scripts/check-data.ts does it from disk).
 */
import type { Airport, Place } from '../geo/types';
import type { ProjectEntry, ProjectStatus, SourceRef } from './types';
import { buildGazetteer, geometryPlaceIds, isInRegion } from './geometry';
import { PUBLIC_REFERENCE } from './sources';
import { DOCUMENTS, isRetrospective, type SourceDocument } from './documents';
import type { ExpectedItem } from './expected';
import { seatsOffReference, type SeatReference } from '../geo/seats';

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
	| 'no-status'
	| 'target-as-event'
	| 'unlabelled-public-figure'
	| 'district-length-not-stated'
	| 'opening-without-source'
	| 'missing-expected-item'
	| 'seat-off-reference'
	| 'alias-not-in-documents'
	| 'status-order';

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
	/** Items the documents name that must each be an entry (see expected.ts). */
	expectedItems?: readonly ExpectedItem[];
	/** Seats of government to hold county and prefecture seats to (see geo/seats.ts). */
	seatReferences?: readonly SeatReference[];
	/** A record per seed file (documents.ts by default). */
	documents?: readonly SourceDocument[];
}

/** Status words that say something was built or is being built: only a document's report of what happened may carry them. */
const EVENT_STATUSES: ReadonlySet<ProjectStatus> = new Set(['construction-starting', 'under-construction', 'in-service']);

/** Words that make a sentence an aim, not a report (力争 "strive to", 未来5年 "in the next five years", ...). */
export const AIM_MARKERS = ['力争', '未来5年', '未来五年', '争取', '计划', '将于', '有望', '目标', '确保'];

/**
 * The text a citation points at: its line, or its lines joined when the quote runs over several.
 *
 * @param source - a citation of a seed file
 * @param seeds - seed lines by file
 * @returns the text, or undefined when a line is missing
 * @example
 * citedText(s0(109, '建成投用渝湘高铁重庆至黔江段', 110), seeds); // '建设武陵山区综合交通枢纽。建成投用渝湘…'
 */
export function citedText(source: SourceRef, seeds: Record<string, string[]>): string | undefined {
	const lines = seeds[source.file];
	if (!lines || !Number.isInteger(source.line) || source.line < 1) return undefined;
	const last = source.lineEnd ?? source.line;
	if (!Number.isInteger(last) || last < source.line || last - source.line > 6) return undefined;
	const parts = lines.slice(source.line - 1, last);
	if (parts.length !== last - source.line + 1) return undefined;
	return parts.join('');
}

/** The sentence of `text` holding `quote`, from the last full stop or semicolon before it. */
function sentenceOf(text: string, quote: string): string {
	const at = text.indexOf(quote);
	if (at < 0) return quote;
	const before = text.slice(0, at);
	const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！')) + 1;
	return text.slice(start, at + quote.length);
}

/** A citation's place as the data files write it: `002:775` (document id and line), or the file name for an unknown document. */
function placeOf(source: SourceRef, documents: readonly SourceDocument[]): string {
	const doc = documents.find((d) => d.file === source.file);
	return `${doc?.id ?? source.file}:${source.line}${source.lineEnd ? `-${source.lineEnd}` : ''}`;
}

const GEOMETRY_METHODS = new Set(['surveyed', 'located', 'approximate', 'schematic', 'unlocated']);

function checkSource(
	id: string,
	source: SourceRef,
	seeds: Record<string, string[]>,
	what: string,
	documents: readonly SourceDocument[]
): ValidationError[] {
	if (source.file === PUBLIC_REFERENCE) {
		if (source.line !== 0) return [{ id, rule: 'no-such-line', message: `${what}: public reference must cite line 0, not ${source.line}` }];
		if (!source.quote.trim()) return [{ id, rule: 'quote-not-in-line', message: `${what}: public reference without words` }];
		return [];
	}
	const lines = seeds[source.file];
	if (!lines)
		return [
			{
				id,
				rule: 'unknown-file',
				message: `${what}: no text of the document "${source.file}" (a seed of shared/seeds or a file of data/documents/)`
			}
		];
	if (!documents.some((d) => d.file === source.file))
		return [{ id, rule: 'unknown-file', message: `${what}: "${source.file}" has no document record in data/documents.yaml` }];
	const text = citedText(source, seeds);
	if (text === undefined)
		return [{ id, rule: 'no-such-line', message: `${what}: line ${placeOf(source, documents)} does not exist in that document` }];
	if (!source.quote || !text.includes(source.quote)) {
		return [
			{
				id,
				rule: 'quote-not-in-line',
				message: `${what}: the quoted words "${source.quote}" are not in ${placeOf(source, documents)}; expected the exact words of that line (copy them from its source page)`
			}
		];
	}
	return [];
}

function checkEntrySources(entry: ProjectEntry, seeds: Record<string, string[]>, documents: readonly SourceDocument[]): ValidationError[] {
	const errors: ValidationError[] = [];
	if (entry.status.length === 0) errors.push({ id: entry.id, rule: 'no-status', message: 'no status claim' });
	entry.status.forEach((c, i) => {
		const before = entry.status[i - 1];
		if (before && c.asOf < before.asOf)
			errors.push({
				id: entry.id,
				rule: 'status-order',
				message: `status[${i}] (${c.asOf}) comes after a ${before.asOf} status; list status events oldest source first, so the last is the current one`
			});
	});
	entry.status.forEach((c, i) => {
		const sourceErrors = checkSource(entry.id, c.source, seeds, `status[${i}]`, documents);
		errors.push(...sourceErrors);
		if (sourceErrors.length > 0 || !EVENT_STATUSES.has(c.status)) return;
		if (!isRetrospective(c.source, documents)) {
			errors.push({
				id: entry.id,
				rule: 'target-as-event',
				message: `status[${i}] "${c.status}" cites ${placeOf(c.source, documents)}, which is not a report of what happened (outside the document's \`retrospective\` lines in data/documents.yaml); record it as a target`
			});
			return;
		}
		if (c.source.file === PUBLIC_REFERENCE) return;
		const sentence = sentenceOf(citedText(c.source, seeds) ?? '', c.source.quote);
		const marker = AIM_MARKERS.find((m) => sentence.includes(m));
		if (marker) {
			errors.push({
				id: entry.id,
				rule: 'target-as-event',
				message: `status[${i}] "${c.status}": "${sentence}" is an aim ("${marker}"); record it as a target`
			});
		}
	});
	(entry.targets ?? []).forEach((t, i) => errors.push(...checkSource(entry.id, t.source, seeds, `targets[${i}]`, documents)));
	if (entry.opened) {
		const o = entry.opened;
		const openErrors = checkSource(entry.id, o.source, seeds, 'opened', documents);
		errors.push(...openErrors);
		if (openErrors.length === 0 && !isRetrospective(o.source, documents)) {
			errors.push({
				id: entry.id,
				rule: 'opening-without-source',
				message: `opened ${o.year} cites ${placeOf(o.source, documents)}, which reports nothing as done (outside the document's \`retrospective\` lines)`
			});
		}
		if (o.source.file === PUBLIC_REFERENCE && !o.source.work) {
			errors.push({
				id: entry.id,
				rule: 'opening-without-source',
				message: `opened ${o.year}: public reference without the work it comes from`
			});
		}
	}
	entry.sources.forEach((s, i) => errors.push(...checkSource(entry.id, s, seeds, `sources[${i}]`, documents)));
	entry.stated.forEach((fact, i) => {
		const sourceErrors = checkSource(entry.id, fact.source, seeds, `stated[${i}]`, documents);
		errors.push(...sourceErrors);
		if (fact.source.file === PUBLIC_REFERENCE) {
			const labelled = fact.label.zh.includes('公开资料') && fact.label.en.toLowerCase().includes('public reference');
			if (!labelled || !fact.source.work) {
				errors.push({
					id: entry.id,
					rule: 'unlabelled-public-figure',
					message: `stated[${i}] "${fact.label.en}" comes from public reference but ${labelled ? 'names no reference work' : 'its label does not say "公开资料 / public reference"'}`
				});
			}
			if (fact.key === 'length-in-district') {
				errors.push({
					id: entry.id,
					rule: 'district-length-not-stated',
					message: `stated[${i}]: a length in Qianjiang must be stated by a document (黔江段), not public reference`
				});
			}
			return;
		}
		if (sourceErrors.length > 0) return;
		const line = citedText(fact.source, seeds) ?? '';
		if (fact.key === 'length-in-district' && !line.includes('黔江段')) {
			errors.push({
				id: entry.id,
				rule: 'district-length-not-stated',
				message: `stated[${i}]: "${fact.value}" is labelled a length in Qianjiang but ${placeOf(fact.source, documents)} does not say 黔江段`
			});
		}
		if (!fact.value || !line.includes(fact.value)) {
			errors.push({
				id: entry.id,
				rule: 'figure-not-in-line',
				message: `stated[${i}]: value "${fact.value}" is not in ${placeOf(fact.source, documents)}; a figure is written exactly as its line states it`
			});
		}
	});
	return errors;
}

function checkGeometry(entry: ProjectEntry, gazetteer: ReturnType<typeof buildGazetteer>): ValidationError[] {
	const spec = entry.geometry as { method?: string } | undefined;
	if (!spec || !spec.method || !GEOMETRY_METHODS.has(spec.method)) {
		return [
			{
				id: entry.id,
				rule: 'no-geometry-method',
				message: `geometry method "${spec?.method ?? ''}" is not one of ${[...GEOMETRY_METHODS].join(', ')}`
			}
		];
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
			errors.push({
				id: entry.id,
				rule: 'outside-region',
				message: `place "${placeId}" at [${position.join(', ')}] is outside lon 104–114, lat 26–33`
			});
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
	const known = new Set([...inputs.inventoryRefs, ...(inputs.expectedItems ?? []).map((e) => e.ref)]);
	const covered = new Set(entries.map((e) => e.ref));
	const seen = new Set<string>();
	for (const entry of entries) {
		if (seen.has(entry.id)) errors.push({ id: entry.id, rule: 'duplicate-id', message: `id "${entry.id}" is used twice` });
		seen.add(entry.id);
		if (!known.has(entry.ref))
			errors.push({
				id: entry.id,
				rule: 'unknown-ref',
				message: `ref "${entry.ref}" is neither an inventory code nor in data/expected.yaml; for a new item, add it there ({ref, words, at}) so check:data keeps it in the catalogue`
			});
		for (const [label, text] of [
			['name.zh', entry.name?.zh],
			['name.en', entry.name?.en],
			['shortName.zh', entry.shortName?.zh],
			['shortName.en', entry.shortName?.en]
		] as const) {
			if (!text || !text.trim()) errors.push({ id: entry.id, rule: 'empty-name', message: `${label} is empty` });
		}
		errors.push(...checkEntrySources(entry, inputs.seeds, inputs.documents ?? DOCUMENTS), ...checkGeometry(entry, gazetteer));
		for (const alias of entry.aliases ?? []) {
			// Newspaper columns break names over lines: the text is searched as one run.
			if (!Object.values(inputs.seeds).some((lines) => lines.join('').includes(alias)))
				errors.push({
					id: entry.id,
					rule: 'alias-not-in-documents',
					message: `aliases: "${alias}" is in no document; an alias is a name a document uses, as written there`
				});
		}
	}
	for (const ref of inputs.inventoryRefs) {
		if (!covered.has(ref)) errors.push({ id: ref, rule: 'missing-ref', message: `inventory item ${ref} has no catalogue entry` });
	}
	errors.push(...checkExpectedItems(entries, inputs.expectedItems ?? []));
	for (const off of seatsOffReference(inputs.places, inputs.seatReferences ?? [])) {
		errors.push({ id: off.id, rule: 'seat-off-reference', message: off.message });
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

/**
 * Every expected item must be an entry: one with the item's ref whose name holds the item's words
 * and that cites the item's line.
 *
 * @param entries - the catalogue
 * @param expected - the items the documents name
 * @returns one 'missing-expected-item' error per item no entry covers
 * @example
 * checkExpectedItems([], [{ ref: 'N1', words: '金洞风电', file: '002_9e3621a23b2e2452.txt', line: 545 }]).length; // 1
 */
export function checkExpectedItems(entries: readonly ProjectEntry[], expected: readonly ExpectedItem[]): ValidationError[] {
	const errors: ValidationError[] = [];
	for (const item of expected) {
		const found = entries.some(
			(e) =>
				e.ref === item.ref &&
				(e.name.zh.includes(item.words) || e.sources.some((s) => s.quote.includes(item.words))) &&
				e.sources.some((s) => s.file === item.file && s.line <= item.line && (s.lineEnd ?? s.line) >= item.line)
		);
		if (!found) {
			errors.push({
				id: item.ref,
				rule: 'missing-expected-item',
				message: `"${item.words}" (${item.file}:${item.line}) has no entry with ref ${item.ref} citing that line`
			});
		}
	}
	return errors;
}
