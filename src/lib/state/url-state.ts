/**
 * The contract between the page's state classes and the URL. Every piece of state a link should
 * restore belongs to one class that owns a few query-parameter keys and reads and writes them.
 *
 * Keys in use (each owned by exactly one class):
 *   app:        lang, tab
 *   camera:     map (zoom/lat/lon[/bearing[/pitch]])
 *   catalogue:  project, kinds, phases, periods, year, q
 *   nearby:     near (lon,lat or place id), r (radius km)
 *   measure:    m (path: lon,lat;lon,lat;...), ma (1 = area)
 *   corridors:  c (encoded corridors), cb (buffer km), cc (compared ids)
 *   travel:     tf (from place id), ts (scenario), tb (before scenario), tm (mode), ta (assumption overrides), tt (to place id)
 *   present:    (the /present route keeps its own: scene)
 */

/** Reports a parameter that could not be used; the rest of the URL still applies. */
export type ParamNotice = (key: string, value: string, reason: { zh: string; en: string }) => void;

/** A state class whose state lives in the URL. */
export interface UrlStateful {
	/** The query-parameter keys this class owns. */
	readonly urlKeys: readonly string[];
	/** Writes this class's current state into `params` (deleting its keys when at their defaults). */
	writeParams(params: URLSearchParams): void;
	/**
	 * Sets this class's state from `params`; keys absent from `params` go back to their defaults.
	 * Malformed or outdated values are ignored and reported through `notice`; nothing throws.
	 */
	readParams(params: URLSearchParams, notice: ParamNotice): void;
}
