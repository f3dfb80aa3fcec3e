import type { PageLoad } from './$types';
import { base } from '$app/paths';
import type { Manifest } from '$lib/geo/load';
import type { TerrainInfo } from '$lib/geo/terrain-grid';

export const load: PageLoad = async ({ fetch }) => {
	const res = await fetch(`${base}/geo/manifest.json`);
	if (!res.ok) throw new Error(`manifest.json: HTTP ${res.status}`);
	const terrain = await fetch(`${base}/geo/terrain.json`);
	if (!terrain.ok) throw new Error(`terrain.json: HTTP ${terrain.status}`);
	return { manifest: (await res.json()) as Manifest & { files?: unknown }, terrain: (await terrain.json()) as TerrainInfo };
};
