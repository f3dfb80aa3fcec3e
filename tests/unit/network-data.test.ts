/**
 * The travel-time model's data (data/network/*.yaml, data/assumptions.yaml): read with no problem, served as the
 * reader gives it, and one source per fact: a line of the catalogue restates nothing its entry owns, and the model
 * places it by the entry. Each check of check:data is pinned by a planted mistake in a copy of data/ and the
 * `file:line` it must be reported at.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyWith, lineOf } from './data-copy';
import { parse } from 'yaml';
import { DATA_DIR, REPO_ROOT, formatProblem, readAtlasData } from '../../scripts/catalogue/data';
import { holdsNumber, readNetworkData, sectionName } from '../../scripts/catalogue/network';
import { checkAtlas } from '../../scripts/check-data';
import { catalogue } from '../../src/lib/catalogue/index';
import { LINK_TABLE, STATIONS, buildNetwork, type NetworkPlace } from '../../src/lib/analysis/network/index';
import { ALL_NETWORK_FACTS, PROMISE_SOURCES } from '../../src/lib/data/network-facts';
import { ASSUMPTION_SPECS, DEFAULT_ASSUMPTIONS, LINE_SPEED_RANGE, REGION_STATION_CHOICES } from '../../src/lib/data/assumptions';

/** What a catalogue entry owns: a line that names its entry must not say it again. */
const CATALOGUE_OWNED = ['name', 'ref', 'short', 'status', 'period', 'opened', 'openedYear', 'year', 'availability', 'targets'];

const rawLinks = parse(readFileSync(join(DATA_DIR, 'network/links.yaml'), 'utf8')) as Record<string, unknown>[];
const places = (JSON.parse(readFileSync(join(REPO_ROOT, 'static/geo/places.json'), 'utf8')) as { places: NetworkPlace[] }).places;

