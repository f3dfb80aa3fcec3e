import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInProcess } from './cli-in-process';
import { geoFixtureDir } from '../fixtures/analysis/load';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs `npm run atlas -- ...` (the bundled launcher) against the geo fixture, so the expectations do not move with the real data. */
function atlas(...args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			'node',
			['scripts/atlas-run.mjs', ...args],
			{ cwd: root, env: { ...process.env, WULING_GEO_DIR: geoFixtureDir, NO_COLOR: '1' }, timeout: 30_000 },
			(error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })
		);
	});
}

const inProcess = (command: string, ...args: string[]): Promise<Run> => runInProcess(geoFixtureDir, command, ...args);

afterEach(() => vi.restoreAllMocks());

// Only three real spawns, started together: each pays node's start-up, which dominates.
const runs = {
	nearbyJson: atlas('nearby', '--at', '濯水', '--radius-km', '15', '--json'),
	unknown: atlas('nearby', '--at', 'Zhuoshiu', '--radius-km', '5'),
	badArgs: atlas('nearby', '--radius-km', 'ten')
};

describe('atlas CLI (spawned)', () => {
	it('nearby --json lists what serves the place and its seat, with town-to-town distances and no air route', async () => {
		const r = await runs.nearbyJson;
		expect(r.code).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(json.place.id).toBe('qianjiang-zhuoshui');
		expect(json.seat.id).toBe('qianjiang');
		type Item = { id: string; relation: string; town: { id: string } | null; distanceKm: number; description: { en: string } };
		const items: Item[] = json.items;
		expect(items.map((i) => [i.id, i.relation])).toEqual([
			['qianjiang-jishou-hsr', 'here'],
			['qianjiang-lichuan-expressway', 'seat'],
			['jinxi-reservoir', 'point']
		]);
		expect(items[1].distanceKm).toBeCloseTo(json.seatKm, 6);
		expect(items[1].description.en).toBe(`serves Qianjiang (your district seat, ${Math.round(json.seatKm)} km away)`);
		expect(items[2].description.en).toMatch(/^\d+–\d+ km away \(reservoir position approximate\)$/);
		expect(items.some((i) => i.id === 'qianjiang-youyang-air-route')).toBe(false);
		expect(json.nearest.rail.planned.town.id).toBe('qianjiang-zhuoshui');
		expect(json.nearest.rail.today).toBeNull();
		expect(json.nearest.airport.iata).toBe('JIQ');
		expect(json.summary.zh).toMatch(
			/^黔江区濯水镇：1个项目途经或位于本地；1个项目服务黔江区?（所在区县城区，距离\d+公里）；15公里内另有1个。$/
		);
	});

	it('measure --json gives great-circle lengths of the segments', async () => {
		const r = await inProcess('measure', '--path', '108.77478,29.53284;108.7702,29.30309', '--json');
		expect(r.code).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(json.segmentsKm).toHaveLength(1);
		expect(json.lengthKm).toBeGreaterThan(25);
		expect(json.lengthKm).toBeLessThan(26);
		expect((await inProcess('measure', '--path', '108.7,95;108.8,29')).code).toBe(2);
	});

	it('nearby prints a readable table for a lon,lat, answered for the nearest town, never by distance to a line', async () => {
		const r = await inProcess('nearby', '--at', '108.80,29.31', '--radius-km', '15');
		expect(r.code).toBe(0);
		expect(r.stdout).toMatch(
			/1\s+黔吉高铁 Qianjiang–Jishou HSR\s+hsr\s+planned\s+serves Zhuoshui \(the town nearest the point, \d\.\d km\)/
		);
		expect(r.stdout).not.toContain('schematic line)');
		expect(r.stdout).toContain('never to a schematic line');
	});

	it('an unknown place prints close matches and exits 1', async () => {
		const r = await runs.unknown;
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('Unknown place "Zhuoshiu"');
		expect(r.stderr).toContain('濯水镇 (Zhuoshui');
	});

	it('bad arguments print usage and exit 2', async () => {
		const r = await runs.badArgs;
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('Usage: npm run atlas -- nearby');
		expect(r.stdout).toBe('');
	});

	it('corridor --via draws a labelled schematic line and splits it by county', async () => {
		const r = await inProcess('corridor', '--via', 'Qianjiang,吉首', '--buffer-km', '5');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain('schematic line through 黔江区 Qianjiang → 吉首市 Jishou');
		expect(r.stdout).toMatch(/Length \(computed on the schematic line\): \d+\.\d km/);
		const counties = [...r.stdout.matchAll(/^(黔江区|酉阳县|湘西州|恩施州) .*?(\d+\.\d)$/gm)].map((m) => Number(m[2]));
		const total = Number(/Length \(computed on the schematic line\): (\d+\.\d)/.exec(r.stdout)![1]);
		expect(counties.length).toBeGreaterThanOrEqual(3);
		expect(Math.abs(counties.reduce((a, b) => a + b, 0) - total)).toBeLessThan(total * 0.01 + 0.2);
	});

	it('show --json gives stated facts with their sources and the computed length as computed', async () => {
		const r = await inProcess('show', 'R2', '--json');
		expect(r.code).toBe(0);
		const json = JSON.parse(r.stdout);
		expect(json.id).toBe('qianjiang-jishou-hsr');
		expect(json.stated[0]).toMatchObject({ value: '35公里', source: '002_9e3621a23b2e2452.txt:775' });
		expect(json.geometry.method).toBe('schematic');
		expect(json.computed.of).toBe('schematic line');
		expect(json.computed.lengthKm).toBeGreaterThan(100);
	});
});
