/**
 * Seats of government as a reference for the gazetteer: a county seat or prefecture city must sit
 * within {@link SEAT_TOLERANCE_KM} of its seat of government. The reference table is
 * scripts/basemap/seat-references.json (ECharts centre points, GCJ-02 as published); this module
 * converts it and measures. Pure: no file access.
 */
import type { Place, PlaceKind } from './types';
import { gcj02ToWgs84 } from './datum';

/** Furthest a seat may sit from its seat of government, in km. */
export const SEAT_TOLERANCE_KM = 3;

/** Place kinds held to a seat of government. */
export const SEAT_KINDS: readonly PlaceKind[] = ['county-seat', 'district-seat', 'prefecture-seat', 'city-outside'];

/** One row of seat-references.json. */
export interface SeatReferenceRow {
	id: string;
	zh: string;
	kind: PlaceKind;
	/** [lon, lat] in GCJ-02, as the source publishes it. */
	gcj02: [number, number];
	source: string;
}

/** A seat of government in WGS-84, with where it comes from. */
export interface SeatReference {
	id: string;
	zh: string;
	lon: number;
	lat: number;
	source: string;
}

/**
 * Converts the published rows to WGS-84 references.
 *
 * @param rows - rows of seat-references.json
 * @returns references with WGS-84 positions
 * @example
 * seatReferences([{ id: 'lichuan', zh: '利川', kind: 'county-seat', gcj02: [108.936452, 30.29098], source: '…' }])[0].lon; // ≈ 108.9317
 */
export function seatReferences(rows: readonly SeatReferenceRow[]): SeatReference[] {
	return rows.map((r) => {
		const [lon, lat] = gcj02ToWgs84([r.gcj02[0], r.gcj02[1]]);
		return { id: r.id, zh: r.zh, lon, lat, source: r.source };
	});
}

/**
 * Great-circle distance between two positions.
 *
 * @param a - [lon, lat] in degrees
 * @param b - [lon, lat] in degrees
 * @returns kilometres
 * @example
 * distanceKm([108.85, 30.3], [108.9317, 30.2937]); // ≈ 7.9
 */
export function distanceKm(a: [number, number], b: [number, number]): number {
	const r = Math.PI / 180;
	const dLat = (b[1] - a[1]) * r;
	const dLon = (b[0] - a[0]) * r;
	const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The seats that sit too far from their seat of government, or that have no reference at all.
 *
 * @param places - gazetteer places
 * @param references - seats of government (WGS-84)
 * @param toleranceKm - furthest allowed distance
 * @returns one problem per seat, with a message naming the distance and the reference's source
 * @example
 * seatsOffReference([lichuanAtRoundedPoint], refs); // [{ id: 'lichuan', km: 7.9, message: '…' }]
 */
export function seatsOffReference(
	places: readonly Place[],
	references: readonly SeatReference[],
	toleranceKm = SEAT_TOLERANCE_KM
): { id: string; km: number | null; message: string }[] {
	if (references.length === 0) return [];
	const byId = new Map(references.map((r) => [r.id, r]));
	const out: { id: string; km: number | null; message: string }[] = [];
	for (const p of places) {
		if (!SEAT_KINDS.includes(p.kind)) continue;
		const ref = byId.get(p.id);
		if (!ref) {
			// Province-level cities (重庆, 北京) are not county or prefecture seats.
			if (p.kind === 'city-outside') continue;
			out.push({ id: p.id, km: null, message: `${p.zh} (${p.kind}) has no seat-of-government reference` });
			continue;
		}
		const km = distanceKm([p.lon, p.lat], [ref.lon, ref.lat]);
		if (km > toleranceKm) {
			out.push({
				id: p.id,
				km,
				message: `${p.zh} sits ${km.toFixed(1)} km from its seat of government (${ref.source}); at most ${toleranceKm} km allowed`
			});
		}
	}
	return out;
}
