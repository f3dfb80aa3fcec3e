/**
 * Facts about the network around Qianjiang: the public-reference figures of data/network/facts.yaml (railway
 * bureaus, state media, as collected in shared/network-facts.md) and the plan's connectivity promises, cited by
 * document and line with the exact words. scripts/build-catalogue.ts writes them to src/lib/generated/; the link
 * table (data/network/links.yaml) names the facts its figures come from, so every number the model uses has one
 * source.
 */
import type { Bilingual, ProjectStatus, SourceRef } from '../catalogue/types';
import factsJson from '../generated/network-facts.json';

/**
 * A source line for a public-reference fact: no file, no line, the year it speaks for.
 *
 * @param year - the year the reference speaks for
 * @returns a source reference with line 0 and no words
 * @example
 * publicReference(2025).file; // 'public reference'
 */
export function publicReference(year: number): SourceRef {
	return { file: 'public reference', line: 0, quote: '', year };
}

/** One fact about a link of the network. */
export interface NetworkFact {
	id: string;
	mode: 'rail' | 'road';
	/** The link the fact is about, as the record names it. */
	link: Bilingual;
	line: Bilingual;
	lengthKm?: number;
	/** The length as written ("about 224"). */
	lengthText?: string;
	designSpeedKmh?: number;
	/** What the line actually runs at, where stated ("runs 300"). */
	runsKmh?: number;
	/** Opening date or year as written. */
	opened?: string;
	openedYear?: number;
	status: ProjectStatus;
	/** Fastest scheduled time, minutes. */
	scheduledMin?: number;
	scheduledText?: string;
	note?: string;
	source: SourceRef;
}

/** The plan's connectivity promises, each with the line that makes it. */
export interface PromiseSources {
	/** Chongqing's 1-hour circle with the HSR (001:11). */
	chongqingHour: SourceRef;
	/** 2 hours to the Changsha–Zhuzhou–Xiangtan cluster and 4 to the Greater Bay Area (002:768). */
	cztAndGba: SourceRef;
	/** 1.5 hours by expressway to the surrounding regional centres (002:784). */
	regionalCentres: SourceRef;
}

type FactRecord = NetworkFact & { group: 'rail-in-service' | 'rail-planned' | 'expressways' };
const data = factsJson as unknown as { facts: FactRecord[]; promises: PromiseSources };

const strip = ({ group: _group, ...fact }: FactRecord): NetworkFact => fact;

/** Railways in service (facts.yaml, `rail-in-service`). */
export const RAIL_IN_SERVICE: NetworkFact[] = data.facts.filter((f) => f.group === 'rail-in-service').map(strip);

/** Railways planned or building, outside the seeds' own figures (facts.yaml, `rail-planned`). */
export const RAIL_PLANNED: NetworkFact[] = data.facts.filter((f) => f.group === 'rail-planned').map(strip);

/** Expressways (facts.yaml, `expressways`). */
export const EXPRESSWAYS: NetworkFact[] = data.facts.filter((f) => f.group === 'expressways').map(strip);

/** The connectivity promises of the plan documents, quoted exactly (facts.yaml, `promises`). */
export const PROMISE_SOURCES: Readonly<PromiseSources> = data.promises;

/** Every fact, for listings and validation. */
export const ALL_NETWORK_FACTS: NetworkFact[] = [...RAIL_IN_SERVICE, ...RAIL_PLANNED, ...EXPRESSWAYS];

/**
 * Finds a public-reference fact by id.
 *
 * @param id - fact id, e.g. `yuxia-cq-qj`
 * @returns the fact; throws on an unknown id because the link table is authored against these ids
 * @example
 * networkFact('cyc-hsr').scheduledMin // 59
 */
export function networkFact(id: string): NetworkFact {
	const f = ALL_NETWORK_FACTS.find((x) => x.id === id);
	if (!f) throw new Error(`unknown network fact ${id}`);
	return f;
}
