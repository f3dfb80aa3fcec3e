/**
 * The handout of a story: per scene, its text, its figures in words and the sources of those figures. Pure: the
 * handout route lays it out one scene to a printed page.
 */
import type { SourceRef } from '../catalogue/types';
import { citationLabel } from '../catalogue/documents';
import type { ComputedFigure } from './figures';

/**
 * Where a scene's figures come from, in words, citing a document by its short title, year and line.
 * @param figures the scene's computed figures
 * @param lang language
 * @param context the data date, and the sources of a catalogue entry by id
 * @returns one line per source
 * @example figureSources(promisesFigures, 'zh', ctx)[0] // '高铁开通后入围重庆“1小时经济圈”：《黔江奏响“三部曲”》，2025，第11行'
 */
export function figureSources(
	figures: ComputedFigure[],
	lang: 'zh' | 'en',
	context: { dataDate: string; sourcesOf: (id: string) => SourceRef[] }
): string[] {
	const out: string[] = [];
	const cite = (s: SourceRef) => citationLabel(s, lang);
	for (const f of figures) {
		if (f.kind === 'counts')
			out.push(
				lang === 'zh'
					? `项目数量：本图志项目目录（数据日期 ${context.dataDate}），进展按文件所述。`
					: `Project counts: the atlas catalogue (data as of ${context.dataDate}), progress as the documents state it.`
			);
		else if (f.kind === 'travel-time')
			out.push(
				lang === 'zh'
					? '通达时间：路网模型计算，有公布时刻表的用时刻表，其余按假设速度估算（假设见地图页“通达时间”面板）。'
					: 'Travel times: computed by the network model, from published timetables where they exist, otherwise assumed speeds (the assumptions are listed in the map’s Travel time panel).'
			);
		else if (f.kind === 'promises') {
			for (const r of f.rows) out.push(`${r.label[lang]}${lang === 'zh' ? '：' : ': '}${cite(r.source)}`);
			out.push(
				lang === 'zh'
					? `模型测算：路网模型在默认假设下计算；“接近”指超出目标不到 ${f.rows[0]?.marginPct ?? 10}%。`
					: `Modelled minutes: the network model under its default assumptions; “close” means less than ${f.rows[0]?.marginPct ?? 10}% over the target.`
			);
		} else if (f.kind === 'projects')
			for (const r of f.rows) {
				const refs = [...new Set(context.sourcesOf(r.id).map(cite))];
				out.push(`${r.name[lang]}${lang === 'zh' ? '：' : ': '}${refs.join(lang === 'zh' ? '；' : '; ') || '—'}`);
			}
	}
	return out;
}

/**
 * The handout's page heading: the atlas and the page's place in the story.
 * @param index 0-based scene index
 * @param count scenes in the story
 * @param lang language
 * @returns the heading
 * @example handoutHeading(0, 7, 'en') // 'Wuling Atlas · presentation handout · page 1 of 7'
 */
export function handoutHeading(index: number, count: number, lang: 'zh' | 'en'): string {
	return lang === 'zh'
		? `武陵图志 · 演示讲义 · 第 ${index + 1} 页，共 ${count} 页`
		: `Wuling Atlas · presentation handout · page ${index + 1} of ${count}`;
}
