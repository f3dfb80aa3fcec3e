/**
 * Reads the travel-time model's data of data/ (YAML, the same schema as the catalogue: data/schema/atlas.schema.json):
 * the stations (network/stations.yaml), the public-reference figures and the plan's promises (network/facts.yaml), the
 * link table (network/links.yaml) and the assumptions (assumptions.yaml). Links of the catalogue are resolved against
 * its entries here: their name and code are the entry's, their stated figures the entry's figures. Problems are
 * reported as `{ file, line, message }` like the catalogue's. Node only: build-catalogue writes what this reads to
 * src/lib/generated/, check-data checks it against the gazetteer and the documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { LineCounter, isMap, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { SourceDocument } from '../../src/lib/catalogue/documents';
import { PUBLIC_REFERENCE } from '../../src/lib/catalogue/sources';
import type { Bilingual, ProjectEntry, ProjectStatus, SourceRef } from '../../src/lib/catalogue/types';
import { citedText } from '../../src/lib/catalogue/validate';
import type { Figure, LineDef, LineStop, SpeedSource, StationDef, TimetableRun } from '../../src/lib/analysis/network/types';
import type { NetworkFact, PromiseSources } from '../../src/lib/data/network-facts';
import type { AssumptionSpec, Assumptions, RegionStations } from '../../src/lib/data/assumptions';
import { DATA_DIR, REPO_ROOT, parseCite, schemaMessage, type DataProblem } from './data';

/** The groups of data/network/facts.yaml, with the mode of their links. */
export const FACT_GROUPS = { 'rail-in-service': 'rail', 'rail-planned': 'rail', expressways: 'road' } as const;
export type FactGroup = keyof typeof FACT_GROUPS;

/** A public-reference fact in its runtime form: its group, and its citation resolved. */
export interface NetworkFactRecord extends NetworkFact {
	group: FactGroup;
}

/** What the app reads of assumptions.yaml (src/lib/generated/assumptions.json). */
export interface AssumptionsData {
	defaults: Assumptions;
	specs: AssumptionSpec[];
	regionStationChoices: Record<keyof RegionStations, string[]>;
	lineSpeedRange: { min: number; max: number };
}

/** Everything read from the model's data files. */
export interface NetworkData {
	stations: StationDef[];
	facts: NetworkFactRecord[];
	promises: PromiseSources | null;
	/** The facts each line draws on (for its length, speed and timetable), by line id. */
	linkFacts: Record<string, string[]>;
	links: LineDef[];
	assumptions: AssumptionsData | null;
	problems: DataProblem[];
	/** Where a link, station, fact or assumption is written, for messages about it. */
	where: (
		what: 'link' | 'station' | 'fact' | 'spec' | 'defaults' | 'promises' | 'lineSpeedRange',
		id?: string
	) => { file: string; line: number };
}

interface ParsedFile {
	rel: string;
	doc: Document.Parsed;
	lines: LineCounter;
	value: unknown;
}

function relPath(path: string): string {
	const r = relative(REPO_ROOT, path);
	return r.startsWith('..') ? path : r;
}

function lineOf(file: ParsedFile, node: Node | null | undefined): number {
	const offset = node?.range?.[0];
	return offset === undefined ? 1 : file.lines.linePos(offset).line;
}

function readYaml(path: string, problems: DataProblem[]): ParsedFile | null {
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
	return { rel, doc, lines, value: doc.toJS() };
}

/** The node at a JSON pointer path (`/3/speed/fact`), or the deepest one that exists. */
function nodeAt(doc: Document.Parsed, pointer: string): Node | null {
	let node: unknown = doc.contents;
	for (const part of pointer.split('/').slice(1)) {
		const next = isSeq(node) ? node.items[Number(part)] : isMap(node) ? node.get(part, true) : undefined;
		if (next === undefined || next === null) break;
		node = next;
	}
	return (node as Node) ?? null;
}

