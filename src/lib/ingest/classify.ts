/**
 * What a clause says about an item: an event (a report of what happened: opened, construction started, under
 * construction, preliminary work done), a planning status (a plan naming the item: planned, preliminary work,
 * under study, sought), a target (an aim with its horizon) or nothing beyond the mention. The rules follow how
 * the catalogue reads its five seed documents: construction and completion are events only in a document's
 * reports of what happened and never in a sentence with an aim marker (力争, 将, 计划, 有望 …); everything a
 * plan or an outlook says of building or opening is a target at the horizon it gives or at the end of its period.
 * Pure: no file system.
 */
import type { ProjectStatus, TargetAim } from '../catalogue/types';

/** Words that make a clause an aim rather than a report (the catalogue's AIM_MARKERS and their kin). */
export const AIM_WORDS = [
	'力争',
	'争取',
	'计划',
	'将于',
	'即将',
	'有望',
	'目标',
	'确保',
	'未来5年',
	'未来五年',
	'今后5年',
	'今后五年',
	'预计',
	'力求',
	'拟',
	'届时',
	'建成通车后',
	'建成后',
	'通车后',
	'开通后',
	'投用后',
	'奠定',
	'年底前',
	'年内',
	'将'
];

/** Statuses only a report of what happened may carry. */
export const BUILT_STATUSES: readonly ProjectStatus[] = ['construction-starting', 'under-construction', 'in-service'];

/** Report words, most advanced first: what a report of the past says happened. */
const REPORT_CUES: [RegExp, ProjectStatus][] = [
	[
		/建成通车|通车运营|正式通车|正式开通|开通运营|建成投用|建成投运|投入使用|投入运营|完工投用|竣工|建成|通车|开通|投用|投运|新开|全线贯通|完工/,
		'in-service'
	],
	[/开工建设|新开工|开工(?!前)|动工|开建|破土/, 'construction-starting'],
	[
		/在建|正在建设|加快建设|加紧建设|施工|完成度|建设中|续建|主体工程|摊铺|铺轨|铺架|架梁|联调联试|运行试验|动态检测|静态验收|大坝填筑|完成总工程量|有序推进/,
		'under-construction'
	],
	[/可研评审完成|可研|前期工作|评审|立项|初步设计|获批|批复|选址/, 'preliminary'],
	[/(纳入|列入|进入).{0,12}(规划|清单)|规划建设/, 'planned'],
	[/研究论证|方案研究/, 'under-study']
];

/** Planning words: what a plan's naming of an item says of how far along it is (most specific first). */
const PLAN_CUES: [RegExp, ProjectStatus][] = [
	[/研究论证|方案研究|开展.{0,6}研究/, 'under-study'],
	[/谋划|前期工作|前期/, 'preliminary'],
	[/争取|申报|引进|招引/, 'proposed'],
	[/推进|推动|建设|实施|新建|改建|开工|建成|打通|加快|加速|规划|升级|改造|扩建|续建|运营|布局|布设|新增|增设|打造|完善|提升/, 'planned']
];

/** Aim words: what a plan or an outlook aims at. */
const AIM_CUES: [RegExp, TargetAim][] = [
	[/(纳入|进入|列入).{0,10}规划/, 'in-plan'],
	[/开工建设|新开工|开工(?!前)|动工|启动建设/, 'start-construction'],
	[/建成投用|建成通车|建成投运|全线贯通|建成|通车|投用|投运|开通|完工|打通/, 'in-service']
];

/** Aims an outlook sets by naming work to do (实施…, 加快…建设, 全面推进…建设, 改扩建…). */
const CARRY_OUT = /实施|加快.{0,16}建设|全面推进.{0,24}建设|改扩建/;

/** A box heading that classes the lines after it (专栏: 新开工项目。 前期工作。 续建项目。). */
export function labelCue(label: string): { status?: ProjectStatus; aim?: TargetAim } | null {
	if (/新开工/.test(label)) return { status: 'planned', aim: 'start-construction' };
	if (/前期/.test(label)) return { status: 'preliminary' };
	if (/续建|在建/.test(label)) return { status: 'planned' };
	if (/研究/.test(label)) return { status: 'under-study' };
	return null;
}

