/**
 * One record per source document of `shared/seeds/`: what it is, who issued or published it, when,
 * and which years it speaks for. Citations on the site read from these records ("《…》, 2026, line
 * 775") instead of hash file names, and the status rules use `retrospective` to tell a document's
 * reports of what happened from its aims.
 */
import type { Bilingual, SourceRef } from './types';

/** What kind of text a document is. */
export type DocumentKind = 'plan-outline' | 'outlook' | 'newspaper-feature';

/** The area whose plans a document speaks for. */
export type DocumentArea = 'qianjiang' | 'qijiang';

export interface SourceDocument {
	file: string;
	/** Full title, zh and en. */
	title: Bilingual;
	/** Short title for citations, with 《》 in zh. */
	short: Bilingual;
	/** Issuing body or publication, as far as the text itself shows it. */
	issuer: Bilingual;
	/** Year the document speaks in (the year of its status claims). */
	year: number;
	/** The date as precisely as the text gives it, in words. */
	date: Bilingual;
	kind: DocumentKind;
	area: DocumentArea;
	/** The years it plans or looks ahead for. */
	period: { from: number; to: number };
	/**
	 * Line ranges (inclusive) that report what has happened (a review of the past period, a news
	 * report). Only these may carry status events of construction or completion; everything else
	 * the document says about building or opening is an aim.
	 */
	retrospective: [number, number][];
	/** True when lines are hard-wrapped newspaper columns, so a quote may run over several lines. */
	columns: boolean;
	/** How the record was established, in words. */
	note: Bilingual;
}

export const DOCUMENTS: readonly SourceDocument[] = [
	{
		file: '000_93a10bea26a22d01.txt',
		title: {
			zh: '黔江 加快建设“中国峡谷城·武陵会客厅”',
			en: 'Qianjiang speeds up building “China’s canyon city, Wuling’s reception hall”'
		},
		short: { zh: '《黔江加快建设“中国峡谷城·武陵会客厅”》', en: 'Qianjiang five-year outlook' },
		issuer: { zh: '报纸专版（区党代会后的五年展望）', en: 'Newspaper feature (five-year outlook after the district party congress)' },
		year: 2021,
		date: { zh: '2021年', en: '2021' },
		kind: 'outlook',
		area: 'qianjiang',
		period: { from: 2021, to: 2025 },
		retrospective: [],
		columns: true,
		note: {
			zh: '文中称“今后5年”，所述交通项目均为“十四五”目标。',
			en: 'It speaks of “the next five years”: its transport items are aims for 2021–2025.'
		}
	},
	{
		file: '001_e8cf04cd5a030f5b.txt',
		title: {
			zh: '黔江 奏响“三部曲” 区域中心城市建设迈上新台阶',
			en: 'Qianjiang plays its “three movements”: the regional centre moves up a step'
		},
		short: { zh: '《黔江奏响“三部曲”》', en: 'Qianjiang “three movements” report' },
		issuer: { zh: '报纸专版（黔江区委宣传部供图）', en: 'Newspaper feature (pictures from the district propaganda department)' },
		year: 2025,
		date: { zh: '2025年春（6月30日开通前）', en: 'Spring 2025 (before the 30 June opening)' },
		kind: 'newspaper-feature',
		area: 'qianjiang',
		period: { from: 2024, to: 2025 },
		retrospective: [[1, 113]],
		columns: false,
		note: {
			zh: '报道2024年至2025年春的进展；“即将”“将”所述仍是目标。',
			en: 'Reports 2024 to spring 2025; what it says “will” happen is still an aim.'
		}
	},
	{
		file: '002_9e3621a23b2e2452.txt',
		title: {
			zh: '重庆市黔江区国民经济和社会发展第十五个五年规划纲要',
			en: 'Outline of the 15th Five-Year Plan for the economic and social development of Qianjiang District, Chongqing'
		},
		short: { zh: '《黔江区“十五五”规划纲要》', en: 'Qianjiang 15th Five-Year Plan' },
		issuer: { zh: '重庆市黔江区', en: 'Qianjiang District, Chongqing' },
		year: 2026,
		date: { zh: '2026年', en: '2026' },
		kind: 'plan-outline',
		area: 'qianjiang',
		period: { from: 2026, to: 2030 },
		// Chapter 1 reviews 2021–2025 (lines 11–24) and Box 1 tabulates what was achieved (26–198).
		retrospective: [
			[11, 24],
			[26, 198]
		],
		columns: false,
		note: {
			zh: '最新的黔江区规划：第一章回顾“十四五”，其余为2026—2030年规划及2035年展望。',
			en: 'The latest Qianjiang plan: chapter 1 reviews 2021–2025; the rest plans 2026–2030 with an outlook to 2035.'
		}
	},
	{
		file: '003_64bec585f922702d.txt',
		title: { zh: '黔江梳理出七十个重大事项', en: 'Qianjiang lists seventy major items' },
		short: { zh: '《黔江梳理出七十个重大事项》', en: 'Qianjiang’s 70 major items' },
		issuer: { zh: '报纸专版（黔江区委宣传部供图）', en: 'Newspaper feature (pictures from the district propaganda department)' },
		year: 2020,
		date: { zh: '2020年春', en: 'Spring 2020' },
		kind: 'newspaper-feature',
		area: 'qianjiang',
		period: { from: 2020, to: 2020 },
		retrospective: [[1, 68]],
		columns: false,
		note: { zh: '成渝地区双城经济圈调研报道。', en: 'A report on research for the Chengdu–Chongqing economic circle.' }
	},
	{
		file: '004_76bdfa78c9f89b14.txt',
		title: {
			zh: '綦江：渝黔合作先行示范区建设',
			en: 'Qijiang: building the Chongqing–Guizhou cooperation pilot zone'
		},
		short: { zh: '《綦江渝黔合作先行示范区》', en: 'Qijiang pilot-zone feature' },
		issuer: { zh: '报纸专版（綦江区第三次党代会后）', en: 'Newspaper feature (after the third Qijiang district party congress)' },
		year: 2022,
		date: { zh: '2022年（4月1日推进会后）', en: '2022 (after the 1 April meeting)' },
		kind: 'outlook',
		area: 'qijiang',
		period: { from: 2022, to: 2027 },
		retrospective: [],
		columns: true,
		note: {
			zh: '綦江区的文件，黔江规划不会再提及其项目；“未来5年”自2022年起算至2027年。',
			en: 'A Qijiang document, whose items a Qianjiang plan would not name; “the next five years” run from 2022 to 2027.'
		}
	}
];

