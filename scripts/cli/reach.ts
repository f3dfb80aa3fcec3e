/**
 * `npm run atlas -- reach --from 黔江 --scenario 2030 --within-min 120 [--mode best] [--json]`: every place
 * reachable within a time, fastest first, with the assumptions used.
 */
import { describeAssumptions, modeOf, parseArgs, placeTimes, scenarioOf } from '../../src/lib/analysis/network/index';
import { err, formatTable, out } from './_data';
import { normaliseNetworkArgs, readNumber, UsageError } from './_args';
import { outFlushed, buildScenario, loadNetworkInputs, resolveOrExplain } from './travel-time';

export const summary = 'Places reachable from a place within a number of minutes, per scenario and mode';

export async function run(args: string[]): Promise<number> {
	let normalised: string[];
	try {
		normalised = normaliseNetworkArgs(args, ['from', 'scenario', 'mode', 'within-min']);
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(e.message);
		return 2;
	}
	const parsed = parseArgs(normalised, ['--from', '--scenario', '--mode', '--within-min']);
	const scenario = scenarioOf(parsed.options.scenario);
	const mode = modeOf(parsed.options.mode);
	let within = 120;
	try {
		const w = parsed.options['within-min'];
		if (w !== undefined) within = readNumber(String(w), { name: '--within-min', unit: 'minutes', min: 0, max: 24 * 60 });
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		parsed.errors.push(e.message);
	}
	if (parsed.errors.length || typeof parsed.options.from !== 'string' || !scenario || !mode) {
		err(
			[
				...parsed.errors,
				'Usage: npm run atlas -- reach --from <name> [--scenario 2025] [--within-min 120] [--mode rail|road|best] [--json]'
			].join('\n')
		);
		return 2;
	}
	const inputs = loadNetworkInputs();
	inputs.notes.forEach((n) => err(n));
	const from = resolveOrExplain(parsed.options.from, inputs.places);
	if (!from) return 1;
	const graph = buildScenario(inputs, parsed.assumptions, scenario);
	const byId = new Map(inputs.places.map((p) => [p.id, p]));
	const origin = from.kind === 'station' ? `rail:${from.id}:in` : from.node;
	const reached = placeTimes(graph, origin, mode)
		.filter((p): p is { placeId: string; minutes: number } => p.minutes !== null && p.minutes <= within && p.placeId !== from.id)
		.sort((a, b) => a.minutes - b.minutes)
		.map((p) => ({
			placeId: p.placeId,
			zh: byId.get(p.placeId)?.zh ?? p.placeId,
			en: byId.get(p.placeId)?.en ?? p.placeId,
			kind: byId.get(p.placeId)?.kind ?? '',
			minutes: Math.round(p.minutes * 10) / 10
		}));
	if (parsed.options.json) {
		await outFlushed(
			JSON.stringify({ from, scenario, mode, withinMin: within, reached, assumptions: parsed.assumptions, issues: graph.issues }, null, 2)
		);
		return 0;
	}
	out(`From ${from.label}, ${scenario}, ${mode}, within ${within} min: ${reached.length} places`);
	out(
		formatTable(
			['min', 'place', 'kind'],
			reached.map((r) => [r.minutes.toFixed(0), `${r.zh} ${r.en}`, r.kind])
		)
	);
	out('Assumptions:');
	out(
		describeAssumptions(parsed.assumptions)
			.map((l) => `  ${l}`)
			.join('\n')
	);
	return 0;
}
