/**
 * Finding places and stations by the names people type: Chinese (with or without 区/县/市/镇/乡/街道),
 * pinyin, English, or the id.
 */
import type { NetworkPlace, StationDef } from './types';

/** What a name resolved to. */
export type NameMatch =
	{ kind: 'place'; id: string; node: string; label: string } | { kind: 'station'; id: string; node: string; label: string };

const SUFFIXES = /(街道|土家族苗族自治县|苗族土家族自治县|自治县|区|县|市|镇|乡|站)$/;

function normalise(s: string): string {
	return s
		.trim()
		.toLowerCase()
		.replace(/[\s'’\-_]/g, '');
}

function keysOfPlace(p: NetworkPlace): string[] {
	return [p.id, p.zh, p.zh.replace(SUFFIXES, ''), p.en, p.pinyin ?? ''].filter(Boolean).map(normalise);
}

function keysOfStation(s: StationDef): string[] {
	return [s.id, s.zh, `${s.zh}站`, s.en].map(normalise);
}

/**
 * Resolves a typed name to a place (preferred: a county seat over a township of the same name) or station.
 *
 * @param query - e.g. 黔江, qianjiang, Qianjiang, 重庆, 长沙南
 * @param places - gazetteer places
 * @param stations - station table
 * @returns the match, or null
 * @example
 * resolveName('重庆', places, STATIONS)?.node // 'place:chongqing'
 */
export function resolveName(query: string, places: readonly NetworkPlace[], stations: readonly StationDef[]): NameMatch | null {
	const q = normalise(query);
	const qBare = normalise(query.replace(SUFFIXES, ''));
	const rank = (p: NetworkPlace): number => (p.kind === 'township' || p.kind === 'subdistrict' || p.kind === 'town' ? 1 : 0);
	const hits = places.filter((p) => keysOfPlace(p).some((k) => k === q || k === qBare)).sort((a, b) => rank(a) - rank(b));
	const st = stations.find((s) => keysOfStation(s).includes(q));
	if (st && (hits.length === 0 || normalise(st.zh) === q)) {
		return { kind: 'station', id: st.id, node: `rail:${st.id}`, label: `${st.zh} ${st.en}` };
	}
	if (hits.length) return { kind: 'place', id: hits[0].id, node: `place:${hits[0].id}`, label: `${hits[0].zh} ${hits[0].en}` };
	return null;
}

function editDistance(a: string, b: string): number {
	const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let prev = dp[0];
		dp[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const tmp = dp[j];
			dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = tmp;
		}
	}
	return dp[b.length];
}

/**
 * Names close to a query, for "did you mean" lists.
 *
 * @param query - the unresolved name
 * @param places - gazetteer places
 * @param stations - station table
 * @param limit - how many to return
 * @returns labels like "黔江区 Qianjiang (qianjiang)", closest first
 * @example
 * closeNames('qianjang', places, STATIONS)[0] // '黔江区 Qianjiang (qianjiang)'
 */
export function closeNames(query: string, places: readonly NetworkPlace[], stations: readonly StationDef[], limit = 5): string[] {
	const q = normalise(query);
	const scored: { label: string; d: number }[] = [];
	for (const p of places) {
		const d = Math.min(...keysOfPlace(p).map((k) => editDistance(q, k) - (k.includes(q) || q.includes(k) ? 1 : 0)));
		scored.push({ label: `${p.zh} ${p.en} (${p.id})`, d });
	}
	for (const s of stations) {
		const d = Math.min(...keysOfStation(s).map((k) => editDistance(q, k) - (k.includes(q) || q.includes(k) ? 1 : 0)));
		scored.push({ label: `${s.zh} ${s.en} (station ${s.id})`, d });
	}
	return scored
		.filter((x) => x.d <= Math.max(2, Math.ceil(q.length / 2)))
		.sort((a, b) => a.d - b.d)
		.slice(0, limit)
		.map((x) => x.label);
}
