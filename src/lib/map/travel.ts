/**
 * Style as code for the travel-time overlay: graduated colours for modelled minutes from one place,
 * a diverging ramp for the change between two scenarios, and the schematic line of one route.
 * Colours are ColorBrewer ramps chosen to stay apart for colour-blind readers (YlGnBu, BrBG) and
 * away from the project colours of the theme.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { NetworkGraph, Route } from '../analysis/network/index';
import type { Theme } from './theme';
import { labelField, labelMeta, type Lang } from './labels';

/** Source ids of the travel overlay. */
export const TRAVEL_SOURCES = {
	places: 'travel-places',
	route: 'travel-route'
} as const;

/** Layer ids of the travel overlay, bottom to top. */
export const TRAVEL_LAYERS = {
	routeCasing: 'travel-route-casing',
	routeLine: 'travel-route-line',
	circle: 'travel-places-circle',
	origin: 'travel-places-origin',
	label: 'travel-places-label'
} as const;

/** Upper bounds (inclusive) of the time bands, minutes; the last band is open. */
export const TIME_BANDS_MIN = [30, 60, 90, 120, 180] as const;

/** One colour per time band, shortest first (ColorBrewer YlGnBu, dark = near). */
export const TIME_COLOURS = ['#0c2c84', '#225ea8', '#1d91c0', '#41b6c4', '#7fcdbb', '#c7e9b4'] as const;

/** Places the model cannot reach: hollow grey. */
export const UNREACHED_COLOUR = '#b9b2a6';

/** Change bands: ids and colours (ColorBrewer BrBG: teal = faster, brown = slower). */
export const CHANGE_BANDS = [
	{ id: 'new', colour: '#003c30' },
	{ id: 'gain-60', colour: '#01665e' },
	{ id: 'gain-30', colour: '#5ab4ac' },
	{ id: 'gain-5', colour: '#c7eae5' },
	{ id: 'same', colour: '#ece6da' },
	{ id: 'loss-5', colour: '#f6e8c3' },
	{ id: 'loss-30', colour: '#d8b365' },
	{ id: 'loss-60', colour: '#8c510a' },
	{ id: 'lost', colour: '#543005' }
] as const;

export type ChangeBand = (typeof CHANGE_BANDS)[number]['id'] | 'none';

/** Access-per-phase bands: comes within the threshold, falls out, within in both, outside in both (BrBG ends, muted middle). */
export const ACCESS_BANDS = [
	{ id: 'gain', colour: '#01665e' },
	{ id: 'loss', colour: '#8c510a' },
	{ id: 'in', colour: '#9fd3cc' },
	{ id: 'out', colour: '#ece6da' }
] as const;

/** What the access map needs of one place: minutes from the hub before and after, and its position. */
export interface AccessPoint {
	id: string;
	lon: number;
	lat: number;
	rank: number;
	beforeMin: number | null;
	afterMin: number | null;
	isHub: boolean;
}

/**
 * Point features of the access-per-phase map: each place banded by whether it comes within the
 * threshold, falls out of it, or stays; only places that change are labelled.
 *
 * @param points - places with their minutes from the hub in the earlier and later network
 * @param thresholdMin - the threshold, minutes
 * @returns a FeatureCollection with `band` ('gain', 'loss', 'in', 'out' or 'origin') and labels
 * @example
 * accessFeatures([{ id: 'wuchuan', beforeMin: null, afterMin: 200, ... }], 240).features[0].properties.band // 'gain'
 */
export function accessFeatures(points: readonly AccessPoint[], thresholdMin: number): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: points.map((p) => {
			const was = p.beforeMin !== null && p.beforeMin <= thresholdMin;
			const is = p.afterMin !== null && p.afterMin <= thresholdMin;
			const band = p.isHub ? 'origin' : was === is ? (is ? 'in' : 'out') : is ? 'gain' : 'loss';
			const changed = band === 'gain' || band === 'loss';
			return {
				type: 'Feature',
				id: p.id,
				geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
				properties: {
					id: p.id,
					rank: p.rank,
					band,
					minutes: p.afterMin ?? -1,
					origin: p.isHub,
					target: false,
					time_zh: changed && p.afterMin !== null ? minutesText(p.afterMin, '分钟') : changed ? '不再可达' : '',
					time_en: changed && p.afterMin !== null ? minutesText(p.afterMin, 'min') : changed ? 'out of reach' : ''
				}
			};
		})
	};
}

/** Route line colours by what the leg is. */
export const ROUTE_COLOURS = { rail: '#23201c', road: '#7a4a14', access: '#6e665c' } as const;

