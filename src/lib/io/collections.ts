/**
 * Analysis results as FeatureCollections with flat, labelled properties, ready for `toGeoJSON`, `toKML` and
 * `toCSV`. Every computed figure carries "computed" in its property name's documentation and a `basis` column,
 * so an exported file still says what a number is.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { CorridorStats } from '../analysis/corridor';
import { describeServed, type ServedContext, type ServedItem } from '../analysis/served';
import type { LonLat } from '../geo/types';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The nearby list as features: each project's drawn geometry with its rank, how it serves the place, and the
 * computed distance between real positions (to the town it names, or to a facility's position).
 *
 * @param items - from `servedProjects`
 * @param at - the query point, added as a first feature with `rank: 0`
 * @param context - from `servedContext`, for the wording
 * @returns a FeatureCollection whose properties are flat (rank, id, ref, names, kind, status, method, relation, town,
 *   distances in km)
 * @example
 * toCSV(nearbyCollection(items, [108.77, 29.3], context), { bom: true });
 */
export function nearbyCollection(items: ServedItem[], at: LonLat, context: ServedContext): FeatureCollection {
	const origin: Feature<Point> = {
		type: 'Feature',
		properties: { rank: 0, id: 'query-point', name_zh: '查询位置', name_en: 'Query point' },
		geometry: { type: 'Point', coordinates: [at[0], at[1]] }
	};
	const features = items
		.filter((item) => item.feature.geometry)
		.map((item, i): Feature => ({
			type: 'Feature',
			properties: {
				rank: i + 1,
				id: item.id,
				ref: item.ref,
				name_zh: item.name.zh,
				name_en: item.name.en,
				kind: item.kind,
				status: item.status,
				method: item.method,
				relation: item.relation,
				town_zh: item.town?.zh ?? '',
				town_en: item.town?.en ?? '',
				distance_km_computed: round3(item.distanceKm),
				range_min_km: round3(item.rangeKm[0]),
				range_max_km: round3(item.rangeKm[1]),
				distance_zh: describeServed(item, context, 'zh'),
				distance_en: describeServed(item, context, 'en'),
				basis: 'distance between real positions (town or facility), not to a schematic line'
			},
			geometry: item.feature.geometry!
		}));
	return { type: 'FeatureCollection', features: [origin, ...features] };
}

/**
 * A corridor as features: the line with its computed statistics, one point per place within the buffer.
 *
 * @param line - the corridor's line
 * @param stats - from `corridorStats`
 * @param method - how the line was obtained ('schematic' for a line through places, 'imported' for a user's file)
 * @returns a FeatureCollection: the line first (lengths in km, counties as text), then the places
 * @example
 * toKML(corridorCollection(line, stats, 'schematic'), { name: '黔江—吉首（示意）' });
 */
export function corridorCollection(line: Feature<LineString>, stats: CorridorStats, method: string): FeatureCollection {
	const lineFeature: Feature<LineString> = {
		type: 'Feature',
		properties: {
			method,
			basis: method === 'schematic' ? 'computed on a schematic line, not an alignment' : 'computed',
			length_km: round3(stats.lengthKm),
			straight_km: round3(stats.straightKm),
			sinuosity: stats.sinuosity === null ? null : round3(stats.sinuosity),
			buffer_km: stats.bufferKm,
			districts: stats.districts.map((d) => `${d.zh} ${round3(d.lengthKm)} km`).join('; '),
			outside_km: round3(stats.outsideKm),
			projects_sharing_a_town: stats.projects
				.filter((p) => p.contact === 'shares-town')
				.map((p) => p.id)
				.join('; '),
			projects_crossing: stats.projects
				.filter((p) => p.contact === 'crosses')
				.map((p) => p.id)
				.join('; '),
			point_facilities_within: stats.projects
				.filter((p) => p.contact === 'point')
				.map((p) => p.id)
				.join('; '),
			projects_at_the_ends: stats.projects
				.filter((p) => p.contact === 'ends')
				.map((p) => p.id)
				.join('; ')
		},
		geometry: line.geometry
	};
	const places: Feature<Point>[] = stats.placesWithin.map((p) => ({
		type: 'Feature',
		properties: {
			id: p.id,
			name_zh: p.zh,
			name_en: p.en,
			kind: p.kind,
			distance_km_computed: round3(p.distanceKm),
			along_km_computed: round3(p.alongKm)
		},
		geometry: { type: 'Point', coordinates: [p.lon, p.lat] }
	}));
	return { type: 'FeatureCollection', features: [lineFeature, ...places] };
}
