import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const atlas = (...args: string[]) =>
	spawnSync('node', ['scripts/atlas-run.mjs', ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, WULING_GEO_DIR: join(root, 'tests', 'fixtures', 'network', 'geo') }
	});

describe('network commands', () => {
	it('travel-time --json: Qianjiang to Chongqing by rail in 2025 is the 61-minute timetable', () => {
		const r = atlas('travel-time', '--from', '黔江', '--to', 'Chongqing', '--scenario', '2025', '--mode', 'rail', '--json');
		expect(r.status).toBe(0);
		const j = JSON.parse(r.stdout);
		expect(j.minutes).toBe(61);
		expect(j.route.legs[0].ref).toBe('R1');
		expect(j.assumptions.dwellMin).toBe(4);
	});

	it('an unknown name lists close matches and exits 1', () => {
		const r = atlas('travel-time', '--from', 'qianjang', '--to', '重庆');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('qianjiang');
	});

	it('reach and promises answer in JSON with the assumptions used', () => {
		const reach = atlas(
			'reach',
			'--from',
			'qianjiang',
			'--scenario',
			'2030',
			'--within-min',
			'60',
			'--mode',
			'rail',
			'--json',
			'--speed-share',
			'0.9'
		);
		expect(reach.status).toBe(0);
		const j = JSON.parse(reach.stdout);
		expect(j.assumptions.hsrSpeedShare).toBe(0.9);
		expect(j.reached.every((p: { minutes: number }) => p.minutes <= 60)).toBe(true);
		const promises = atlas('promises', '--json');
		expect(promises.status).toBe(0);
		expect(JSON.parse(promises.stdout).promises.map((p: { id: string }) => p.id)).toEqual([
			'chongqing-1h',
			'czt-2h',
			'gba-4h',
			'regional-centres-1.5h'
		]);
	});

	it('travel-time --pairs answers the good rows, one clear line per bad row, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'atlas-pairs-'));
		const file = join(dir, 'pairs.csv');
		writeFileSync(file, '\uFEFFfrom,to\n黔江,重庆\nqianjiang,Nowhereville\n黔江,长沙,extra\n\n"黔江",鹅池镇\n');
		const r = atlas('travel-time', '--pairs', file, '--mode', 'rail', '--json');
		expect(r.status).toBe(1);
		const j = JSON.parse(r.stdout);
		expect(j.pairs.map((p: { row: number; minutes: number | null }) => [p.row, p.minutes])).toEqual([
			[2, 61],
			[6, expect.any(Number)]
		]);
		expect(j.pairs[1].breakdown.egressMin).toBeGreaterThan(0);
		const lines = r.stderr.trim().split('\n');
		expect(lines).toEqual([`${file}:3: unknown place "Nowhereville"`, `${file}:4: expected 2 fields, found 3`]);
		writeFileSync(file, 'origin,destination\n黔江,重庆\n');
		const bad = atlas('travel-time', '--pairs', file);
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain(':1: the header must name the columns "from" and "to"');
		expect(atlas('travel-time', '--pairs', file, '--scenario', '2099').stderr).toContain('unknown --scenario "2099"');
	});

	it('a destination beyond every line is "not in the model", in text and JSON', () => {
		const r = atlas('travel-time', '--from', '黔江', '--to', 'Shenzhen', '--mode', 'road', '--json');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toMatchObject({ status: 'outside', minutes: null });
		expect(atlas('travel-time', '--from', '黔江', '--to', 'Shenzhen', '--mode', 'road').stdout).toContain(
			"not in the model: beyond the region's network"
		);
	});

	it('access --json counts places within each threshold per phase, with the projects behind each gain', () => {
		const r = atlas('access', '--json', '--hub', '黔江');
		expect(r.status).toBe(0);
		const j = JSON.parse(r.stdout);
		expect(j.hubs).toEqual(['qianjiang']);
		expect(j.thresholdsMin).toEqual([60, 120, 240]);
		expect(j.counts).toHaveLength(4 * 3);
		for (const c of j.changes.filter((x: { change: string }) => x.change === 'gain')) expect(Array.isArray(c.projects)).toBe(true);
		const at = (s: string, t: number) =>
			j.counts.find((c: { scenario: string; thresholdMin: number }) => c.scenario === s && c.thresholdMin === t).count;
		expect(at('2025', 240)).toBeGreaterThanOrEqual(at('2025', 120));
	});

	it('scripts/atlas.ts run through tsx answers like the bundled launcher', () => {
		const r = spawnSync('npx', ['tsx', 'scripts/atlas.ts', 'travel-time', '--from', '黔江', '--to', '重庆', '--mode', 'rail', '--json'], {
			cwd: root,
			encoding: 'utf8',
			env: { ...process.env, WULING_GEO_DIR: join(root, 'tests', 'fixtures', 'network', 'geo') }
		});
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout).minutes).toBe(61);
	});
});
