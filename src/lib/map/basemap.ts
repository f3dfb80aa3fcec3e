import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { lightTheme, type Theme } from './theme';
import { airportsToGeoJSON, placesToGeoJSON, type GeoBundle } from '../geo/load';
import { basemapAssets, type BasemapAssets } from './assets';
import { labelField, labelMeta, type Lang } from './labels';

/** The basemap's data, already converted to GeoJSON. */
export interface BasemapData {
	units: FeatureCollection<Geometry>;
	provinces: FeatureCollection<Geometry>;
	water: FeatureCollection<Geometry>;
	places: FeatureCollection<Point>;
	airports: FeatureCollection<Point>;
}

/** Absolute URLs of the basemap's binary assets. */
export type { BasemapAssets } from './assets';

/** Source ids of the basemap. */
export const BASEMAP_SOURCES = {
	units: 'basemap-units',
	provinces: 'basemap-provinces',
	water: 'basemap-water',
	places: 'basemap-places',
	airports: 'basemap-airports',
	terrain: 'basemap-terrain'
} as const;

/** The district the map centres on; its outline is drawn stronger. */
export const FOCUS_UNIT_ID = 'qianjiang';

/**
 * The basemap's sources.
 * @param data GeoJSON for boundaries, water, places and airports
 * @param assets URLs of the terrain tiles and fonts
 * @returns sources keyed by id
 * @example basemapSources(data, assets)['basemap-units'].type // 'geojson'
 */
export function basemapSources(data: BasemapData, assets: BasemapAssets): Record<string, SourceSpecification> {
	return {
		[BASEMAP_SOURCES.units]: { type: 'geojson', data: data.units, promoteId: 'id' },
		[BASEMAP_SOURCES.provinces]: { type: 'geojson', data: data.provinces },
		[BASEMAP_SOURCES.water]: { type: 'geojson', data: data.water },
		[BASEMAP_SOURCES.places]: { type: 'geojson', data: data.places, promoteId: 'id' },
		[BASEMAP_SOURCES.airports]: { type: 'geojson', data: data.airports },
		// SRTM30_PLUS heights; tiles exist at one zoom only and MapLibre overzooms them. Outside `bounds`
		// there is no terrain, and nothing is drawn there.
		[BASEMAP_SOURCES.terrain]: {
			type: 'raster-dem',
			tiles: [assets.terrainTiles],
			encoding: 'terrarium',
			tileSize: assets.terrain.tileSize,
			minzoom: assets.terrain.zoom,
			maxzoom: assets.terrain.zoom,
			bounds: assets.terrain.bounds
		}
	};
}

const isFocus: ExpressionSpecification = ['==', ['get', 'id'], FOCUS_UNIT_ID];
const isCounty: ExpressionSpecification = ['==', ['get', 'level'], 'county'];
const inChongqing: ExpressionSpecification = ['==', ['get', 'province'], '重庆市'];

/** Label sizes grow gently with zoom; rank 1 is largest. */
function placeTextSize(base: number): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], 5, base, 9, base + 2, 12, base + 4];
}

function placeLabel(
	id: string,
	theme: Theme,
	lang: Lang,
	filter: ExpressionSpecification,
	size: number,
	color: string,
	minzoom: number,
	bold = false
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: BASEMAP_SOURCES.places,
		minzoom,
		filter,
		metadata: labelMeta(),
		layout: {
			'text-field': labelField(lang),
			'text-font': [bold ? theme.fontBold : theme.fontRegular],
			'text-size': placeTextSize(size),
			'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
			'text-radial-offset': 0.55,
			'text-justify': 'auto',
			'text-max-width': 8,
			'symbol-sort-key': ['get', 'rank'],
			'text-padding': 3
		},
		paint: {
			'text-color': color,
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.4,
			'text-halo-blur': 0.4
		}
	};
}

/**
 * The basemap's layers, bottom to top, built from a theme (style as code).
 * Labels thin out by zoom: prefecture seats and Chongqing districts first, other county seats from
 * zoom 6.5, townships from zoom 9.
 * @param theme colours and fonts
 * @param lang label language
 * @returns layer specifications
 * @example basemapLayers(lightTheme, 'zh').map((l) => l.id)
 */