type Validator = ((v: unknown) => boolean) & { errors?: ErrorObject[] | null };
const validators = new Map<string, Validator>();

function validatorFor(dataDir: string, def: string): Validator {
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

function schemaProblems(file: ParsedFile, def: string, dataDir: string, noun: string): DataProblem[] {
	const validate = validatorFor(dataDir, def);
	if (validate(file.value)) return [];
	const seen = new Set<string>();
	const out: DataProblem[] = [];
	const errors = validate.errors ?? [];
	// anyOf reports every branch it tried: say once which forms the field takes instead.
	const alternatives = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
	const underAlternative = (path: string) => alternatives.some((a) => path === a || path.startsWith(`${a}/`));
	for (const e of errors) {
		if (e.keyword === 'if' || (e.keyword !== 'anyOf' && underAlternative(e.instancePath))) continue;
		const pointer =
			e.keyword === 'additionalProperties'
				? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`
				: e.instancePath;
		const line = lineOf(file, nodeAt(file.doc, pointer));
		const item = itemAt(file.value, pointer);
		const field =
			pointer
				.split('/')
				.filter((x) => x && !/^\d+$/.test(x))
				.at(-1) ?? '';
		const owned = e.keyword === 'additionalProperties' && def === 'linksFile' && CATALOGUE_OWNED.has(field);
		const message =
			(item ? `${noun} ${item}: ` : '') +
			(e.keyword === 'anyOf'
				? `${describe(pointer)} has the wrong form; expected ${FORMS[field] ?? 'one of the forms the schema gives'}`
				: owned
					? `\`${field}\` is the catalogue entry's (data/projects/): a line names its entry by \`project\` and does not restate it`
					: e.keyword === 'false schema'
						? `${describe(pointer)} does not belong here (${falseSchemaWhy(pointer)})`
						: schemaMessage(e));
		const k = `${line}:${message}`;
		if (seen.has(k)) continue;
		seen.add(k);
		out.push({ file: file.rel, line, message });
	}
	return out;
}

/** Fields a catalogue entry owns: a link that restates one is told where it lives. */
const CATALOGUE_OWNED = new Set(['ref', 'short', 'status', 'period', 'opened', 'openedYear', 'year', 'targets']);

/** The forms a field with alternatives takes, for messages. */
const FORMS: Record<string, string> = {
	speed: 'stated, none, {fact: <fact id>}, {fact: <fact id>, kmh: <km/h>} or {assumed: <km/h>}',
	availability: '{fact: <fact id>} or {status: <status>, cite: "public <year> <words>"}',
	stops: 'a station or place id, or {unnamed: {zh: …, en: …}}'
};

function describe(pointer: string): string {
	const named = pointer.split('/').filter((p) => p && !/^\d+$/.test(p));
	return named.length ? `\`${named.join('.')}\`` : 'the item';
}

function falseSchemaWhy(pointer: string): string {
	if (/\/(name|availability)$/.test(pointer)) return 'a line with a `project` takes its name, status and opening from the catalogue entry';
	return 'only a line with a `project` has a section or a stated length in Qianjiang';
}

function itemAt(value: unknown, pointer: string): string | null {
	const parts = pointer.split('/').slice(1);
	let list: unknown = value;
	if (!Array.isArray(list) && parts.length > 1 && list && typeof list === 'object')
		list = (list as Record<string, unknown>)[parts.shift()!];
	if (!Array.isArray(list) || parts.length === 0 || !/^\d+$/.test(parts[0])) return null;
	const item = list[Number(parts[0])] as { id?: unknown; key?: unknown } | undefined;
	return typeof item?.id === 'string' ? item.id : typeof item?.key === 'string' ? item.key : null;
}

