#!/usr/bin/env node
// Proves that the changes a newcomer makes most often are one row plus data: in a temporary copy of the repository
// it adds a project kind ("cableway", one row in src/lib/catalogue/kinds.ts) with one entry that uses it, and a
// year view ("2040", one row in src/lib/catalogue/years.ts), then rebuilds the data, checks it and the types, and
// (with --build) builds the site. It fails if any step fails, if the new kind or view is missing from the output,
// or if the change had to touch any other file.
// Usage: node scripts/newcomer-change.mjs [--build] [--keep]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const repo = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'atlas-newcomer-'));
const fail = (message) => {
	console.error(`newcomer-change: ${message} (copy kept in ${work})`);
	process.exit(1);
};
// The copy lies elsewhere: it reads the shared documents and inventory where the repository does.
const shared = {
	WULING_SEEDS: process.env.WULING_SEEDS ?? join(repo, '../shared/seeds'),
	WULING_INVENTORY: process.env.WULING_INVENTORY ?? join(repo, '../shared/project-inventory.md')
};
const run = (cmd, cmdArgs) => {
	console.error(`newcomer-change: ${cmd} ${cmdArgs.join(' ')}`);
	const r = spawnSync(cmd, cmdArgs, { cwd: work, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...shared } });
	if (r.status !== 0) fail(`${cmd} ${cmdArgs.join(' ')} failed`);
};

// The tracked files as they are now, and the dependencies by link.
const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: repo, encoding: 'utf8' })
	.stdout.split('\0')
	.filter(Boolean);
for (const f of files) {
	if (!existsSync(join(repo, f))) continue;
	cpSync(join(repo, f), join(work, f), { recursive: false, force: true, dereference: false, errorOnExist: false });
}
symlinkSync(join(repo, 'node_modules'), join(work, 'node_modules'), 'dir');
run('git', ['init', '-q']);
run('git', ['add', '-A']);
run('git', ['-c', 'user.name=check', '-c', 'user.email=check@localhost', 'commit', '-qm', 'base']);

/** Insert text after the first match of an anchor in a file of the copy. */
function insertAfter(file, anchor, text) {
	const path = join(work, file);
	const src = readFileSync(path, 'utf8');
	const at = src.indexOf(anchor);
	if (at < 0) fail(`${file}: "${anchor}" not found`);
	writeFileSync(path, src.slice(0, at + anchor.length) + text + src.slice(at + anchor.length));
}

// 1. A kind: one row.
insertAfter(
	'src/lib/catalogue/kinds.ts',
	'export const KINDS = {\n',
	"\tcableway: { group: 'road', name: { zh: '索道', en: 'Cableway' }, noun: { zh: '索道', en: 'cableway' }, file: 'road', serves: 'line' },\n"
);
// 2. A year view: one row.
insertAfter(
	'src/lib/catalogue/years.ts',
	"{ id: '2035', year: 2035, scenario: 'long-term', label: { zh: '2035', en: '2035' } }",
	",\n\t{ id: '2040', year: 2040, scenario: 'long-term', label: { zh: '2040', en: '2040' } }"
);
// 3. The data: one entry of the new kind (a test entry, in the copy only), with its expected-item line.
const quoteLine = readFileSync(join(shared.WULING_SEEDS, '002_9e3621a23b2e2452.txt'), 'utf8').split('\n')[943].trim();
const quote = quoteLine.slice(0, 12);
writeFileSync(
	join(work, 'data/projects/road.yaml'),
	readFileSync(join(work, 'data/projects/road.yaml'), 'utf8') +
		[
			'',
			'- id: test-cableway',
			'  ref: E99',
			'  name: {zh: 测试索道, en: Test cableway}',
			'  short: {zh: 测试索道, en: Test cableway}',
			'  kind: cableway',
			'  period: 2026-2030',
			'  status:',
			`    - {status: planned, cite: 002:944 ${quote}}`,
			'  summary: {zh: 测试。, en: A test.}',
			'  geometry:',
			'    method: schematic',
			'    via: [qianjiang, qianjiang-zhuoshui]',
			'    note: {zh: 示意线。, en: Schematic.}',
			''
		].join('\n')
);
writeFileSync(
	join(work, 'data/expected.yaml'),
	readFileSync(join(work, 'data/expected.yaml'), 'utf8') + `- {ref: E99, words: ${quote.slice(0, 4)}, at: 002:944}\n`
);

run('npx', ['tsx', 'scripts/build-catalogue.ts']);
run('npx', ['tsx', 'scripts/check-data.ts']);
run('npx', ['tsx', 'scripts/build-projects.ts']);
run('npx', ['svelte-kit', 'sync']);
run('npx', ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'error']);
if (args.has('--build')) run('npx', ['vite', 'build']);

const projects = JSON.parse(readFileSync(join(work, 'static/geo/projects.json'), 'utf8'));
const entry = projects.projects.find((e) => e.id === 'test-cableway');
if (!entry) fail('projects.json has no test-cableway entry');
if (entry.kind !== 'cableway' || !('2040' in entry.statusByYear))
	fail(`test-cableway: kind ${entry.kind}, years ${Object.keys(entry.statusByYear)}`);
const feature = JSON.parse(readFileSync(join(work, 'static/geo/projects.geojson'), 'utf8')).features.find(
	(f) => f.properties.id === 'test-cableway'
);
if (!feature || feature.properties.kind !== 'cableway') fail('projects.geojson does not draw test-cableway');
// The map colours a feature by its kind's group, the legend and filters name the kind: both from the one row.
const probe = spawnSync(
	'npx',
	[
		'tsx',
		'-e',
		"import { kindGroup } from './src/lib/catalogue/phase'; import { kindNames } from './src/lib/i18n/catalogue'; import { kindWord } from './src/lib/analysis/words'; console.log(JSON.stringify([kindGroup('cableway'), kindNames.zh.cableway, kindWord('cableway', 'en')]))"
	],
	{ cwd: work, encoding: 'utf8' }
);
if (probe.stdout.trim() !== JSON.stringify(['road', '索道', 'cableway']))
	fail(`the new kind reads as ${probe.stdout.trim()} ${probe.stderr}`);
const schema = readFileSync(join(work, 'data/schema/atlas.schema.json'), 'utf8');
if (!schema.includes('"cableway"')) fail('the schema does not list the new kind');
const touched = spawnSync('git', ['status', '--porcelain'], { cwd: work, encoding: 'utf8' })
	.stdout.split('\n')
	.filter(Boolean)
	.map((l) => l.slice(3));
const handWritten = touched.filter((f) => !/^(static\/geo\/|src\/lib\/generated\/|data\/schema\/|\.svelte-kit|build\/)/.test(f));
const expected = ['data/expected.yaml', 'data/projects/road.yaml', 'src/lib/catalogue/kinds.ts', 'src/lib/catalogue/years.ts'];
if (JSON.stringify(handWritten.sort()) !== JSON.stringify(expected))
	fail(`hand-written files changed: ${handWritten.join(', ')}; expected only ${expected.join(', ')}`);
console.log(
	`newcomer-change: a kind and a year view, each one row plus data: ${handWritten.join(', ')} changed by hand; data, types${args.has('--build') ? ' and the site' : ''} built`
);
if (!args.has('--keep')) rmSync(work, { recursive: true, force: true });
