/**
 * `atlas ingest-eval [--json] [--record-ranges] [--misses]`: how well `atlas ingest` reads documents. Leave-one-out over the
 * seed documents (each document's citations taken out of the catalogue, the document proposed against the rest,
 * and the removed citations counted back by item, class and line), and the short real texts of
 * tests/fixtures/ingest/real/ against their hand labels. The figures of docs/ingest-evaluation.md come from here.
 * `--misses` lists, per seed document, each event or target of the catalogue that was not proposed back (its entry,
 * class, line and words, and what was proposed for that entry instead) and each proposal accepted by default that
 * the catalogue does not hold.
 */
import { readArgs, UsageError } from './_args';
import { err, formatTable, out } from './_data';
import { leaveOneOut, listMisses, scoreLabels, sumScores } from '../../src/lib/ingest/evaluate';
import { proposeFromText } from '../../src/lib/ingest/propose';
import { loadRealTexts, loadSeedEvaluation } from '../ingest/eval-data';

export const summary = 'How well ingest reads documents: leave-one-out over the seeds and hand-labelled real texts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns 0 done, 2 bad arguments
 */
export async function run(args: string[]): Promise<number> {
	let json: boolean;
	let recordRanges: boolean;
	let misses: boolean;
	try {
		const a = readArgs(args, { values: [], booleans: ['json', 'record-ranges', 'misses'] });
		if (a.positionals.length) throw new UsageError(`unexpected argument ${a.positionals[0]}`);
		json = a.flags.has('json');
		recordRanges = a.flags.has('record-ranges');
		misses = a.flags.has('misses');
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\nUsage: npm run atlas -- ingest-eval [--json] [--record-ranges] [--misses]\n`);
		return 2;
	}
	const { entries, documents, records, otherTexts } = loadSeedEvaluation();
	const loo = leaveOneOut(entries, documents, { useRecordRanges: recordRanges, texts: otherTexts });
	const overall = sumScores(loo.map((r) => r.score));
	const real = loadRealTexts().map((t) => {
		const year = Number(t.date.slice(0, 4));
		const { proposals } = proposeFromText(
			t.text,
			{ title: t.title, date: t.date, kind: t.kind, year, period: { from: year, to: year } },
			entries
		);
		return { name: t.name, url: t.url, score: scoreLabels(proposals, t.expected) };
	});
	const sum = (k: 'mentions' | 'mentionsFound' | 'classed' | 'classedRight') => real.reduce((n, r) => n + r.score[k], 0);
	const unseen = {
		mentions: sum('mentions'),
		mentionsFound: sum('mentionsFound'),
		classed: sum('classed'),
		classedRight: sum('classedRight'),
		aimsAsEvents: real.reduce((n, r) => n + r.score.aimsAsEvents.length, 0)
	};
	if (json) {
		const withMisses = (r: (typeof loo)[number]) => (misses ? { misses: listMisses(r.proposals, r.gold) } : {});
		out(
			`${JSON.stringify({ leaveOneOut: { documents: loo.map((r) => ({ file: r.file, ...r.score, ...withMisses(r) })), overall }, unseen: { texts: real.map((r) => ({ name: r.name, url: r.url, ...r.score })), overall: unseen } }, null, 2)}\n`
		);
		return 0;
	}
	const name = (file: string) => records.find((d) => d.file === file)?.short.en ?? file;
	out(
		`Leave-one-out over the seed documents (${recordRanges ? "the records' retrospective ranges" : 'retrospective ranges guessed by the proposer'}):\n`
	);
	out(
		formatTable(
			['document', 'events+targets', 'found', 'recall', 'proposed', 'right', 'precision', 'item mentions found'],
			[
				...loo.map((r) => [
					`${r.file.slice(0, 3)} ${name(r.file)}`,
					String(r.score.gold),
					String(r.score.found),
					pct(r.score.recall),
					String(r.score.proposed),
					String(r.score.correct),
					pct(r.score.precision),
					`${r.score.mentionFound}/${r.score.mentionGold} (${pct(r.score.mentionRecall)})`
				]),
				[
					'all',
					String(overall.gold),
					String(overall.found),
					pct(overall.recall),
					String(overall.proposed),
					String(overall.correct),
					pct(overall.precision),
					`${overall.mentionFound}/${overall.mentionGold} (${pct(overall.mentionRecall)})`
				]
			]
		)
	);
	if (misses) {
		for (const r of loo) {
			const m = listMisses(r.proposals, r.gold);
			if (!m.missed.length && !m.wrong.length) continue;
			out(`\n${r.file.slice(0, 3)} ${name(r.file)}: ${m.missed.length} missed, ${m.wrong.length} wrong\n`);
			for (const g of m.missed) {
				const where = `${g.line}${g.lineEnd > g.line ? `-${g.lineEnd}` : ''}`;
				out(`  missed ${r.file.slice(0, 3)}:${where} ${g.entry} ${g.type} ${g.word ?? ''} “${g.quote}”\n`);
				out(`         proposed for it: ${g.proposed.join('; ') || 'nothing'}\n`);
			}
			for (const p of m.wrong) {
				const where = `${p.line}${p.lineEnd > p.line ? `-${p.lineEnd}` : ''}`;
				out(`  wrong  ${r.file.slice(0, 3)}:${where} ${p.entry} ${p.what} “${p.quote}”\n`);
			}
		}
	}
	out(`\nUnseen real texts (${real.length}, hand-labelled):\n`);
	out(
		formatTable(
			['text', 'item mentions found', 'events+targets classed right', 'aims as events'],
			[
				...real.map((r) => [
					r.name,
					`${r.score.mentionsFound}/${r.score.mentions}`,
					`${r.score.classedRight}/${r.score.classed}`,
					String(r.score.aimsAsEvents.length)
				]),
				[
					'all',
					`${unseen.mentionsFound}/${unseen.mentions} (${pct(unseen.mentionsFound / unseen.mentions)})`,
					`${unseen.classedRight}/${unseen.classed} (${pct(unseen.classedRight / unseen.classed)})`,
					String(unseen.aimsAsEvents)
				]
			]
		)
	);
	for (const r of real)
		for (const m of r.score.misses)
			out(`  miss: ${r.name} line ${m.label.line} ${m.label.entry} ${m.label.class}: proposed ${m.got.join('; ') || 'nothing'}\n`);
	return 0;
}
