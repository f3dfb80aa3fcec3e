import type { GeometryMethod, PlanPeriod, ProjectKind, ProjectStatus, TargetAim } from '../catalogue/types';
import type { Phase } from '../catalogue/phase';
import { KINDS, KIND_GROUPS, KIND_GROUP_ROWS, PROJECT_KINDS, type KindGroup } from '../catalogue/kinds';
import { defineDict, type Lang } from './index';

/** Kind and group names, read from the kinds table (catalogue/kinds.ts). */
export const kindNames: Record<Lang, Record<ProjectKind, string>> = {
	zh: Object.fromEntries(PROJECT_KINDS.map((k) => [k, KINDS[k].name.zh])) as Record<ProjectKind, string>,
	en: Object.fromEntries(PROJECT_KINDS.map((k) => [k, KINDS[k].name.en])) as Record<ProjectKind, string>
};

export const groupNames: Record<Lang, Record<KindGroup, string>> = {
	zh: Object.fromEntries(KIND_GROUPS.map((g) => [g, KIND_GROUP_ROWS[g].name.zh])) as Record<KindGroup, string>,
	en: Object.fromEntries(KIND_GROUPS.map((g) => [g, KIND_GROUP_ROWS[g].name.en])) as Record<KindGroup, string>
};

export const phaseNames: Record<Lang, Record<Phase, string>> = {
	zh: {
		'in-service': '已建成',
		building: '在建 / 开工',
		planned: '规划建设',
		preliminary: '前期工作',
		study: '研究 / 谋划',
		dropped: '不在现行规划',
		lapsed: '规划期已过'
	},
	en: {
		'in-service': 'In service',
		building: 'Building / starting',
		planned: 'Planned',
		preliminary: 'Preliminary work',
		study: 'Under study / proposed',
		dropped: 'Not in the current plan',
		lapsed: 'Lapsed plan period'
	}
};

export const statusNames: Record<Lang, Record<ProjectStatus, string>> = {
	zh: {
		proposed: '谋划争取',
		'under-study': '研究论证',
		preliminary: '前期工作',
		planned: '规划建设',
		'construction-starting': '新开工',
		'under-construction': '在建',
		'in-service': '建成投用'
	},
	en: {
		proposed: 'Proposed',
		'under-study': 'Under study',
		preliminary: 'Preliminary work',
		planned: 'Planned',
		'construction-starting': 'Construction starting',
		'under-construction': 'Under construction',
		'in-service': 'In service'
	}
};

/** A target in words, with its horizon in `{year}`: always read as an aim, never as an event. */
export const targetAimNames: Record<Lang, Record<TargetAim, string>> = {
	zh: {
		'start-construction': '目标：{year}年前开工',
		'in-service': '目标：{year}年前建成投用',
		'in-plan': '目标：{year}年前纳入规划',
		'carry-out': '目标：{year}年前实施',
		figure: '目标：{year}年'
	},
	en: {
		'start-construction': 'target: start building by {year}',
		'in-service': 'target: planned to open by {year}',
		'in-plan': 'target: into the official plans by {year}',
		'carry-out': 'target: carried out by {year}',
		figure: 'target for {year}'
	}
};

