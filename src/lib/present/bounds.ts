/**
 * Where the presenter's camera may look: [west, south, east, north]. Inside the terrain tiles (lon 101.25–112.50°E,
 * lat 24.53–31.95°N, static/geo/terrain.json) and the boundaries (static/geo/boundaries.topo.json), with a small
 * margin, so basemap, hillshade and boundaries cover everything a slide can show. A test checks both.
 */
export const PRESENT_BOUNDS: [number, number, number, number] = [101.4, 24.65, 112.4, 31.85];

/** The closest zoom of a scene: the map's own limit (map/region.ts `MAX_ZOOM`; a test keeps them equal). */
export const PRESENT_MAX_ZOOM = 11;
