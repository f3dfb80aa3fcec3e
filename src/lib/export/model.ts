/**
 * What an exported image or print says: its title, a subtitle naming the year, the filters and the tool shown,
 * the full legend, and a footer with the data date, the schematic note and the credits. Pure: the drawing is done
 * elsewhere (components/export/draw.ts), so a test can read everything an export will carry.
 */
import type { KindGroup, Phase } from '../catalogue/phase';
import type { PlanPeriod } from '../catalogue/types';
import type { YearView } from '../catalogue/view';
import { groupNames, periodNames, phaseNames } from '../i18n/catalogue';
import { exportText, legendText } from '../i18n/export';
import { fill, type Lang } from '../i18n/index';
import type { Theme } from '../map/theme';
import { fullLegendRows, type LegendRow, type PrecisionCounts } from './legend';

/** The map state an export describes. */
export interface ExportInputs {
	lang: Lang;
	/** The title typed by the user, or the app's name. */
	title: string;
	year: YearView;
	groups: KindGroup[];
	phases: Phase[];
	periods: PlanPeriod[];
	/** The search text filtering the projects ('' for none). */
	query: string;
	/** Name of the tool open beside the map, or null for the project list. */
	tool: string | null;
	counts: { groups: Partial<Record<KindGroup, number>>; phases: Partial<Record<Phase, number>> };
	precision: PrecisionCounts;
	/** The data's date, as in the manifest (e.g. '2026-11'). */
	dataDate: string;
	credits: { zh: string; en: string }[];
}

/** Everything an export carries, as text and legend rows. */
export interface ExportModel {
	title: string;
	subtitle: string;
	legend: LegendRow[];
	/** Footer paragraphs: the data date with the schematic note, then the sources. */
	footer: string[];
}

/**
 * The subtitle of an export: the year view, the active filters (or "all projects") and the tool shown.
 * @param i the map state
 * @returns one line, e.g. "2030 年路网 · 筛选：高铁；规划 · 工具：通达时间"
 * @example exportSubtitle({ ...inputs, year: '2030', groups: ['hsr'] }) // '2030 view · Filters: HSR · Tool: …'
 */
export function exportSubtitle(i: Pick<ExportInputs, 'lang' | 'year' | 'groups' | 'phases' | 'periods' | 'query' | 'tool'>): string {
	const t = exportText[i.lang];
	const sep = i.lang === 'zh' ? '、' : ', ';
	const filters = [
		i.groups.map((g) => groupNames[i.lang][g]).join(sep),
		i.phases.map((p) => phaseNames[i.lang][p]).join(sep),
		i.periods.map((p) => periodNames[i.lang][p]).join(sep),
		i.query.trim() ? fill(t.subtitleQuery, { q: i.query.trim() }) : ''
	].filter(Boolean);
	const parts = [
		i.year === 'now' ? t.subtitleNow : fill(t.subtitleYear, { year: i.year }),
		filters.length ? fill(t.subtitleFilters, { filters: filters.join(i.lang === 'zh' ? '；' : '; ') }) : t.subtitleAll,
		i.tool ? fill(t.subtitleTool, { tool: i.tool }) : ''
	].filter(Boolean);
	return parts.join(' · ');
}

/**
 * The content of an export.
 * @param i the map state
 * @param theme colours of the legend
 * @returns title, subtitle, full legend and footer
 * @example exportModel(inputs, lightTheme).footer[0] // 'Data as of 2026-11 · Schematic lines …'
 */
export function exportModel(i: ExportInputs, theme: Theme): ExportModel {
	const t = exportText[i.lang];
	return {
		title: i.title,
		subtitle: exportSubtitle(i),
		legend: fullLegendRows(i.counts, i.precision, i.lang, theme, legendText(i.lang)),
		footer: [
			fill(t.dataDate, { date: i.dataDate }) + ' · ' + t.schematic,
			t.sources + i.credits.map((c) => c[i.lang]).join(i.lang === 'zh' ? '；' : '; ')
		]
	};
}
