import { defineDict } from './index';

/** Strings of the export menu, the exported image and the printed sheet. */
export const exportText = defineDict(
	{
		menu: '导出',
		menuLabel: '导出或打印地图',
		title: '图名',
		sizeScreen: 'PNG 16:9（1920×1080）',
		sizeA4: 'PNG A4 横向（150 dpi）',
		sizeA3: 'PNG A3 横向（150 dpi）',
		print: '打印（A4 横向）',
		working: '正在生成图片…',
		done: '已保存 {file}',
		failed: '导出失败：{msg}',
		noMap: '地图尚未加载',
		legendKinds: '项目类别',
		legendPhases: '进展',
		subtitleYear: '年份：{year}',
		subtitleNow: '年份：现状',
		subtitleFilters: '筛选：{filters}',
		subtitleAll: '全部项目',
		subtitleQuery: '搜索“{q}”',
		subtitleTool: '工具：{tool}',
		legendPrecision: '位置精度',
		legendExisting: '（现有路网，灰线）',
		legendPlanned: '',
		legendSchematic: '示意线：连接所经城镇，非走向',
		legendApproximate: '近似位置：虚线圈为范围',
		legendExact: '已定位',
		dataDate: '数据日期：{date}',
		sources: '数据来源：',
		schematic: '示意线连接所经城镇，并非线路走向。',
		north: '北',
		km: '公里',
		m: '米'
	},
	{
		menu: 'Export',
		menuLabel: 'Export or print the map',
		title: 'Title',
		sizeScreen: 'PNG 16:9 (1920×1080)',
		sizeA4: 'PNG A4 landscape (150 dpi)',
		sizeA3: 'PNG A3 landscape (150 dpi)',
		print: 'Print (A4 landscape)',
		working: 'Making the image…',
		done: 'Saved {file}',
		failed: 'Export failed: {msg}',
		noMap: 'The map has not loaded yet',
		legendKinds: 'Project kinds',
		legendPhases: 'Progress',
		subtitleYear: 'Year: {year}',
		subtitleNow: 'Year: today',
		subtitleFilters: 'Filters: {filters}',
		subtitleAll: 'All projects',
		subtitleQuery: 'search “{q}”',
		subtitleTool: 'Tool: {tool}',
		legendPrecision: 'Placement',
		legendExisting: ' (existing network, grey)',
		legendPlanned: '',
		legendSchematic: 'schematic: joins the towns, not an alignment',
		legendApproximate: 'approximate: dashed circle shows the range',
		legendExact: 'located',
		dataDate: 'Data as of {date}',
		sources: 'Sources: ',
		schematic: 'Schematic lines join the towns served; they are not alignments.',
		north: 'N',
		km: 'km',
		m: 'm'
	}
);

/**
 * The words of the full legend in one language (for `fullLegendRows`).
 * @param lang language
 * @returns headings and keys
 * @example legendText('en').precision // 'Placement'
 */
export function legendText(lang: 'zh' | 'en') {
	const t = exportText[lang];
	return {
		kinds: t.legendKinds,
		phases: t.legendPhases,
		precision: t.legendPrecision,
		existing: t.legendExisting,
		planned: t.legendPlanned,
		schematic: t.legendSchematic,
		approximate: t.legendApproximate,
		exact: t.legendExact
	};
}
