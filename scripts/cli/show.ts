/**
 * `atlas show <project id or ref> [--json]`: one catalogue entry as the documents state it, with its sources, and
 * what is computed from its drawn geometry (labelled as computed).
 */
import { length } from '@turf/turf';
import type { Feature, LineString, MultiLineString } from 'geojson';
import { projectMethod, projectName, type ProjectFeature } from '../../src/lib/analysis/project-feature';
import { err, formatTable, loadCatalogue, loadProjectFeatures, out, readArgs, UsageError } from './_data';
import { cardPastTarget } from '../../src/lib/analysis/place-card';
import { DATA_YEAR } from '../../src/lib/catalogue/status';
import { currentTarget, pastTarget } from '../../src/lib/catalogue/targets';
import type { ProjectEntry } from '../../src/lib/catalogue/types';
import { pastTargetWords, targetWords } from '../../src/lib/i18n/places';

export const summary = 'One project: stated facts with sources, status, geometry method, computed length';

const usage = `Usage: npm run atlas -- show <project id or ref> [--json]
  e.g. show qianjiang-jishou-hsr, show R2`;

type Entry = Record<string, unknown>;

function text(v: unknown): string {
	return v === undefined || v === null ? '' : String(v);
}

function bilingual(v: unknown, zhKey: string, enKey: string, entry: Entry): { zh: string; en: string } {
	if (v && typeof v === 'object') {
		const b = v as { zh?: unknown; en?: unknown };
		return { zh: text(b.zh), en: text(b.en) };
	}
	return { zh: text(entry[zhKey]), en: text(entry[enKey]) };
}

interface Source {
	file?: string;
	line?: number;
	quote?: string;
	year?: number;
}

function cite(s: Source | undefined): string {
	if (!s) return '';
	return s.line ? `${s.file}:${s.line}` : text(s.file);
}

/**
 * The target current as of the newest document and the newest earlier one judged against that date, by the same
 * function as the place cards and the project pages (`catalogue/targets.ts`). Records without status or targets
 * (older or hand-made data files) have none.
 */
function targetsOf(entry: Entry) {
	if (!Array.isArray(entry.status) || !Array.isArray(entry.targets) || entry.status.length === 0) return { target: null, pastTarget: null };
	const e = entry as unknown as ProjectEntry;
	const t = currentTarget(e, DATA_YEAR);
	const past = pastTarget(e, DATA_YEAR);
	return {
		target: t && t.aim !== 'figure' ? { aim: t.aim, by: t.by, saidIn: t.source.year } : null,
		pastTarget: past ? cardPastTarget(past) : null
	};
}

/** The current status of an entry: the last claim of its `status` list, or flat `status`/`statusYear` fields. */
function currentStatus(entry: Entry): { status: string; asOf: string; source: string } {
	const s = entry.status;
	if (Array.isArray(s) && s.length > 0) {
		const last = s[s.length - 1] as { status?: string; asOf?: number; source?: Source };
		return { status: text(last.status), asOf: text(last.asOf), source: cite(last.source) };
	}
	return { status: text(s), asOf: text(entry.statusYear), source: '' };
}

function computedLengthKm(feature: ProjectFeature | undefined): number | null {
	const t = feature?.geometry?.type;
	if (!feature || (t !== 'LineString' && t !== 'MultiLineString')) return null;
	return length(feature as Feature<LineString | MultiLineString>, { units: 'kilometers' });
}

/**
 * Runs the command.
 *
 * @param args - the arguments after the command name
 * @returns the exit code: 0 done, 1 unknown name or unreadable input, 2 bad arguments
 * @example
 * npm run atlas -- show R2 --json
 */
