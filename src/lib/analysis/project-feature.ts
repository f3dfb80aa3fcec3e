/**
 * The shape of a project as the analysis modules see it: one feature of `static/geo/projects.geojson`.
 */
import type { Feature, Geometry } from 'geojson';
import type { Bilingual, GeometryMethod } from '../catalogue/types';

/** Properties written on every feature of `static/geo/projects.geojson`. */
export interface ProjectProperties {
	id: string;
	ref?: string;
	kind: string;
	status?: string;
	statusYear?: number;
	method?: GeometryMethod;
	/** Uncertainty radius of an approximate point, in km. */
	radiusKm?: number;
	name_zh?: string;
	name_en?: string;
	short_zh?: string;
	short_en?: string;
	[key: string]: unknown;
}

/** A drawn project. */
export type ProjectFeature = Feature<Geometry | null, ProjectProperties>;

/**
 * The bilingual short name of a project feature, falling back to its full name and then its id.
 *
 * @param properties - the feature's properties
 * @returns zh and en display names
 * @example
 * projectName({ id: 'x', kind: 'reservoir', short_zh: '金溪水库', short_en: 'Jinxi reservoir' }).en; // 'Jinxi reservoir'
 */
export function projectName(properties: ProjectProperties): Bilingual {
	const zh = properties.short_zh || properties.name_zh || properties.id;
	const en = properties.short_en || properties.name_en || properties.id;
	return { zh: String(zh), en: String(en) };
}

/**
 * The geometry method of a project feature, `'schematic'` when the feature does not say: a line of unknown origin
 * must not be presented as an alignment.
 *
 * @param properties - the feature's properties
 * @returns the method
 * @example
 * projectMethod({ id: 'x', kind: 'hsr' }); // 'schematic'
 */
export function projectMethod(properties: ProjectProperties): GeometryMethod {
	const m = properties.method;
	return m === 'surveyed' || m === 'located' || m === 'approximate' || m === 'schematic' || m === 'unlocated' ? m : 'schematic';
}
