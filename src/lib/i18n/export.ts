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
		dataDate: 'Data as of {date}',
		sources: 'Sources: ',
		schematic: 'Schematic lines join the towns served; they are not alignments.',
		north: 'N',
		km: 'km',
		m: 'm'
	}
);
