/**
 * Pure helpers of the presenter: what a scene draws, how keys move between scenes, how the URL names a
 * scene. No DOM, no renderer: they run in node tests as in the browser.
 */
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import { countVisible, mapFeatures, uncertaintyCircles, visibleEntries, type IndexEntry } from '../catalogue/view';
import type { Phase } from '../catalogue/phase';
import type { LayerGroup, Scene } from './scenes';

/** The map layers of each hideable layer group (ids from map/projects.ts and map/basemap.ts). */
export const LAYER_GROUPS: Record<LayerGroup, string[]> = {
	'project-labels': ['projects-label-line', 'projects-label-point'],
	uncertainty: ['projects-uncertainty-line'],
	'schematic-bands': ['projects-line-band'],
	'township-labels': ['basemap-place-label-township'],
	hillshade: ['basemap-hillshade']
};

/**
 * The layer ids a scene hides.
 * @param scene a scene
 * @returns layer ids, without duplicates
 * @example hiddenLayerIds({ ...scene, hide: ['hillshade'] }) // ['basemap-hillshade']
 */
export function hiddenLayerIds(scene: Pick<Scene, 'hide'>): string[] {
	return [...new Set(scene.hide.flatMap((g) => LAYER_GROUPS[g]))];
}

/**
 * Every layer id any scene can hide: the presenter shows these again when a scene does not hide them.
 * @returns layer ids
 * @example allHideableLayerIds().includes('basemap-hillshade') // true
 */
export function allHideableLayerIds(): string[] {
	return Object.values(LAYER_GROUPS).flat();
}

/**
 * The catalogue entries a scene draws, with their phase in the scene's year view.
 * @param entries the catalogue index
 * @param scene a scene (its kind groups and year)
 * @returns visible entries; none when the scene's group list is empty
 * @example sceneEntries(index, SCENES[0]).length // 0: the first scene shows the region only
 */
export function sceneEntries(
	entries: IndexEntry[],
	scene: Pick<Scene, 'groups' | 'year' | 'phases' | 'only'>
): { entry: IndexEntry; phase: Phase }[] {
	if (scene.groups !== 'all' && scene.groups.length === 0) return [];
	const only = scene.only?.length ? new Set(scene.only) : null;
	return visibleEntries(entries, {
		groups: scene.groups === 'all' ? [] : scene.groups,
		phases: scene.phases ?? [],
		periods: [],
		year: scene.year,
		matches: only
	});
}

/**
 * What the project layers draw in a scene: features, uncertainty circles and legend counts.
 * @param entries the catalogue index
 * @param features all project features
 * @param scene a scene
 * @returns data for the `projects` and `projects-uncertainty` sources, and counts by group and phase
 * @example sceneMapData(index, fc, SCENES[1]).data.features.length
 */
export function sceneMapData(
	entries: IndexEntry[],
	features: FeatureCollection<Geometry>,
	scene: Pick<Scene, 'groups' | 'year' | 'phases' | 'only'>
): {
	data: FeatureCollection<Geometry>;
	circles: FeatureCollection<Polygon>;
	counts: ReturnType<typeof countVisible>;
} {
	const visible = sceneEntries(entries, scene);
	const data = mapFeatures(features, new Map(visible.map((v) => [v.entry.id, v.phase])));
	return { data, circles: uncertaintyCircles(data), counts: countVisible(visible) };
}

/**
 * The scene a `?scene=` value names, as a 0-based index. Anything but a whole number from 1 to the
 * scene count gives the first scene.
 * @param value the parameter (1-based), or null
 * @param count number of scenes
 * @returns a 0-based index
 * @example sceneFromParam('3', 7) // 2
 * @example sceneFromParam('x', 7) // 0
 */
export function sceneFromParam(value: string | null, count: number): number {
	if (value === null || !/^\d{1,4}$/.test(value.trim())) return 0;
	const n = Number(value.trim());
	return n >= 1 && n <= count ? n - 1 : 0;
}

/** What a key press asks the presenter to do. */
export type PresentAction = { type: 'go'; index: number } | { type: 'exit' } | { type: 'lang' } | { type: 'fullscreen' };

