/**
 * The exported legend's rows: a colour per visible kind group and a line style per visible phase, as
 * the map draws them (map/projects.ts), with names from the catalogue dictionary.
 */
import { KIND_GROUPS, PHASES, kindGroup, type KindGroup, type Phase } from '../catalogue/phase';
import type { ProjectKind } from '../catalogue/types';
import { groupNames, phaseNames } from '../i18n/catalogue';
import type { Lang } from '../i18n/index';
import type { Theme } from '../map/theme';

/** One row of the legend. */
export type LegendRow =
	| { kind: 'heading'; label: string }
	| { kind: 'group'; label: string; count: number; colour: string }
	| { kind: 'phase'; label: string; count: number; dash: number[]; opacity: number; hatch: boolean; colour: string; widthScale: number }
	/** How exactly a feature is placed: a schematic band, an approximate point's dashed circle, or a located point. */
	| { kind: 'precision'; label: string; count: number; style: 'schematic' | 'approximate' | 'exact'; colour: string };

/**
 * Dash pattern of each phase in multiples of the line width, as in the map's `line-dasharray`.
 * Empty means solid.
 */
export const PHASE_DASH: Record<Phase, number[]> = {
	'in-service': [],
	building: [],
	planned: [3, 1.6],
	preliminary: [0.9, 1.6],
	study: [0.9, 1.6],
	dropped: [0.9, 1.6],
	lapsed: [0.9, 1.6]
};

/**
 * The legend rows for what is visible.
 * @param counts visible counts by kind group and by phase (`countVisible`)
 * @param lang label language
 * @param theme colours and phase opacities
 * @param headings the two headings, for colours and for line styles
 * @returns rows, groups first; headings only above non-empty sections
 * @example legendRows({ groups: { hsr: 2 }, phases: { planned: 2 } }, 'en', lightTheme, h).length // 4
 */
export function legendRows(
	counts: { groups: Partial<Record<KindGroup, number>>; phases: Partial<Record<Phase, number>> },
	lang: Lang,
	theme: Theme,
	headings: { kinds: string; phases: string }
): LegendRow[] {
	const groups = KIND_GROUPS.filter((g) => (counts.groups[g] ?? 0) > 0).map((g): LegendRow => ({
		kind: 'group',
		label: groupNames[lang][g],
		count: counts.groups[g] ?? 0,
		colour: theme.projects[g]
	}));
	const phases = PHASES.filter((p) => (counts.phases[p] ?? 0) > 0).map((p): LegendRow => ({
		kind: 'phase',
		label: phaseNames[lang][p],
		count: counts.phases[p] ?? 0,
		dash: PHASE_DASH[p],
		opacity: theme.phaseOpacity[p],
		hatch: p === 'building',
		// In service is the existing network: drawn thinner and grey, as on the map.
		colour: p === 'in-service' ? theme.existing : '#4a433a',
		widthScale: p === 'in-service' ? 0.55 : 1
	}));
	return [
		...(groups.length ? [{ kind: 'heading', label: headings.kinds } as LegendRow, ...groups] : []),
		...(phases.length ? [{ kind: 'heading', label: headings.phases } as LegendRow, ...phases] : [])
	];
}

/**
 * Counts for the legend: every phase drawn, but only the kind groups drawn in colour. Projects in service are
 * drawn grey as the existing network, so a group whose projects are all in service gets no colour row.
 * @param visible visible entries with their phase
 * @returns counts by group (not in service) and by phase (all)
 * @example legendCounts([{ entry: { kind: 'hsr' }, phase: 'in-service' }]) // { groups: {}, phases: { 'in-service': 1 } }
 */
export function legendCounts(visible: { entry: { kind: ProjectKind }; phase: Phase }[]): {
	groups: Partial<Record<KindGroup, number>>;
	phases: Partial<Record<Phase, number>>;
} {
	const groups: Partial<Record<KindGroup, number>> = {};
	const phases: Partial<Record<Phase, number>> = {};
	for (const { entry, phase } of visible) {
		phases[phase] = (phases[phase] ?? 0) + 1;
		if (phase === 'in-service') continue;
		const g = kindGroup(entry.kind);
		groups[g] = (groups[g] ?? 0) + 1;
	}
	return { groups, phases };
}

/** Words of the full legend: headings, the existing/planned key and the precision key. */
export interface LegendText {
	kinds: string;
	phases: string;
	/** Heading of the precision block. */
	precision: string;
	/** Suffix of the in-service row: it is the existing network, drawn grey. */
	existing: string;
	/** Suffix of the other phase rows: planned or building, drawn in the colour of their kind. */
	planned: string;
	schematic: string;
	approximate: string;
	exact: string;
}

/** How many drawn features are placed each way, for the precision block. */
export interface PrecisionCounts {
	schematic: number;
	approximate: number;
	exact: number;
}

/**
 * Counts drawn project features by how they are placed: schematic lines, approximate points, located points.
 * @param features the drawn project features (with `method` properties)
 * @returns counts; lines not marked schematic count as exact
 * @example precisionCounts(cat.mapData) // { schematic: 40, approximate: 12, exact: 30 }
 */
export function precisionCounts(features: { features: { properties: Record<string, unknown> | null }[] }): PrecisionCounts {
	const out: PrecisionCounts = { schematic: 0, approximate: 0, exact: 0 };
	for (const f of features.features) {
		const m = f.properties?.method;
		if (m === 'schematic') out.schematic++;
		else if (m === 'approximate') out.approximate++;
		else out.exact++;
	}
	return out;
}

/**
 * The full legend of an export or a slide: kinds, progress with the existing/planned key, and how exactly
 * things are placed. Kinds and phases list what is drawn; the precision block lists the kinds of placement drawn.
 * @param counts visible counts by kind group and by phase (`countVisible`)
 * @param precision drawn features by placement (`precisionCounts`)
 * @param lang label language
 * @param theme colours and phase opacities
 * @param text headings and keys
 * @returns rows: kinds, then progress, then precision; headings only above non-empty blocks
 * @example fullLegendRows(counts, precisionCounts(fc), 'en', lightTheme, text).filter((r) => r.kind === 'heading').length // 3
 */
export function fullLegendRows(
	counts: { groups: Partial<Record<KindGroup, number>>; phases: Partial<Record<Phase, number>> },
	precision: PrecisionCounts,
	lang: Lang,
	theme: Theme,
	text: LegendText
): LegendRow[] {
	const rows = legendRows(counts, lang, theme, { kinds: text.kinds, phases: text.phases }).map((r): LegendRow =>
		r.kind === 'phase' ? { ...r, label: `${r.label}${r.colour === theme.existing ? text.existing : text.planned}` } : r
	);
	const dark = '#4a433a';
	const placed: LegendRow[] = (
		[
			['schematic', text.schematic],
			['approximate', text.approximate],
			['exact', text.exact]
		] as const
	)
		.filter(([style]) => precision[style] > 0)
		.map(([style, label]) => ({ kind: 'precision', label, count: precision[style], style, colour: dark }));
	return [...rows, ...(placed.length ? [{ kind: 'heading', label: text.precision } as LegendRow, ...placed] : [])];
}
