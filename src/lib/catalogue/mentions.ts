/**
 * The townships a project names. A project names a township when its geometry runs through or sits at it, or when
 * its own name or any line it quotes says the township's name (濯水 in 濯水古镇至水车坪旅游公路, even though
 * 水车坪 cannot be placed and the road is not drawn). A place card lists every project that names its township
 * (see `analysis/served.ts`), so a project is never left off the card of a place it is named after.
 */
import type { Place, PlaceKind } from '../geo/types';
import { geometryPlaceIds } from './geometry';
import type { ProjectEntry, SourceRef } from './types';

/** Place kinds named by their short name inside a project's words: townships, towns and subdistricts. */
const TOWNSHIP_KINDS: ReadonlySet<PlaceKind> = new Set(['town', 'township', 'subdistrict']);

/**
 * The name a township goes by inside other words: its Chinese name without 镇, 乡 or 街道 (濯水镇 → 濯水).
 *
 * @param place - a gazetteer place
 * @returns the short name, or null for a place that is not a township, town or subdistrict, or whose short name has
 *   fewer than two characters
 * @example
 * townshipWord({ zh: '濯水镇', kind: 'town', … }); // '濯水'
 */
export function townshipWord(place: Pick<Place, 'zh' | 'kind'>): string | null {
	if (!TOWNSHIP_KINDS.has(place.kind)) return null;
	const word = place.zh.replace(/(街道|镇|乡)$/u, '');
	return [...word].length >= 2 ? word : null;
}

/** Every citation of an entry: status, targets, figures, opening and further sources. */
function entryCitations(entry: ProjectEntry): SourceRef[] {
	// Index records of older or hand-made data files may lack a list: read what is there.
	return [
		...(entry.status ?? []).map((c) => c.source),
		...(entry.targets ?? []).map((t) => t.source),
		...(entry.stated ?? []).map((s) => s.source),
		...(entry.sources ?? []),
		...(entry.opened ? [entry.opened.source] : [])
	].filter((s): s is SourceRef => s !== undefined && typeof s.quote === 'string');
}

/** The places of an entry's geometry recipe; none for a record whose recipe is missing or of another form. */
function specPlaceIds(entry: ProjectEntry): string[] {
	const g = entry.geometry as Partial<{ method: string; via: unknown; at: unknown }> | undefined;
	if (!g) return [];
	if (g.method === 'schematic' && !Array.isArray(g.via)) return [];
	if ((g.method === 'approximate' || g.method === 'located') && typeof g.at !== 'string') return [];
	return geometryPlaceIds(entry.geometry);
}

const lineKey = (s: SourceRef) => `${s.file}:${s.line}`;

/**
 * The township-level places each entry names: those of its geometry, those its own names say (濯水 in
 * 濯水古镇至水车坪旅游公路), and those said in a quoted line that no other entry cites. A line that several entries
 * cite lists several projects (“罗家堡水库、太极水库、…”, “马喇及中塘等光伏发电项目”), so a township it says is not
 * named by each of them; the project named after that township still names it by its own name.
 *
 * @param entries - the catalogue
 * @param places - the gazetteer
 * @returns for each entry id, place ids in gazetteer order
 * @example
 * townshipMentions(catalogue, places).get('zhuoshui-shuicheping-tourist-road'); // ['qianjiang-zhuoshui']
 */
export function townshipMentions(entries: readonly ProjectEntry[], places: readonly Place[]): Map<string, string[]> {
	const citedBy = new Map<string, Set<string>>();
	for (const e of entries)
		for (const s of entryCitations(e)) {
			const k = lineKey(s);
			if (!citedBy.has(k)) citedBy.set(k, new Set());
			citedBy.get(k)!.add(e.id);
		}
	const words = places.map((p) => ({ id: p.id, word: townshipWord(p) })).filter((w): w is { id: string; word: string } => w.word !== null);
	const out = new Map<string, string[]>();
	for (const e of entries) {
		const inGeometry = new Set(specPlaceIds(e));
		const names = [e.name?.zh, e.shortName?.zh].filter((n): n is string => typeof n === 'string');
		const ownQuotes = entryCitations(e)
			.filter((s) => citedBy.get(lineKey(s))!.size === 1)
			.map((s) => s.quote);
		const texts = [...names, ...ownQuotes];
		out.set(
			e.id,
			words.filter((w) => inGeometry.has(w.id) || texts.some((t) => t.includes(w.word))).map((w) => w.id)
		);
	}
	return out;
}