interface RawFact extends Omit<NetworkFact, 'source' | 'mode'> {
	cite: string;
}
type RawSpeed = 'stated' | 'none' | { fact: string; kmh?: number } | { assumed: number };
interface RawLink {
	id: string;
	project?: string;
	section?: Bilingual;
	name?: Bilingual;
	mode: LineDef['mode'];
	kind: LineDef['kind'];
	stops: LineStop[];
	stopsKnown: boolean;
	length?: { fact: string };
	lengthInDistrict?: 'stated';
	speed: RawSpeed;
	timetable?: { fact: string; from: string; to: string }[];
	availability?: { fact: string } | { status: ProjectStatus; year?: number; cite: string };
	via?: Record<string, string[]>;
	note?: Bilingual;
}

function sourceKey(s: SourceRef): string {
	return `${s.file}:${s.line}:${s.lineEnd ?? ''}:${s.quote}`;
}

/**
 * A line's name from its catalogue entry, with the section it is: `G65包茂高速（重庆段） 重庆—南川`.
 *
 * @param name - the entry's name
 * @param section - the part of the project the line is, if any
 * @returns the line's name
 * @example
 * sectionName({ zh: '渝怀铁路', en: 'Chongqing–Huaihua railway' }); // the name itself
 */
export function sectionName(name: Bilingual, section?: Bilingual): Bilingual {
	return section ? { zh: `${name.zh} ${section.zh}`, en: `${name.en}, ${section.en}` } : { zh: name.zh, en: name.en };
}

/**
 * Read the model's data files of a folder and resolve the link table against the catalogue's entries and documents.
 *
 * @param dataDir - the data folder (the repository's data/ by default)
 * @param atlas - the catalogue entries and document records, as `readAtlasData` returned them
 * @returns stations, facts, promises, links in runtime form, the assumptions, the problems, and where each is written
 * @example
 * const { links, problems } = readNetworkData(DATA_DIR, readAtlasData());
 * links.find((l) => l.id === 'qianli')?.ref; // 'E1', from the catalogue entry
 */