/** Words of the plan timeline (components/catalogue/PlanTimeline.svelte). */
export const timelineText = {
	zh: {
		title: '规划时间线',
		alt: '规划时间线：实心点为文件所述已发生或进行中的进展，空心点为目标（画在其期限年份），方块为开通年份；下表列出同样内容。',
		drift: '规划变化',
		drifts: { advanced: '推进', unchanged: '未变', slipped: '延后', lapsed: '规划期已过', dropped: '不在现行规划' },
		opened: '开通 / 建成',
		evidence: '依据（前后两处原文）',
		reasons: {
			dropped: '现行规划（{year}年）未再提及',
			lapsed: '规划期已过，此后无文件提及',
			'target-missed': '期限已过，后来的文件仍未达成',
			'target-pushed-back': '后来的文件把期限推后',
			'figure-missed': '后来的文件所报数字低于目标',
			'figure-cut': '后来的文件调低了目标',
			'stage-advanced': '后来的原文所述阶段更进一步',
			opened: '已开通或建成',
			restated: '后来的文件说法未变',
			'said-once': '仅一份文件提及'
		},
		saidIn: '{year}年提出',
		keyEvent: '进展（已发生）',
		keyTarget: '目标（期限）',
		tableCaption: '规划时间线（表格）',
		year: '年份',
		what: '内容',
		source: '来源'
	},
	en: {
		title: 'Plan timeline',
		alt: 'Plan timeline: solid dots are what a document states as done or under way, hollow dots are targets drawn at their horizon, the square is the opening year; the table below lists the same.',
		drift: 'Plan drift',
		drifts: {
			advanced: 'advanced',
			unchanged: 'unchanged',
			slipped: 'slipped',
			lapsed: 'lapsed plan period',
			dropped: 'not in the current plan'
		},
		opened: 'opened',
		evidence: 'Evidence (the two quotes)',
		reasons: {
			dropped: 'the current plan ({year}) no longer names it',
			lapsed: 'its plan period ran out and no later document names it',
			'target-missed': 'its horizon passed and a later document still has it short of the aim',
			'target-pushed-back': 'a later document moved the year back',
			'figure-missed': 'a later document reports a figure below the target',
			'figure-cut': 'a later document set a lower target',
			'stage-advanced': 'the later words state a further stage',
			opened: 'opened or completed',
			restated: 'a later document says the same',
			'said-once': 'named in one document only'
		},
		saidIn: 'said in {year}',
		keyEvent: 'event (happened)',
		keyTarget: 'target (horizon)',
		tableCaption: 'Plan timeline (table)',
		year: 'Year',
		what: 'What',
		source: 'Source'
	}
} as const;

export const periodNames: Record<Lang, Record<PlanPeriod, string>> = {
	zh: {
		'2016-2020': '2016–2020年（“十三五”规划期）',
		'2021-2025': '2021–2025年（“十四五”规划期）',
		'2026-2030': '2026–2030年（“十五五”规划期）',
		'long-term': '远期'
	},
	en: {
		'2016-2020': '2016–2020 (13th Five-Year Plan)',
		'2021-2025': '2021–2025 (14th Five-Year Plan)',
		'2026-2030': '2026–2030 (15th Five-Year Plan)',
		'long-term': 'Long term'
	}
};

export const methodNames: Record<Lang, Record<GeometryMethod, string>> = {
	zh: {
		surveyed: '实测走向',
		located: '已定位设施',
		approximate: '大致位置',
		schematic: '示意线',
		unlocated: '无法定位'
	},
	en: {
		surveyed: 'Surveyed alignment',
		located: 'Located facility',
		approximate: 'Approximate position',
		schematic: 'Schematic line',
		unlocated: 'Not located'
	}
};

export const methodExplain: Record<Lang, Record<GeometryMethod, string>> = {
	zh: {
		surveyed: '按导入的正式走向绘制。',
		located: '位于已知设施的位置。',
		approximate: '按文件中的地名放在该乡镇，圆圈表示不确定范围。',
		schematic: '线条连接文件所提城镇，只是示意，不是线路走向。',
		unlocated: '文件没有给出可以如实定位的信息，只列在清单中。'
	},
	en: {
		surveyed: 'Drawn from an imported official alignment.',
		located: 'At a known facility.',
		approximate: 'Placed at the township the documents name; the circle shows the uncertainty.',
		schematic: 'Joins the towns the documents name: a schematic, not an alignment.',
		unlocated: 'The documents give nothing to place it honestly; listed only.'
	}
};

