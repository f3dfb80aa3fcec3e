import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	SourceSpecification,
	StyleSpecification
} from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { KIND_GROUPS, PHASES } from '../catalogue/phase';
import { YEAR_VIEWS } from '../catalogue/view';
import type { Theme } from './theme';
import { labelField, labelMeta, type Lang } from './labels';
import { networkDiagram } from '../analysis/diagram';
import { scaleLayers } from './scale';

/** Source ids of the project layers. */
export const PROJECT_SOURCES = {
	projects: 'projects',
	/** The project lines and points again, for the labels alone (see `inYearView`). */
	labels: 'projects-labels',
	uncertainty: 'projects-uncertainty'
} as const;

/** The project sources keyed by `stateKey`, whose features carry the shown, selected and hover feature-states. */
export const STATEFUL_SOURCES: readonly string[] = [PROJECT_SOURCES.projects, PROJECT_SOURCES.uncertainty];

/**
 * The style's global-state key holding the year view the project labels show. Labels must not take the place of
 * other labels while hidden, so they are filtered, and a year change reloads the small label source.
 */
export const PROJECT_YEAR_STATE = 'projectsYear';

/**
 * The feature-state that shows a feature tagged with a year view (see `projectSourceData`). Lines, circles and hubs
 * of every year view stay in their source, drawn with no opacity unless their view is shown: a year change sets
 * this state (no new data for the worker and no tile reload; see `yearViewKeys`).
 */
export const SHOWN_STATE = 'shown';

/** The property each project feature is keyed by for feature-state: its id, prefixed by its year view if tagged. */
export const STATE_KEY = 'key';

/** The feature-state key of a project in a year view, or untagged (`view` undefined). */
export function stateKey(view: unknown, id: unknown): string {
	const own = id === undefined || id === null ? '' : String(id);
	return view === undefined || view === null ? own : `${String(view)}|${own}`;
}

/**
 * Every feature-state key a project can have: untagged and in each year view. Selection and hover set them all.
 * @param id project id
 * @returns keys
 * @example projectStateKeys('yuxiang-hsr') // ['yuxiang-hsr', 'now|yuxiang-hsr', '2020|yuxiang-hsr', …]
 */
export function projectStateKeys(id: string): string[] {
	return [id, ...YEAR_VIEWS.map((v) => stateKey(v, id))];
}

/**
 * The feature-state keys of one year view in a set of tagged features, hubs included (keyed by their view alone).
 * @param projects features tagged with `view` (as `CatalogueState.mapData` holds them once every year is in)
 * @param view a year view
 * @returns keys whose `shown` state draws that view; empty for untagged data
 * @example yearViewKeys(fc, '2030')
 */
export function yearViewKeys(projects: FeatureCollection<Geometry>, view: string): string[] {
	const keys = new Set<string>();
	for (const f of projects.features) {
		if (f.properties?.view === view) keys.add(stateKey(view, f.properties?.id));
	}
	if (keys.size) keys.add(stateKey(view, ''));
	return [...keys];
}

/**
 * The features drawn in a year view: the untagged ones and those tagged with that view. What the map shows, for
 * counts and placements taken from data that holds every year view.
 * @param projects features, optionally tagged with `view`
 * @param view the year view shown
 * @returns a collection of the drawn features
 * @example drawnInView(cat.mapData, '2020').features.length
 */
export function drawnInView<G extends Geometry>(projects: FeatureCollection<G>, view: string): FeatureCollection<G> {
	return {
		type: 'FeatureCollection',
		features: projects.features.filter((f) => f.properties?.view === undefined || f.properties?.view === view)
	};
}

/** Untagged labels always show; a label tagged with a year view shows only in that view. */
const inYearView: ExpressionSpecification = ['any', ['!', ['has', 'view']], ['==', ['get', 'view'], ['global-state', PROJECT_YEAR_STATE]]];

/** Untagged features always draw; a tagged one draws when its `shown` state is set. */
const shown: ExpressionSpecification = ['any', ['!', ['has', 'view']], ['boolean', ['feature-state', SHOWN_STATE], false]];

function isZoomCurve(value: unknown): boolean {
	return Array.isArray(value) && (value[0] === 'interpolate' || value[0] === 'step') && JSON.stringify(value).includes('["zoom"]');
}

/**
 * An opacity that is 0 unless the feature is shown. A zoom curve cannot sit inside `case`, and no project opacity is
 * one; this fails loudly if one is added.
 */
function gate(value: unknown): ExpressionSpecification {
	if (isZoomCurve(value)) throw new Error('projects: a zoom-dependent opacity cannot be gated by the year view');
	return ['case', shown, (value ?? 1) as ExpressionSpecification, 0] as ExpressionSpecification;
}

