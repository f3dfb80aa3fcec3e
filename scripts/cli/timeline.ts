/**
 * `atlas timeline [--drift <class>] [--kind <group>] [--id <project id>] [--json]`: how each plan moved
 * between the documents: status events, targets with their horizon, opening, and the plan-drift class
 * (advanced, unchanged, slipped, lapsed, dropped) as of the newest document.
 */
import { catalogue } from '../../src/lib/catalogue/index';
import { citationLabel } from '../../src/lib/catalogue/documents';
import { kindGroup, KIND_GROUPS, type KindGroup } from '../../src/lib/catalogue/phase';
import { DATA_YEAR, lastNamedIn } from '../../src/lib/catalogue/status';
import { DRIFTS, planDrift, timelineMarks, type Drift, type TimelineMark } from '../../src/lib/catalogue/timeline';
import { err, formatTable, out, readArgs, UsageError } from './_data';

export const summary = 'How each plan moved between the documents: events, targets, plan drift';

const usage = `Usage: npm run atlas -- timeline [--drift ${DRIFTS.join('|')}] [--kind ${KIND_GROUPS.join('|')}] [--id <project id>] [--json]`;

function markText(m: TimelineMark): string {
	if (m.type === 'event') return `${m.year} ${m.status}`;
	if (m.type === 'opened') return `${m.year} opened`;
	return `(${m.aim} by ${m.year}, said ${m.saidIn})`;
}

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns the exit code: 0 done, 1 no such project, 2 bad arguments
 * @example
 * npm run atlas -- timeline --drift slipped --json
 */
export async function run(args: string[]): Promise<number> {
	let drift: Drift | undefined;
	let group: KindGroup | undefined;
	let id: string | undefined;
	let json: boolean;
	try {
		const a = readArgs(args, { values: ['drift', 'kind', 'id'], booleans: ['json'] });
		if (a.positionals.length > 0) throw new UsageError(`unexpected argument ${a.positionals[0]}`);
		if (a.values.drift !== undefined && !(DRIFTS as readonly string[]).includes(a.values.drift))
			throw new UsageError(`--drift must be one of ${DRIFTS.join(', ')}`);
		if (a.values.kind !== undefined && !(KIND_GROUPS as readonly string[]).includes(a.values.kind))
			throw new UsageError(`--kind must be one of ${KIND_GROUPS.join(', ')}`);
		drift = a.values.drift as Drift | undefined;
		group = a.values.kind as KindGroup | undefined;
		id = a.values.id;
		json = a.flags.has('json');
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\n${usage}`);
		return 2;
	}
	if (id !== undefined && !catalogue.some((e) => e.id === id)) {
		err(`No project "${id}" / 找不到项目“${id}”.`);
		return 1;
	}
	const rows = catalogue
		.filter((e) => (id === undefined || e.id === id) && (group === undefined || kindGroup(e.kind) === group))
		.map((e) => {
			const d = planDrift(e);
			const last = lastNamedIn(e);
			return {
				id: e.id,
				ref: e.ref,
				name: e.name,
				kind: e.kind,
				drift: d.drift,
				reason: d.reason,
				before: { year: d.before.year, quote: d.before.quote, cite: citationLabel(d.before, 'en') },
				after: d.after ? { year: d.after.year, quote: d.after.quote, cite: citationLabel(d.after, 'en') } : null,
				slippedTargets: d.slipped.map((t) => ({ aim: t.aim, by: t.by, saidIn: t.source.year, cite: citationLabel(t.source, 'en') })),
				lastNamedIn: last ? { file: last.file, year: last.year } : null,
				marks: timelineMarks(e).map((m) => ({ ...m, cite: citationLabel(m.source, 'en') }))
			};
		})
		.filter((r) => drift === undefined || r.drift === drift);
	if (json) {
		const counts = Object.fromEntries(DRIFTS.map((k) => [k, rows.filter((r) => r.drift === k).length]));
		out(JSON.stringify({ asOf: DATA_YEAR, counts, projects: rows }, null, 2));
		return 0;
	}
	out(`Plan drift as of the ${DATA_YEAR} documents; targets in brackets are aims, not events.`);
	out(
		formatTable(
			['Ref', 'Project', 'Drift', 'Timeline'],
			rows.map((r) => [r.ref, r.name.zh, r.drift, r.marks.map(markText).join(' → ')])
		)
	);
	return 0;
}
