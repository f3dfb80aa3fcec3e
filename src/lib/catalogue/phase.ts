/**
 * The five display phases the map and legend use, from a project's status words.
 */
import type { ProjectKind, ProjectStatus } from './types';
import { kindRow, type KindGroup } from './kinds';

/**
 * How far along a project is, as the map draws it. 'dropped': the current plan of its area no longer
 * names it; 'lapsed': its plan period ended with no newer word (see status.ts).
 */
export type Phase = 'in-service' | 'building' | 'planned' | 'preliminary' | 'study' | 'dropped' | 'lapsed';

export const PHASES: readonly Phase[] = ['in-service', 'building', 'planned', 'preliminary', 'study', 'dropped', 'lapsed'];

/**
 * Maps a document status to a display phase.
 * @param status the status word of the latest source
 * @returns the phase
 * @example phaseOfStatus('construction-starting') // 'building'
 */
export function phaseOfStatus(status: ProjectStatus): Phase {
	switch (status) {
		case 'in-service':
			return 'in-service';
		case 'under-construction':
		case 'construction-starting':
			return 'building';
		case 'planned':
			return 'planned';
		case 'preliminary':
			return 'preliminary';
		case 'under-study':
		case 'proposed':
			return 'study';
	}
}

export { KIND_GROUPS, type KindGroup } from './kinds';

/**
 * The legend group a kind belongs to (its row in kinds.ts).
 * @param kind a catalogue kind
 * @returns its group
 * @example kindGroup('rail-spur') // 'rail'
 */
export function kindGroup(kind: ProjectKind): KindGroup {
	return kindRow(kind).group;
}
