/** The Wuling region around Qianjiang, as the map first frames it: [west, south, east, north]. */
export const REGION_BOUNDS: [number, number, number, number] = [107.0, 28.35, 110.6, 30.75];

/** How far the map may be panned: [west, south, east, north]. */
/**
 * The closest zoom the data supports. Towns are points, lines are schematics between them and the terrain grid is
 * about 2 km: past zoom 11 (about 75 m a pixel here) a view would show empty streets the data does not have.
 */
export const MAX_ZOOM = 11;

export const MAX_BOUNDS: [number, number, number, number] = [101.5, 24.0, 116.5, 35.0];

/** Qianjiang district seat, the map's centre of interest (GeoNames). */
export const QIANJIANG_CENTRE: [number, number] = [108.7748, 29.5328];