/**
 * Maps a key press to a presenter action: arrows, Space, PageUp/PageDown (clickers), Home/End and
 * 1–9 move between scenes; L switches language, F full screen, Escape leaves.
 * @param key `KeyboardEvent.key`
 * @param shift whether Shift is held (Shift+Space goes back)
 * @param index current scene, 0-based
 * @param count number of scenes
 * @returns the action, or null for keys the presenter leaves alone
 * @example presentKeyAction('PageDown', false, 0, 7) // { type: 'go', index: 1 }
 */
export function presentKeyAction(key: string, shift: boolean, index: number, count: number): PresentAction | null {
	const go = (i: number): PresentAction => ({ type: 'go', index: Math.max(0, Math.min(count - 1, i)) });
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
		case 'PageDown':
			return go(index + 1);
		case 'ArrowLeft':
		case 'ArrowUp':
		case 'PageUp':
		case 'Backspace':
			return go(index - 1);
		case ' ':
		case 'Spacebar':
			return go(shift ? index - 1 : index + 1);
		case 'Home':
			return go(0);
		case 'End':
			return go(count - 1);
		case 'Escape':
			return { type: 'exit' };
		case 'l':
		case 'L':
			return { type: 'lang' };
		case 'f':
		case 'F':
			return { type: 'fullscreen' };
	}
	if (/^[1-9]$/.test(key)) {
		const n = Number(key);
		return n <= count ? { type: 'go', index: n - 1 } : null;
	}
	return null;
}

/**
 * The progress indicator's text and fill.
 * @param index current scene, 0-based
 * @param count number of scenes
 * @returns "n / N" and the filled fraction (0–1)
 * @example sceneProgress(2, 7) // { label: '3 / 7', fraction: 3 / 7 }
 */
export function sceneProgress(index: number, count: number): { label: string; fraction: number } {
	const n = Math.min(count, index + 1);
	return { label: `${n} / ${count}`, fraction: count > 0 ? n / count : 0 };
}

/** Room kept around the presenter's text column and the map's frame, in CSS pixels. */
export const PRESENT_MARGIN_PX = 24;

/** Below this viewport width the text panel runs along the bottom of the screen. */
export const PRESENT_NARROW_PX = 760;

/**
 * Whether a scene needs the wide text column: scenes with a table of figures (travel times, promises).
 * @param scene a scene
 * @returns true for a travel-time or promises figure
 * @example isWideScene(SCENES[6]) // true
 */
export function isWideScene(scene: Pick<Scene, 'figures'>): boolean {
	return scene.figures.some((f) => f.kind === 'travel-time' || f.kind === 'promises');
}

/**
 * Width of the text column for a viewport: 42% of the width up to 620 px, or 58% up to 940 px for a wide scene.
 * The stylesheet uses the same numbers, and the camera leaves this much of the map to the panel.
 * @param viewportWidth CSS pixels
 * @param wide a scene with a table of figures
 * @returns CSS pixels
 * @example panelWidthPx(1920, false) // 620
 */
export function panelWidthPx(viewportWidth: number, wide: boolean): number {
	if (viewportWidth <= PRESENT_NARROW_PX) return viewportWidth - 16;
	return Math.round(wide ? Math.min(viewportWidth * 0.58, 940) : Math.min(viewportWidth * 0.42, 620));
}

/**
 * The padding a scene's frame is fitted into: the map the text column leaves free. Computed from the viewport
 * alone (never measured), so a scene gets the same camera however it is reached.
 * @param viewport CSS size of the screen
 * @param wide a scene with a table of figures
 * @returns padding in CSS pixels
 * @example framePadding({ width: 1920, height: 1080 }, false).left // 668
 */
export function framePadding(
	viewport: { width: number; height: number },
	wide: boolean
): { top: number; right: number; bottom: number; left: number } {
	const m = PRESENT_MARGIN_PX;
	if (viewport.width <= PRESENT_NARROW_PX) return { top: 48, right: m, bottom: Math.round(viewport.height * 0.5), left: m };
	// The right-hand column is the legend's: a scene's subject is framed clear of it.
	return {
		top: m + 24,
		right: Math.round(Math.min(viewport.width * 0.24, 320)) + m,
		bottom: m + 24,
		left: panelWidthPx(viewport.width, wide) + 2 * m
	};
}
