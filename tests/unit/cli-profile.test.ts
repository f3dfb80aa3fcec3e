// `corridor --profile` and `measure --profile`: the elevation profile on the command line, read from the real
// terrain tiles beside the small geo fixture (so place positions stay those of the fixture).
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInProcess } from './cli-in-process';
import { geoFixtureDir } from '../fixtures/analysis/load';

const dir = mkdtempSync(join(tmpdir(), 'geo-terrain-'));
for (const f of readdirSync(geoFixtureDir)) symlinkSync(join(geoFixtureDir, f), join(dir, f));
symlinkSync(resolve('static/geo/terrain.json'), join(dir, 'terrain.json'));
symlinkSync(resolve('static/geo/terrain'), join(dir, 'terrain'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const run = (command: string, geo: string, ...args: string[]) => runInProcess(geo, command, ...args);

describe('atlas --profile', () => {
	it('corridor --via 黔江,酉阳 --profile --json gives the profile summary and series', async () => {
		const r = await run('corridor', dir, '--via', '黔江,酉阳', '--profile', '--json');
		expect(r.code).toBe(0);
		const { profile, lengthKm } = JSON.parse(r.stdout);
		expect(profile).toMatchObject({ computed: true, source: 'SRTM30_PLUS (Scripps/UCSD), from NASA SRTM30', missing_km: 0 });
		expect(profile.length_km).toBeCloseTo(lengthKm, 1);
		expect(profile.cell_size_km).toBeCloseTo(2.13, 1);
		const heights = (profile.series as [number, number][]).map((s) => s[1]);
		expect(heights.length).toBeGreaterThan(50);
		expect(profile.series[0][0]).toBe(0);
		expect(profile.highest.height_m).toBe(Math.max(...heights));
		expect(profile.lowest.height_m).toBe(Math.min(...heights));
		// The valleys and ridges between the two towns: the grid reads them between about 300 and 1,600 m.
		expect(profile.lowest.height_m).toBeGreaterThan(300);
		expect(profile.highest.height_m).toBeLessThan(1600);
		// Climb minus descent is the net change from the first sample to the last (rounding aside).
		expect(Math.abs(profile.climb_m - profile.descent_m - (heights.at(-1)! - heights[0]))).toBeLessThanOrEqual(2);
		expect(Math.abs(profile.steepest.change_m)).toBeGreaterThan(100);
		expect(profile.steepest.end_km - profile.steepest.start_km).toBeGreaterThanOrEqual(10);
		expect(profile.caveat_en).toMatch(/2\.1 km grid: valleys and ridges narrower than about 5 km are not shown/);
	}, 60_000);

	it('corridor --profile prints the figures and says the line is a schematic', async () => {
		const r = await run('corridor', dir, '--via', '黔江,酉阳', '--profile');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(
			/Elevation profile \(computed from SRTM30_PLUS, every 1\.\d\d km, along the straight schematic line, not an alignment\)/
		);
		expect(r.stdout).toMatch(/^Highest: \d+ m at km \d+\.\d/m);
		expect(r.stdout).toMatch(/^Steepest 10 km: km \d+\.\d–\d+\.\d, (up|down) \d+ m/m);
		expect(r.stdout).toContain('地形取自 2.1 公里网格');
	});

	it('measure --profile reports a stretch with no terrain instead of inventing heights', async () => {
		const r = await run('measure', dir, '--path', '111.5,29.5;113.5,29.5', '--profile', '--json');
		expect(r.code).toBe(0);
		const { profile, lengthKm } = JSON.parse(r.stdout);
		// The tiles end at 112.5°E: about half the path has no terrain.
		expect(profile.missing_km).toBeGreaterThan(lengthKm * 0.45);
		expect(profile.missing_km).toBeLessThan(lengthKm * 0.55);
		expect(profile.series.filter((s: [number, number | null]) => s[1] === null).length).toBeGreaterThan(40);
	});

	it('says what is missing when the terrain files are not there', async () => {
		await expect(run('corridor', geoFixtureDir, '--via', '黔江,酉阳', '--profile')).rejects.toThrow(
			/terrain\.json is missing: run "npm run data"/
		);
	});
});
