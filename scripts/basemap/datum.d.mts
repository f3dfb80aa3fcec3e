/** Converts one GCJ-02 position to WGS-84 (degrees). */
export function gcj02ToWgs84(lonLat: [number, number]): [number, number];
