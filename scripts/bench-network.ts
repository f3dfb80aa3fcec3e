/**
 * Times the connectivity model: building each scenario's graph, and recomputing all-pairs travel times
 * from every place after an assumption changes (what the travel-time map does on a slider move).
 * Prints a markdown table of medians to stdout.
 *
 *   npx tsx scripts/bench-network.ts [--runs 30]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LINK_TABLE, SCENARIOS, allPairs, buildNetwork, retime, type NetworkPlace } from '../src/lib/analysis/network/index';
import { DEFAULT_ASSUMPTIONS } from '../src/lib/data/assumptions';

const dir = process.env.WULING_GEO_DIR ?? join(import.meta.dirname, '..', 'static', 'geo');
const placesFile = join(dir, 'places.json');
if (!existsSync(placesFile)) {
	process.stderr.write(`${placesFile} is missing\n`);
	process.exit(1);
}
const places = (JSON.parse(readFileSync(placesFile, 'utf8')) as { places: NetworkPlace[] }).places;
const projectsFile = join(dir, 'projects.json');
const raw = existsSync(projectsFile) ? JSON.parse(readFileSync(projectsFile, 'utf8')) : undefined;
const catalogue = raw ? (Array.isArray(raw) ? raw : raw.projects) : undefined;
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

function time(fn: () => void): number {
	const t = performance.now();
	fn();
	return performance.now() - t;
}

const rows: string[] = [];
for (const scenario of SCENARIOS) {
	const builds: number[] = [];
	const recomputes: number[] = [];
	let graph = buildNetwork(places, LINK_TABLE, DEFAULT_ASSUMPTIONS, scenario, { catalogue });
	const origins = places.map((p) => p.id);
	for (let i = 0; i < runs; i++) {
		builds.push(time(() => (graph = buildNetwork(places, LINK_TABLE, DEFAULT_ASSUMPTIONS, scenario, { catalogue }))));
		const share = 0.7 + (i % 10) * 0.03;
		recomputes.push(time(() => allPairs(retime(graph, { hsrSpeedShare: share }), origins, 'best')));
	}
	rows.push(
		`| ${scenario} | ${graph.nodes.length} | ${graph.edgeFrom.length} | ${origins.length} | ${median(builds).toFixed(2)} | ${median(recomputes).toFixed(2)} |`
	);
}
process.stdout.write(
	[
		`Network model timings, median of ${runs} runs, node ${process.version}, places from ${placesFile}`,
		'',
		'| scenario | nodes | edges | origins | build ms | retime + all-pairs (best) ms |',
		'|---|---|---|---|---|---|',
		...rows,
		''
	].join('\n')
);