/** The paint properties that gate a layer's features by the year view shown. */
const GATED: Partial<Record<LayerSpecification['type'], string[]>> = {
	line: ['line-opacity'],
	circle: ['circle-opacity', 'circle-stroke-opacity']
};

/** A layer whose opacities draw only the features of the year view shown. */
function gated(layer: LayerSpecification): LayerSpecification {
	const props = GATED[layer.type];
	if (!props) return layer;
	const paint: Record<string, unknown> = { ...('paint' in layer ? layer.paint : {}) };
	for (const p of props) paint[p] = gate(paint[p]);
	return { ...layer, paint } as LayerSpecification;
}

/** Layers a click or hover can pick a project from. */
export const PROJECT_INTERACTIVE_LAYERS = [
	'projects-point',
	'projects-existing',
	'projects-line-solid',
	'projects-line-dashed',
	'projects-line-dotted',
	'projects-line-hit'
] as const;

/** Options of the project layers that a user can switch. */
export interface ProjectLayerOptions {
	/** Draw every uncertainty outline, not only the selected or hovered project's. */
	showPrecision?: boolean;
	/** Multiplier of every pixel size (lines, circles, labels): 1 on screen, `PRESENTATION_SCALE` in the presenter. */
	scale?: number;
}

const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];
const isSegment = role('segment');
const isExisting: ExpressionSpecification = ['all', isSegment, ['==', ['get', 'phase'], 'in-service']];
const isPlanned: ExpressionSpecification = ['all', isSegment, ['!=', ['get', 'phase'], 'in-service']];
const isPoint: ExpressionSpecification = role('point');
const isLine = role('line');
const active: ExpressionSpecification = [
	'any',
	['boolean', ['feature-state', 'hover'], false],
	['boolean', ['feature-state', 'selected'], false]
];

/** Pixels between the centre lines of two lines side by side in a bundle, at zoom 5 and 10. */
export const BUNDLE_SPACING_PX = { z5: 3, z10: 6.5 } as const;

/** Side-by-side offset of a segment in its bundle: its slot times the spacing (pixels, by zoom). */
function bundleOffset(): ExpressionSpecification {
	return [
		'interpolate',
		['linear'],
		['zoom'],
		5,
		['*', ['get', 'slot'], BUNDLE_SPACING_PX.z5],
		10,
		['*', ['get', 'slot'], BUNDLE_SPACING_PX.z10]
	];
}

/**
 * Radius of a hub ring, pixels by zoom: wide enough to cover the fan of its widest bundle, so every line ends at
 * its edge, metro-map style; a stop on a single line is a small dot.
 */
function hubRadius(): ExpressionSpecification {
	const at = (spacing: number, min: number): ExpressionSpecification => [
		'max',
		min,
		['+', ['*', ['get', 'bundle'], spacing / 2], ['*', 0.9, ['sqrt', ['get', 'lines']]], 1]
	];
	return ['interpolate', ['linear'], ['zoom'], 5, at(BUNDLE_SPACING_PX.z5, 2.5), 10, at(BUNDLE_SPACING_PX.z10, 4)];
}

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
 * Sources for the projects: the visible features drawn as a network diagram (segments with bundle slots, hubs at
 * the towns where lines meet; see `analysis/diagram.ts`) and the uncertainty circles of approximate points.
 * @param projects visible project features (properties as prepared by `mapFeatures`)
 * @param uncertainty circles around approximate points
 * @returns sources keyed by id
 * @example projectSources(fc, circles).projects.type // 'geojson'
 */
export function projectSources(
	projects: FeatureCollection<Geometry>,
	uncertainty: FeatureCollection<Geometry>
): Record<string, SourceSpecification> {
	const data = projectSourceData(projects);
	return {
		[PROJECT_SOURCES.projects]: { type: 'geojson', data, promoteId: STATE_KEY },
		[PROJECT_SOURCES.labels]: { type: 'geojson', data: projectLabelData(data) },
		[PROJECT_SOURCES.uncertainty]: { type: 'geojson', data: keyed(uncertainty), promoteId: STATE_KEY }
	};
}

/** Features with their feature-state key (`STATE_KEY`) set from their view and id. */
export function keyed(fc: FeatureCollection<Geometry>): FeatureCollection<Geometry> {
	return {
		type: 'FeatureCollection',
		features: fc.features.map((f) => ({
			...f,
			properties: { ...f.properties, [STATE_KEY]: stateKey(f.properties?.view, f.properties?.id) }
		}))
	};
}

/**
 * The data of the label source: the whole project lines and the points of the `projects` source data.
 * @param sourceData the output of `projectSourceData`
 * @returns the features with role `line` or `point`
 * @example projectLabelData(projectSourceData(fc)).features.every((f) => f.properties?.role !== 'hub')
 */
