/**
 * The benchmark's reference: a bare MapLibre page over the same static/geo files as the atlas, with the same
 * style functions (basemap with the terrain hillshade, and the project layers in the first style), the same
 * region framing and the same controls, and no app around it: no Svelte, no panels, no service worker.
 * Built by scripts/bench.mjs into .bench/ (never shipped with the site). `?w=&h=` sizes the map like the app's.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { loadCatalogue, loadGeoBundle } from '$lib/geo/load';
import { styleForBundle } from '$lib/map/basemap';
import { PROJECT_INTERACTIVE_LAYERS, projectLayers, projectSources, withProjectLayers } from '$lib/map/projects';
import { mapFeatures, uncertaintyCircles, visibleEntries, type IndexEntry } from '$lib/catalogue/view';
import { lightTheme } from '$lib/map/theme';
import { MAX_BOUNDS, MAX_ZOOM, REGION_BOUNDS } from '$lib/map/region';
import { regionPadding } from '$lib/map/camera-fit';
import { markWhenDrawn } from '$lib/map/ready';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map') as HTMLDivElement;
if (params.get('w')) container.style.width = `${params.get('w')}px`;
if (params.get('h')) container.style.height = `${params.get('h')}px`;

maplibregl.setWorkerUrl(workerUrl);
const [bundle, catalogue] = await Promise.all([loadGeoBundle('', fetch), loadCatalogue<IndexEntry>('', fetch)]);
const shown = visibleEntries(catalogue.entries, { groups: [], phases: [], periods: [], year: 'now', matches: null });
const data = mapFeatures(catalogue.features, new Map(shown.map((v) => [v.entry.id, v.phase])));
const circles = uncertaintyCircles(data);
const style = withProjectLayers(
	styleForBundle(bundle, 'zh', location.origin),
	projectSources(data, circles),
	projectLayers(lightTheme, 'zh'),
	'now'
);
const map = new maplibregl.Map({
	container,
	style,
	bounds: REGION_BOUNDS,
	fitBoundsOptions: { padding: regionPadding(container.clientWidth, container.clientHeight) },
	maxBounds: MAX_BOUNDS,
	minZoom: 4.5,
	maxZoom: MAX_ZOOM,
	attributionControl: false,
	canvasContextAttributes: { preserveDrawingBuffer: true }
});
map.addControl(new maplibregl.NavigationControl({ visualizePitch: true }), 'top-right');
map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
map.addControl(
	new maplibregl.AttributionControl({ compact: true, customAttribution: bundle.manifest.credits.map((c) => c.zh) }),
	'bottom-right'
);
(window as unknown as { __wulingMap?: maplibregl.Map }).__wulingMap = map;
markWhenDrawn(map, PROJECT_INTERACTIVE_LAYERS);
