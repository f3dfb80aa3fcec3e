/**
 * The exported legend's rows: a colour per visible kind group and a line style per visible phase, as
 * the map draws them (map/projects.ts), with names from the catalogue dictionary.
 */
import { KIND_GROUPS, PHASES, type KindGroup, type Phase } from '../catalogue/phase';
import { groupNames, phaseNames } from '../i18n/catalogue';
import type { Lang } from '../i18n/index';
import type { Theme } from '../map/theme';

/** One row of the legend. */
export type LegendRow =
	| { kind: 'heading'; label: string }
	| { kind: 'group'; label: string; count: number; colour: string }
	| { kind: 'phase'; label: string; count: number; dash: number[]; opacity: number; hatch: boolean; colour: string; widthScale: number };

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
	const groups = KIND_GROUPS.filter((g) => (counts.groups[g] ?? 0) > 0).map(
		(g): LegendRow => ({ kind: 'group', label: groupNames[lang][g], count: counts.groups[g] ?? 0, colour: theme.projects[g] })
	);
	const phases = PHASES.filter((p) => (counts.phases[p] ?? 0) > 0).map(
		(p): LegendRow => ({
			kind: 'phase',
			label: phaseNames[lang][p],
			count: counts.phases[p] ?? 0,
			dash: PHASE_DASH[p],
			opacity: theme.phaseOpacity[p],
			hatch: p === 'building',
			// In service is the existing network: drawn thinner and grey, as on the map.
			colour: p === 'in-service' ? theme.existing : '#4a433a',
			widthScale: p === 'in-service' ? 0.55 : 1
		})
	);
	return [
		...(groups.length ? [{ kind: 'heading', label: headings.kinds } as LegendRow, ...groups] : []),
		...(phases.length ? [{ kind: 'heading', label: headings.phases } as LegendRow, ...phases] : [])
	];
}