export function projectLabelData(sourceData: FeatureCollection<Geometry>): FeatureCollection<Geometry> {
	return {
		type: 'FeatureCollection',
		features: sourceData.features.filter((f) => f.properties?.role === 'line' || f.properties?.role === 'point')
	};
}

/**
 * The data of the `projects` source for a set of visible features: the network diagram built from them. Features
 * tagged with a year view (`properties.view`) get one diagram per view, each part tagged with its view.
 * @param projects visible project features, optionally tagged with `view`
 * @returns lines, segments, points and hubs, each with a `role`
 * @example projectSourceData(fc).features.some((f) => f.properties?.role === 'hub')
 */
export function projectSourceData(projects: FeatureCollection<Geometry>): FeatureCollection<Geometry> {
	const byView = new Map<unknown, FeatureCollection<Geometry>>();
	for (const f of projects.features) {
		const view = f.properties?.view;
		const group = byView.get(view) ?? { type: 'FeatureCollection', features: [] };
		group.features.push(f);
		byView.set(view, group);
	}
	// One diagram per year view: the lines running together, and so the bundle slots, differ by year.
	const features: FeatureCollection<Geometry>['features'] = [];
	for (const [view, group] of byView) {
		for (const f of networkDiagram(group).features) {
			const properties: Record<string, unknown> = view === undefined ? { ...f.properties } : { ...f.properties, view };
			// Hubs carry no project's state but the view's: one key per view, shown with it.
			properties[STATE_KEY] = stateKey(view, properties.role === 'hub' ? '' : properties.id);
			features.push({ ...f, properties });
		}
	}
	return { type: 'FeatureCollection', features };
}

function phaseLine(id: string, theme: Theme, phases: string[], dash: number[] | null): LayerSpecification {
	return {
		id,
		type: 'line',
		source: PROJECT_SOURCES.projects,
		filter: ['all', isSegment, ['match', ['get', 'phase'], phases, true, false]],
		layout: { 'line-join': 'round', 'line-cap': dash ? 'butt' : 'round' },
		paint: {
			'line-color': groupColour(theme),
			'line-opacity': phaseOpacity(theme),
			'line-width': lineWidth(),
			'line-offset': bundleOffset(),
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
		source: PROJECT_SOURCES.labels,
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
			'text-color': ['case', ['==', ['get', 'phase'], 'in-service'], theme.labelSecondary, groupColour(theme)],
			'text-halo-color': theme.labelHalo,
			'text-halo-width': 1.5
		}
	};
}

/**
 * The project layers, bottom to top, built from a theme: a network diagram. Lines in service are the quiet, neutral
 * network the plan builds on; planned and building projects carry the colour of their kind, with solid, hatched,
 * dashed and dotted lines for how far along they are. Lines that share a corridor segment run side by side; hubs
 * (rings sized to the lines meeting there) sit over the line ends at towns. A soft band under a line says it is a
 * schematic between the towns named; uncertainty outlines show for the selected or hovered project, or all of them
 * when `showPrecision` is on, never as fills.
 * @param theme colours and fonts
 * @param lang label language
 * @param options `showPrecision`; `scale` multiplies every pixel size (see map/scale.ts)
 * @returns layer specifications
 * @example projectLayers(lightTheme, 'zh').map((l) => l.id)
 */
export function projectLayers(theme: Theme, lang: Lang, options: ProjectLayerOptions = {}): LayerSpecification[] {
	// Labels take the year-view filter; every other layer draws the features of the year view shown (`SHOWN_STATE`).
	return scaleLayers(projectLayerList(theme, lang, options), options.scale ?? 1).map((layer) => {
		if (layer.type !== 'symbol') return gated(layer);
		const own = 'filter' in layer ? layer.filter : undefined;
		return { ...layer, filter: (own ? ['all', inYearView, own] : inYearView) as FilterSpecification } as LayerSpecification;
	});
}

