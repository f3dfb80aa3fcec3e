/**
 * Proof on real text: leave-one-out over the five seed documents (each one's citations taken out of the catalogue,
 * then proposed back from its text), and ten short real public texts about the region against hand labels. The
 * floors sit a little under what the proposer achieves (docs/ingest-evaluation.md); no aim proposed as an event is
 * a hard rule.
 */
import { describe, expect, it } from 'vitest';
import { leaveOneOut, scoreLabels, sumScores } from '../../src/lib/ingest/evaluate';
import { proposeFromText, type Proposal } from '../../src/lib/ingest/propose';
import { AIM_MARKERS } from '../../src/lib/catalogue/validate';
import { splitText } from '../../src/lib/ingest/text';
import { loadRealTexts, loadSeedEvaluation } from '../../scripts/ingest/eval-data';

const BUILT = ['construction-starting', 'under-construction', 'in-service'];

/** Construction or completion events whose sentence, up to the quote, holds an aim word (the catalogue's own rule). */
function eventsInAimSentences(text: string, proposals: readonly Proposal[]): Proposal[] {
	const lines = splitText(text).lines;
	return proposals.filter((p) => {
		if (p.type !== 'event' || !BUILT.includes(p.status ?? '')) return false;
		const cited = lines.slice(p.line - 1, p.lineEnd).join('');
		const at = cited.indexOf(p.quote);
		const before = cited.slice(0, at);
		const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('！')) + 1;
		const sentence = cited.slice(start, at + p.quote.length);
		return AIM_MARKERS.some((m) => sentence.includes(m));
	});
}

describe('leave-one-out over the seed documents', () => {
	const { entries, documents, otherTexts } = loadSeedEvaluation();
	const runs = leaveOneOut(entries, documents, { texts: otherTexts });
	const all = sumScores(runs.map((r) => r.score));
	const of = (prefix: string) => runs.find((r) => r.file.startsWith(prefix))!.score;

	it('proposes most of each document’s events and targets for the right item, class and line', () => {
		expect(all.gold).toBeGreaterThan(220);
		expect(all.recall).toBeGreaterThanOrEqual(0.87);
		expect(all.precision).toBeGreaterThanOrEqual(0.95);
		expect(all.mentionRecall).toBeGreaterThanOrEqual(0.87);
		expect(of('002').recall).toBeGreaterThanOrEqual(0.92);
		expect(of('002').precision).toBeGreaterThanOrEqual(0.95);
		expect(of('004').recall).toBeGreaterThanOrEqual(0.92);
		expect(of('000').precision).toBeGreaterThanOrEqual(0.95);
		expect(of('001').recall).toBeGreaterThanOrEqual(0.6);
	});
	it('never proposes construction or completion where the catalogue reads an aim', () => {
		expect(all.aimsAsEvents).toBe(0);
		for (const r of runs) {
			const text = documents.find((d) => d.file === r.file)!.text;
			expect(eventsInAimSentences(text, r.proposals).map((p) => `${r.file}:${p.line} ${p.quote}`)).toEqual([]);
		}
	});
});

describe('unseen real texts', () => {
	const { entries } = loadSeedEvaluation();
	const texts = loadRealTexts();
	const runs = texts.map((t) => {
		const year = Number(t.date.slice(0, 4));
		const { proposals } = proposeFromText(
			t.text,
			{ title: t.title, date: t.date, kind: t.kind, year, period: { from: year, to: year } },
			entries
		);
		return { t, proposals, score: scoreLabels(proposals, t.expected) };
	});
	const total = (k: 'mentions' | 'mentionsFound' | 'classed' | 'classedRight') => runs.reduce((n, r) => n + r.score[k], 0);

	it('each text names its source, publisher and date', () => {
		expect(texts.length).toBeGreaterThanOrEqual(8);
		for (const t of texts) {
			expect(t.url).toMatch(/^https?:\/\//);
			expect(t.publisher.length).toBeGreaterThan(0);
			expect(t.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			expect(t.expected.length).toBeGreaterThan(0);
		}
	});
	it('finds at least 90% of the item mentions and classes at least 90% of events and targets as a careful reader', () => {
		expect(total('mentionsFound') / total('mentions')).toBeGreaterThanOrEqual(0.9);
		expect(total('classedRight') / total('classed')).toBeGreaterThanOrEqual(0.9);
	});
	it('proposes no aim as an event', () => {
		expect(runs.flatMap((r) => r.score.aimsAsEvents.map((a) => `${r.t.name}:${a.line} ${a.quote}`))).toEqual([]);
		expect(runs.flatMap((r) => eventsInAimSentences(r.t.text, r.proposals).map((p) => `${r.t.name}:${p.line} ${p.quote}`))).toEqual([]);
	});
});
