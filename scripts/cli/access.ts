/**
 * `npm run atlas -- access [--mode best|rail|road] [--hub 黔江] [--json]` plus assumption flags: for 2020 →
 * 2025 → 2030 → long term, how many townships and county seats lie within 60 / 120 / 240 modelled minutes
 * of 黔江城区, 重庆, 长沙 and 广州, which places each phase gains or loses, and the projects that make it.
 */
import {
	SCENARIOS,
	STATIONS,
	accessByPhase,
	describeAssumptions,
	gainProjects,
	modeOf,
	parseArgs,
	type NetworkGraph,
	type ScenarioId
} from '../../src/lib/analysis/network/index';
import { err, formatTable, out } from './_data';
import { normaliseNetworkArgs, UsageError } from './_args';
import { buildScenario, loadNetworkInputs, outFlushed, resolveOrExplain } from './travel-time';

export const summary =
	'Townships and county seats within 60/120/240 min of 黔江, 重庆, 长沙, 广州, per phase, with the projects that bring them in';

const USAGE = 'Usage: npm run atlas -- access [--mode best|rail|road] [--hub <name>] [--json] [assumption flags]';

export async function run(args: string[]): Promise<number> {
	let normalised: string[];
	try {
		normalised = normaliseNetworkArgs(args, ['mode', 'hub']);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n${USAGE}`);
		return 2;
	}
	const parsed = parseArgs(normalised, ['--mode', '--hub']);
	const mode = modeOf(parsed.options.mode);
	if (parsed.errors.length || !mode) {
		err([...parsed.errors, !mode ? 'unknown --mode (rail, road or best)' : '', USAGE].filter(Boolean).join('\n'));
		return 2;
	}
	const inputs = loadNetworkInputs();
	inputs.notes.forEach((n) => err(n));
	let hubs: string[] | undefined;
	if (typeof parsed.options.hub === 'string') {
		const hit = resolveOrExplain(parsed.options.hub, inputs.places);
		if (!hit) return 1;
		// A station name (黔江) stands for its town: a hub is a place.
		hubs = [hit.kind === 'place' ? hit.id : (STATIONS.find((s) => s.id === hit.id)?.place ?? hit.id)];
	}
	const graphs = Object.fromEntries(SCENARIOS.map((s) => [s, buildScenario(inputs, parsed.assumptions, s)])) as Record<
		ScenarioId,
		NetworkGraph
	>;
	const report = accessByPhase(graphs, inputs.places, { mode, hubs });
	if (parsed.options.json) {
		await outFlushed(JSON.stringify({ ...report, assumptions: parsed.assumptions }, null, 2));
		return 0;
	}
	out(
		`Modelled access per phase (${mode}); places counted: ${report.places.length} townships and seats. Times are modelled, not timetables.`
	);
	for (const hub of report.hubs) {
		const name = report.hubLabels[hub];
		out(`\nWithin reach of ${name.zh} ${name.en}`);
		const rows = report.thresholdsMin.map((t) => [
			`≤ ${t} min`,
			...SCENARIOS.map((s) => String(report.counts.find((c) => c.hub === hub && c.scenario === s && c.thresholdMin === t)?.count ?? 0))
		]);
		out(formatTable(['threshold', ...SCENARIOS], rows));
		for (let i = 1; i < SCENARIOS.length; i++) {
			for (const t of report.thresholdsMin) {
				const gains = report.changes.filter((c) => c.hub === hub && c.to === SCENARIOS[i] && c.thresholdMin === t && c.change === 'gain');
				const losses = report.changes.filter((c) => c.hub === hub && c.to === SCENARIOS[i] && c.thresholdMin === t && c.change === 'loss');
				if (!gains.length && !losses.length) continue;
				const projects = gainProjects(report, hub, SCENARIOS[i], t)
					.map((p) => `${p.line.zh}${p.ref ? ` [${p.ref}]` : ''} (${p.places})`)
					.join(', ');
				out(
					`  ${SCENARIOS[i - 1]} → ${SCENARIOS[i]}, ≤ ${t} min: +${gains.length}${losses.length ? ` −${losses.length}` : ''}: ${gains.map((g) => g.label.zh).join('、')}${projects ? `\n    by ${projects}` : ''}`
				);
			}
		}
	}
	out('\nAssumptions:');
	out(
		describeAssumptions(parsed.assumptions)
			.map((l) => `  ${l}`)
			.join('\n')
	);
	return 0;
}