export function readNetworkData(
	dataDir: string = DATA_DIR,
	atlas: { entries: readonly ProjectEntry[]; documents: readonly SourceDocument[] }
): NetworkData {
	const problems: DataProblem[] = [];
	const places = new Map<string, { file: string; line: number }>();
	const at = (file: ParsedFile, pointer: string) => ({ file: file.rel, line: lineOf(file, nodeAt(file.doc, pointer)) });
	const cite = (file: ParsedFile, text: string, pointer: string): SourceRef | null => {
		const r = parseCite(text, atlas.documents);
		if ('error' in r) {
			problems.push({ ...at(file, pointer), message: r.error });
			return null;
		}
		return r;
	};

	// Stations.
	const stations: StationDef[] = [];
	const stationFile = readYaml(join(dataDir, 'network/stations.yaml'), problems);
	if (stationFile) {
		problems.push(...schemaProblems(stationFile, 'stationsFile', dataDir, 'station'));
		if (Array.isArray(stationFile.value))
			(stationFile.value as { id: string; place: string; name: Bilingual }[]).forEach((s, i) => {
				if (!s || typeof s.id !== 'string' || !s.name) return;
				const where = at(stationFile, `/${i}`);
				if (places.has(`station:${s.id}`))
					problems.push({ ...where, message: `station id "${s.id}" is used twice; each station needs its own` });
				places.set(`station:${s.id}`, where);
				stations.push({ id: s.id, place: s.place, zh: s.name.zh, en: s.name.en });
			});
	}

	// Facts and promises.
	const facts: NetworkFactRecord[] = [];
	let promises: PromiseSources | null = null;
	const factFile = readYaml(join(dataDir, 'network/facts.yaml'), problems);
	if (factFile) {
		problems.push(...schemaProblems(factFile, 'factsFile', dataDir, 'fact'));
		const value = (factFile.value ?? {}) as Partial<Record<FactGroup, RawFact[]>> & { promises?: Record<string, string> };
		for (const group of Object.keys(FACT_GROUPS) as FactGroup[]) {
			(Array.isArray(value[group]) ? value[group]! : []).forEach((raw, i) => {
				if (!raw || typeof raw.id !== 'string' || typeof raw.cite !== 'string') return;
				const where = at(factFile, `/${group}/${i}`);
				if (places.has(`fact:${raw.id}`))
					problems.push({ ...where, message: `fact id "${raw.id}" is used twice; each fact needs its own` });
				places.set(`fact:${raw.id}`, where);
				const source = cite(factFile, raw.cite, `/${group}/${i}/cite`);
				if (!source) return;
				const rest: Partial<RawFact> = { ...raw };
				delete rest.cite;
				facts.push({ ...(rest as Omit<RawFact, 'cite'>), mode: FACT_GROUPS[group], source, group });
			});
		}
		const p = value.promises;
		if (p && typeof p === 'object') {
			const read = (k: keyof PromiseSources) => (typeof p[k] === 'string' ? cite(factFile, p[k], `/promises/${k}`) : null);
			const chongqingHour = read('chongqingHour');
			const cztAndGba = read('cztAndGba');
			const regionalCentres = read('regionalCentres');
			if (chongqingHour && cztAndGba && regionalCentres) promises = { chongqingHour, cztAndGba, regionalCentres };
			for (const k of Object.keys(p)) places.set(`promises:${k}`, at(factFile, `/promises/${k}`));
		}
	}
	const factById = new Map(facts.map((f) => [f.id, f]));

	// Links, resolved against the catalogue and the facts.
	const links: LineDef[] = [];
	const linkFacts: Record<string, string[]> = {};
	const linkFile = readYaml(join(dataDir, 'network/links.yaml'), problems);
	if (linkFile) {
		problems.push(...schemaProblems(linkFile, 'linksFile', dataDir, 'link'));
		if (Array.isArray(linkFile.value))
			(linkFile.value as RawLink[]).forEach((raw, i) => {
				if (!raw || typeof raw.id !== 'string' || !Array.isArray(raw.stops) || !raw.speed) return;
				const where = at(linkFile, `/${i}`);
				if (places.has(`link:${raw.id}`))
					problems.push({ ...where, message: `link id "${raw.id}" is used twice; each line needs its own` });
				places.set(`link:${raw.id}`, where);
				const line = resolveLink(raw, i);
				if (line) links.push(line);
			});
	}

	function resolveLink(raw: RawLink, i: number): LineDef | null {
		const file = linkFile!;
		const say = (pointer: string, message: string) =>
			problems.push({ ...at(file, `/${i}${pointer}`), message: `link ${raw.id}: ${message}` });
		let ok = true;
		const fact = (id: string, pointer: string, needs?: keyof NetworkFact): NetworkFactRecord | null => {
			const f = factById.get(id);
			const used = (linkFacts[raw.id] ??= []);
			if (f && !pointer.startsWith('/availability') && !used.includes(id)) used.push(id);
			if (!f) {
				say(pointer, `no fact has the id "${id}"; expected one of data/network/facts.yaml`);
				ok = false;
				return null;
			}
			if (needs && f[needs] === undefined) {
				say(pointer, `fact ${id} gives no ${needs}; pick a fact that does, or leave the field out`);
				ok = false;
				return null;
			}
			return f;
		};
		let entry: ProjectEntry | undefined;
		if (raw.project !== undefined) {
			entry = atlas.entries.find((e) => e.id === raw.project);
			if (!entry) {
				const close = atlas.entries.filter((e) => e.id.split('-')[0] === String(raw.project).split('-')[0]).map((e) => e.id);
				say(
					'/project',
					`no catalogue entry has the id "${raw.project}"${close.length ? `; close: ${close.slice(0, 4).join(', ')}` : ''} (ids are in data/projects/)`
				);
				return null;
			}
		}
		const stated = (key: string, pointer: string): Figure | null => {
			const f = entry?.stated.find((x) => x.key === key && x.amount !== undefined);
			if (!f) {
				say(
					pointer,
					`catalogue entry ${raw.project} states no ${key} figure with an amount; state it there, or give the line another source`
				);
				ok = false;
				return null;
			}
			return { value: f.amount!, text: f.value, source: f.source };
		};
		const figureOf = (f: NetworkFactRecord, value: number, text: string | undefined): Figure => ({
			value,
			text: text ?? String(value),
			source: f.source
		});

		const line: Partial<LineDef> & { sources: SourceRef[] } = { id: raw.id, sources: [] };
		if (entry) line.project = entry.id;
		line.ref = entry ? entry.ref : null;
		line.name = entry ? sectionName(entry.name, raw.section) : raw.name;
		line.mode = raw.mode;
		line.kind = raw.kind;
		line.stops = raw.stops;
		if (raw.length) {
			const f = fact(raw.length.fact, '/length/fact', 'lengthKm');
			if (f) line.lengthKm = figureOf(f, f.lengthKm!, f.lengthText);
		}
		if (raw.lengthInDistrict === 'stated') {
			const f = stated('length-in-district', '/lengthInDistrict');
			if (f) line.lengthInDistrictKm = f;
		}
		const speed = raw.speed;
		let speedKmh = 0;
		let speedSource: SpeedSource = 'none';
		if (speed === 'stated') {
			const f = stated('design-speed', '/speed');
			if (f) {
				speedKmh = f.value;
				speedSource = 'stated';
				line.speedFigure = f;
			}
		} else if (typeof speed === 'object' && 'assumed' in speed) {
			speedKmh = speed.assumed;
			speedSource = 'assumed';
		} else if (typeof speed === 'object' && 'fact' in speed) {
			const f = fact(speed.fact, '/speed/fact', speed.kmh === undefined ? 'designSpeedKmh' : undefined);
			if (f) {
				speedKmh = speed.kmh ?? f.designSpeedKmh!;
				speedSource = 'public-reference';
				if (speed.kmh !== undefined && !holdsNumber(f.source.quote, speed.kmh))
					say('/speed/kmh', `${speed.kmh} km/h is not in the words of fact ${f.id} ("${f.source.quote}")`);
			}
		}
		line.designSpeedKmh = speedKmh;
		line.speedSource = speedSource;
		line.stopsKnown = raw.stopsKnown;
		const runs: TimetableRun[] = [];
		(raw.timetable ?? []).forEach((r, k) => {
			const f = fact(r.fact, `/timetable/${k}/fact`, 'scheduledMin');
			if (f)
				runs.push({
					from: r.from,
					to: r.to,
					minutes: f.scheduledMin!,
					text: f.scheduledText ?? `${f.scheduledMin} min`,
					year: f.source.year,
					source: f.source
				});
		});
		if (runs.length) line.timetable = runs;
		if (raw.availability && 'fact' in raw.availability) {
			const f = fact(raw.availability.fact, '/availability/fact');
			if (f)
				line.availability =
					f.openedYear === undefined ? { status: f.status, source: f.source } : { status: f.status, year: f.openedYear, source: f.source };
		} else if (raw.availability && 'status' in raw.availability) {
			const source = cite(file, String(raw.availability.cite), `/${i}/availability/cite`);
			if (source)
				line.availability =
					raw.availability.year === undefined
						? { status: raw.availability.status, source }
						: { status: raw.availability.status, year: raw.availability.year, source };
			else ok = false;
		}
		if (raw.via) line.via = raw.via;
		// Every source the line draws on: its figures, its runs, and the status it is placed by.
		const all = [
			line.lengthKm?.source,
			...runs.map((r) => r.source),
			line.speedFigure?.source,
			line.lengthInDistrictKm?.source,
			line.availability?.source,
			entry?.status.at(-1)?.source
		];
		if (speed !== 'stated' && typeof speed === 'object' && 'fact' in speed) all.splice(1, 0, factById.get(speed.fact)?.source);
		const seen = new Set<string>();
		for (const s of all) {
			if (!s || seen.has(sourceKey(s))) continue;
			seen.add(sourceKey(s));
			line.sources.push(s);
		}
		if (raw.note) line.note = raw.note;
		return ok ? (line as LineDef) : null;
	}

	// Assumptions.
	let assumptions: AssumptionsData | null = null;
	const aFile = readYaml(join(dataDir, 'assumptions.yaml'), problems);
	if (aFile) {
		const schema = schemaProblems(aFile, 'assumptionsFile', dataDir, 'assumption');
		problems.push(...schema);
		if (schema.length === 0) {
			assumptions = aFile.value as AssumptionsData;
			(assumptions.specs ?? []).forEach((s, i) => places.set(`spec:${s.key}`, at(aFile, `/specs/${i}`)));
			for (const k of Object.keys(assumptions.defaults)) places.set(`defaults:${k}`, at(aFile, `/defaults/${k}`));
			places.set('lineSpeedRange', at(aFile, '/lineSpeedRange'));
		}
	}

	const fallback = { file: 'data/network', line: 1 };
	const where: NetworkData['where'] = (what, id) => places.get(id === undefined ? what : `${what}:${id}`) ?? fallback;
	return { stations, facts, promises, links, linkFacts, assumptions, problems, where };
}

