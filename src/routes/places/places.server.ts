import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import QRCode from 'qrcode';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { catalogue } from '$lib/catalogue/index';
import { error } from '@sveltejs/kit';
import { CARD_RADIUS_KM, cardPlaces, hubMinutes, placeCard, type PlaceCard } from '$lib/analysis/place-card';
import { DATA_YEAR } from '$lib/catalogue/status';
import type { ProjectFeature } from '$lib/analysis/project-feature';
import { buildNetwork, LINK_TABLE } from '$lib/analysis/network/index';
import { DEFAULT_ASSUMPTIONS } from '$lib/data/assumptions';
import { cardMap, cardMapHalfHeightKm, cardOutline, type CardMap } from '$lib/export/card-map';
import type { Airport, Place } from '$lib/geo/types';
import { lightTheme } from '$lib/map/theme';
import type { Lang } from '$lib/i18n';

/**
 * The site's public origin, for the absolute URL a card's QR code carries. It is not known when the site is built
 * for an unknown host, so it is one build-time setting: `ATLAS_PUBLIC_ORIGIN` (default: the local preview server
 * of `npm run preview`). The card prints the URL the code points to.
 */
export const DEFAULT_PUBLIC_ORIGIN = 'http://127.0.0.1:4173';

function publicOrigin(): string {
	const raw = process.env.ATLAS_PUBLIC_ORIGIN ?? DEFAULT_PUBLIC_ORIGIN;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new Error(`ATLAS_PUBLIC_ORIGIN must be an http(s) origin (scheme://host[:port], no path), not "${raw}"`);
	}
	if ((url.protocol !== 'http:' && url.protocol !== 'https:') || (url.pathname !== '/' && url.pathname !== ''))
		throw new Error(`ATLAS_PUBLIC_ORIGIN must be an http(s) origin without a path, not "${raw}"`);
	return url.origin;
}

/** A card with what the page draws around it. */
export interface CardPage {
	card: PlaceCard;
	map: CardMap;
	/** The outline's unit, for the map's caption. */
	outlineName: { zh: string; en: string } | null;
}

interface Loaded {
	places: Place[];
	cards: CardPage[];
	byId: Map<string, CardPage>;
}

let loaded: Loaded | null = null;

/** Reads the data and builds every card once per prerender. */
export function readCards(): Loaded {
	if (loaded) return loaded;
	const read = (name: string) => JSON.parse(readFileSync(`static/geo/${name}`, 'utf8'));
	const places: Place[] = read('places.json').places;
	const airports: Airport[] = read('airports.json').airports;
	const features: ProjectFeature[] = (read('projects.geojson') as FeatureCollection).features as ProjectFeature[];
	const topo = read('boundaries.topo.json') as Topology;
	const units = (feature(topo, topo.objects.units as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>).features.map(
		(f) => ({ properties: f.properties as { code?: unknown; zh: string; en: string }, geometry: f.geometry })
	);
	const graph = (scenario: '2025' | '2030') => buildNetwork(places, LINK_TABLE, DEFAULT_ASSUMPTIONS, scenario, { catalogue });
	const travel = hubMinutes({ today: graph('2025'), by2030: graph('2030') }, places);
	const byFeature = new Map(features.map((f) => [String(f.properties.id), f]));
	const cards = cardPlaces(places, features).map((p): CardPage => {
		const card = placeCard({ places, features, entries: catalogue, airports, travel }, p.id);
		const outline = cardOutline(p, units);
		const drawn = [...card.here, ...card.seatProjects, ...card.near].map((c) => byFeature.get(c.id)).filter((f) => f !== undefined);
		const map = cardMap({
			place: p,
			outline: outline?.geometry ?? null,
			places,
			features: drawn,
			halfHeightKm: cardMapHalfHeightKm(card.radiusKm, card.seat?.km ?? null),
			theme: lightTheme
		});
		return { card, map, outlineName: outline ? { zh: outline.zh, en: outline.en } : null };
	});
	loaded = { places, cards, byId: new Map(cards.map((c) => [c.card.place.id, c])) };
	return loaded;
}

/** The path of a card page, without the base path. */
export function cardPath(id: string, lang: Lang): string {
	return `${lang === 'en' ? '/en' : ''}/places/${id}/`;
}

/**
 * A card page's data: the card, its map, and a QR code (SVG, made at build time) for its absolute URL.
 *
 * @param id - a card place id
 * @param lang - the page's language
 * @param base - SvelteKit's base path
 * @returns null for an unknown id
 */
export async function cardPage(id: string, lang: Lang, base: string) {
	const page = readCards().byId.get(id);
	if (!page) return null;
	const url = `${publicOrigin()}${base}${cardPath(id, lang)}`;
	const qr = await QRCode.toString(url, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#000000', light: '#ffffff' }
	});
	return { ...page, url, qr, lang };
}

/**
 * What the index page of either language loads: every card place with its label and counts.
 * @param lang - the page's language
 */
export function indexPageData(lang: Lang) {
	return {
		lang,
		radiusKm: CARD_RADIUS_KM,
		rows: readCards().cards.map(({ card }) => ({
			place: card.place,
			label: card.label,
			here: card.here.length,
			seat: card.seatProjects.length,
			near: card.near.length,
			inDistrict: card.place.code.startsWith('500114')
		}))
	};
}

/**
 * What a card page of either language loads; an unknown id is a 404.
 * @param id - the place id
 * @param lang - the page's language
 * @param base - the site's base path
 */
export async function cardPageData(id: string, lang: Lang, base: string) {
	const page = await cardPage(id, lang, base);
	if (!page) error(404, 'No such place');
	return { ...page, asOf: DATA_YEAR };
}

/** The ids of every card, for prerendering. */
export function cardEntries() {
	return readCards().cards.map((c) => ({ id: c.card.place.id }));
}
