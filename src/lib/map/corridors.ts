import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { Theme } from './theme';
import { labelField, labelMeta, type Lang } from './labels';

/** Corridor colours, by palette index: strong but apart from the project kind colours. */
export const CORRIDOR_COLOURS = ['#c2185b', '#1565c0', '#6d4c41', '#37474f', '#827717', '#5e35b1'] as const;

/** Source ids of the corridor layers. */
export const CORRIDOR_SOURCES = {
	lines: 'corridors',
	buffer: 'corridors-buffer',
	places: 'corridors-places',
	imported: 'corridors-imported'
} as const;

/** The layer a click can pick a corridor from. */
export const CORRIDOR_HIT_LAYER = 'corridors-line-hit';

/** Prefix of the drawing tool's own sources and layers (`corridors-draw-linestring`, ...). */
export const CORRIDOR_DRAW_PREFIX = 'corridors-draw';

/**
 * The colour of a palette index.
 *
 * @param index - palette index (wraps around)
 * @returns a hex colour
 * @example
 * corridorColour(1); // '#1565c0'
 */
export function corridorColour(index: number): string {
	const n = CORRIDOR_COLOURS.length;
	return CORRIDOR_COLOURS[((Math.floor(index) % n) + n) % n];
}

/** What {@link corridorLinesData} needs of a corridor. */
export interface CorridorLineInput {
	id: string;
	name: string;
	origin: 'drawn' | 'places' | 'imported';
	colour: number;
	coords: [number, number][];
}

/**
 * The corridors as map features: colour, selection, whether imported, and a label that says so.
 *
 * @param corridors - the corridors
 * @param options - `selectedId`; `hiddenId` (the one the drawing tool shows while it is edited); `quiet` when the
 *   corridor tool is not open; `importedTag` the word for "imported" in each language
 * @returns a FeatureCollection of lines with flat properties
 * @example
 * corridorLinesData(list, { selectedId: 'a', hiddenId: null, quiet: false, importedTag: { zh: '导入', en: 'imported' } });
 */
export function corridorLinesData(
	corridors: CorridorLineInput[],
	options: { selectedId: string | null; hiddenId: string | null; quiet: boolean; importedTag: { zh: string; en: string } }
): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: corridors
			.filter((c) => c.id !== options.hiddenId && c.coords.length >= 2)
			.map((c) => {
				const imported = c.origin === 'imported';
				return {
					type: 'Feature',
					id: c.id,
					properties: {
						id: c.id,
						colour: corridorColour(c.colour),
						selected: c.id === options.selectedId,
						imported,
						quiet: options.quiet,
						label_zh: imported ? `${c.name}（${options.importedTag.zh}）` : c.name,
						label_en: imported ? `${c.name} (${options.importedTag.en})` : c.name
					},
					geometry: { type: 'LineString', coordinates: c.coords }
				};
			})
	};
}

/**
 * The buffer polygon as a map feature in its corridor's colour.
 *
 * @param buffer - from `corridorBuffer`, or null
 * @param colour - palette index
 * @returns a FeatureCollection of zero or one polygon
 * @example
 * corridorBufferData(corridorBuffer(line, 5), 0).features.length; // 1
 */
export function corridorBufferData(buffer: Feature<Polygon | MultiPolygon> | null, colour: number): FeatureCollection {
	return {
		type: 'FeatureCollection',
		features: buffer ? [{ type: 'Feature', properties: { colour: corridorColour(colour) }, geometry: buffer.geometry }] : []
	};
}

/**
 * Places within the corridor as points, for a ring around each.
 *
 * @param places - `placesWithin` from `corridorStats`
 * @param colour - palette index
 * @returns a FeatureCollection of points
 * @example
 * corridorPlacesData(stats.placesWithin, 0).features.length;
 */
export function corridorPlacesData(places: { id: string; lon: number; lat: number }[], colour: number): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: places.map((p) => ({
			type: 'Feature',
			properties: { id: p.id, colour: corridorColour(colour) },
			geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
		}))
	};
}

/**
 * Empty sources for the corridor layers; data arrives with `setData`.
 *
 * @returns sources keyed by id
 * @example
 * Object.keys(corridorSources()); // ['corridors', 'corridors-buffer', 'corridors-places', 'corridors-imported']
 */
export function corridorSources(): Record<string, SourceSpecification> {
	const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
	return {
		[CORRIDOR_SOURCES.lines]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'id' },
		[CORRIDOR_SOURCES.buffer]: empty(),
		[CORRIDOR_SOURCES.places]: empty(),
		[CORRIDOR_SOURCES.imported]: empty()
	};
}

