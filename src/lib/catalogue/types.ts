/**
 * The catalogue's types. Entries are hand-written in `entries/` from the source documents in
 * `shared/seeds/` and cite them by file and line; nothing here imports map or UI code.
 */

/** Zh and en text. */
export interface Bilingual {
	zh: string;
	en: string;
}

/** A project kind: one row each in kinds.ts. */
export type { ProjectKind } from './kinds';
import type { ProjectKind } from './kinds'; // economic zones, logistics parks, heliport networks

/** Status words of the documents, furthest from completion first. */
export type ProjectStatus =
	| 'proposed' // 谋划 / 争取纳入 (sought for a plan)
	| 'under-study' // 研究论证 / 方案研究
	| 'preliminary' // 前期工作 / 谋划推动
	| 'planned' // 规划建设 / 纳入规划 / 推进
	| 'construction-starting' // 新开工 / 开工建设
	| 'under-construction' // 在建
	| 'in-service'; // 建成 / 通车 / 开通 / 投用

/** How a feature's geometry was obtained; see shared/project-inventory.md "Geometry". */
export type GeometryMethod = 'surveyed' | 'located' | 'approximate' | 'schematic' | 'unlocated';

/** A quotation from a source document. */
export interface SourceRef {
	/** File name in shared/seeds, e.g. "002_9e3621a23b2e2452.txt", or "public reference". */
	file: string;
	/** 1-based line number in that file (0 for public reference). */
	line: number;
	/**
	 * Last line of a quote that runs over several lines (newspaper columns): the quote is then a
	 * substring of lines `line`..`lineEnd` joined without separators.
	 */
	lineEnd?: number;
	/** The exact Chinese words quoted from that line (a substring of it). */
	quote: string;
	/** Year the source speaks in (2020, 2022, 2025, 2026). */
	year: number;
	/** For public reference only: the reference work the fact is taken from. */
	work?: string;
}

/** What a target aims at. */
export type TargetAim = 'start-construction' | 'in-service' | 'in-plan' | 'carry-out' | 'figure';

/**
 * An aim a document sets, with its horizon: "力争…开工", "建成投用…" in an outlook, "未来5年…".
 * A target never changes a project's status; it is drawn as a hollow mark at its horizon.
 */
export interface PlanTarget {
	aim: TargetAim;
	/** The year by which the document aims for it (the end of the period it speaks for). */
	by: number;
	source: SourceRef;
}

/** The year a project opened, as a fact with its source (a document's review or public reference). */
export interface OpeningFact {
	year: number;
	source: SourceRef;
}

/** A figure exactly as a document states it. */
export interface StatedFact {
	/** What the figure is: 'length-in-district', 'design-speed', 'tracks', 'lanes', 'budget', 'capacity', 'target', 'passengers', 'routes', 'length', 'other'. */
	key: string;
	label: Bilingual;
	/** The value as text exactly as stated in the source, e.g. "35公里", "350公里/小时", "双线". */
	value: string;
	/** Numeric value where there is one, in `unit`. */
	amount?: number;
	/** Unit of `amount`: 'km', 'km/h', 'lanes', 'tracks', 'million-yuan', 'Mt/yr', 'passengers/yr', 'routes', '%'. */
	unit?: string;
	/** The source line that states it: `value` (or `amount` as written) must appear in that line. */
	source: SourceRef;
}

/**
 * A status event: what a document states as done or under way, with the year of the source that
 * says so. Construction and completion events must come from a document's retrospective passages
 * (see documents.ts); a plan naming a project is a planning event ('planned', 'preliminary', ...).
 */
export interface StatusClaim {
	status: ProjectStatus;
	/** Year of the source. */
	asOf: number;
	source: SourceRef;
}

/** Geometry recipe: derived from the gazetteer at build time, never typed-in coordinates. */
export type GeometrySpec =
	| {
			method: 'schematic';
			/** Gazetteer place ids the line runs through, in order (at least two). */
			via: string[];
			/** Why these places: what the documents (or public reference) name. */
			note: Bilingual;
	  }
	| {
			method: 'approximate';
			/** Gazetteer place id the point sits at. */
			at: string;
			/** Honest uncertainty radius in km. */
			radiusKm: number;
			note: Bilingual;
	  }
	| {
			method: 'located';
			/** A located facility: `airport:JIQ` or a gazetteer place id. */
			at: string;
			note: Bilingual;
	  }
	| {
			method: 'unlocated';
			note: Bilingual;
	  };

/** The five-year plan period an entry belongs to. */
export type PlanPeriod = '2016-2020' | '2021-2025' | '2026-2030' | 'long-term';

/** One hand-written catalogue entry. */
export interface ProjectEntry {
	/** Stable slug, unique: `qianjiang-jishou-hsr`. */
	id: string;
	/** Inventory code: R2, Q1, E6, W14, C6 ... Several entries may share a ref (I1 irrigation districts). */
	ref: string;
	name: Bilingual;
	shortName: Bilingual;
	/** Other names the documents use (a former name, another spelling), as written; each is in some document's text. */
	aliases?: string[];
	kind: ProjectKind;
	/** Status events, oldest source first; the last one is current. */
	status: StatusClaim[];
	/** Aims with a horizon, oldest source first. */
	targets: PlanTarget[];
	period: PlanPeriod;
	/** When it opened, for a project in service whose opening year a source gives. */
	opened?: OpeningFact;
	/** Figures as stated. */
	stated: StatedFact[];
	/** What the documents say about it, one or two sentences, bilingual. */
	summary: Bilingual;
	/** Every source the entry draws on (status and stated facts cite their own too). */
	sources: SourceRef[];
	geometry: GeometrySpec;
	/** True for context lines already in service (C1–C7). */
	context?: boolean;
}
