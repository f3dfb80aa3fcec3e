/**
 * The five display phases the map and legend use, from a project's status words.
 */
import type { ProjectKind, ProjectStatus } from './types';

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

/** Groups of kinds that share a colour and a legend row. */
export type KindGroup = 'hsr' | 'rail' | 'station' | 'expressway' | 'road' | 'air' | 'water' | 'energy' | 'zone';

export const KIND_GROUPS: readonly KindGroup[] = [
	'hsr',
	'rail',
	'station',
	'expressway',
	'road',
	'air',
	'water',
	'energy',
	'zone'
];

/**
 * The legend group a kind belongs to.
 * @param kind a catalogue kind
 * @returns its group
 * @example kindGroup('rail-spur') // 'rail'
 */
export function kindGroup(kind: ProjectKind): KindGroup {
	switch (kind) {
		case 'hsr':
			return 'hsr';
		case 'rail':
		case 'rail-spur':
		case 'suburban-rail':
			return 'rail';
		case 'station':
		case 'freight-yard':
			return 'station';
		case 'expressway':
			return 'expressway';
		case 'trunk-road':
		case 'tunnel':
			return 'road';
		case 'airport-works':
		case 'aviation-route':
			return 'air';
		case 'reservoir':
		case 'irrigation':
		case 'water-transfer':
			return 'water';
		case 'pumped-storage':
		case 'wind':
		case 'solar':
		case 'gas-power':
		case 'grid':
		case 'energy-storage':
			return 'energy';
		case 'interchange':
			return 'road';
		case 'zone':
			return 'zone';
	}
}
