/**
 * Saving generated files in the browser: a temporary link to an object URL, released once the
 * download has started.
 */

/** Saves a blob as a file. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Saves text as a UTF-8 file of the given media type. */
export function downloadText(text: string, filename: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}