/**
 * Whether words hold a number as a figure: the digits stand on their own (`242` in "242 km", not in "1242"), or a
 * number of minutes is written in hours ("about 4 h" holds 240).
 *
 * @param words - the words of a record
 * @param n - the figure
 * @returns true when the words state it
 * @example
 * holdsNumber('about 4 h before 2025', 240); // true
 */
export function holdsNumber(words: string, n: number): boolean {
	const digits = (x: number) => new RegExp(`(^|[^0-9.])${String(x).replace('.', '\\.')}(?![0-9]|\\.[0-9])`).test(words);
	if (digits(n)) return true;
	return n % 60 === 0 && new RegExp(`(^|[^0-9.])${n / 60} ?h\\b`).test(words);
}

/** What the model's data is checked against. */
export interface NetworkCheckInputs {
	/** Gazetteer place ids. */
	placeIds: ReadonlySet<string>;
	/** Document texts by file name (seeds and data/documents/). */
	texts: Record<string, string[]>;
	documents: readonly SourceDocument[];
	entries: readonly ProjectEntry[];
}

/**
 * Every problem of the model's data beyond its form: stops, stations and places that the gazetteer lacks, figures
 * their citation does not hold, facts that disagree with the catalogue, assumptions outside their range.
 *
 * @param net - what readNetworkData returned
 * @param inputs - the gazetteer, the documents' texts and the catalogue
 * @returns the problems, each with its file and line
 * @example
 * checkNetwork(net, inputs).length; // 0 on sound data
 */
