/**
 * `npm run atlas -- promises [--json]` plus assumption flags: the plan's connectivity promises checked
 * against the modelled networks of 2020, 2025, 2030 and the long term.
 */
import {
	SCENARIOS,
	checkPromises,
	describeAssumptions,
	parseArgs,
	type NetworkGraph,
	type ScenarioId
} from '../../src/lib/analysis/network/index';
import { err, formatTable, out } from './_data';
import { normaliseNetworkArgs, UsageError } from './_args';
import { outFlushed, buildScenario, formatRoute, loadNetworkInputs } from './travel-time';

export const summary = "The plan's travel-time promises (1 h Chongqing, 2 h Changsha, 4 h Greater Bay Area, 1.5 h by road) checked";

export async function run(args: string[]): Promise<number> {
	let normalised: string[];
	try {
		normalised = normaliseNetworkArgs(args, []);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(e.message);
		return 2;
	}
	const parsed = parseArgs(normalised, []);
	if (parsed.errors.length) {
		err([...parsed.errors, 'Usage: npm run atlas -- promises [--json] [assumption flags]'].join('\n'));
		return 2;
	}
	const inputs = loadNetworkInputs();
	inputs.notes.forEach((n) => err(n));
	const graphs: Partial<Record<ScenarioId, NetworkGraph>> = {};
	for (const s of SCENARIOS) graphs[s] = buildScenario(inputs, parsed.assumptions, s);
	const checks = checkPromises(graphs, parsed.assumptions);
	if (parsed.options.json) {
		await outFlushed(JSON.stringify({ promises: checks, assumptions: parsed.assumptions }, null, 2));
		return 0;
	}
	for (const c of checks) {
		out(`\n${c.label.zh} / ${c.label.en}`);
		out(`  “${c.quote}” (${c.cite})`);
		out(`  target ${c.targetMin} min by ${c.mode} (margin ±${c.marginPct}%); speaks for ${c.scenario}; verdict: ${c.verdict}`);
		const rows = c.destinations.map((d) => [
			d.label.zh,
			...d.perScenario.map((p) => (p.minutes === null ? '—' : `${p.minutes.toFixed(0)}${p.met ? ' ✓' : ''}`)),
			d.gapMin === null ? '—' : `${d.gapMin > 0 ? '+' : ''}${Math.round(d.gapMin)}`,
			d.verdict
		]);
		out(formatTable(['to', ...SCENARIOS.map((s) => `${s} min`), 'gap', 'verdict'], rows));
		for (const d of c.destinations) {
			if (d.stations.length > 1)
				out(
					`  ${d.label.zh}: one node, stations ${d.stations.map((s) => s.label.zh).join(', ')}${d.arrival ? `; the route arrives at ${d.arrival.zh}` : ''}`
				);
			if (d.breakdown) {
				const b = d.breakdown;
				out(
					`  ${d.label.zh} ${c.scenario}: access ${b.accessMin.toFixed(0)} + changes ${b.waitTransferMin.toFixed(0)} + dwell ${b.dwellMin.toFixed(0)} + in vehicle ${b.inVehicle.map((v) => `${v.line.zh} ${v.minutes.toFixed(0)}`).join(' + ')} + egress ${b.egressMin.toFixed(0)} = ${b.totalMin.toFixed(0)} min`
				);
			}
			for (const h of d.holds) out(`    what would have to hold: ${h.en}`);
			if (d.route) out(`  route ${c.scenario} to ${d.label.zh}:\n${formatRoute(d.route)}`);
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
