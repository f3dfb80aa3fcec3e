import type { PageServerLoad } from './$types';
import { catalogue } from '$lib/catalogue/index';
import { citationLabel } from '$lib/catalogue/documents';
import { kindGroup } from '$lib/catalogue/phase';
import { DATA_YEAR } from '$lib/catalogue/status';
import { planDrift, timelineMarks } from '$lib/catalogue/timeline';
import type { SourceRef } from '$lib/catalogue/types';

const quote = (q: SourceRef | null) =>
	q
		? {
				quote: q.quote,
				year: q.year,
				file: q.file,
				line: q.line,
				lineEnd: q.lineEnd ?? null,
				cite: { zh: citationLabel(q, 'zh'), en: citationLabel(q, 'en') }
			}
		: null;

/** Every project's drift class with the two quotes it rests on, and its timeline marks, computed once at prerender time. */
export const load: PageServerLoad = () => ({
	asOf: DATA_YEAR,
	rows: catalogue.map((e) => ({
		id: e.id,
		ref: e.ref,
		name: e.name,
		shortName: e.shortName,
		context: e.context === true,
		kind: e.kind,
		group: kindGroup(e.kind),
		...(() => {
			const d = planDrift(e);
			return { drift: d.drift, reason: d.reason, before: quote(d.before), after: quote(d.after), silentYear: d.silentIn?.year ?? null };
		})(),
		marks: timelineMarks(e).map((m) => ({
			type: m.type,
			year: m.year,
			saidIn: m.type === 'target' ? m.saidIn : null,
			what: m.type === 'event' ? m.status : m.type === 'target' ? m.aim : 'opened',
			file: m.source.file,
			line: m.source.line,
			lineEnd: m.source.lineEnd ?? null,
			cite: { zh: citationLabel(m.source, 'zh'), en: citationLabel(m.source, 'en') }
		}))
	}))
});
