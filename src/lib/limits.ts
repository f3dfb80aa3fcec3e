/**
 * The limits on what a user can hand the atlas, defined once. The importer, the reader of saved corridors, the
 * link codec and the command line all read them from here, so what one accepts the others keep.
 * Pure constants and small checks: no DOM, no Svelte, no node.
 */

/** Largest file read by the importer (browser and CLI), bytes. */
export const FILE_MAX_BYTES = 5 * 1024 * 1024;
/** Most features read from one file. */
export const FILE_MAX_FEATURES = 10_000;
/** Most vertices read from one file, over all its features. */
export const FILE_MAX_VERTICES = 200_000;

/**
 * Most vertices one corridor keeps (drawn, imported, saved on the device or read from a link). A longer imported
 * line is simplified to this budget, and the user is told, before it becomes a corridor.
 */
export const CORRIDOR_MAX_VERTICES = 5_000;
/** Most corridors kept. */
export const MAX_CORRIDORS = 20;
/** Longest corridor name, characters. */
export const MAX_NAME_CHARS = 80;
/** Longest `c` link value written or read, characters. */
export const MAX_LINK_CHARS = 6_000;
/** Longest query string read at all, characters; anything longer is cut before parsing. */
export const MAX_SEARCH_CHARS = 16_000;
/** Longest generated file name (before the extension), characters. */
export const MAX_FILE_NAME_CHARS = 60;

/**
 * The near-me radius, km: its default (also a report card's "within N km", so both say the same), the range the
 * panel and a link accept, and the wider range of the command line's --radius-km.
 */
export const NEAR_RADIUS_KM = { default: 10, min: 1, max: 100, cliMin: 0.1, cliMax: 500 } as const;

/** Most rows read from a `travel-time --pairs` file (the header not counted). */
export const PAIRS_MAX_ROWS = 10_000;
/** Longest field of a `travel-time --pairs` file, characters (a place name is far shorter). */
export const PAIRS_MAX_FIELD_CHARS = 200;

/** Work that may take longer than this shows a progress indicator, ms. */
export const PROGRESS_AFTER_MS = 200;
/** A command-line command that runs longer than this is stopped, ms. */
export const CLI_TIME_LIMIT_MS = 60_000;

/**
 * Bidirectional-override, isolate and mark characters, zero-width characters and the byte-order mark: invisible
 * characters that can make a name read differently from what it is (or a file name end in another extension).
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;

/**
 * Removes invisible formatting characters (bidi controls, zero-width characters, the BOM) from a text.
 *
 * @param text - any text
 * @returns the text without them
 * @example
 * stripInvisible('a\u202Egnp.exe'); // 'agnp.exe'
 */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '');
}