/**
 * The time band of a number of minutes.
 *
 * @param minutes - modelled minutes, or null when unreachable
 * @returns band index 0–5 (≤30, 30–60, 60–90, 90–120, 120–180, >180 minutes), or -1 when unreachable
 * @example
 * timeBandOf(61) // 2
 */
export function timeBandOf(minutes: number | null): number {
	if (minutes === null || !Number.isFinite(minutes)) return -1;
	const i = TIME_BANDS_MIN.findIndex((max) => minutes <= max);
	return i === -1 ? TIME_BANDS_MIN.length : i;
}

/**
 * The change band between two modelled times; changes under 5 minutes count as none.
 *
 * @param beforeMin - minutes in the earlier scenario, or null when unreachable then
 * @param afterMin - minutes in the later scenario, or null when unreachable then
 * @returns a band id of CHANGE_BANDS, or 'none' when unreachable in both
 * @example
 * changeBandOf(240, 61) // 'gain-60'
 */
export function changeBandOf(beforeMin: number | null, afterMin: number | null): ChangeBand {
	if (beforeMin === null && afterMin === null) return 'none';
	if (beforeMin === null) return 'new';
	if (afterMin === null) return 'lost';
	const d = afterMin - beforeMin;
	if (d <= -60) return 'gain-60';
	if (d <= -30) return 'gain-30';
	if (d <= -5) return 'gain-5';
	if (d < 5) return 'same';
	if (d < 30) return 'loss-5';
	if (d < 60) return 'loss-30';
	return 'loss-60';
}

/** What the overlay needs of one place. */
export interface TravelPoint {
	id: string;
	zh: string;
	en: string;
	lon: number;
	lat: number;
	rank: number;
	minutes: number | null;
	beforeMin: number | null;
	isOrigin: boolean;
	isTarget: boolean;
}

function minutesText(m: number, unit: string, signed = false): string {
	const r = Math.round(m);
	return `${signed && r > 0 ? '+' : ''}${r < 0 ? '−' : ''}${Math.abs(r)} ${unit}`;
}

/**
 * Point features for the travel overlay, with the band to colour by and the time to label.
 *
 * @param points - places with their modelled minutes (and the earlier scenario's, when comparing)
 * @param view - 'time' colours by minutes, 'change' by the change from `beforeMin`
 * @returns a FeatureCollection of points, property `band` holding the colour key
 * @example
 * travelFeatures([{ id: 'pengshui', minutes: 25, ... }], 'time').features[0].properties.band // 't0'
 */
export function travelFeatures(points: readonly TravelPoint[], view: 'time' | 'change'): FeatureCollection<Point> {
	const features: Feature<Point>[] = points.map((p) => {
		let band: string;
		let zh = '';
		let en = '';
		if (p.isOrigin) band = 'origin';
		else if (view === 'time') {
			const i = timeBandOf(p.minutes);
			band = i < 0 ? 'none' : `t${i}`;
			if (p.minutes !== null) {
				zh = minutesText(p.minutes, '分钟');
				en = minutesText(p.minutes, 'min');
			}
		} else {
			band = changeBandOf(p.beforeMin, p.minutes);
			// Only changed towns are labelled: "0 min" on every unchanged one hides the ones that matter.
			if (band === 'same') {
				zh = '';
				en = '';
			} else if (p.minutes !== null && p.beforeMin !== null) {
				zh = minutesText(p.minutes - p.beforeMin, '分钟', true);
				en = minutesText(p.minutes - p.beforeMin, 'min', true);
			} else if (p.minutes !== null) {
				zh = `新通达 ${minutesText(p.minutes, '分钟')}`;
				en = `new ${minutesText(p.minutes, 'min')}`;
			}
		}
		return {
			type: 'Feature',
			id: p.id,
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
			properties: {
				id: p.id,
				rank: p.rank,
				band,
				minutes: p.minutes ?? -1,
				origin: p.isOrigin,
				target: p.isTarget,
				time_zh: zh,
				time_en: en
			}
		};
	});
	return { type: 'FeatureCollection', features };
}

/** A place's position, for drawing a route between places. */
export interface PlacePosition {
	lon: number;
	lat: number;
}

/**
 * Schematic lines of a route: one straight segment per link ridden or access taken, between the towns
 * the model places the stations at. They show which towns a route passes, not where the line runs.
 *
 * @param graph - the graph the route was found on
 * @param route - the route
 * @param positions - place positions by place id
 * @returns a FeatureCollection of line segments with `kind` ('rail', 'road' or 'access') and `leg` index
 * @example
 * routeFeatures(graph, route, new Map(places.map((p) => [p.id, p]))).features.length
 */
