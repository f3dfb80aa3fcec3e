import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const atlas = (...args: string[]) =>
	spawnSync('npx', ['tsx', 'scripts/atlas.ts', ...args], {
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
		const reach = atlas('reach', '--from', 'qianjiang', '--scenario', '2030', '--within-min', '60', '--mode', 'rail', '--json', '--speed-share', '0.9');
		expect(reach.status).toBe(0);
		const j = JSON.parse(reach.stdout);
		expect(j.assumptions.hsrSpeedShare).toBe(0.9);
		expect(j.reached.every((p: { minutes: number }) => p.minutes <= 60)).toBe(true);
		const promises = atlas('promises', '--json');
		expect(promises.status).toBe(0);
		expect(JSON.parse(promises.stdout).promises.map((p: { id: string }) => p.id)).toEqual(['chongqing-1h', 'czt-2h', 'gba-4h', 'regional-centres-1.5h']);
	});
});
