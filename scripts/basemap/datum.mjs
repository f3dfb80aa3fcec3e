// Datum conversion for Chinese web-map inputs (ECharts maps are GCJ-02; the atlas is WGS-84 throughout).
import gcoord from 'gcoord';

/**
 * Converts one GCJ-02 position to WGS-84 with gcoord (iterative inverse of the GCJ-02 offset).
 * @param {[number, number]} lonLat GCJ-02 longitude/latitude in degrees
 * @returns {[number, number]} WGS-84 longitude/latitude in degrees
 * @example
 * gcj02ToWgs84([108.782577, 29.527548]); // ≈ [108.7782, 29.5303]
 */
export function gcj02ToWgs84(lonLat) {
	const [lon, lat] = gcoord.transform([lonLat[0], lonLat[1]], gcoord.GCJ02, gcoord.WGS84);
	return [lon, lat];
}
