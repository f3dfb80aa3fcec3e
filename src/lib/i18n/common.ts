import { defineDict } from './index';

export const common = defineDict(
	{
		appName: '武陵图志',
		appSubtitle: '黔江及武陵山区交通与水利规划地图',
		switchLang: 'English',
		switchLangLabel: '切换到英文',
		mapLabel: '武陵山区地图，以黔江区为中心。可用方向键平移，加减号缩放。',
		loading: '正在加载地图…',
		loadError: '地图数据加载失败：{msg}',
		mapSummaryTitle: '地图内容',
		mapSummary:
			'地图显示武陵山区：重庆市 {chongqing} 个区县和周边 {prefectures} 个地州市的边界、{places} 个城镇（含黔江区 {townships} 个街道乡镇）、{airports} 个机场和主要河流。',
		dataDate: '数据日期：{date}',
		credits: '数据来源',
		about: '关于与数据',
		present: '演示',
		menu: '菜单',
		skipToPanel: '跳到侧栏',
		close: '关闭',
		noticeTitle: '提示',
		dismiss: '知道了',
		schematicNote: '示意线连接所经城镇，并非线路走向。',
		tabProjects: '项目',
		tabNearby: '我的附近',
		tabMeasure: '测量',
		tabCorridors: '走廊',
		tabTravel: '通达时间',
		tabPromises: '规划承诺',
		panelLabel: '侧栏'
	},
	{
		appName: 'Wuling Atlas',
		appSubtitle: 'Planned transport and water projects of Qianjiang and the Wuling mountains',
		switchLang: '中文',
		switchLangLabel: 'Switch to Chinese',
		mapLabel:
			'Map of the Wuling mountain region centred on Qianjiang District. Arrow keys pan, plus and minus zoom.',
		loading: 'Loading the map…',
		loadError: 'The map data could not be loaded: {msg}',
		mapSummaryTitle: 'What the map shows',
		mapSummary:
			'The map shows the Wuling mountain region: the boundaries of {chongqing} districts and counties of Chongqing and {prefectures} neighbouring prefectures, {places} towns (including the {townships} subdistricts and townships of Qianjiang), {airports} airports and the main rivers.',
		dataDate: 'Data as of {date}',
		credits: 'Data sources',
		about: 'About & data',
		present: 'Present',
		menu: 'Menu',
		skipToPanel: 'Skip to side panel',
		close: 'Close',
		noticeTitle: 'Notice',
		dismiss: 'Dismiss',
		schematicNote: 'Schematic lines join the towns served; they are not alignments.',
		tabProjects: 'Projects',
		tabNearby: 'Near me',
		tabMeasure: 'Measure',
		tabCorridors: 'Corridors',
		tabTravel: 'Travel time',
		tabPromises: 'Promises',
		panelLabel: 'Side panel'
	}
);
