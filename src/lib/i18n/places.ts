/**
 * Words of the place report cards, in plain language: a target said as a target, the source year only as
 * "according to the 2026 plan", plan periods as years, a lapsed plan flagged.
 */
import type { CardPastTarget, CardQuote } from '../analysis/place-card';
import { statusNames } from './catalogue';
import type { Drift } from '../catalogue/timeline';
import type { PlanPeriod, TargetAim } from '../catalogue/types';
import { defineDict, type Lang } from './index';
import { DOCUMENT_KINDS } from '../catalogue/documents';

export const placesText = defineDict(
	{
		indexTitle: '各乡镇与区县的规划报告卡',
		indexLink: '各乡镇规划报告卡（可打印）→',
		indexIntro:
			'黔江区全部 30 个乡镇、街道，以及规划项目途经的区县城，每处一页：本地、服务所在区县城区、{radius}公里内的规划项目，最近的车站、高速出入口与机场，以及模型计算的出行时间。每页可打印为一张 A4 纸。',
		search: '查找地点',
		searchHint: '输入中文、拼音或英文名称',
		noMatch: '没有名称含“{q}”的地点。',
		shown: '显示 {n} / {total} 处',
		groupDistrict: '黔江区乡镇与街道',
		groupSeats: '规划项目途经的区县城',
		counts: '本地 {here} · 服务区县城区 {seat} · {radius}公里内 {near}',
		backToMap: '← 返回地图',
		allPlaces: '全部地点',
		otherLang: 'English',
		cardTitle: '{name}规划报告卡',
		kicker: '武陵图志 · 规划报告卡',
		asOf: '依据截至 {year} 年的规划文件。',
		summary: '概要',
		here: '途经或位于{name}',
		seatGroup: '服务所在区县城区：{seat}（距离{km}公里）',
		nearGroup: '{radius}公里内',
		none: '没有。',
		status: '现状',
		target: '目标',
		change: '规划变化',
		period: '规划期',
		quoteFrom: '原文',
		printQuotesNote: '分栏列出的项目，其原文与出处见网页版（扫二维码）。',
		printUnchangedNote: '分栏列表中未注明规划变化的项目，规划未变。',
		accessTitle: '最近的车站、高速出入口与机场',
		today: '现在',
		in2030: '2030年（若规划建成，模型情景）',
		rail: '铁路车站',
		expressway: '高速出入口',
		airport: '机场',
		airportWorks: '机场规划项目',
		accessNote: '车站与出入口按规划所列城镇的位置计，距离为两地直线距离，并非线路或道路里程。',
		accessNoteFar: '只计入本图志收录的项目（黔江、綦江规划所涉及的线路），远离黔江的地方可能另有更近而未收录的车站或高速。',
		noAccess: '没有',
		travelTitle: '出行时间（模型计算）',
		travelTo: '到',
		travelToday: '现在（2025年路网）',
		travel2030: '2030年（规划路网）',
		travelDiff: '变化',
		travelNote:
			'模型估算：按设计速度、时刻表与假设的换乘时间计算，取铁路、公路或两者结合中最快的一种，不是时刻表。乡镇到车站或高速出入口按直线距离乘绕行系数估算。',
		travelSame: '不变',
		travelNone: '无路线',
		travelAtHub: '即城区',
		mapTitle: '示意图',
		mapCaption:
			'{name}及周边约{km}公里范围。{outline}线路为示意：连接文件所列城镇，并非实际走向；圆环为位置不确定范围。比例尺按{name}所在纬度计算。',
		mapOutline: '浅色区域为{unit}。',
		mapNoOutline: '离线数据中没有该地所在区县的边界。',
		openMap: '在交互地图中打开此视图',
		qrTitle: '扫码查看本页',
		qrPointsTo: '二维码指向：',
		sources: '全部出处与规划时间线',
		legendSchematic: '示意线（非走向）',
		legendPlace: '本地',
		legendTown: '乡镇 / 区县城',
		printed: '本页可打印为一张 A4 纸。'
	},
	{
		indexTitle: 'Report cards for every township and county town',
		indexLink: 'Report cards of every township (printable) →',
		indexIntro:
			'One page for each of the 30 townships and subdistricts of Qianjiang and for each county town a planned project serves: the projects planned here, serving the district seat and within {radius} km, the nearest station, expressway access and airport, and modelled travel times. Each page prints on one A4 sheet.',
		search: 'Find a place',
		searchHint: 'Type a Chinese, pinyin or English name',
		noMatch: 'No place name contains "{q}".',
		shown: 'Showing {n} of {total}',
		groupDistrict: 'Townships and subdistricts of Qianjiang',
		groupSeats: 'County towns planned projects serve',
		counts: 'here {here} · serving the district seat {seat} · within {radius} km {near}',
		backToMap: '← Back to the map',
		allPlaces: 'All places',
		otherLang: '中文',
		cardTitle: 'Report card: {name}',
		kicker: 'Wuling Atlas · plan report card',
		asOf: 'From the planning documents up to {year}.',
		summary: 'In short',
		here: 'Through or in {name}',
		seatGroup: 'Serving your district seat, {seat} ({km} km away)',
		nearGroup: 'Within {radius} km',
		none: 'None.',
		status: 'Status',
		target: 'Target',
		change: 'Plan change',
		period: 'Plan period',
		quoteFrom: 'Source',
		printQuotesNote: 'For the projects listed in columns, the quoted lines and sources are on the web page (scan the QR code).',
		printUnchangedNote: 'In the column lists, a project with no plan change shown is unchanged.',
		accessTitle: 'Nearest station, expressway access and airport',
		today: 'Today',
		in2030: '2030 (if the plans are built; a model scenario)',
		rail: 'Railway station',
		expressway: 'Expressway access',
		airport: 'Airport',
		airportWorks: 'Planned airport works',
		accessNote:
			'Stations and accesses are placed at the towns the plans name; distances are straight lines between places, not track or road lengths.',
		accessNoteFar:
			'Only the projects in this atlas count (the lines the Qianjiang and Qijiang plans involve): a place far from Qianjiang may have a nearer station or expressway that is not listed.',
		noAccess: 'none',
		travelTitle: 'Travel times (modelled)',
		travelTo: 'To',
		travelToday: 'Today (2025 network)',
		travel2030: '2030 (planned network)',
		travelDiff: 'Change',
		travelNote:
			'A model, not a timetable: design speeds, timetables and assumed transfer times, taking the fastest of rail, road or both. Access from a township to a station or expressway entrance is estimated from the straight-line distance times a detour factor.',
		travelSame: 'no change',
		travelNone: 'no route',
		travelAtHub: 'in the town',
		mapTitle: 'Sketch map',
		mapCaption:
			'{name} and about {km} km around it. {outline}Lines are schematic: they join the towns the documents name and are not alignments; rings show where a position is uncertain. The scale is true at the latitude of {name}.',
		mapOutline: 'The pale area is {unit}. ',
		mapNoOutline: 'The offline data has no outline of its county. ',
		openMap: 'Open this view on the interactive map',
		qrTitle: 'Scan to open this page',
		qrPointsTo: 'The QR code points to: ',
		sources: 'All sources and the plan timeline',
		legendSchematic: 'schematic line (not an alignment)',
		legendPlace: 'this place',
		legendTown: 'township / county town',
		printed: 'This page prints on one A4 sheet.'
	}
);