export function basemapLayers(theme: Theme, lang: Lang): LayerSpecification[] {
	const s = BASEMAP_SOURCES;
	return [
		{ id: 'basemap-background', type: 'background', paint: { 'background-color': theme.landOutside } },
		{
			id: 'basemap-units-fill',
			type: 'fill',
			source: s.units,
			paint: {
				'fill-color': ['case', isFocus, theme.focusDistrict, inChongqing, theme.land, theme.landOutside]
			}
		},
		{
			id: 'basemap-hillshade',
			type: 'hillshade',
			source: s.terrain,
			paint: {
				'hillshade-exaggeration': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					theme.hillshadeExaggeration[0],
					10,
					theme.hillshadeExaggeration[1]
				],
				'hillshade-shadow-color': theme.hillshadeShadow,
				'hillshade-highlight-color': theme.hillshadeHighlight,
				'hillshade-accent-color': theme.hillshadeAccent,
				'hillshade-illumination-anchor': 'map'
			}
		},
		{
			id: 'basemap-lake-fill',
			type: 'fill',
			source: s.water,
			filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false],
			paint: { 'fill-color': theme.water }
		},
		{
			id: 'basemap-river-line',
			type: 'line',
			source: s.water,
			filter: ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': theme.waterLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', ['has', 'zh'], 1.1, 0.5], 10, ['case', ['has', 'zh'], 2.6, 1.2]]
			}
		},
		{
			id: 'basemap-county-line',
			type: 'line',
			source: s.units,
			minzoom: 6,
			filter: isCounty,
			paint: {
				'line-color': theme.countyLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 10, 1.2],
				'line-dasharray': [3, 2]
			}
		},
		{
			id: 'basemap-prefecture-line',
			type: 'line',
			source: s.units,
			filter: ['!', isCounty],
			paint: {
				'line-color': theme.prefectureLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 10, 1.4]
			}
		},
		{
			id: 'basemap-province-casing',
			type: 'line',
			source: s.provinces,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': theme.provinceCasing,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 7]
			}
		},
		{
			id: 'basemap-province-line',
			type: 'line',
			source: s.provinces,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': theme.provinceLine,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2],
				'line-dasharray': [4, 1.5, 1, 1.5]
			}
		},
		{
			id: 'basemap-focus-outline',
			type: 'line',
			source: s.units,
			filter: isFocus,
			layout: { 'line-join': 'round' },
			paint: {
				'line-color': theme.focusDistrictOutline,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.4, 10, 2.8],
				'line-opacity': 0.85
			}
		},
		{
			id: 'basemap-river-label',
			type: 'symbol',
			source: s.water,
			minzoom: 6.5,
			filter: ['has', 'zh'],
			metadata: labelMeta(),
			layout: {
				'symbol-placement': 'line',
				'text-field': labelField(lang),
				'text-font': [theme.fontRegular],
				'text-size': ['interpolate', ['linear'], ['zoom'], 6.5, 11, 11, 14],
				'text-letter-spacing': 0.15,
				'symbol-spacing': 320
			},
			paint: {
				'text-color': theme.waterLabel,
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1.2
			}
		},
		{
			id: 'basemap-unit-label',
			type: 'symbol',
			source: s.units,
			maxzoom: 7.5,
			filter: ['!', isCounty],
			metadata: labelMeta(),
			layout: {
				'text-field': labelField(lang),
				'text-font': [theme.fontRegular],
				'text-size': 12,
				'text-letter-spacing': 0.2,
				'text-max-width': 6
			},
			paint: {
				'text-color': theme.unitLabel,
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1
			}
		},
		{
			id: 'basemap-airport-dot',
			type: 'circle',
			source: s.airports,
			paint: {
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 3, 10, 5.5],
				'circle-color': '#ffffff',
				'circle-stroke-color': theme.airport,
				'circle-stroke-width': 2
			}
		},
		{
			id: 'basemap-place-dot',
			type: 'circle',
			source: s.places,
			filter: ['any', ['<=', ['get', 'rank'], 2], ['all', ['==', ['get', 'rank'], 3], ['>=', ['zoom'], 6.5]], ['>=', ['zoom'], 9]],
			paint: {
				'circle-radius': [
					'interpolate',
					['linear'],
					['zoom'],
					5,
					['match', ['get', 'rank'], 1, 3.2, 2, 2.4, 1.6],
					11,
					['match', ['get', 'rank'], 1, 5, 2, 4, 3]
				],
				'circle-color': ['match', ['get', 'rank'], [1, 2], theme.placeDotSeat, theme.placeDot],
				'circle-stroke-color': theme.labelHalo,
				'circle-stroke-width': 1
			}
		},
		placeLabel('basemap-place-label-township', theme, lang, ['==', ['get', 'rank'], 4], 11, theme.labelTownship, 9),
		placeLabel('basemap-place-label-county', theme, lang, ['==', ['get', 'rank'], 3], 11.5, theme.labelSecondary, 6.5),
		placeLabel('basemap-place-label-major', theme, lang, ['<=', ['get', 'rank'], 2], 12.5, theme.labelPrimary, 0, true),
		{
			id: 'basemap-airport-label',
			type: 'symbol',
			source: s.airports,
			minzoom: 7,
			metadata: labelMeta(),
			layout: {
				'text-field': labelField(lang),
				'text-font': [theme.fontRegular],
				'text-size': 11,
				'text-anchor': 'top',
				'text-offset': [0, 0.8],
				'text-max-width': 9,
				'text-optional': true
			},
			paint: {
				'text-color': theme.airport,
				'text-halo-color': theme.labelHalo,
				'text-halo-width': 1.2
			}
		}
	];
}

/**
 * A complete style: the basemap's sources and layers, fonts from local files.
 * @param theme colours and fonts
 * @param lang label language
 * @param data basemap GeoJSON
 * @param assets URLs of the binary assets
 * @returns a MapLibre style with no glyph server and no remote URL
 * @example buildBasemapStyle(lightTheme, 'zh', data, assets).layers.length
 */
export function buildBasemapStyle(theme: Theme, lang: Lang, data: BasemapData, assets: BasemapAssets): StyleSpecification {
	return {
		version: 8,
		name: 'Wuling Atlas basemap',
		'font-faces': assets.fontFaces,
		sources: basemapSources(data, assets),
		layers: basemapLayers(theme, lang)
	};
}

/**
 * The basemap style for a loaded static/geo bundle: converts places and airports to GeoJSON and makes
 * asset URLs absolute.
 * @param bundle the loaded bundle
 * @param lang label language
 * @param origin the page origin plus the app's base path, e.g. `location.origin + base`
 * @param theme colours and fonts
 * @returns a complete style
 * @example styleForBundle(bundle, 'zh', location.origin + base)
 */
export function styleForBundle(bundle: GeoBundle, lang: Lang, origin: string, theme: Theme = lightTheme): StyleSpecification {
	return buildBasemapStyle(
		theme,
		lang,
		{
			units: bundle.units,
			provinces: bundle.provinces,
			water: bundle.water,
			places: placesToGeoJSON(bundle.places),
			airports: airportsToGeoJSON(bundle.airports)
		},
		basemapAssets(bundle, origin)
	);
}
