import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { KIND_GROUPS, PHASES } from '../catalogue/phase';
import type { Theme } from './theme';
import { labelField, labelMeta, type Lang } from './labels';

/** Source ids of the project layers. */
export const PROJECT_SOURCES = {
	projects: 'projects',
	uncertainty: 'projects-uncertainty'
} as const;

/** Layers a click or hover can pick a project from. */
export const PROJECT_INTERACTIVE_LAYERS = [
	'projects-point',
	'projects-line-solid',
	'projects-line-dashed',
	'projects-line-dotted',
	'projects-line-hit'
] as const;

const isLine: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const isPoint: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];
const active: ExpressionSpecification = [
	'any',
	['boolean', ['feature-state', 'hover'], false],
	['boolean', ['feature-state', 'selected'], false]
];

/** A `match` on a property over every key of a table, with a fallback. */
function matchTable<K extends string, V extends string | number>(
	property: string,
	keys: readonly K[],
	table: Record<K, V>,
	fallback: V
): ExpressionSpecification {
	const pairs = keys.flatMap((k) => [k, table[k]]);
	return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

function groupColour(theme: Theme): ExpressionSpecification {
	return matchTable('group', KIND_GROUPS, theme.projects, '#555555');
}

function phaseOpacity(theme: Theme): ExpressionSpecification {
	return matchTable('phase', PHASES, theme.phaseOpacity, 0.6);
}

/** Base line width at zoom 5 and 10, by kind group. */
function baseWidth(atZoom10: boolean): ExpressionSpecification {
	return atZoom10
		? ['match', ['get', 'group'], 'hsr', 5, ['expressway', 'rail'], 4, 3]
		: ['match', ['get', 'group'], 'hsr', 2.6, ['expressway', 'rail'], 2, 1.6];
}

/**
 * A zoom-interpolated line width: `base × scale + add` at each stop. Zoom must stay the input of
 * the top-level interpolate, so the arithmetic goes inside the stops.
 */
function lineWidth(scale = 1, add: number | ExpressionSpecification = 0): ExpressionSpecification {
	const stop = (z10: boolean): ExpressionSpecification => ['+', ['*', baseWidth(z10), scale], add];
	return ['interpolate', ['linear'], ['zoom'], 5, stop(false), 10, stop(true)];
}

/**
 * Sources for the projects: the visible features and the uncertainty circles of approximate points.
 * @param projects visible project features (properties as prepared by `prepareProjectFeatures`)
 * @param uncertainty circles around approximate points
 * @returns sources keyed by id
 * @example projectSources(fc, circles).projects.type // 'geojson'
 */
export function projectSources(
	projects: FeatureCollection<Geometry>,
	uncertainty: FeatureCollection<Geometry>
): Record<string, SourceSpecification> {
	return {
		[PROJECT_SOURCES.projects]: { type: 'geojson', data: projects, promoteId: 'id' },
		[PROJECT_SOURCES.uncertainty]: { type: 'geojson', data: uncertainty, promoteId: 'id' }
	};
}

function phaseLine(
	id: string,
	theme: Theme,
	phases: string[],
	dash: number[] | null
): LayerSpecification {
	return {
		id,
		type: 'line',
		source: PROJECT_SOURCES.projects,
		filter: ['all', isLine, ['match', ['get', 'phase'], phases, true, false]],
		layout: { 'line-join': 'round', 'line-cap': dash ? 'butt' : 'round' },
		paint: {
			'line-color': groupColour(theme),
			'line-opacity': phaseOpacity(theme),
			'line-width': lineWidth(),
			...(dash ? { 'line-dasharray': dash } : {})
		}
	};
}

function projectLabel(
	id: string,
	theme: Theme,
	lang: Lang,
	filter: ExpressionSpecification,
	placement: 'line' | 'point'
): LayerSpecification {
	return {
		id,
		type: 'symbol',
		source: PROJECT_SOURCES.projects,
		minzoom: 7.2,
		filter,
		metadata: labelMeta('short_zh', 'short_en'),
		layout: {
			'symbol-placement': placement,
			'text-field': labelField(lang, 'short_zh', 'short_en'),
			'text-font': [theme.fontRegular],
			'text-size': ['interpolate', ['linear'], ['zoom'], 7, 10.5, 11, 13],
			...(placement === 'point'
				? { 'text-anchor': 'top' as const, 'text-offset': [0, 0.8] as [number, number], 'text-max-width': 9 }
				: { 'symbol-spacing': 280 }),
			'text-optional': true,
			'symbol-sort-key': ['match', ['get', 'phase'], 'in-service', 1, 'building', 2, 'planned', 3, 4]
		},
		paint: {
			'text-color': groupColour(theme),
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.5
		}
	};
}

/**
 * The project layers, bottom to top, built from a theme. Colour says the kind; solid, hatched,
 * dashed and dotted lines say the phase; a soft band under a line says it is schematic; a shaded
 * circle around a point says its position is approximate.
 * @param theme colours and fonts
 * @param lang label language
 * @returns layer specifications
 * @example projectLayers(lightTheme, 'zh').map((l) => l.id)
 */
export function projectLayers(theme: Theme, lang: Lang): LayerSpecification[] {
	const colour = groupColour(theme);
	return [
		{
			id: 'projects-uncertainty-fill',
			type: 'fill',
			source: PROJECT_SOURCES.uncertainty,
			paint: { 'fill-color': colour, 'fill-opacity': theme.uncertaintyFill }
		},
		{
			id: 'projects-uncertainty-line',
			type: 'line',
			source: PROJECT_SOURCES.uncertainty,
			paint: {
				'line-color': colour,
				'line-opacity': 0.6,
				'line-width': 1,
				'line-dasharray': [2, 2]
			}
		},
		{
			id: 'projects-line-band',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: ['all', isLine, ['==', ['get', 'method'], 'schematic']],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': colour,
				'line-opacity': 0.14,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 7, 10, 18],
				'line-blur': 2
			}
		},
		{
			id: 'projects-line-casing',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: isLine,
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': ['case', active, theme.highlight, '#ffffff'],
				'line-opacity': ['case', active, 0.85, 0.8],
				'line-width': lineWidth(1, ['case', active, 5, 2])
			}
		},
		{
			id: 'projects-line-hit',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: isLine,
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 }
		},
		phaseLine('projects-line-solid', theme, ['in-service', 'building'], null),
		{
			id: 'projects-line-building-hatch',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: ['all', isLine, ['==', ['get', 'phase'], 'building']],
			paint: {
				'line-color': '#ffffff',
				'line-width': lineWidth(0.45),
				'line-dasharray': [1, 1.2]
			}
		},
		phaseLine('projects-line-dashed', theme, ['planned'], [3, 1.6]),
		phaseLine('projects-line-dotted', theme, ['preliminary', 'study', 'dropped', 'lapsed'], [0.9, 1.6]),
		{
			id: 'projects-point',
			type: 'circle',
			source: PROJECT_SOURCES.projects,
			filter: isPoint,
			paint: {
				'circle-color': colour,
				'circle-opacity': phaseOpacity(theme),
				'circle-radius': ['interpolate', ['linear'], ['zoom'], 5, 4, 10, 7.5],
				'circle-stroke-color': ['case', active, theme.highlight, '#ffffff'],
				'circle-stroke-width': ['case', active, 3, 1.5]
			}
		},
		projectLabel('projects-label-line', theme, lang, isLine, 'line'),
		projectLabel('projects-label-point', theme, lang, isPoint, 'point')
	];
}