/**
 * A target whose date has passed, or that was replaced, in plain words: met and when, missed and what the later
 * document says, superseded by which aim, or dropped with its project.
 *
 * @param v - a card's past target
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * pastTargetWords({ state: 'met', aim: 'in-service', by: 2025, saidIn: 2021, year: 2025, … }, 'zh'); // '原定2025年前建成：已于2025年达成'
 */
export function pastTargetWords(v: CardPastTarget, lang: Lang): string {
	const aimZh: Record<TargetAim, string> = {
		'in-service': '建成',
		'start-construction': '开工',
		'in-plan': '纳入规划',
		'carry-out': '实施',
		figure: '达到目标'
	};
	const aimEn: Record<TargetAim, string> = {
		'in-service': 'open',
		'start-construction': 'start building',
		'in-plan': 'be in a plan',
		'carry-out': 'be carried out',
		figure: 'reach its figure'
	};
	if (lang === 'zh') {
		const head = `原定${v.by}年前${aimZh[v.aim]}（${v.saidIn}年提出）`;
		if (v.state === 'met') return `${head}：已于${v.year}年达成`;
		if (v.state === 'superseded') return `${head}：已被${v.newSaidIn}年提出的${v.newBy}年目标取代`;
		if (v.state === 'dropped') return `${head}：项目${v.year ? `已不在${v.year}年的现行规划中` : '规划期已过，此后无文件提及'}`;
		if (v.state === 'passed') return `${head}：期限已过，此后无文件说明是否达成`;
		return `${head}：未达成；${v.year}年文件所述：${v.laterStatus ? statusNames.zh[v.laterStatus] : ''}`;
	}
	const head = `aimed to ${aimEn[v.aim]} by ${v.by} (said in ${v.saidIn})`;
	if (v.state === 'met') return `${head}: met in ${v.year}`;
	if (v.state === 'superseded') return `${head}: replaced by the ${v.newBy} aim said in ${v.newSaidIn}`;
	if (v.state === 'dropped')
		return `${head}: ${v.year ? `the project is not in the ${v.year} plan` : 'its plan period ran out with no later word'}`;
	if (v.state === 'passed') return `${head}: the date has passed and no later document says whether it was met`;
	return `${head}: missed; the ${v.year} document says: ${v.laterStatus ? statusNames.en[v.laterStatus].toLowerCase() : ''}`;
}

/**
 * A target in plain words, said as a target: "计划2030年前建成（目标）", "planned to open by 2030 (target)".
 *
 * @param aim - what the target aims at
 * @param by - its horizon year
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * targetWords('in-service', 2030, 'zh'); // '计划2030年前建成（目标）'
 */
