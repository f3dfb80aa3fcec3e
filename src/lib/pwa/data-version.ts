/**
 * Data requests carry the build's version (`?v=<version>`), so the service worker can answer each page with the
 * data of the build that page belongs to: its own saved copy for its own build, the network for another build.
 * A returning visitor thus gets the new build's data on the next visit, and never old data with new code or the
 * reverse. Pure.
 */

/** The query key the version travels in. */
export const DATA_VERSION_PARAM = 'v';

/**
 * Adds the build version to a URL.
 *
 * @param url - an absolute or root-relative URL
 * @param version - the build's version (`version` of `$app/environment`)
 * @returns the URL with `v=<version>` set
 * @example
 * withDataVersion('/geo/places.json', '1764400000000'); // '/geo/places.json?v=1764400000000'
 */
export function withDataVersion(url: string, version: string): string {
	const hash = url.indexOf('#');
	const path = hash < 0 ? url : url.slice(0, hash);
	const [head, query = ''] = path.split('?', 2);
	const params = new URLSearchParams(query);
	params.set(DATA_VERSION_PARAM, version);
	return `${head}?${params}${hash < 0 ? '' : url.slice(hash)}`;
}
