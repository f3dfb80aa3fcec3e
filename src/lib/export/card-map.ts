/**
 * The small static map of a place card: the district outline, the place, the towns around it and the projects
 * that serve it, projected to an SVG viewBox at build time so that it shows without JavaScript and prints crisply.
 * Lines are drawn as what they are: schematic links between the towns a document names, never an alignment.
 * Pure arithmetic on plain GeoJSON; the page draws the result.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { kindGroup } from '../catalogue/phase';
import type { ProjectKind } from '../catalogue/types';
import type { Place } from '../geo/types';
import type { ProjectFeature } from '../analysis/project-feature';
import type { Theme } from '../map/theme';
import { niceScaleBar } from './layout';

/** What {@link cardMap} draws. */
export interface CardMapInput {
	place: Place;
	/** The county (or, outside Chongqing, prefecture) polygon the place lies in; null when the data has none. */
	outline: Polygon | MultiPolygon | null;
	/** Gazetteer places to show as towns when they fall inside the view. */
	places: readonly Place[];
	/** The card's projects, as drawn on the interactive map. */
	features: readonly ProjectFeature[];
	/** Half the view's height on the ground, km. */
	halfHeightKm: number;
	theme: Theme;
}

/** A projected line of a project. */
export interface CardMapLine {
	id: string;
	d: string;
	colour: string;
	/** Schematic lines are dashed: they join named towns, they are not a route on the ground. */
	schematic: boolean;
}

/** A projected point facility; `ringPx` > 0 draws its uncertainty. */
export interface CardMapPoint {
	id: string;
	x: number;
	y: number;
	ringPx: number;
	colour: string;
}

/** A projected town with its label. */
export interface CardMapTown {
	id: string;
	x: number;
	y: number;
	zh: string;
	en: string;
	role: 'place' | 'seat' | 'town';
}

/** Everything the card's SVG needs, in viewBox units. */
export interface CardMap {
	width: number;
	height: number;
	outline: string | null;
	lines: CardMapLine[];
	points: CardMapPoint[];
	towns: CardMapTown[];
	scale: { lengthPx: number; km: number };
	/** The view's [west, south, east, north], degrees. */
	bounds: [number, number, number, number];
	/** The interactive map's camera for the same view: zoom and centre (`map=zoom/lat/lon`). */
	camera: { zoom: number; lat: number; lon: number };
}

export const CARD_MAP_WIDTH = 640;
export const CARD_MAP_HEIGHT = 400;
const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;
const TOWN_KINDS = new Set(['town', 'township', 'subdistrict', 'district-seat', 'county-seat', 'prefecture-seat', 'province-capital']);

const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The view half-height for a card: the card radius with a margin, widened to show the district seat when it is
 * near, and kept between 14 and 40 km.
 *
 * @param radiusKm - the card's "within N km" radius
 * @param seatKm - distance to the district seat, km, or null
 * @returns half the view height, km
 * @example
 * cardMapHalfHeightKm(10, 26); // 29.9
 */
export function cardMapHalfHeightKm(radiusKm: number, seatKm: number | null): number {
	const want = Math.max(radiusKm * 1.4, seatKm !== null && seatKm <= 40 ? seatKm * 1.15 : 0);
	return Math.min(40, Math.max(14, r1(want)));
}

/**
 * Projects the card map (equirectangular about the place, true to scale at its latitude).
 *
 * @param input - the place, its outline, the towns, the card's project features, the view size and the theme
 * @returns paths, points, towns, a scale bar and the camera of the same view, in a 640 × 400 viewBox
 * @example
 * cardMap({ place: zhuoshui, outline, places, features, halfHeightKm: 30, theme: lightTheme }).scale.km; // 10
 */