const colour: ExpressionSpecification = ['get', 'colour'];
const quiet: ExpressionSpecification = ['boolean', ['get', 'quiet'], false];
const selected: ExpressionSpecification = ['boolean', ['get', 'selected'], false];
const imported: ExpressionSpecification = ['boolean', ['get', 'imported'], false];
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const isArea: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];

function label(
	id: string,
	source: string,
	theme: Theme,
	lang: Lang,
	filter: ExpressionSpecification,
	textColor: ExpressionSpecification | string,
	placement: 'line' | 'point'
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source,
		filter,
		metadata: labelMeta('label_zh', 'label_en'),
		layout: {
			'symbol-placement': placement,
			'text-field': labelField(lang, 'label_zh', 'label_en'),
			'text-font': [theme.fontRegular],
			'text-size': 12,
			...(placement === 'line'
				? { 'symbol-spacing': 320 }
				: { 'text-anchor': 'top' as const, 'text-offset': [0, 0.7] as [number, number] }),
			'text-optional': true
		},
		paint: { 'text-color': textColor, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 }
	};
}

/**
 * The corridor layers, bottom to top: the buffer, rings on places inside it, imported extras, then the lines (a
 * white casing, dashed for sketches and schematic lines, solid for imported ones) and their labels. Corridors
 * that are not selected, or all of them while the tool is closed, are drawn quietly.
 *
 * @param theme - colours and fonts
 * @param lang - label language
 * @returns layer specifications
 * @example
 * corridorLayers(lightTheme, 'zh').map((l) => l.id);
 */
export function corridorLayers(theme: Theme, lang: Lang): LayerSpecification[] {
	const opacity: ExpressionSpecification = ['case', quiet, 0.45, selected, 1, 0.7];
	return [
		{
			id: 'corridors-buffer-fill',
			type: 'fill',
			source: CORRIDOR_SOURCES.buffer,
			paint: { 'fill-color': colour, 'fill-opacity': 0.1 }
		},
		{
			id: 'corridors-buffer-line',
			type: 'line',
			source: CORRIDOR_SOURCES.buffer,
			paint: { 'line-color': colour, 'line-opacity': 0.7, 'line-width': 1, 'line-dasharray': [3, 2] }
		},
		{
			id: 'corridors-places-ring',
			type: 'circle',
			source: CORRIDOR_SOURCES.places,
			paint: {
				'circle-radius': 6,
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-color': colour,
				'circle-stroke-width': 1.5
			}
		},
		{
			id: 'corridors-imported-fill',
			type: 'fill',
			source: CORRIDOR_SOURCES.imported,
			filter: isArea,
			paint: { 'fill-color': theme.labelPrimary, 'fill-opacity': 0.08 }
		},
		{
			id: 'corridors-imported-outline',
			type: 'line',
			source: CORRIDOR_SOURCES.imported,
			filter: isArea,
			paint: { 'line-color': theme.labelPrimary, 'line-width': 1.5 }
		},
		{
			id: 'corridors-imported-point',
			type: 'circle',
			source: CORRIDOR_SOURCES.imported,
			filter: isPoint,
			paint: { 'circle-radius': 5, 'circle-color': theme.labelPrimary, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 }
		},
		{
			id: 'corridors-line-casing',
			type: 'line',
			source: CORRIDOR_SOURCES.lines,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			// A dark rail under a dashed colour line: candy stripes that no project style uses, so a sketch never
			// reads as a planned line.
			paint: {
				'line-color': theme.sketchCasing,
				'line-opacity': ['case', quiet, 0.35, 0.9],
				'line-width': ['case', quiet, 4, selected, 7, 5.5]
			}
		},
		{
			id: CORRIDOR_HIT_LAYER,
			type: 'line',
			source: CORRIDOR_SOURCES.lines,
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 }
		},
		{
			id: 'corridors-line-solid',
			type: 'line',
			source: CORRIDOR_SOURCES.lines,
			filter: imported,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': colour, 'line-opacity': opacity, 'line-width': ['case', quiet, 2, selected, 4, 3] }
		},
		{
			id: 'corridors-line-dashed',
			type: 'line',
			source: CORRIDOR_SOURCES.lines,
			filter: ['!', imported],
			layout: { 'line-join': 'round', 'line-cap': 'butt' },
			paint: {
				'line-color': colour,
				'line-opacity': opacity,
				'line-width': ['case', quiet, 2, selected, 4, 3],
				'line-dasharray': [2, 1]
			}
		},
		label('corridors-imported-label', CORRIDOR_SOURCES.imported, theme, lang, ['any', isPoint, isArea], theme.labelPrimary, 'point'),
		label('corridors-line-label', CORRIDOR_SOURCES.lines, theme, lang, ['!', quiet], colour, 'line')
	];
}
