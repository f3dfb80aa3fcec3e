/**
 * The "near me" overlay as style code: the chosen point, the search circle and a thin line from the point to the
 * nearest point of each project found.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { circle } from '@turf/turf';
import { KIND_GROUPS, kindGroup } from '../catalogue/phase';
import type { ProjectKind } from '../catalogue/types';
import type { LonLat } from '../geo/types';
import type { Theme } from './theme';

/** Source id of the overlay. */
export const NEARBY_SOURCE = 'nearby';

/** The search circle's ink: the interface accent, quieter than any project colour. */
const CIRCLE_COLOUR = '#1f5f8b';
/** The chosen point: dark, with a white ring so it reads on every project colour. */
const POINT_COLOUR = '#1d1a16';

/**
 * The search circle around a point, in true ground units.
 * @param at [lon, lat] in degrees
 * @param radiusKm radius, km
 * @returns a polygon of 96 steps
 * @example nearbyCircle([108.77, 29.3], 10).geometry.type // 'Polygon'
 */
export function nearbyCircle(at: LonLat, radiusKm: number): Feature<Polygon> {
	return circle(at, radiusKm, { units: 'kilometers', steps: 96 });
}

/** What {@link nearbyData} draws for each project found. */
export interface NearbyLink {
	id: string;
	kind: string;
	/** The nearest point of the project's drawing. */
	nearest: LonLat;
}

/**
 * The overlay's features: the circle (`role: 'circle'`), one line per project from the point to the project's
 * nearest point (`role: 'link'`, with `id` and `group`), and the point itself (`role: 'point'`).
 * @param at the chosen point, or null for an empty overlay
 * @param radiusKm search radius, km
 * @param links the projects found
 * @returns a FeatureCollection for the `nearby` source
 * @example nearbyData([108.77, 29.3], 10, []).features.length // 2
 */
export function nearbyData(at: LonLat | null, radiusKm: number, links: NearbyLink[]): FeatureCollection<Geometry> {
	if (!at) return { type: 'FeatureCollection', features: [] };
	const ring = nearbyCircle(at, radiusKm);
	const features: Feature<Geometry>[] = [{ ...ring, properties: { role: 'circle' } }];
	for (const l of links) {
		// A point inside a reservoir's circle or on a line has nothing to draw between them.
		if (l.nearest[0] === at[0] && l.nearest[1] === at[1]) continue;
		features.push({
			type: 'Feature',
			properties: { role: 'link', id: l.id, group: kindGroup(l.kind as ProjectKind) },
			geometry: { type: 'LineString', coordinates: [at, l.nearest] }
		});
	}
	features.push({ type: 'Feature', properties: { role: 'point' }, geometry: { type: 'Point', coordinates: at } });
	return { type: 'FeatureCollection', features };
}

const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];

/**
 * The overlay's layers, bottom to top: circle fill and outline (to go under the projects), then links and the point.
 * @param theme colours
 * @returns `under` (circle layers) and `over` (links and point) layer specifications
 * @example nearbyLayers(lightTheme).over.map((l) => l.id) // ['nearby-link-line', 'nearby-point-halo', 'nearby-point-dot']
 */
export function nearbyLayers(theme: Theme): { under: LayerSpecification[]; over: LayerSpecification[] } {
	const groupColour = [
		'match',
		['get', 'group'],
		...KIND_GROUPS.flatMap((g) => [g, theme.projects[g]]),
		POINT_COLOUR
	] as unknown as ExpressionSpecification;
	return {
		under: [
			{
				id: 'nearby-circle-fill',
				type: 'fill',
				source: NEARBY_SOURCE,
				filter: role('circle'),
				paint: { 'fill-color': CIRCLE_COLOUR, 'fill-opacity': 0.06 }
			},
			{
				id: 'nearby-circle-line',
				type: 'line',
				source: NEARBY_SOURCE,
				filter: role('circle'),
				paint: { 'line-color': CIRCLE_COLOUR, 'line-width': 1.5, 'line-opacity': 0.8, 'line-dasharray': [4, 3] }
			}
		],
		over: [
			{
				id: 'nearby-link-line',
				type: 'line',
				source: NEARBY_SOURCE,
				filter: role('link'),
				layout: { 'line-cap': 'round' },
				paint: { 'line-color': groupColour, 'line-width': 1.5, 'line-opacity': 0.85, 'line-dasharray': [1, 2] }
			},
			{
				id: 'nearby-point-halo',
				type: 'circle',
				source: NEARBY_SOURCE,
				filter: role('point'),
				paint: { 'circle-color': '#ffffff', 'circle-radius': 9, 'circle-opacity': 0.95 }
			},
			{
				id: 'nearby-point-dot',
				type: 'circle',
				source: NEARBY_SOURCE,
				filter: role('point'),
				paint: { 'circle-color': POINT_COLOUR, 'circle-radius': 5.5 }
			}
		]
	};
}
