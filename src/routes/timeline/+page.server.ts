import type { PageServerLoad } from './$types';
import { catalogue } from '$lib/catalogue/index';
import { citationLabel } from '$lib/catalogue/documents';
import { kindGroup } from '$lib/catalogue/phase';
import { DATA_YEAR } from '$lib/catalogue/status';
import { planDrift, timelineMarks } from '$lib/catalogue/timeline';

/** Every project's drift class and timeline marks, computed once at prerender time. */
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
		drift: planDrift(e).drift,
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
