/**
 * Citation helpers: the seed files of `shared/seeds/` with the year each speaks in (from data/documents.yaml), and
 * small constructors for quotes, stated figures and status claims, used by the data reader and by tests.
 */
import { DOCUMENTS } from './documents';
import type {
	Bilingual,
	OpeningFact,
	PlanTarget,
	ProjectEntry,
	ProjectStatus,
	SourceRef,
	StatedFact,
	StatusClaim,
	TargetAim
} from './types';

/** File name used for facts from public reference works (shared/network-facts.md, the inventory). */
export const PUBLIC_REFERENCE = 'public reference';

/** The seed files and the year each one speaks for (see shared/seeds/README.md). */
export const SEED_FILES = {
	outlook2021: '000_93a10bea26a22d01.txt',
	report2025: '001_e8cf04cd5a030f5b.txt',
	plan2026: '002_9e3621a23b2e2452.txt',
	items2020: '003_64bec585f922702d.txt',
	qijiang2022: '004_76bdfa78c9f89b14.txt'
} as const;

/** Year each document speaks in, from its record (000 is the 2021 outlook, 001 is written in 2025, 002 opens 2026). */
export const SEED_YEARS: Readonly<Record<string, number>> = Object.fromEntries(DOCUMENTS.map((d) => [d.file, d.year]));

function seedCiter(file: string): (line: number, quote: string, lineEnd?: number) => SourceRef {
	const year = SEED_YEARS[file];
	return (line, quote, lineEnd) => (lineEnd && lineEnd > line ? { file, line, lineEnd, quote, year } : { file, line, quote, year });
}

/** Quote from 000 (Qianjiang outlook, 2021); its newspaper columns break sentences, so a quote may run to `lineEnd`. */
export const s0 = seedCiter(SEED_FILES.outlook2021);
/** Quote from 001 (Qianjiang report, 2025). */
export const s1 = seedCiter(SEED_FILES.report2025);
/** Quote from 002 (Qianjiang 15th five-year plan outline, 2026). */
export const s2 = seedCiter(SEED_FILES.plan2026);
/** Quote from 003 (Qianjiang's 70 major items, 2020). */
export const s3 = seedCiter(SEED_FILES.items2020);
/** Quote from 004 (Qijiang pilot zone, 2022). */
export const s4 = seedCiter(SEED_FILES.qijiang2022);

/** The reference work most public facts come from: railway and state-media announcements as collected in shared/network-facts.md. */
export const NETWORK_FACTS = 'railway and state-media announcements (network-facts.md)';

/**
 * Cite a public reference work (shared/network-facts.md or the inventory), which has no line numbers.
 *
 * @param quote - the name or words the reference gives, e.g. `渝怀铁路`
 * @param year - the year the reference speaks for (e.g. the opening year)
 * @param work - the reference work it comes from
 * @returns a source reference with line 0
 * @example
 * pub('黔张常铁路', 2019); // { file: 'public reference', line: 0, quote: '黔张常铁路', year: 2019, work: NETWORK_FACTS }
 */
export function pub(quote: string, year: number, work: string = NETWORK_FACTS): SourceRef {
	return { file: PUBLIC_REFERENCE, line: 0, quote, year, work };
}

/**
 * A target: what a document aims for and by when. Never a status.
 *
 * @param aim - 'start-construction' | 'in-service' | 'in-plan' | 'figure'
 * @param by - horizon year
 * @param source - the line that sets it
 * @returns the target
 * @example
 * target('in-service', 2030, s2(244, '建成投用黔江至吉首高速铁路'));
 */
export function target(aim: TargetAim, by: number, source: SourceRef): PlanTarget {
	return { aim, by, source };
}

/**
 * An opening year as a fact with its source.
 *
 * @param year - the year it opened
 * @param source - public reference or a document's review
 * @returns the opening fact
 * @example
 * opened(2019, pub('黔张常铁路2019年12月26日开通', 2019));
 */
export function opened(year: number, source: SourceRef): OpeningFact {
	return { year, source };
}

/**
 * A status claim dated by the year of its source.
 *
 * @param status - the status the source states
 * @param source - the line that states it
 * @returns the claim, `asOf` taken from the source's year
 * @example
 * claim('planned', s2(804, '实施黔江区G319正阳至城西段改建工程')).asOf; // 2026
 */
export function claim(status: ProjectStatus, source: SourceRef): StatusClaim {
	return { status, asOf: source.year, source };
}

/**
 * A figure exactly as a source states it.
 *
 * @param key - what the figure is ('length-in-district', 'design-speed', ...)
 * @param label - bilingual label
 * @param value - the figure as written in the cited line (e.g. `35公里`)
 * @param source - the line stating it
 * @param amount - the number, in `unit`, when there is one
 * @param unit - unit of `amount` ('km', 'km/h', ...)
 * @returns the stated fact
 * @example
 * fact('lanes', { zh: '车道', en: 'Lanes' }, '双向4车道', s2(790, '双向4车道'), 4, 'lanes');
 */
export function fact(key: string, label: Bilingual, value: string, source: SourceRef, amount?: number, unit?: string): StatedFact {
	const stated: StatedFact = { key, label, value, source };
	if (amount !== undefined) stated.amount = amount;
	if (unit !== undefined) stated.unit = unit;
	return stated;
}

/** An entry as written by hand: `sources` lists extra sources only; those of claims and facts are added. */
export type EntryDraft = Omit<ProjectEntry, 'sources' | 'targets'> & { sources?: SourceRef[]; targets?: PlanTarget[] };

function sourceKey(source: SourceRef): string {
	return `${source.file}:${source.line}:${source.lineEnd ?? ''}:${source.quote}`;
}

/**
 * Complete a hand-written entry: its `sources` become every distinct source of its status claims,
 * stated figures and extra sources, oldest file year first, then by file and line.
 *
 * @param draft - the entry without (or with only extra) sources
 * @returns the entry with the full source list
 * @example
 * defineEntry({ ...draft, sources: [s2(800, 'G319')] }).sources.length; // ≥ 1
 */
export function defineEntry(draft: EntryDraft): ProjectEntry {
	const targets = draft.targets ?? [];
	const all = [
		...draft.status.map((c) => c.source),
		...targets.map((t) => t.source),
		...(draft.opened ? [draft.opened.source] : []),
		...draft.stated.map((f) => f.source),
		...(draft.sources ?? [])
	];
	const seen = new Map<string, SourceRef>();
	for (const source of all) if (!seen.has(sourceKey(source))) seen.set(sourceKey(source), source);
	const sources = [...seen.values()].sort(
		(a, b) => a.year - b.year || a.file.localeCompare(b.file) || a.line - b.line || a.quote.localeCompare(b.quote)
	);
	return { ...draft, targets, sources };
}

/** Bilingual label shorthand. */
export function bi(zh: string, en: string): Bilingual {
	return { zh, en };
}

/** Labels of the figures the entries state most often. */
export const LABEL = {
	lengthInDistrict: { zh: '黔江段长度', en: 'Length in Qianjiang (stated)' },
	length: { zh: '长度', en: 'Length (stated)' },
	publicLength: { zh: '全长（公开资料）', en: 'Length (public reference)' },
	publicSpeed: { zh: '设计速度（公开资料）', en: 'Design speed (public reference)' },
	designSpeed: { zh: '设计速度', en: 'Design speed' },
	tracks: { zh: '线路', en: 'Tracks' },
	lanes: { zh: '车道', en: 'Lanes' }
} as const satisfies Record<string, Bilingual>;
