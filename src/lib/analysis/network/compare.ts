/**
 * Before/after: how travel times from one place change between two scenarios, and which projects make
 * the difference.
 */
import { pathEdges, travelTimes } from './paths';
import { reachStatus, type ReachStatus } from './explain';
import type { Bilingual } from '../../catalogue/types';
import type { NetworkGraph, TravelMode } from './types';

/** One destination's change between two scenarios. */
export interface ScenarioChange {
	placeId: string;
	label: Bilingual;
	beforeMin: number | null;
	afterMin: number | null;
	/** after − before; null when either is unreachable. Negative is faster. */
	deltaMin: number | null;
	beforeStatus: ReachStatus;
	afterStatus: ReachStatus;
	/** Catalogue refs (or line ids for lines outside the catalogue) on the new best path and absent from the old scenario. */
	refs: string[];
	/** Names of those lines. */
	lines: Bilingual[];
	/** The same lines for display: a catalogue ref where there is one (null otherwise) and the line's name. */
	projects: ChangeProject[];
}

/** A line on the new route that the earlier network lacks. */
export interface ChangeProject {
	/** Catalogue ref, or the line id for a line outside the catalogue (an internal key, never shown). */
	key: string;
	/** Catalogue ref, or null. */
	ref: string | null;
	line: Bilingual;
}

/**
 * Compares travel times from one origin in two scenarios.
 *
 * @param a - the earlier scenario's graph (e.g. 2025)
 * @param b - the later scenario's graph (e.g. 2030)
 * @param from - origin node id or place id
 * @param mode - 'rail', 'road' or 'best' (default)
 * @returns one change per place, largest saving first
 * @example
 * compareScenarios(g2025, g2030, 'qianjiang').find((c) => c.placeId === 'jishou')?.refs // ['R2']
 */
export function compareScenarios(a: NetworkGraph, b: NetworkGraph, from: string, mode: TravelMode = 'best'): ScenarioChange[] {
	const ta = travelTimes(a, from, mode);
	const tb = travelTimes(b, from, mode);
	const oldLinks = new Set(a.links.map((l) => l.id));
	const out: ScenarioChange[] = [];
	b.nodes.forEach((node, j) => {
		if (node.kind !== 'place') return;
		const i = a.nodeIndex.get(node.id);
		const before = i === undefined || ta.minutes[i] === Infinity ? null : ta.minutes[i];
		const after = tb.minutes[j] === Infinity ? null : tb.minutes[j];
		const refs: string[] = [];
		const lines: Bilingual[] = [];
		const projects: ChangeProject[] = [];
		for (const e of pathEdges(b, tb, node.id)) {
			if (b.edgeKind[e] !== 'ride') continue;
			const link = b.links[b.edgeLink[e]];
			if (oldLinks.has(link.id)) continue;
			const key = link.ref ?? link.lineId;
			if (!refs.includes(key)) {
				refs.push(key);
				lines.push(link.line);
				projects.push({ key, ref: link.ref, line: link.line });
			}
		}
		out.push({
			placeId: node.place,
			label: node.label,
			beforeMin: before,
			afterMin: after,
			deltaMin: before !== null && after !== null ? after - before : null,
			beforeStatus: i === undefined ? 'outside' : reachStatus(a, ta, node.place),
			afterStatus: reachStatus(b, tb, node.place),
			refs,
			lines,
			projects
		});
	});
	return out.sort((x, y) => (x.deltaMin ?? 0) - (y.deltaMin ?? 0));
}