describe('the model data of the repository', () => {
	it('reads with no problem, and the app serves exactly what it says', () => {
		const atlas = readAtlasData();
		const net = readNetworkData(DATA_DIR, atlas);
		expect(net.problems).toEqual([]);
		expect(JSON.stringify(net.links)).toBe(JSON.stringify(LINK_TABLE));
		expect(JSON.stringify(net.stations)).toBe(JSON.stringify(STATIONS));
		expect(net.facts.map(({ group: _g, ...f }) => f)).toEqual(ALL_NETWORK_FACTS);
		expect(net.promises).toEqual(PROMISE_SOURCES);
		expect(net.assumptions).toEqual({
			defaults: DEFAULT_ASSUMPTIONS,
			specs: ASSUMPTION_SPECS,
			regionStationChoices: REGION_STATION_CHOICES,
			lineSpeedRange: LINE_SPEED_RANGE
		});
	});

	it('holds no fact in TypeScript: the model modules import the generated files', () => {
		const modules: [string, string][] = [
			['src/lib/analysis/network/links.ts', 'generated/network-links.json'],
			['src/lib/analysis/network/stations.ts', 'generated/network-stations.json'],
			['src/lib/data/network-facts.ts', 'generated/network-facts.json'],
			['src/lib/data/assumptions.ts', 'generated/assumptions.json']
		];
		for (const [file, json] of modules) {
			// The code, without its doc comments (their examples may show a figure).
			const text = readFileSync(join(REPO_ROOT, file), 'utf8')
				.split('\n')
				.filter((l) => !/^\s*(\*|\/\*\*|\/\/)/.test(l))
				.join('\n');
			expect(text, file).toContain(json);
			expect(text, `${file} has no bilingual literal`).not.toMatch(/zh: '/);
			expect(text, `${file} has no figure literal`).not.toMatch(/(lengthKm|designSpeedKmh|scheduledMin|hsrSpeedShare|dwellMin): \d/);
		}
	});
});

describe('one source per fact: the link table and the catalogue', () => {
	it('no line of the catalogue restates a field its entry owns', () => {
		const withProject = rawLinks.filter((l) => typeof l.project === 'string');
		expect(withProject.length).toBeGreaterThan(15);
		for (const l of withProject) {
			const restated = CATALOGUE_OWNED.filter((k) => k in l);
			expect(restated, `link ${l.id} restates ${restated.join(', ')} of ${l.project}`).toEqual([]);
		}
		// Every code the link table shows is a catalogue line's, and every line of a catalogue code names its entry.
		for (const l of LINK_TABLE) {
			const entry = catalogue.find((e) => e.id === l.project);
			if (l.project === undefined) {
				expect(l.ref, `${l.id} has no entry, so no code`).toBeNull();
				expect(l.availability, `${l.id} carries its own public-reference availability`).toBeDefined();
				continue;
			}
			expect(entry, `${l.id} names catalogue entry ${l.project}`).toBeDefined();
			expect(l.ref).toBe(entry!.ref);
			const raw = rawLinks.find((r) => r.id === l.id)!;
			expect(l.name).toEqual(sectionName(entry!.name, raw.section as never));
			expect(l.availability, `${l.id} takes its status from the catalogue`).toBeUndefined();
		}
	});

	it('the model places a line by its catalogue entry: status, period and opening year come from there', () => {
		const projects = JSON.parse(readFileSync(join(REPO_ROOT, 'static/geo/projects.json'), 'utf8')).projects as {
			id: string;
			status: unknown[];
			period: string;
			opened?: unknown;
		}[];
		const build = (entries: unknown[], scenario: '2025' | '2030') =>
			buildNetwork(places, LINK_TABLE, DEFAULT_ASSUMPTIONS, scenario, { catalogue: entries as never });
		const e1 = (g: ReturnType<typeof build>) => g.links.filter((l) => l.lineId === 'qianli');
		// E1 is planned for 2026–2030 in the catalogue, as the model has it.
		const plan = build(projects, '2030');
		expect(e1(plan)[0].availability).toMatchObject({ status: 'planned', period: '2026-2030', from: 'catalogue' });
		expect(e1(build(projects, '2025'))).toEqual([]);
		// Record an opening in the catalogue entry alone, and the model follows.
		const opened = projects.map((p) =>
			p.id === 'qianjiang-lichuan-expressway'
				? {
						...p,
						status: [
							...p.status,
							{
								status: 'in-service',
								asOf: 2025,
								source: { file: 'public reference', line: 0, quote: '黔江至利川高速公路通车', year: 2025 }
							}
						],
						opened: { year: 2024, source: { file: 'public reference', line: 0, quote: '黔江至利川高速公路通车', year: 2024 } }
					}
				: p
		);
		expect(e1(build(opened, '2025'))[0].availability).toMatchObject({ status: 'in-service', year: 2024, from: 'catalogue' });
		// Without its entry the line is left out and the graph says why, never a status of its own.
		const lacking = build(
			projects.filter((p) => p.id !== 'qianjiang-lichuan-expressway'),
			'2030'
		);
		expect(e1(lacking)).toEqual([]);
		expect(lacking.issues.some((i) => i.code === 'missing-ref' && i.ids.includes('qianjiang-lichuan-expressway'))).toBe(true);
	});

	it('a line outside the catalogue keeps the status and opening of its public-reference fact', () => {
		const g = buildNetwork(places, LINK_TABLE, DEFAULT_ASSUMPTIONS, '2030', { catalogue: [] });
		const yuwan = g.links.find((l) => l.lineId === 'yuwan-hsr')!;
		const fact = ALL_NETWORK_FACTS.find((f) => f.id === 'yuwan-hsr')!;
		expect(yuwan.availability).toMatchObject({ status: fact.status, year: fact.openedYear, from: 'link-table' });
		expect(g.links.some((l) => l.project !== undefined)).toBe(false);
	});
});

function problemsOf(dir: string): string[] {
	return checkAtlas({ dataDir: dir }).problems.map((p) => formatProblem({ ...p, file: p.file.replace(dir, 'DATA') }));
}

const LINKS = 'network/links.yaml';
const FACTS = 'network/facts.yaml';

describe('check:data reports each mistake in the model data at its line', () => {
	it('a line of the catalogue that restates its status or period, and one that names no entry', () => {
		const dir = copyWith(LINKS, (t) =>
			t
				.replace(
					'  project: qianjiang-lichuan-expressway\n',
					'  project: qianjiang-lichuan-expressway\n  availability: {status: construction-starting, cite: 002:790 新开工项目}\n  period: 2026-2030\n'
				)
				.replace('project: qianjiang-wuchuan-expressway', 'project: qianjiang-wuchuan-expresway')
		);
		const problems = problemsOf(dir);
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^DATA/${LINKS}:${lineOf(dir, LINKS, 'availability: {status: construction-starting')}: link qianli: \`availability\` does not belong here \\(a line with a \`project\` takes its name, status and opening from the catalogue entry\\)`
				)
			)
		);
		expect(problems).toContain(
			`DATA/${LINKS}:${lineOf(dir, LINKS, 'period: 2026-2030')}: link qianli: \`period\` is the catalogue entry's (data/projects/): a line names its entry by \`project\` and does not restate it`
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(
					`^DATA/${LINKS}:${lineOf(dir, LINKS, 'qianjiang-wuchuan-expresway')}: link qianwu: no catalogue entry has the id "qianjiang-wuchuan-expresway"`
				)
			)
		);
	});

	it('a stop that is not a station, and a timetable run off the line', () => {
		const dir = copyWith(LINKS, (t) =>
			t
				.replace('stops: [qianjiang, jishou-east]', 'stops: [qianjiang, jishou-north]')
				.replace('{fact: cyc-hsr, from: changde, to: changsha-west}', '{fact: cyc-hsr, from: changde, to: changsha-south}')
		);
		const problems = problemsOf(dir);
		expect(problems).toContain(
			`DATA/${LINKS}:${lineOf(dir, LINKS, 'id: qianji-hsr')}: link qianji-hsr: stop "jishou-north" is not a station of data/network/stations.yaml`
		);
		expect(problems).toContain(
			`DATA/${LINKS}:${lineOf(dir, LINKS, 'id: cyc-hsr')}: link cyc-hsr: timetable run changde–changsha-south does not run between two of its stops`
		);
	});

	it('a public figure its words do not hold, and an opening year the catalogue contradicts', () => {
		const dir = copyWith(FACTS, (t) =>
			t
				.replace('    lengthKm: 154\n    lengthText: "154"', '    lengthKm: 145\n    lengthText: "145"')
				.replace('    opened: Oct 2021\n    openedYear: 2021', '    opened: Oct 2021\n    openedYear: 2020')
		);
		const problems = problemsOf(dir);
		const cyc = lineOf(dir, FACTS, 'id: cyc-hsr');
		expect(problems).toContain(
			`DATA/${FACTS}:${cyc}: fact cyc-hsr: the length "145" is not in its cited words ("Changde – Changsha West | 常益长高铁 | 154 | 350 | Dec 2022 | 59 min"); cite the record's words that state it`
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(`^DATA/${FACTS}:${lineOf(dir, FACTS, 'id: shiqian')}: fact shiqian: the opening 2020 is not in "Oct 2021" as written`)
			)
		);
		expect(problems).toContain(
			`DATA/${LINKS}:${lineOf(dir, LINKS, 'id: cyc-hsr')}: link cyc-hsr: fact cyc-hsr gives the length 145, the catalogue entry changde-yiyang-changsha-hsr 154; make them agree`
		);
		expect(problems).toContain(
			`DATA/${LINKS}:${lineOf(dir, LINKS, 'id: shiqian')}: link shiqian: fact shiqian gives the opening year 2020, the catalogue entry qianjiang-shizhu-expressway 2021; make them agree`
		);
	});

	it('a promise whose words are not in its line', () => {
		const dir = copyWith(FACTS, (t) => t.replace('实现黔江与长株潭城市群2小时直达', '实现黔江与长株潭城市群1小时直达'));
		expect(problemsOf(dir)).toContain(
			`DATA/${FACTS}:${lineOf(dir, FACTS, 'cztAndGba:')}: promise cztAndGba: the quoted words "实现黔江与长株潭城市群1小时直达、与粤港澳大湾区4小时联通" are not in 002:768; expected the exact words of that line`
		);
	});

	it('an assumption outside its range, a region station that is no choice, and an unknown field', () => {
		const dir = copyWith('assumptions.yaml', (t) =>
			t
				.replace('  dwellMin: 4\n', '  dwellMin: 40\n')
				.replace('gba: guangzhou}', 'gba: shenzhen}')
				.replace('  maxAccessKm: 80\n', '  maxAccessKm: 80\n  maxAccesKm: 90\n')
		);
		let problems = problemsOf(dir);
		expect(problems).toContainEqual(
			expect.stringMatching(
				new RegExp(`^DATA/assumptions.yaml:${lineOf(dir, 'assumptions.yaml', 'maxAccesKm')}: unknown field \`maxAccesKm\``)
			)
		);
		writeFileSync(join(dir, 'assumptions.yaml'), readFileSync(join(dir, 'assumptions.yaml'), 'utf8').replace('  maxAccesKm: 90\n', ''));
		problems = problemsOf(dir);
		expect(problems).toContain(
			`DATA/assumptions.yaml:${lineOf(dir, 'assumptions.yaml', 'key: dwellMin')}: assumption dwellMin: the default 40 is outside its range 0–15`
		);
		expect(problems).toContain(
			`DATA/assumptions.yaml:${lineOf(dir, 'assumptions.yaml', 'regionStations:')}: region gba: the default "shenzhen" is not one of its choices (guangzhou, guangzhou-south, shenzhen-north)`
		);
	});
});

describe('holdsNumber', () => {
	it('finds a figure standing on its own, and minutes written in hours', () => {
		expect(holdsNumber('242 | 350 | 27 Jun 2025 | 61 min', 242)).toBe(true);
		expect(holdsNumber('1242 km', 242)).toBe(false);
		expect(holdsNumber('whole line 624.5 km', 624.5)).toBe(true);
		expect(holdsNumber('about 4 h before 2025', 240)).toBe(true);
		expect(holdsNumber('about 4 h before 2025', 250)).toBe(false);
	});
});
