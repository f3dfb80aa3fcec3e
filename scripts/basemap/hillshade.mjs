// hillshade.png: a soft greyscale hillshade of ETOPO5 (Debian ferret-datasets) made with gdaldem.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from './log.mjs';

export const ETOPO5 = '/usr/share/ferret-vis/data/etopo5.cdf';
/** Extent requested from ETOPO5: west, north, east, south (degrees), as gdal_translate -projwin wants. */
export const HILLSHADE_PROJWIN = [103, 34, 114, 25];
/** Upsampling factor (cubic spline) before shading, which softens ETOPO5's 5′ steps. */
export const UPSAMPLE_PERCENT = 300;

const GDAL_ENV = { ...process.env, GDAL_PAM_ENABLED: 'NO' };

function gdal(cmd, args) {
	// gdaldem takes its mode first, before any option.
	const argv = cmd === 'gdaldem' ? [args[0], '-q', ...args.slice(1)] : ['-q', ...args];
	execFileSync(cmd, argv, { env: GDAL_ENV, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * Renders the hillshade PNG and returns it with its geographic bounds.
 * @returns {{ png: Buffer, bounds: [number, number, number, number] }} PNG bytes and [w, s, e, n] in degrees
 * @example
 * buildHillshade().bounds; // ≈ [102.96, 24.96, 114.04, 34.04]
 */
export function buildHillshade() {
	check(existsSync(ETOPO5), `ETOPO5 not found at ${ETOPO5} (install ferret-datasets)`);
	const dir = mkdtempSync(join(tmpdir(), 'hillshade-'));
	try {
		const dem = join(dir, 'dem.tif');
		const fine = join(dir, 'dem-fine.tif');
		const shade = join(dir, 'shade.tif');
		const png = join(dir, 'hillshade.png');
		gdal('gdal_translate', ['-projwin', ...HILLSHADE_PROJWIN.map(String), '-a_nodata', 'none', `NETCDF:${ETOPO5}:ROSE`, dem]);
		gdal('gdal_translate', ['-outsize', `${UPSAMPLE_PERCENT}%`, `${UPSAMPLE_PERCENT}%`, '-r', 'cubicspline', dem, fine]);
		// -s 111120: metres per degree, since the DEM is in geographic coordinates.
		gdal('gdaldem', ['hillshade', '-s', '111120', '-z', '6', '-compute_edges', fine, shade]);
		gdal('gdal_translate', [
			'-of', 'PNG', '-ot', 'Byte', '-scale', '90', '230', '110', '255',
			'-co', 'WORLDFILE=NO', '-co', 'ZLEVEL=9', shade, png
		]);
		const info = JSON.parse(execFileSync('gdalinfo', ['-json', fine], { env: GDAL_ENV, encoding: 'utf8' }));
		const [x0, dx, , y0, , dy] = info.geoTransform;
		const [width, height] = info.size;
		const bounds = [x0, y0 + dy * height, x0 + dx * width, y0];
		const bytes = readFileSync(png);
		check(bytes.length > 1000, 'hillshade PNG is empty');
		return { png: bytes, bounds };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