const BY_FILE = new Map(DOCUMENTS.map((d) => [d.file, d]));

/**
 * The record of a source document.
 *
 * @param file - seed file name, e.g. `002_9e3621a23b2e2452.txt`
 * @returns the record, or undefined for public reference and unknown files
 * @example
 * sourceDocument('002_9e3621a23b2e2452.txt')?.year; // 2026
 */
export function sourceDocument(file: string): SourceDocument | undefined {
	return BY_FILE.get(file);
}

/**
 * The latest document that speaks for an area: the current plan there.
 *
 * @param area - 'qianjiang' or 'qijiang'
 * @returns the record with the highest year for that area
 * @example
 * currentDocument('qianjiang').file; // '002_9e3621a23b2e2452.txt'
 */
export function currentDocument(area: DocumentArea): SourceDocument {
	const docs = DOCUMENTS.filter((d) => d.area === area);
	return docs.reduce((a, b) => (b.year > a.year ? b : a));
}

/**
 * Whether a line of a document reports what happened (see `retrospective`).
 *
 * @param source - a citation
 * @param documents - the document records (the project's own by default)
 * @returns true for a line inside a retrospective range or a public reference
 * @example
 * isRetrospective({ file: '002_9e3621a23b2e2452.txt', line: 19, quote: '…', year: 2026 }); // true
 */
export function isRetrospective(source: SourceRef, documents: readonly SourceDocument[] = DOCUMENTS): boolean {
	const doc = documents.find((d) => d.file === source.file);
	if (!doc) return true; // public reference: facts with a source of their own
	const last = source.lineEnd ?? source.line;
	return doc.retrospective.some(([a, b]) => source.line >= a && last <= b);
}

/**
 * A citation as a reader reads it: short title, year and line(s).
 *
 * @param source - a citation
 * @param lang - 'zh' or 'en'
 * @returns e.g. `《黔江区“十五五”规划纲要》, 2026, line 775` or `public reference: …`
 * @example
 * citationLabel(s2(775, '35公里'), 'en'); // 'Qianjiang 15th Five-Year Plan, 2026, line 775'
 */
export function citationLabel(source: SourceRef, lang: 'zh' | 'en'): string {
	const doc = BY_FILE.get(source.file);
	if (!doc) {
		const work = source.work ? `: ${source.work}` : '';
		return lang === 'zh' ? `公开资料${work ? `（${source.work}）` : ''}，${source.year}` : `public reference${work}, ${source.year}`;
	}
	const lines =
		source.lineEnd && source.lineEnd > source.line
			? lang === 'zh'
				? `第${source.line}–${source.lineEnd}行`
				: `lines ${source.line}–${source.lineEnd}`
			: lang === 'zh'
				? `第${source.line}行`
				: `line ${source.line}`;
	return lang === 'zh' ? `${doc.short.zh}，${doc.year}，${lines}` : `${doc.short.en}, ${doc.year}, ${lines}`;
}