export function routeFeatures(
	graph: NetworkGraph,
	route: Route | null,
	positions: ReadonlyMap<string, PlacePosition>
): FeatureCollection<LineString> {
	const features: Feature<LineString>[] = [];
	if (!route) return { type: 'FeatureCollection', features };
	const linkById = new Map(graph.links.map((l) => [l.id, l]));
	const placeOfNode = (id: string): string | undefined => graph.nodes[graph.nodeIndex.get(id) ?? -1]?.place;
	const push = (a: string | undefined, b: string | undefined, kind: string, leg: number) => {
		const pa = a ? positions.get(a) : undefined;
		const pb = b ? positions.get(b) : undefined;
		if (!pa || !pb || a === b) return;
		features.push({
			type: 'Feature',
			geometry: {
				type: 'LineString',
				coordinates: [
					[pa.lon, pa.lat],
					[pb.lon, pb.lat]
				]
			},
			properties: { kind, leg }
		});
	};
	route.legs.forEach((leg, i) => {
		if (leg.kind === 'ride') {
			for (const id of leg.links) {
				const link = linkById.get(id);
				if (link) push(link.fromPlace, link.toPlace, link.mode, i);
			}
		} else push(placeOfNode(leg.from), placeOfNode(leg.to), 'access', i);
	});
	return { type: 'FeatureCollection', features };
}

/**
 * Sources of the travel overlay.
 *
 * @param places - point features from `travelFeatures`
 * @param route - line features from `routeFeatures`
 * @returns sources keyed by id
 * @example
 * travelSources(points, lines)['travel-places'].type // 'geojson'
 */
export function travelSources(places: FeatureCollection<Point>, route: FeatureCollection<LineString>): Record<string, SourceSpecification> {
	return {
		[TRAVEL_SOURCES.places]: { type: 'geojson', data: places, promoteId: 'id' },
		[TRAVEL_SOURCES.route]: { type: 'geojson', data: route }
	};
}

function bandColour(theme: Theme): ExpressionSpecification {
	const pairs: string[] = [];
	TIME_COLOURS.forEach((c, i) => pairs.push(`t${i}`, c));
	for (const b of CHANGE_BANDS) pairs.push(b.id, b.colour);
	for (const b of ACCESS_BANDS) pairs.push(b.id, b.colour);
	pairs.push('origin', theme.highlight);
	return ['match', ['get', 'band'], ...pairs, 'transparent'] as unknown as ExpressionSpecification;
}

/**
 * The travel overlay's layers, built from a theme: route casing and line, place circles coloured by
 * band, a ring for the origin and the destination, and time labels.
 *
 * @param theme - colours and fonts
 * @param lang - label language
 * @param shown - whether the overlay is drawn or only laid out ahead (see `travelOpacity`)
 * @returns layer specifications, bottom to top
 * @example
 * travelLayers(lightTheme, 'zh').map((l) => l.id)
 */
export function travelLayers(theme: Theme, lang: Lang, shown = true): LayerSpecification[] {
	const layers = travelLayerSpecs(theme, lang);
	const opacity = travelOpacity(shown);
	return layers.map((layer) => {
		if (layer.id === TRAVEL_LAYERS.label)
			return { ...layer, layout: { ...layer.layout, visibility: travelLabelVisibility(shown) } } as LayerSpecification;
		const paint: Record<string, unknown> = { ...(layer as { paint?: object }).paint };
		for (const [k, v] of Object.entries(opacity[layer.id] ?? {})) {
			paint[k] = v;
			paint[`${k}-transition`] = { duration: 0, delay: 0 };
		}
		return { ...layer, paint } as LayerSpecification;
	});
}

/** The paint properties `travelOpacity` sets. */
export type OpacityProperty = 'line-opacity' | 'circle-opacity' | 'circle-stroke-opacity';

/**
 * The opacities that show or hide the overlay's lines and circles. Hidden, they stay laid out (so opening the
 * tab only changes paint, drawn in the next frame); the time labels are hidden by visibility instead, since a
 * transparent label would still push the town names aside.
 *
 * @param shown - whether the travel or promises tab is open
 * @returns paint values by layer id
 * @example
 * travelOpacity(false)['travel-places-circle']['circle-opacity'] // 0
 */