export async function run(args: string[]): Promise<number> {
	let key: string;
	let json: boolean;
	try {
		const a = readArgs(args, { values: [], booleans: ['json'] });
		if (a.positionals.length !== 1) throw new UsageError('give one project id or ref');
		key = a.positionals[0];
		json = a.flags.has('json');
	} catch (e) {
		if (!(e instanceof UsageError)) throw e;
		err(`${e.message}\n\n${usage}`);
		return 2;
	}

	const catalogue = loadCatalogue();
	const features = loadProjectFeatures();
	const lower = key.toLowerCase();
	let matches = catalogue.filter((e) => text(e.id) === key);
	if (matches.length === 0) matches = catalogue.filter((e) => text(e.ref).toLowerCase() === lower);
	if (matches.length === 0) {
		const close = catalogue
			.filter(
				(e) =>
					text(e.id).includes(lower) ||
					JSON.stringify(e.name ?? e.name_zh ?? '')
						.toLowerCase()
						.includes(lower)
			)
			.slice(0, 8);
		err(`No project "${key}" / 找不到项目“${key}”.`);
		if (close.length > 0) err(`Did you mean / 您是否要找: ${close.map((e) => `${text(e.id)} (${text(e.ref)})`).join(', ')}`);
		return 1;
	}

	const views = matches.map((entry) => {
		const feature = features.find((f) => f.properties?.id === entry.id);
		const name = bilingual(entry.name, 'name_zh', 'name_en', entry);
		const geometry = entry.geometry as { method?: string; note?: { zh?: string; en?: string }; radiusKm?: number } | undefined;
		const method = feature ? projectMethod(feature.properties) : text(entry.method ?? geometry?.method ?? 'unlocated');
		const lengthKm = computedLengthKm(feature);
		const stated = (Array.isArray(entry.stated) ? entry.stated : []) as {
			label?: { zh?: string; en?: string };
			value?: string;
			source?: Source;
		}[];
		return {
			id: text(entry.id),
			ref: text(entry.ref),
			name: name.zh || name.en ? name : feature ? projectName(feature.properties) : { zh: '', en: '' },
			kind: text(entry.kind),
			period: text(entry.period),
			status: currentStatus(entry),
			...targetsOf(entry),
			stated: stated.map((s) => ({
				label: { zh: text(s.label?.zh), en: text(s.label?.en) },
				value: text(s.value),
				source: cite(s.source),
				quote: text(s.source?.quote)
			})),
			summary: bilingual(entry.summary, 'summary_zh', 'summary_en', entry),
			geometry: {
				method,
				drawn: Boolean(feature?.geometry),
				note: geometry?.note ? { zh: text(geometry.note.zh), en: text(geometry.note.en) } : null,
				radiusKm: feature?.properties.radiusKm ?? geometry?.radiusKm ?? null
			},
			computed: { lengthKm: lengthKm === null ? null : Math.round(lengthKm * 10) / 10, of: lengthKm === null ? null : `${method} line` },
			sources: ((Array.isArray(entry.sources) ? entry.sources : []) as Source[]).map(cite)
		};
	});

	if (json) {
		out(JSON.stringify(views.length === 1 ? views[0] : views, null, 2));
		return 0;
	}
	for (const v of views) {
		out(`${v.name.zh}  ${v.name.en}`);
		out(`${v.ref ? `${v.ref} · ` : ''}${v.id} · ${v.kind}${v.period ? ` · ${v.period}` : ''}`);
		out(
			`Status: ${v.status.status}${v.status.asOf ? ` (as of ${v.status.asOf}` : ''}${v.status.source ? `, ${v.status.source})` : v.status.asOf ? ')' : ''}`
		);
		if (v.target) out(`Target (as of ${DATA_YEAR}): ${targetWords(v.target.aim, v.target.by, 'en')}, said in ${v.target.saidIn}`);
		if (v.pastTarget) out(`Earlier target (as of ${DATA_YEAR}): ${pastTargetWords(v.pastTarget, 'en')}`);
		if (v.summary.zh || v.summary.en) out(`\n${v.summary.zh}\n${v.summary.en}`);
		if (v.stated.length > 0) {
			out('\nFigures, as stated by the documents or by the public reference the source column names / 文件所述或公开资料');
			out(
				formatTable(
					['Figure', 'Value as stated', 'Source'],
					v.stated.map((s) => [`${s.label.zh} ${s.label.en}`.trim(), s.value, s.source])
				)
			);
		}
		const g = v.geometry;
		const how =
			g.method === 'schematic'
				? 'schematic line between towns, not an alignment'
				: g.method === 'approximate'
					? `approximate position${g.radiusKm ? `, within about ${g.radiusKm} km` : ''}`
					: g.method === 'unlocated'
						? 'no position can be derived from the documents; not drawn'
						: g.method;
		out(`\nGeometry: ${g.method} (${how})${g.note?.en ? ` — ${g.note.en}` : ''}`);
		if (v.computed.lengthKm !== null)
			out(`Computed length of the drawn ${v.computed.of}: ${v.computed.lengthKm} km (computed, not a stated figure)`);
		if (v.sources.length > 0) out(`Sources: ${[...new Set(v.sources)].join(', ')}`);
		if (views.length > 1) out('');
	}
	return 0;
}