export function cardMap(input: CardMapInput): CardMap {
	const { place, theme } = input;
	const W = CARD_MAP_WIDTH;
	const H = CARD_MAP_HEIGHT;
	const pxPerKm = H / (2 * input.halfHeightKm);
	const cos = Math.cos((place.lat * Math.PI) / 180);
	const kx = KM_PER_DEG_LON_EQUATOR * cos * pxPerKm;
	const ky = KM_PER_DEG_LAT * pxPerKm;
	const x = (lon: number) => W / 2 + (lon - place.lon) * kx;
	const y = (lat: number) => H / 2 - (lat - place.lat) * ky;
	const bounds: [number, number, number, number] = [
		place.lon - W / 2 / kx,
		place.lat - H / 2 / ky,
		place.lon + W / 2 / kx,
		place.lat + H / 2 / ky
	];
	const inView = (lon: number, lat: number) => lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3];
	// Whole viewBox units (a 640-unit map is printed about 65 mm wide): vertices that round to the same unit as the
	// previous one add nothing but bytes.
	const path = (ring: Position[], close: boolean) => {
		let d = '';
		let last = '';
		for (const p of ring) {
			const xy = `${Math.round(x(p[0]))} ${Math.round(y(p[1]))}`;
			if (xy === last) continue;
			d += `${d ? 'L' : 'M'}${xy}`;
			last = xy;
		}
		return d + (close ? 'Z' : '');
	};

	let outline: string | null = null;
	if (input.outline) {
		const polys = input.outline.type === 'Polygon' ? [input.outline.coordinates] : input.outline.coordinates;
		outline = polys.flatMap((poly) => poly.map((ring) => path(ring, true))).join('');
	}

	const lines: CardMapLine[] = [];
	const points: CardMapPoint[] = [];
	for (const f of input.features) {
		const g = f.geometry;
		if (!g) continue;
		const colour = theme.projects[kindGroup(f.properties.kind as ProjectKind)] ?? theme.highlight;
		const id = String(f.properties.id);
		if (g.type === 'LineString') lines.push({ id, d: path(g.coordinates, false), colour, schematic: f.properties.method !== 'surveyed' });
		else if (g.type === 'MultiLineString')
			lines.push({ id, d: g.coordinates.map((c) => path(c, false)).join(''), colour, schematic: f.properties.method !== 'surveyed' });
		else if (g.type === 'Point') {
			const r = f.properties.method === 'approximate' && Number(f.properties.radiusKm) > 0 ? Number(f.properties.radiusKm) * pxPerKm : 0;
			points.push({ id, x: r1(x(g.coordinates[0])), y: r1(y(g.coordinates[1])), ringPx: r1(r), colour });
		}
	}

	// One label per position: the urban subdistricts share the district town's point.
	const seen = new Set<string>();
	const towns: CardMapTown[] = [];
	const seatKinds = new Set(['district-seat', 'county-seat', 'prefecture-seat', 'province-capital']);
	const candidates = [place, ...input.places.filter((p) => p.id !== place.id && TOWN_KINDS.has(p.kind) && inView(p.lon, p.lat))];
	candidates.sort((a, b) => (a === place ? -1 : b === place ? 1 : a.rank - b.rank || a.id.localeCompare(b.id)));
	for (const p of candidates) {
		const key = `${p.lon},${p.lat}`;
		if (seen.has(key)) continue;
		seen.add(key);
		towns.push({
			id: p.id,
			x: r1(x(p.lon)),
			y: r1(y(p.lat)),
			zh: p.zh,
			en: p.en,
			role: p === place ? 'place' : seatKinds.has(p.kind) ? 'seat' : 'town'
		});
	}

	const bar = niceScaleBar(1000 / pxPerKm, W / 4);
	// The interactive map shows the same ground height in about 700 px of a 512-px-tile Web Mercator map.
	const metersPerPx = (2 * input.halfHeightKm * 1000) / 700;
	const zoom = Math.log2((40075016.686 * cos) / (512 * metersPerPx));
	return {
		width: W,
		height: H,
		outline,
		lines,
		points,
		towns,
		scale: { lengthPx: r1(bar.lengthPx), km: bar.meters / 1000 },
		bounds,
		camera: { zoom: Math.round(zoom * 100) / 100, lat: Number(place.lat.toFixed(4)), lon: Number(place.lon.toFixed(4)) }
	};
}

/**
 * The outline a card map draws: the county-level unit of the place (by its administrative code), or, outside
 * Chongqing where the data has no county polygons, its prefecture.
 *
 * @param place - a gazetteer place
 * @param units - features of `boundaries.topo.json`'s `units`, with a `code` property
 * @returns the unit and its geometry, or null when neither is in the data
 * @example
 * cardOutline(zhuoshui, units)?.zh; // '黔江区'
 */
export function cardOutline<U extends { properties: { code?: unknown; zh: string; en: string }; geometry: Polygon | MultiPolygon }>(
	place: Place,
	units: readonly U[]
): { zh: string; en: string; geometry: Polygon | MultiPolygon } | null {
	if (!place.code) return null;
	const county = units.find((u) => String(u.properties.code ?? '') === place.code.slice(0, 6));
	const prefecture = units.find((u) => String(u.properties.code ?? '') === place.code.slice(0, 4));
	const u = county ?? prefecture;
	return u ? { zh: u.properties.zh, en: u.properties.en, geometry: u.geometry } : null;
}