export function travelOpacity(shown: boolean): Record<string, Partial<Record<OpacityProperty, number>>> {
	const on = (v: number) => (shown ? v : 0);
	return {
		[TRAVEL_LAYERS.routeCasing]: { 'line-opacity': on(1) },
		[TRAVEL_LAYERS.routeLine]: { 'line-opacity': on(1) },
		[TRAVEL_LAYERS.circle]: { 'circle-opacity': on(0.95), 'circle-stroke-opacity': on(1) },
		[TRAVEL_LAYERS.origin]: { 'circle-stroke-opacity': on(1) }
	};
}

/**
 * The time labels' visibility: hidden labels are not placed, so they do not push the town names aside.
 *
 * @param shown - whether the travel or promises tab is open
 * @returns the layout value
 * @example
 * travelLabelVisibility(false) // 'none'
 */
export function travelLabelVisibility(shown: boolean): 'visible' | 'none' {
	return shown ? 'visible' : 'none';
}

function travelLayerSpecs(theme: Theme, lang: Lang): LayerSpecification[] {
	const radius = (z5: number, z10: number): ExpressionSpecification => [
		'interpolate',
		['linear'],
		['zoom'],
		5,
		['match', ['get', 'rank'], [1, 2], z5, 3, z5 * 0.8, z5 * 0.6],
		10,
		['match', ['get', 'rank'], [1, 2], z10, 3, z10 * 0.85, z10 * 0.7]
	];
	return [
		{
			id: TRAVEL_LAYERS.routeCasing,
			type: 'line',
			source: TRAVEL_SOURCES.route,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': theme.labelHalo, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 6, 10, 10] }
		},
		{
			id: TRAVEL_LAYERS.routeLine,
			type: 'line',
			source: TRAVEL_SOURCES.route,
			layout: { 'line-join': 'round', 'line-cap': 'butt' },
			paint: {
				'line-color': ['match', ['get', 'kind'], 'rail', ROUTE_COLOURS.rail, 'road', ROUTE_COLOURS.road, ROUTE_COLOURS.access],
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 2.5, 10, 5],
				'line-dasharray': [3, 1.5]
			}
		},
		{
			id: TRAVEL_LAYERS.circle,
			type: 'circle',
			source: TRAVEL_SOURCES.places,
			filter: ['any', ['<=', ['get', 'rank'], 3], ['>=', ['zoom'], 7.5]],
			paint: {
				'circle-radius': radius(5, 9),
				'circle-color': bandColour(theme),
				'circle-stroke-color': ['match', ['get', 'band'], 'none', UNREACHED_COLOUR, theme.labelSecondary],
				'circle-stroke-width': ['match', ['get', 'band'], 'none', 1.5, 0.8]
			}
		},
		{
			id: TRAVEL_LAYERS.origin,
			type: 'circle',
			source: TRAVEL_SOURCES.places,
			filter: ['any', ['==', ['get', 'origin'], true], ['==', ['get', 'target'], true]],
			paint: {
				'circle-radius': radius(9, 14),
				'circle-color': 'transparent',
				'circle-stroke-color': theme.highlight,
				'circle-stroke-width': 2.5
			}
		},
		{
			id: TRAVEL_LAYERS.label,
			type: 'symbol',
			source: TRAVEL_SOURCES.places,
			filter: ['any', ['<=', ['get', 'rank'], 2], ['all', ['==', ['get', 'rank'], 3], ['>=', ['zoom'], 6.8]], ['>=', ['zoom'], 9]],
			metadata: labelMeta('time_zh', 'time_en'),
			layout: {
				'text-field': labelField(lang, 'time_zh', 'time_en'),
				'text-font': [theme.fontRegular],
				'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 10, 12.5],
				'text-variable-anchor': ['right', 'left', 'bottom', 'top'],
				'text-radial-offset': 0.75,
				'text-padding': 1,
				'symbol-sort-key': ['get', 'rank']
			},
			paint: {
				'text-color': theme.labelPrimary,
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1.6
			}
		}
	];
}

/** Where the overlay's lines and circles go in the basemap's stack: above place dots, below place names. */
export const TRAVEL_BEFORE_LAYER = 'basemap-place-label-township';

/**
 * The layer a travel layer is inserted below: time labels go on top so that they are placed before
 * the town names, which then move aside; everything else goes under the town names.
 *
 * @param layerId - a travel layer id
 * @returns the id to insert before, or undefined for the top of the stack
 * @example
 * travelLayerBefore('travel-places-label') // undefined
 */
export function travelLayerBefore(layerId: string): string | undefined {
	return layerId === TRAVEL_LAYERS.label ? undefined : TRAVEL_BEFORE_LAYER;
}
