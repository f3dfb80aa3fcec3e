// Logging and failure helpers shared by the build scripts: messages go to stderr, failures stop the build.

/**
 * Writes one progress line to stderr, prefixed with the step name.
 * @param {string} step script name, e.g. 'build-basemap'
 * @param {string} message text to log
 * @returns {void}
 * @example
 * log('build-basemap', 'wrote places.json');
 */
export function log(step, message) {
	process.stderr.write(`${step}: ${message}\n`);
}

/** An error that stops the build with a clear message. */
export class BuildError extends Error {}

/**
 * Throws a BuildError when a condition does not hold.
 * @param {unknown} condition value that must be truthy
 * @param {string} message what went wrong, naming the input
 * @returns {asserts condition}
 * @example
 * check(places.length > 0, 'no places matched');
 */
export function check(condition, message) {
	if (!condition) throw new BuildError(message);
}

/**
 * Runs a script's main function and exits non-zero on any error.
 * @param {string} step script name for log lines
 * @param {() => Promise<void> | void} main the script body
 * @returns {Promise<void>}
 * @example
 * runStep('build-fonts', main);
 */
export async function runStep(step, main) {
	try {
		await main();
		log(step, 'done');
	} catch (err) {
		log(step, `FAILED: ${err instanceof BuildError ? err.message : (err?.stack ?? err)}`);
		process.exit(1);
	}
}