export const catalogueText = defineDict(
	{
		projects: '项目',
		filters: '筛选',
		kind: '类别',
		phase: '进展',
		period: '规划期',
		year: '年份',
		yearLabel: '按年份查看路网',
		searchLabel: '搜索项目',
		searchPlaceholder: '名称、拼音或英文，如 黔吉、qianji、Jishou',
		showing: '显示 {shown} / {total} 个项目',
		unlocatedCount: '其中 {n} 个无法定位，仅列于清单',
		unlocatedTag: '未定位',
		noMatch: '没有符合条件的项目。',
		clearFilters: '清除筛选',
		legend: '图例',
		close: '关闭',
		legendLines: '线型表示进展',
		legendMethod: '位置的可信度',
		schematicBand: '浅色宽带：示意线，只连接文件所列城镇，不是线路走向',
		uncertaintyCircle: '虚线圈：大致位置的不确定范围（选中项目时显示）',
		showPrecision: '显示所有不确定范围',
		legendNetwork: '现状与规划',
		existingLine: '已建成（现状网络，灰色）',
		plannedLine: '规划或在建（按类型着色）',
		hubRing: '枢纽：多条线路在此城镇交汇（圈大小随线路数）',
		status: '进展',
		stated: '文件所述',
		computed: '计算值',
		computedLength: '全长（计算值）',
		computedLengthSchematic: '由示意线计算，非实际线路长度',
		computedInQianjiang: '黔江区内长度（计算值）',
		statedInQianjiang: '黔江段（文件所述）',
		sources: '来源',
		line: '第 {line} 行',
		publicReference: '公开资料',
		geometry: '位置',
		uncertainty: '不确定半径约 {km} 公里',
		openPage: '项目页',
		openOnMap: '在地图上查看',
		zoomTo: '缩放至项目',
		back: '返回清单',
		inServiceBy: '计划建成：{year} 年',
		ref: '编号',
		statusHistory: '进展记录',
		figure: '项目',
		value: '数值',
		context: '现有线路（背景）',
		allProjects: '全部项目清单',
		opened: '{year} 年开通 / 建成',
		droppedNote: '现行规划{current}不再提及；最后见于{last}。',
		lapsedNote: '规划期已过，此后的文件未再提及；最后见于{last}。',
		statedByDocument: '文件所述',
		unknownProject: '链接中的项目“{id}”不存在，已忽略。'
	},
	{
		projects: 'Projects',
		filters: 'Filters',
		kind: 'Kind',
		phase: 'Progress',
		period: 'Plan period',
		year: 'Year',
		yearLabel: 'Show the network in a year',
		searchLabel: 'Search projects',
		searchPlaceholder: 'Name, pinyin or English, e.g. Jishou, qianji',
		showing: 'Showing {shown} of {total} projects',
		unlocatedCount: '{n} of them cannot be placed and are listed only',
		unlocatedTag: 'not located',
		noMatch: 'No project matches.',
		clearFilters: 'Clear filters',
		legend: 'Legend',
		close: 'Close',
		legendLines: 'Line style shows progress',
		legendMethod: 'How sure the position is',
		schematicBand: 'Pale band: a schematic joining the towns named, not an alignment',
		uncertaintyCircle: 'Dashed ring: uncertainty of an approximate position (shown for the selected project)',
		showPrecision: 'Show every uncertainty ring',
		legendNetwork: 'Existing and planned',
		existingLine: 'In service (the existing network, grey)',
		plannedLine: 'Planned or building (coloured by kind)',
		hubRing: 'Hub: lines meet at this town (ring grows with the lines)',
		status: 'Status',
		stated: 'As stated',
		computed: 'Computed',
		computedLength: 'Length (computed)',
		computedLengthSchematic: 'computed from a schematic line, not the real route length',
		computedInQianjiang: 'Length inside Qianjiang (computed)',
		statedInQianjiang: 'Qianjiang section (as stated)',
		sources: 'Sources',
		line: 'line {line}',
		publicReference: 'public reference',
		geometry: 'Position',
		uncertainty: 'uncertainty radius about {km} km',
		openPage: 'Project page',
		openOnMap: 'Open on the map',
		zoomTo: 'Zoom to project',
		back: 'Back to the list',
		inServiceBy: 'To be in service by {year}',
		ref: 'Ref.',
		statusHistory: 'Status history',
		figure: 'Figure',
		value: 'Value',
		context: 'Existing line (context)',
		allProjects: 'All projects',
		opened: 'opened {year}',
		droppedNote: 'Not in the current plan ({current}); last named in {last}.',
		lapsedNote: 'Lapsed plan period: no later document names it; last named in {last}.',
		statedByDocument: 'as stated',
		unknownProject: 'The linked project "{id}" does not exist and was ignored.'
	}
);
