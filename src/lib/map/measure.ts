/**
 * The measure overlay as style code: the drawn path, its vertices, the polygon in area mode, the rubber band to
 * the pointer and a length label at the middle of each segment.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { LonLat } from '../geo/types';
import { formatLength } from '../i18n/measure';
import type { Theme } from './theme';
import { labelField, labelMeta, type Lang } from './labels';

/** Source id of the overlay. */
export const MEASURE_SOURCE = 'measure';

/** A measuring line is a tool, not a project: dark ink with a white casing, never a project colour. */
const INK = '#1d1a16';
const AREA_FILL = '#1f5f8b';

/** What was measured, as `measurePoints` returns it. */
export interface MeasuredShape {
	points: LonLat[];
	areaMode: boolean;
	segmentsKm: number[];
	/** In area mode with a polygon: its perimeter, km (the closing segment is the part the path lacks). */
	perimeterKm: number | null;
	/** The pointer, for the rubber band; null when it is off the map. */
	pointer: LonLat | null;
}

function midpoint(a: LonLat, b: LonLat): LonLat {
	return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
}

function label(at: LonLat, km: number): Feature<Geometry> {
	return {
		type: 'Feature',
		properties: { role: 'label', label_zh: formatLength(km, 'zh'), label_en: formatLength(km, 'en') },
		geometry: { type: 'Point', coordinates: at }
	};
}

/**
 * The overlay's features: `role` is 'area', 'path', 'preview', 'vertex' or 'label' (with `label_zh` and
 * `label_en`). Segment lengths come in computed; nothing is measured here.
 * @param shape points, mode, computed segment lengths and perimeter, pointer
 * @returns a FeatureCollection for the `measure` source
 * @example measureData({ points: [], areaMode: false, segmentsKm: [], perimeterKm: null, pointer: null }).features // []
 */
export function measureData(shape: MeasuredShape): FeatureCollection<Geometry> {
	const { points, areaMode, segmentsKm, perimeterKm, pointer } = shape;
	const features: Feature<Geometry>[] = [];
	const closed = areaMode && perimeterKm !== null && points.length >= 3;
	if (closed)
		features.push({
			type: 'Feature',
			properties: { role: 'area' },
			geometry: { type: 'Polygon', coordinates: [[...points, points[0]]] }
		});
	if (points.length >= 2)
		features.push({
			type: 'Feature',
			properties: { role: 'path' },
			geometry: { type: 'LineString', coordinates: closed ? [...points, points[0]] : points }
		});
	if (pointer && points.length >= 1) {
		const band = areaMode && points.length >= 2 ? [points[points.length - 1], pointer, points[0]] : [points[points.length - 1], pointer];
		features.push({ type: 'Feature', properties: { role: 'preview' }, geometry: { type: 'LineString', coordinates: band } });
	}
	points.forEach((p, i) =>
		features.push({
			type: 'Feature',
			properties: { role: 'vertex', index: i, first: i === 0 },
			geometry: { type: 'Point', coordinates: p }
		})
	);
	segmentsKm.forEach((km, i) => {
		if (points[i + 1]) features.push(label(midpoint(points[i], points[i + 1]), km));
	});
	if (closed) {
		const pathKm = segmentsKm.reduce((a, b) => a + b, 0);
		features.push(label(midpoint(points[points.length - 1], points[0]), Math.max(0, (perimeterKm as number) - pathKm)));
	}
	return { type: 'FeatureCollection', features };
}

const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];

/**
 * The overlay's layers, bottom to top.
 * @param theme fonts and label halo
 * @param lang label language (the layer carries label metadata, so a language switch relabels it)
 * @returns layer specifications
 * @example measureLayers(lightTheme, 'zh').map((l) => l.id)
 */
export function measureLayers(theme: Theme, lang: Lang): LayerSpecification[] {
	return [
		{
			id: 'measure-area-fill',
			type: 'fill',
			source: MEASURE_SOURCE,
			filter: role('area'),
			paint: { 'fill-color': AREA_FILL, 'fill-opacity': 0.14 }
		},
		{
			id: 'measure-path-casing',
			type: 'line',
			source: MEASURE_SOURCE,
			filter: role('path'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': '#ffffff', 'line-width': 5, 'line-opacity': 0.85 }
		},
		{
			id: 'measure-path-line',
			type: 'line',
			source: MEASURE_SOURCE,
			filter: role('path'),
			layout: { 'line-join': 'round', 'line-cap': 'round' },
			paint: { 'line-color': INK, 'line-width': 2.2 }
		},
		{
			id: 'measure-preview-line',
			type: 'line',
			source: MEASURE_SOURCE,
			filter: role('preview'),
			paint: { 'line-color': INK, 'line-width': 1.5, 'line-opacity': 0.7, 'line-dasharray': [2, 2] }
		},
		{
			id: 'measure-vertex-circle',
			type: 'circle',
			source: MEASURE_SOURCE,
			filter: role('vertex'),
			paint: {
				'circle-color': ['case', ['boolean', ['get', 'first'], false], INK, '#ffffff'],
				'circle-radius': 4.5,
				'circle-stroke-color': INK,
				'circle-stroke-width': 2
			}
		},
		{
			id: 'measure-label',
			type: 'symbol',
			source: MEASURE_SOURCE,
			filter: role('label'),
			metadata: labelMeta('label_zh', 'label_en'),
			layout: {
				'text-field': labelField(lang, 'label_zh', 'label_en'),
				'text-font': [theme.fontRegular],
				'text-size': 12,
				'text-offset': [0, -0.9],
				// A measurement has few labels and each one matters more than the map beneath it.
				'text-allow-overlap': true
			},
			paint: { 'text-color': INK, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 }
		}
	];
}
