import { defineDict, type Lang } from './index';

export const measureText = defineDict(
	{
		title: '测量',
		intro: '在地图上依次点击，测量路径长度；打开“面积”可测量闭合多边形的面积和周长。距离按球面大圆计算。',
		areaToggle: '面积',
		areaHelp: '把各点连成闭合多边形',
		undo: '撤销上一点',
		clear: '清除',
		addCentre: '添加地图中心点',
		keys: '地图获得焦点时：Backspace 或 Ctrl+Z 撤销，Esc 清除。',
		textLabel: '坐标（经度,纬度; 经度,纬度; …）',
		textPlaceholder: '108.77,29.53; 108.80,29.30',
		apply: '应用',
		textHelp: '用分号分隔各点，例如 108.77,29.53; 108.80,29.30。',
		empty: '尚未添加点。在地图上点击开始测量。',
		onePoint: '已添加 1 个点，再点一个点即可得到长度。',
		points: '{n} 个点',
		total: '总长度',
		segments: '各段长度',
		segment: '第 {i} 段',
		closing: '闭合段',
		area: '面积',
		perimeter: '周长',
		needThree: '面积至少需要 3 个不同的点。',
		preview: '到指针处：共 {km}',
		full: '已达到点数上限。',
		computed: '计算值，非文件所述数字。',
		profileName: '所测路径'
	},
	{
		title: 'Measure',
		intro:
			'Click points on the map to measure a path; switch on “Area” to measure the closed polygon’s area and perimeter. Distances are great-circle distances on the sphere.',
		areaToggle: 'Area',
		areaHelp: 'join the points into a closed polygon',
		undo: 'Undo last point',
		clear: 'Clear',
		addCentre: 'Add map centre',
		keys: 'With the map focused: Backspace or Ctrl+Z undoes, Esc clears.',
		textLabel: 'Positions (lon,lat; lon,lat; …)',
		textPlaceholder: '108.77,29.53; 108.80,29.30',
		apply: 'Apply',
		textHelp: 'Separate points with semicolons, e.g. 108.77,29.53; 108.80,29.30.',
		empty: 'No points yet. Click the map to start measuring.',
		onePoint: '1 point added; add another to get a length.',
		points: '{n} points',
		total: 'Total length',
		segments: 'Segments',
		segment: 'Segment {i}',
		closing: 'Closing segment',
		area: 'Area',
		perimeter: 'Perimeter',
		needThree: 'An area needs at least 3 distinct points.',
		preview: 'To the pointer: {km} in all',
		full: 'The point limit is reached.',
		computed: 'Computed figures, not stated in any document.',
		profileName: 'the measured path'
	}
);

/**
 * A measured length as text, precise enough for a hand-drawn measurement.
 * @param km a length, km
 * @param lang 'zh' or 'en'
 * @returns e.g. "12.34 km" / "12.34 公里" (always km: the map's label font carries no other unit)
 * @example formatLength(0.85, 'en') // '0.85 km'
 */
export function formatLength(km: number, lang: Lang): string {
	const v = km < 100 ? km.toFixed(2) : km.toFixed(1);
	return lang === 'zh' ? `${v} 公里` : `${v} km`;
}

/**
 * A measured area as text in km².
 * @param km2 an area, km²
 * @param lang 'zh' or 'en'
 * @returns e.g. "107.3 km²" / "107.3 平方公里"
 * @example formatArea(107.26, 'en') // '107.3 km²'
 */
export function formatArea(km2: number, lang: Lang): string {
	const v = km2 < 10 ? km2.toFixed(3) : km2 < 1000 ? km2.toFixed(1) : String(Math.round(km2));
	return lang === 'zh' ? `${v} 平方公里` : `${v} km²`;
}
