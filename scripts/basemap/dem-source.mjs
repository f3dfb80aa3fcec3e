// The elevation tiles' provenance as their README (../shared/data/dem/README.md) states it, for the manifest.
import { existsSync, readFileSync } from 'node:fs';
import { check } from './log.mjs';

/** Folder of the SRTM30_PLUS source tiles and their README; `$WULING_DEM` overrides it. */
export const DEM_DIR = process.env.WULING_DEM ?? '../shared/data/dem';

function readme(dir) {
	const path = `${dir}/README.md`;
	check(existsSync(path), `no README.md in ${dir} (set $WULING_DEM to the folder of the SRTM30_PLUS tiles)`);
	return readFileSync(path, 'utf8');
}

/**
 * Where the tiles come from: the repository and commit the README names.
 * @param {string} dir folder of the tiles
 * @returns {{ package: string, manager: 'file', version: string }}
 * @example
 * demSource('../shared/data/dem'); // { package: 'jaanga/terrain-srtm30-plus-data-tms-1-7', manager: 'file', version: '192e31e…' }
 */
export function demSource(dir) {
	const m = readme(dir).match(/repository ([\w.-]+\/[\w.-]+) at commit\s+([0-9a-f]{40})/);
	check(m, `${dir}/README.md names no source repository and commit`);
	return { package: m[1], manager: 'file', version: m[2] };
}

/**
 * The README's "Source and licence" section, whitespace folded, kept in the manifest as the licence text.
 * @param {string} dir folder of the tiles
 * @returns {string}
 * @example
 * demLicenceText('../shared/data/dem').startsWith('From the public repository'); // true
 */
export function demLicenceText(dir) {
	const text = readme(dir);
	const start = text.indexOf('## Source and licence');
	check(start >= 0, `${dir}/README.md has no "Source and licence" section`);
	return text
		.slice(start + '## Source and licence'.length)
		.split(/\n## /)[0]
		.replace(/\s+/g, ' ')
		.trim();
}