export function targetWords(aim: TargetAim, by: number, lang: Lang): string {
	const zh: Record<TargetAim, string> = {
		'in-service': `计划${by}年前建成（目标）`,
		'start-construction': `计划${by}年前开工（目标）`,
		'in-plan': `争取${by}年前纳入规划（目标）`,
		'carry-out': `计划${by}年前实施（目标）`,
		figure: `目标年份${by}年（目标）`
	};
	const en: Record<TargetAim, string> = {
		'in-service': `planned to open by ${by} (target)`,
		'start-construction': `planned to start building by ${by} (target)`,
		'in-plan': `sought for a plan by ${by} (target)`,
		'carry-out': `planned to be carried out by ${by} (target)`,
		figure: `target year ${by} (target)`
	};
	return (lang === 'zh' ? zh : en)[aim];
}

/**
 * Where a status comes from, said by the source's year and kind: "据2026年规划", "according to the 2026 plan".
 *
 * @param year - the year the source speaks in
 * @param kind - the kind of source
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * accordingTo(2026, 'plan-outline', 'en'); // 'according to the 2026 plan'
 */
export function accordingTo(year: number, kind: CardQuote['sourceKind'], lang: Lang): string {
	const noun = kind === 'public-reference' ? { zh: '公开资料', en: 'public reference' } : DOCUMENT_KINDS[kind].noun;
	const { zh, en } = noun;
	return lang === 'zh' ? `据${year}年${zh}` : `according to the ${year} ${en}`;
}

/**
 * A plan period as years: "2026–2030年", "2026–2030"; the long term as "远期（未定年份）".
 *
 * @param period - a catalogue plan period
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * periodWords('2026-2030', 'en'); // '2026–2030'
 */
export function periodWords(period: PlanPeriod, lang: Lang): string {
	if (period === 'long-term') return lang === 'zh' ? '远期（未定年份）' : 'long term (no year set)';
	const [a, b] = period.split('-');
	return lang === 'zh' ? `${a}–${b}年` : `${a}–${b}`;
}

/**
 * How a plan moved, in plain words; a lapsed or dropped plan says so.
 *
 * @param drift - from `planDrift`
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * driftWords('lapsed', 'en'); // 'plan period over, not named since (lapsed)'
 */
export function driftWords(drift: Drift, lang: Lang): string {
	const zh: Record<Drift, string> = {
		advanced: '有进展',
		unchanged: '未变',
		slipped: '已延后（目标期限已过而未实现，或推迟）',
		lapsed: '规划期已过，此后文件未再提及（已失效）',
		dropped: '现行规划未再列入'
	};
	const en: Record<Drift, string> = {
		advanced: 'moved forward',
		unchanged: 'unchanged',
		slipped: 'slipped (a target passed unmet, or was pushed back)',
		lapsed: 'plan period over, not named since (lapsed)',
		dropped: 'not in the current plan'
	};
	return (lang === 'zh' ? zh : en)[drift];
}

/**
 * How a plan moved, in one or two words, for the printed lists: "延后", "slipped".
 *
 * @param drift - from `planDrift`
 * @param lang - 'zh' or 'en'
 * @returns the word
 * @example
 * driftShort('lapsed', 'zh'); // '规划期已过（失效）'
 */
export function driftShort(drift: Drift, lang: Lang): string {
	const zh: Record<Drift, string> = {
		advanced: '有进展',
		unchanged: '未变',
		slipped: '延后',
		lapsed: '规划期已过（失效）',
		dropped: '现行规划未列入'
	};
	const en: Record<Drift, string> = {
		advanced: 'moved forward',
		unchanged: 'unchanged',
		slipped: 'slipped',
		lapsed: 'lapsed (plan period over)',
		dropped: 'not in the current plan'
	};
	return (lang === 'zh' ? zh : en)[drift];
}

/**
 * Minutes as a short duration: "1小时05分", "1 h 05 min".
 *
 * @param minutes - whole minutes
 * @param lang - 'zh' or 'en'
 * @returns the phrase
 * @example
 * minutesWords(65, 'zh'); // '1小时05分'
 */
export function minutesWords(minutes: number, lang: Lang): string {
	const h = Math.floor(minutes / 60);
	const m = String(minutes % 60).padStart(h ? 2 : 1, '0');
	if (lang === 'zh') return h ? `${h}小时${m}分` : `${m}分钟`;
	return h ? `${h} h ${m} min` : `${m} min`;
}

/**
 * The change between two modelled times: "快 29 分钟" / "29 min faster", "不变" / "no change".
 *
 * @param today - minutes today, or null
 * @param later - minutes on the later network, or null
 * @param lang - 'zh' or 'en'
 * @returns the phrase, or an empty string when either is missing
 * @example
 * minutesChange(259, 230, 'en'); // '29 min faster'
 */
export function minutesChange(today: number | null, later: number | null, lang: Lang): string {
	if (today === null || later === null) return '';
	const d = later - today;
	if (d === 0) return placesText[lang].travelSame;
	const w = minutesWords(Math.abs(d), lang);
	if (lang === 'zh') return d < 0 ? `快${w}` : `慢${w}`;
	return d < 0 ? `${w} faster` : `${w} slower`;
}
