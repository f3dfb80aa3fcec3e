import type { FontFacesSpecification } from 'maplibre-gl';
import type { FontFile, GeoBundle } from '../geo/load';
import type { TerrainInfo } from '../geo/terrain-grid';

export interface BasemapAssets {
	/** Absolute URL template of the Terrarium terrain tiles (`…/terrain/{z}/{x}/{y}.png`). */
	terrainTiles: string;
	/** What static/geo/terrain.json says about them: tile size, zoom, extent. */
	terrain: Pick<TerrainInfo, 'tileSize' | 'zoom' | 'bounds'>;
	fontFaces: FontFacesSpecification;
}

/**
 * Makes the asset URLs of a loaded bundle absolute, as MapLibre needs them.
 * @param bundle the loaded static/geo bundle
 * @param origin the page's origin plus the app's base path, e.g. "http://127.0.0.1:4173"
 * @returns the terrain tiles' URL template and extent, font faces
 * @example basemapAssets(bundle, location.origin + base)
 */
export function basemapAssets(bundle: GeoBundle, origin: string): BasemapAssets {
	const abs = (path: string) => new URL(`geo/${path}`, `${origin}/`).href;
	const fontFaces: FontFacesSpecification = {};
	for (const [name, files] of Object.entries(bundle.fonts)) {
		fontFaces[name] = files.map((f: FontFile) => ({ ...f, url: abs(f.url) }));
	}
	return {
		// MapLibre fills in {z}/{x}/{y}; URL-encoding the braces would break the template.
		terrainTiles: abs(bundle.terrain.tiles).replace(/%7B/g, '{').replace(/%7D/g, '}'),
		terrain: bundle.terrain,
		fontFaces
	};
}