export function checkNetwork(net: NetworkData, inputs: NetworkCheckInputs): DataProblem[] {
	const out: DataProblem[] = [];
	const stationIds = new Set(net.stations.map((s) => s.id));
	for (const s of net.stations)
		if (!inputs.placeIds.has(s.place))
			out.push({
				...net.where('station', s.id),
				message: `station ${s.id}: place "${s.place}" is not in the gazetteer (static/geo/places.json)`
			});

	// A cited figure: a seed's words must be in its line; a public record's words must hold every figure.
	const seedQuote = (source: SourceRef, at: { file: string; line: number }, what: string) => {
		const text = citedText(source, inputs.texts);
		const doc = inputs.documents.find((d) => d.file === source.file);
		if (text === undefined)
			out.push({ ...at, message: `${what}: line ${doc?.id ?? source.file}:${source.line} does not exist in that document` });
		else if (!text.includes(source.quote))
			out.push({
				...at,
				message: `${what}: the quoted words "${source.quote}" are not in ${doc?.id ?? source.file}:${source.line}; expected the exact words of that line`
			});
	};
	for (const f of net.facts) {
		const at = net.where('fact', f.id);
		if (f.source.file !== PUBLIC_REFERENCE) {
			seedQuote(f.source, at, `fact ${f.id}`);
			continue;
		}
		const words = f.source.quote;
		// Each figure: its words as written must be in the record's words, and its number in those words.
		const figures: [string, string | undefined, number | undefined][] = [
			['length', f.lengthText, f.lengthKm],
			['design speed', undefined, f.designSpeedKmh],
			['running speed', undefined, f.runsKmh],
			['opening', f.opened, f.openedYear],
			['scheduled time', f.scheduledText, f.scheduledMin]
		];
		for (const [what, text, amount] of figures) {
			if (text !== undefined && !words.includes(text))
				out.push({
					...at,
					message: `fact ${f.id}: the ${what} "${text}" is not in its cited words ("${words}"); cite the record's words that state it`
				});
			else if (amount !== undefined && !holdsNumber(text ?? words, amount))
				out.push({
					...at,
					message: `fact ${f.id}: the ${what} ${amount} is not in ${text === undefined ? `its cited words ("${words}")` : `"${text}" as written`}; make the figure and its words agree`
				});
		}
	}
	if (net.promises) for (const [k, s] of Object.entries(net.promises)) seedQuote(s, net.where('promises', k), `promise ${k}`);

	for (const l of net.links) {
		const at = net.where('link', l.id);
		const say = (message: string) => out.push({ ...at, message: `link ${l.id}: ${message}` });
		const named: string[] = [];
		for (const stop of l.stops) {
			if (typeof stop !== 'string') continue;
			named.push(stop);
			if (l.mode === 'rail' && !stationIds.has(stop)) say(`stop "${stop}" is not a station of data/network/stations.yaml`);
			if (l.mode === 'road' && !inputs.placeIds.has(stop)) say(`stop "${stop}" is not a place of the gazetteer (static/geo/places.json)`);
		}
		for (const [key, via] of Object.entries(l.via ?? {})) {
			const [from, to] = key.split('>');
			if (named.indexOf(to) !== named.indexOf(from) + 1 || !named.includes(from))
				say(`via "${key}" does not name two stops that follow each other`);
			for (const p of via) if (!inputs.placeIds.has(p)) say(`via place "${p}" is not in the gazetteer`);
		}
		for (const r of l.timetable ?? [])
			if (!named.includes(r.from) || !named.includes(r.to)) say(`timetable run ${r.from}–${r.to} does not run between two of its stops`);
		if (l.speedSource === 'stated' || l.lengthInDistrictKm) {
			for (const f of [l.speedFigure, l.lengthInDistrictKm])
				if (f && f.source.file !== PUBLIC_REFERENCE) seedQuote(f.source, at, `link ${l.id}`);
		}
		// One answer per fact: a public fact the line uses must give the catalogue entry's opening year, length and speed.
		const entry = l.project ? inputs.entries.find((e) => e.id === l.project) : undefined;
		if (entry) {
			const publicFigure = (key: string) =>
				entry.stated.find((x) => x.key === key && x.amount !== undefined && x.source.file === PUBLIC_REFERENCE)?.amount;
			for (const id of net.linkFacts[l.id] ?? []) {
				const f = net.facts.find((x) => x.id === id)!;
				const disagree = (what: string, here: number | undefined, there: number | undefined) => {
					if (here !== undefined && there !== undefined && here !== there)
						say(`fact ${f.id} gives ${what} ${here}, the catalogue entry ${entry.id} ${there}; make them agree`);
				};
				if (f.status === 'in-service') disagree('the opening year', f.openedYear, entry.opened?.year);
				// A fact for the whole line (its length) speaks for the same line as the entry's public figures.
				if (l.lengthKm && l.lengthKm.source.quote === f.source.quote) {
					disagree('the length', f.lengthKm, publicFigure('length'));
					disagree('the design speed', f.designSpeedKmh, publicFigure('design-speed'));
				}
			}
		}
	}

	const a = net.assumptions;
	if (a) {
		const keys = new Set(Object.keys(a.defaults));
		const seen = new Set<string>();
		for (const s of a.specs) {
			const at = net.where('spec', s.key);
			if (seen.has(s.key)) out.push({ ...at, message: `assumption ${s.key} is listed twice` });
			seen.add(s.key);
			if (!keys.has(s.key)) {
				out.push({ ...at, message: `assumption ${s.key} has no default; expected one of: ${[...keys].join(', ')}` });
				continue;
			}
			const value = (a.defaults as unknown as Record<string, unknown>)[s.key];
			if (s.kind === 'boolean' && typeof value !== 'boolean')
				out.push({ ...at, message: `assumption ${s.key} is a yes/no setting but its default is ${JSON.stringify(value)}` });
			if (s.kind === 'number') {
				if (typeof value !== 'number')
					out.push({ ...at, message: `assumption ${s.key} is a number but its default is ${JSON.stringify(value)}` });
				else if (value < s.min! || value > s.max!)
					out.push({ ...at, message: `assumption ${s.key}: the default ${value} is outside its range ${s.min}–${s.max}` });
				if (s.min! > s.max!) out.push({ ...at, message: `assumption ${s.key}: min ${s.min} is above max ${s.max}` });
			}
		}
		const at = net.where('defaults', 'regionStations');
		const known = (id: string) => stationIds.has(id) || inputs.placeIds.has(id);
		for (const [region, choices] of Object.entries(a.regionStationChoices) as [keyof RegionStations, string[]][]) {
			for (const c of choices) if (!known(c)) out.push({ ...at, message: `region ${region}: "${c}" is neither a station nor a place` });
			if (!choices.includes(a.defaults.regionStations[region]))
				out.push({
					...at,
					message: `region ${region}: the default "${a.defaults.regionStations[region]}" is not one of its choices (${choices.join(', ')})`
				});
		}
		for (const p of a.defaults.regionalCentres)
			if (!inputs.placeIds.has(p))
				out.push({ ...net.where('defaults', 'regionalCentres'), message: `regional centre "${p}" is not a place of the gazetteer` });
		const { min, max } = a.lineSpeedRange;
		if (min >= max) out.push({ ...net.where('lineSpeedRange'), message: `lineSpeedRange: min ${min} must be below max ${max}` });
		const assumed = net.links.filter((l) => l.speedSource === 'assumed');
		for (const l of assumed)
			if (l.designSpeedKmh < min || l.designSpeedKmh > max)
				out.push({
					...net.where('link', l.id),
					message: `link ${l.id}: the assumed ${l.designSpeedKmh} km/h is outside the range ${min}–${max} of assumptions.yaml`
				});
		for (const [id, v] of Object.entries(a.defaults.lineSpeedKmh)) {
			if (!assumed.some((l) => l.id === id))
				out.push({
					...net.where('defaults', 'lineSpeedKmh'),
					message: `lineSpeedKmh: "${id}" is not a line with an assumed speed (${assumed.map((l) => l.id).join(', ')})`
				});
			if (v < min || v > max)
				out.push({ ...net.where('defaults', 'lineSpeedKmh'), message: `lineSpeedKmh: ${id} ${v} km/h is outside ${min}–${max}` });
		}
	}
	return out;
}

/**
 * The generated files of the model's data, as build-catalogue writes them to src/lib/generated/ and check-data
 * compares them.
 *
 * @param net - what readNetworkData returned (without problems)
 * @returns file name and value pairs
 * @example
 * networkFiles(net).map(([name]) => name); // ['network-stations.json', 'network-facts.json', 'network-links.json', 'assumptions.json']
 */
export function networkFiles(net: NetworkData): [string, unknown][] {
	return [
		['network-stations.json', net.stations],
		['network-facts.json', { facts: net.facts, promises: net.promises }],
		['network-links.json', net.links],
		['assumptions.json', net.assumptions]
	];
}