/** The aim word of a text, or null. "将" counts only as a verb of the future, not inside 将军 or 将其. */
export function aimMarker(text: string): string | null {
	for (const w of AIM_WORDS) {
		if (w === '拟') {
			if (/拟(?![人])/.test(text)) return '拟';
			continue;
		}
		if (w === '将') {
			if (/将(?![军其之来])/.test(text)) return '将';
			continue;
		}
		if (text.includes(w)) return w;
	}
	return null;
}

/** The report status a clause states, with the words that say it. */
export function reportCue(text: string): { status: ProjectStatus; words: string } | null {
	for (const [re, status] of REPORT_CUES) {
		const m = re.exec(text);
		if (m) return { status, words: m[0] };
	}
	return null;
}

/** The planning status a clause states (推进 → planned, 谋划 → preliminary …), with its words. */
export function planCue(text: string): { status: ProjectStatus; words: string; specific: boolean } | null {
	for (const [re, status] of PLAN_CUES) {
		const m = re.exec(text);
		if (m) return { status, words: m[0], specific: status !== 'planned' };
	}
	return null;
}

/** Verbs of what is still to be done (推动, 打造, 争取 …), which a report uses for its plans, not for work done. */
const FORWARD = /推动|打造|争取|谋划|申报|申建|招引|引进/;

/**
 * The planning status of a clause in a report of what happened, when it speaks of what is still to be done
 * ("推动无水港建设", "争取市级在黔驻防直升机"); null for the words a report uses of work done (推进, 建设, 实施 …).
 *
 * @param text - the clause
 * @returns the planning status and its words, or null
 * @example
 * forwardCue('推动无水港建设'); // { status: 'planned', words: '推动', specific: false }
 */
export function forwardCue(text: string): { status: ProjectStatus; words: string; specific: boolean } | null {
	return FORWARD.test(text) ? planCue(text) : null;
}

/** The aim a clause sets, with its words. */
export function aimCue(text: string, outlook: boolean): { aim: TargetAim; words: string } | null {
	for (const [re, aim] of AIM_CUES) {
		const m = re.exec(text);
		if (m) return { aim, words: m[0] };
	}
	if (outlook) {
		const m = CARRY_OUT.exec(text);
		if (m) return { aim: 'carry-out', words: m[0] };
	}
	return null;
}

const CN_DIGITS: Record<string, number> = { 十四五: 2025, 十五五: 2030, 十六五: 2035, 十三五: 2020 };

/**
 * The horizon a sentence gives an aim: an explicit year (到2030年, 2027年前, 2035年), a plan period
 * (“十四五” → 2025), 今年 / 年内 (the document's year), 明年, 未来5年 (five years on); else the fallback.
 *
 * @param text - the sentence (or clauses) of the aim
 * @param docYear - the year the document speaks in
 * @param fallback - the end of the document's period
 * @returns a year
 * @example
 * horizonOf('力争“十四五”期间开工建设', 2021, 2025); // 2025
 */
export function horizonOf(text: string, docYear: number, fallback: number): number {
	for (const [k, y] of Object.entries(CN_DIGITS)) if (text.includes(k)) return y;
	const years = [...text.matchAll(/(20[2-5]\d)年/g)].map((m) => Number(m[1])).filter((y) => y >= docYear);
	if (years.length) return Math.max(...years);
	if (/今年|年内|年底前|年底|本年/.test(text)) return docYear;
	if (/明年/.test(text)) return docYear + 1;
	if (/[未今]后?来?[5五]年/.test(text)) return docYear + 5 > fallback ? fallback : docYear + 5;
	if (/\d{1,2}月\d{1,2}日(之前|前)|\d{1,2}月(底|末)前/.test(text)) return docYear;
	return fallback;
}

/**
 * The year an event happened when a clause names it (2024年2月29日 …), no later than the document's year.
 *
 * @param text - the clause
 * @param docYear - the document's year (the default)
 * @returns a year
 */
export function eventYearOf(text: string, docYear: number): number {
	const years = [...text.matchAll(/(20[0-5]\d)(?:年|(?=开工|开建|动工|建成|通车|开通))/g)]
		.map((m) => Number(m[1]))
		.filter((y) => y <= docYear);
	return years.length ? Math.max(...years) : docYear;
}
