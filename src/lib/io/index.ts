/**
 * Import and export of features: GeoJSON, KML and CSV out; GeoJSON and KML in, validated.
 */
export { toGeoJSON, toKML, toCSV, escapeXml, csvField } from './export';
export {
	importFile,
	featuresGcj02ToWgs84,
	DEFAULT_MAX_BYTES,
	type ImportResult,
	type ImportMessage,
	type ImportCode,
	type ImportOptions,
	type ImportedFeature,
	type ImportedProperties,
	type DOMParserLike
} from './import';
export { compareLines, type LineComparison } from './compare';
export { nearbyCollection, corridorCollection } from './collections';
