import type { PageLoad } from './$types';
import { base } from '$app/paths';
import type { Manifest } from '$lib/geo/load';

export const load: PageLoad = async ({ fetch }) => {
	const res = await fetch(`${base}/geo/manifest.json`);
	if (!res.ok) throw new Error(`manifest.json: HTTP ${res.status}`);
	return { manifest: (await res.json()) as Manifest & { files?: unknown } };
};