function projectLayerList(theme: Theme, lang: Lang, options: ProjectLayerOptions): LayerSpecification[] {
	const colour = groupColour(theme);
	const offset = bundleOffset();
	return [
		{
			id: 'projects-uncertainty-line',
			type: 'line',
			source: PROJECT_SOURCES.uncertainty,
			paint: {
				'line-color': colour,
				'line-opacity': outlineOpacity(options.showPrecision === true),
				'line-width': 1.2,
				'line-dasharray': [2, 2]
			}
		},
		{
			id: 'projects-line-band',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: ['all', isLine, ['==', ['get', 'method'], 'schematic'], ['!=', ['get', 'phase'], 'in-service']],
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: {
				'line-color': colour,
				'line-opacity': 0.1,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 7, 10, 18],
				'line-blur': 2
			}
		},
		{
			id: 'projects-existing-casing',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: isExisting,
			layout: { 'line-join': 'round', 'line-cap': 'butt' },
			paint: {
				'line-color': ['case', active, theme.highlight, theme.existingCasing],
				'line-opacity': ['case', active, 0.85, 0.9],
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', active, 4.5, 2.2], 10, ['case', active, 7, 4.2]],
				'line-offset': offset
			}
		},
		{
			id: 'projects-existing',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: isExisting,
			layout: { 'line-join': 'round', 'line-cap': 'butt' },
			paint: {
				'line-color': theme.existing,
				'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.1, 10, 2.4],
				'line-offset': offset
			}
		},
		{
			id: 'projects-line-casing',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: isPlanned,
			layout: { 'line-join': 'round', 'line-cap': 'butt' },
			paint: {
				'line-color': ['case', active, theme.highlight, '#ffffff'],
				'line-opacity': ['case', active, 0.85, 0.8],
				'line-width': lineWidth(1, ['case', active, 5, 2]),
				'line-offset': offset
			}
		},
		{
			id: 'projects-line-hit',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: isSegment,
			paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 12, 'line-offset': offset }
		},
		phaseLine('projects-line-solid', theme, ['building'], null),
		{
			id: 'projects-line-building-hatch',
			type: 'line',
			source: PROJECT_SOURCES.projects,
			filter: ['all', isSegment, ['==', ['get', 'phase'], 'building']],
			paint: {
				'line-color': '#ffffff',
				'line-width': lineWidth(0.45),
				'line-dasharray': [1, 1.2],
				'line-offset': offset
			}
		},
		phaseLine('projects-line-dashed', theme, ['planned'], [3, 1.6]),
		phaseLine('projects-line-dotted', theme, ['preliminary', 'study', 'dropped', 'lapsed'], [0.9, 1.6]),
		{
			id: 'projects-stop',
			type: 'circle',
			source: PROJECT_SOURCES.projects,
			// A town on one line only: a small stop, shown once the towns themselves are labelled.
			minzoom: 8.5,
			filter: ['all', role('hub'), ['<', ['get', 'lines'], 2]],
			paint: {
				'circle-color': theme.hubFill,
				'circle-radius': hubRadius(),
				'circle-stroke-color': ['case', ['to-boolean', ['get', 'existing']], theme.existing, theme.hubStroke],
				'circle-stroke-width': 1.2
			}
		},
		{
			id: 'projects-hub',
			type: 'circle',
			source: PROJECT_SOURCES.projects,
			filter: ['all', role('hub'), ['>=', ['get', 'lines'], 2]],
			paint: {
				'circle-color': theme.hubFill,
				'circle-radius': hubRadius(),
				'circle-stroke-color': ['case', ['to-boolean', ['get', 'existing']], theme.existing, theme.hubStroke],
				'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 5, 1, 10, 2]
			}
		},
		{
			id: 'projects-point',
			type: 'circle',
			source: PROJECT_SOURCES.projects,
			filter: isPoint,
			paint: {
				'circle-color': ['case', ['==', ['get', 'phase'], 'in-service'], theme.existing, colour],
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

/**
 * Opacity of the uncertainty outlines: shown for the selected or hovered project, and for all when asked.
 * @param showAll the "show precision" switch
 * @returns a paint expression
 * @example uncertaintyOpacity(false)
 */
export function uncertaintyOpacity(showAll: boolean): ExpressionSpecification {
	return gate(outlineOpacity(showAll));
}

function outlineOpacity(showAll: boolean): ExpressionSpecification {
	return ['case', active, 0.85, showAll ? 0.55 : 0];
}

/** Project layers go under the basemap's place dots and labels, so towns stay readable. */
export const PROJECT_LAYERS_BEFORE = 'basemap-place-dot';

/**
 * A style with the project sources and layers in it from the start, so the first style pass draws the projects
 * (no second pass after `load`). Layers go before `PROJECT_LAYERS_BEFORE`, or on top when the style lacks it.
 * @param style a basemap style
 * @param sources the project sources (`projectSources`)
 * @param layers the project layers (`projectLayers`)
 * @param year the year view shown first (the `PROJECT_YEAR_STATE` global state)
 * @returns a new style; the input is not changed
 * @example withProjectLayers(basemap, projectSources(fc, circles), projectLayers(lightTheme, 'zh'), 'now')
 */
export function withProjectLayers(
	style: StyleSpecification,
	sources: Record<string, SourceSpecification>,
	layers: LayerSpecification[],
	year: string
): StyleSpecification {
	const at = style.layers.findIndex((l) => l.id === PROJECT_LAYERS_BEFORE);
	const cut = at < 0 ? style.layers.length : at;
	return {
		...style,
		state: { ...style.state, [PROJECT_YEAR_STATE]: { default: year } },
		sources: { ...style.sources, ...sources },
		layers: [...style.layers.slice(0, cut), ...layers, ...style.layers.slice(cut)]
	};
}
