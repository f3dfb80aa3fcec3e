/**
 * The ingest proposer's parts on small texts: cutting a text, finding names, classing events and aims, figures,
 * candidate new items, the proposals a planner sees, and the review file read back with its mistakes.
 */
import { describe, expect, it } from 'vitest';
import { catalogue } from '../../src/lib/catalogue/index';
import { splitText, looksLikeColumns } from '../../src/lib/ingest/text';
import { buildLexicon, findMentions, withRefs } from '../../src/lib/ingest/mentions';
import { aimMarker, horizonOf, reportCue } from '../../src/lib/ingest/classify';
import { findFigures } from '../../src/lib/ingest/figures';
import { nameSpans, guessKind } from '../../src/lib/ingest/candidates';
import { guessRetrospective, proposeFromText, type IngestDocument } from '../../src/lib/ingest/propose';
import { readReview, writeReview } from '../../src/lib/ingest/review';
import { holdOut, leaveOneOut } from '../../src/lib/ingest/evaluate';
import { AIM_MARKERS } from '../../src/lib/catalogue/validate';

const lexicon = withRefs(buildLexicon(catalogue), catalogue);
const ids = (text: string) => findMentions(text, lexicon).map((m) => m.entryIds.join('|'));
const notice = (date: string): IngestDocument => ({
	title: 't',
	date,
	kind: 'notice',
	year: Number(date.slice(0, 4)),
	period: { from: Number(date.slice(0, 4)), to: Number(date.slice(0, 4)) }
});
const outlook: IngestDocument = { title: 't', date: '2021-06', kind: 'outlook', year: 2021, period: { from: 2021, to: 2025 } };
const proposals = (text: string, doc: IngestDocument) => proposeFromText(text, doc, catalogue, { lexicon }).proposals;
const classed = (text: string, doc: IngestDocument) =>
	proposals(text, doc)
		.filter((p) => p.type === 'event' || p.type === 'target')
		.map((p) => `${p.entry} ${p.type} ${p.status ?? `${p.aim} ${p.by}`}`);

describe('text', () => {
	it('joins hard-wrapped newspaper columns and keeps each character’s line', () => {
		const lines = ['建设武陵山区综合交通枢纽。建', '成投用渝湘高铁重庆至黔江段，开工', '建设渝湘高铁黔江至吉首段，加快黔'];
		expect(looksLikeColumns(lines)).toBe(true);
		const s = splitText(lines.join('\n'));
		expect(s.paragraphs).toHaveLength(1);
		const second = s.sentences[1];
		expect(second.text.startsWith('建成投用')).toBe(true);
		expect([second.line, second.lineEnd]).toEqual([1, 3]);
	});
	it('keeps one paragraph a line in prose', () => {
		const s = splitText('渝厦高铁建成通车，黔江站投用。\n货场扩能；物流提升。');
		expect(s.columns).toBe(false);
		expect(s.sentences.map((x) => x.line)).toEqual([1, 2, 2]);
		expect(s.sentences[0].clauses.map((c) => c.text)).toEqual(['渝厦高铁建成通车，', '黔江站投用。']);
	});
});

describe('mentions', () => {
	it('reads lists that share a suffix, with 等, and long names before their parts', () => {
		expect(ids('黔恩、黔石、黔江过境高速建成通车')).toEqual([
			'qianjiang-enshi-expressway',
			'qianjiang-shizhu-expressway',
			'qianjiang-bypass-expressway'
		]);
		expect(ids('马喇及中塘等光伏发电项目')).toEqual(['mala-solar', 'zhongtang-solar']);
		expect(ids('渝怀铁路二线')).toEqual(['chongqing-huaihua-railway-second-line']);
	});
	it('reads lists whose members share a head and a tail written once', () => {
		// (渝东南航空物流中心 has no entry of its own.)
		expect(ids('建设渝东南铁路、航空、公路物流中心')).toEqual([
			'southeast-chongqing-rail-logistics-centre',
			'southeast-chongqing-road-logistics-centre'
		]);
		// A list that says what its members are names them so, not the reservoirs they are named after.
		expect(ids('规划建设罗家堡水库、太极水库、小南海、老窖溪等中型灌区续建配套与改造工程')).toEqual([
			'luojiabao-irrigation-district',
			'taiji-irrigation-district',
			'xiaonanhai-irrigation-district',
			'laojiaoxi-irrigation-district'
		]);
		// Members that are names of their own, with no shared head or tail, stay what they are.
		expect(ids('改善马鞍水库、新井水库等水体水生态环境')).toEqual(['maan-reservoir', 'xinjing-reservoir']);
	});
	it('reads a descriptive name that a verb splits, the halves at most four characters apart', () => {
		expect(ids('在黔江南互通增设旅游集散服务站')).toEqual(['qianjiang-south-interchange-tourist-station']);
		expect(ids('在阿蓬江互通配套建设物流中转点')).toEqual(['apengjiang-interchange-logistics-point']);
		expect(ids('在阿蓬江互通及周边乡镇配套建设物流中转点')).not.toContain('apengjiang-interchange-logistics-point');
	});
	it('knows each name of a bracketed list, and a line written 渝怀线', () => {
		expect(ids('高水平打造正阳现代物流园区')).toEqual(['zhengyang-logistics-park']);
		expect(ids('完善正阳智慧物流园区基础设施')).toEqual(['zhengyang-logistics-park']);
		expect(ids('渝怀线黔江站集装箱功能区投用')[0]).toBe('chongqing-huaihua-railway');
	});
	it('knows other names: the bracketed one, 高铁/铁路, 复线, two-character names spelt out', () => {
		expect(ids('石黔高速')).toEqual(['qianjiang-shizhu-expressway']);
		expect(ids('黔江至吉首铁路可研评审完成')).toEqual(['qianjiang-jishou-hsr']);
		expect(ids('渝怀复线铁路开工建设')).toEqual(['chongqing-huaihua-railway-second-line']);
		expect(ids('石柱至黔江高速公路全线开通运营')).toEqual(['qianjiang-shizhu-expressway']);
		// A name the catalogue gives another item is not mixed up: 黔张常铁路 (in service) is not 黔张常高铁.
		expect(ids('黔张常铁路')).toEqual(['qianjiang-zhangjiajie-changde-railway']);
		expect(ids('黔张常高铁')).toEqual(['qianjiang-zhangjiajie-changde-hsr']);
	});
	it('finds inventory codes set apart, not inside other words', () => {
		expect(ids('项目（R2）')).toEqual(['qianjiang-jishou-hsr']);
		expect(ids('武陵山机场T2航站楼建成')).toEqual(['jiq-terminal-2']);
	});
});

describe('classify', () => {
	it('tells aims from reports by their words', () => {
		expect(aimMarker('力争“十四五”期间开工建设')).toBe('力争');
		expect(aimMarker('建成通车后，车程将缩短至1小时')).not.toBeNull();
		expect(aimMarker('石黔高速全线开通运营')).toBeNull();
		expect(reportCue('罗家堡水库、瓦窑堡水库等建成投用')?.status).toBe('in-service');
		expect(reportCue('有望加快开工前各项工作')).toBeNull();
	});
	it('reads a horizon from the words, else the end of the period', () => {
		expect(horizonOf('力争“十四五”期间开工建设', 2021, 2025)).toBe(2025);
		expect(horizonOf('即将于今年动工建设', 2022, 2027)).toBe(2022);
		expect(horizonOf('预计2020年建成通车', 2018, 2018)).toBe(2020);
		expect(horizonOf('开工建设黔江经彭水至务川高速', 2026, 2030)).toBe(2030);
	});
});

describe('figures and candidates', () => {
	it('states figures as written, a length after 黔江段 as the length in the district', () => {
		const f = findFigures('黔江至吉首高铁（黔江段）35公里，按照“速度350公里/小时，双线铁路”标准建设');
		expect(f.map((x) => [x.key, x.value, x.amount])).toEqual([
			['length-in-district', '35公里', 35],
			['design-speed', '350公里/小时', 350],
			['tracks', '双线铁路', 2]
		]);
		expect(findFigures('总投资额133.4亿元')[0]).toMatchObject({ key: 'budget', amount: 13340, unit: 'million-yuan' });
	});
	it('cuts verbs off candidate names and guesses the kind from the last word', () => {
		expect(nameSpans('黔江区还将开工建设黔江南站').map((s) => [s.name, s.kind])).toEqual([['黔江南站', 'station']]);
		expect(guessKind('老窖溪水库')).toBe('reservoir');
		// Kinds of work, verb phrases and descriptions are not names of one work.
		expect(nameSpans('发挥高铁、机场作用，推动互联互通，建设大中型水库和农村公路，直连城镇群的高速通道').map((s) => s.name)).toEqual([]);
		expect(nameSpans('黔江至利川高速公路30公里').map((s) => [s.name, s.kind])).toEqual([['黔江至利川高速公路', 'expressway']]);
	});
});

describe('proposals', () => {
	it('an outlook’s 建成投用 is a target with its horizon and a planning status, never an opening', () => {
		expect(classed('建成投用渝湘高铁黔江至吉首段。', outlook)).toEqual([
			'qianjiang-jishou-hsr event planned',
			'qianjiang-jishou-hsr target in-service 2025'
		]);
	});
	it('a report of an opening is an event of that year; an aim in a report is a target', () => {
		expect(classed('6月27日，渝厦高铁重庆东至黔江段正式开通运营。', notice('2025-06-27'))).toEqual([
			'chongqing-qianjiang-hsr event in-service'
		]);
		expect(classed('黔江至利川高速公路力争明年开工建设。', notice('2025-03'))).toEqual([
			'qianjiang-lichuan-expressway target start-construction 2026'
		]);
	});
	it('"about to open" is still being built, and the opening a target', () => {
		expect(classed('渝厦高铁重庆至黔江段即将开通。', notice('2025-05'))).toEqual([
			'chongqing-qianjiang-hsr event under-construction',
			'chongqing-qianjiang-hsr target in-service 2025'
		]);
	});
	it('a hope is a target marked ambiguous and rejected by default', () => {
		const p = proposals('石黔高速公路全线有望2021年建成通车。', notice('2020-12')).find((x) => x.type === 'target');
		expect(p).toMatchObject({ aim: 'in-service', by: 2021, decision: 'reject' });
		expect(p?.ambiguous).toContain('有望');
	});
	it('a section of a line is reported as such, not as the whole line', () => {
		const p = proposals('新建渝怀铁路二线涪陵至中嘴段开通运营。', notice('2020-08')).find((x) => x.type === 'event');
		expect(p).toMatchObject({ status: 'in-service', decision: 'reject' });
		expect(p?.ambiguous).toContain('涪陵至中嘴段');
	});
	it('never proposes construction or completion where the sentence holds an aim word', () => {
		const text =
			'为该段年底通车运营奠定了基础。黔江至吉首高铁力争年内开工建设。渝厦高铁建成通车后，车程将缩短。黔江机场扩建项目力争2020年基本建成。';
		for (const p of proposals(text, notice('2020-12')))
			if (p.type === 'event') expect(['construction-starting', 'under-construction', 'in-service']).not.toContain(p.status);
		void AIM_MARKERS;
	});
	it('a list item with no verb of its own takes the verb before it; a heading naming only the item, the next sentence’s', () => {
		const plan: IngestDocument = { title: 't', date: '2026-03', kind: 'plan-outline', year: 2026, period: { from: 2026, to: 2030 } };
		expect(classed('实施69公里毗邻村庄联网路项目，35公里乡村旅游路、资源路、产业路项目。', plan)).toContain(
			'rural-tourism-resource-roads event planned'
		);
		expect(classed('农村供水提升工程。实施农村规模化供水工程50个。', plan)).toEqual(['rural-water-supply-programme event planned']);
	});
	it('a report’s own plans (推动, 打造, 争取) are planning statuses, never reports of work', () => {
		const feature: IngestDocument = { ...notice('2025-04'), kind: 'newspaper-feature' };
		expect(classed('加快融入西部陆海新通道，推动无水港建设。', feature)).toEqual(['dry-port event planned']);
		expect(classed('积极争取建设渝东南区域应急救援中心，争取市级在黔驻防直升机。', feature)).toEqual([
			'stationed-helicopter event proposed'
		]);
	});
	it('an item named as 在建 in a plan is reported under construction, and its line becomes a report line', () => {
		const plan: IngestDocument = { title: 't', date: '2026-03', kind: 'plan-outline', year: 2026, period: { from: 2026, to: 2030 } };
		const r = proposeFromText('第一章 交通\n推进黔江至利川高速建设，衔接在建利咸高速，构建第二条高速通道。\n', plan, catalogue, {
			lexicon
		});
		expect(r.proposals.find((p) => p.entry === 'lichuan-xianfeng-expressway' && p.type === 'event')).toMatchObject({
			status: 'under-construction',
			quote: '在建利咸高速',
			decision: 'accept'
		});
		expect(r.document.retrospective).toEqual([[2, 2]]);
		// Not where an aim is said of it.
		expect(classed('力争在建利咸高速年内建成。', plan)).not.toContain('lichuan-xianfeng-expressway event under-construction');
	});
	it('guesses which lines report what happened', () => {
		expect(
			guessRetrospective(['一、2024年工作回顾', '渝厦高铁建成通车。', '二、2025年工作安排', '开工建设黔吉高铁。'], 'work-report')
		).toEqual([[1, 2]]);
		expect(guessRetrospective(['a', 'b'], 'outlook')).toEqual([]);
		expect(guessRetrospective(['a', 'b'], 'notice')).toEqual([[1, 2]]);
	});
	it('shows what accepting would change on the map and the timeline', () => {
		const p = proposals('黔江至吉首高铁2027年正式开工建设。', notice('2027-03')).find((x) => x.type === 'event');
		expect(p?.status).toBe('construction-starting');
		expect(p?.change?.before.byYear[2030]).toBe('planned');
		expect(p?.change?.after.byYear[2030]).toBe('building');
	});
});

describe('leave one out', () => {
	const entry = catalogue.find((e) => e.id === 'chongqing-qianjiang-hsr')!;
	const withAlias = { ...structuredClone(entry), aliases: ['渝湘高铁重庆至黔江段', '重庆至黔江铁路'] };
	it('drops the aliases only the held-out document uses, and keeps those another document uses', () => {
		const texts = { 'a.txt': '建成投用渝湘高铁重\n庆至黔江段。', 'b.txt': '重庆至黔江铁路开通。' };
		expect(holdOut([withAlias], 'a.txt', texts).entries[0].aliases).toEqual(['重庆至黔江铁路']);
		expect(holdOut([withAlias], 'b.txt', texts).entries[0].aliases).toEqual(['渝湘高铁重庆至黔江段']);
		// Lines broken by newspaper columns are searched joined; a text given as lines counts as well.
		expect(holdOut([withAlias], 'b.txt', { 'a.txt': ['渝湘高铁重', '庆至黔江段'], 'b.txt': '' }).entries[0].aliases).toEqual([
			'渝湘高铁重庆至黔江段'
		]);
		// Without the texts, nothing is known of the aliases: they stay.
		expect(holdOut([withAlias], 'a.txt').entries[0].aliases).toEqual(withAlias.aliases);
	});
	it('does not find a held-out document’s citation by an alias only that document uses', () => {
		const cited = {
			...withAlias,
			aliases: ['渝湘高铁重庆至黔江段'],
			status: [
				{
					status: 'under-construction' as const,
					asOf: 2021,
					source: { file: 'a.txt', line: 1, quote: '渝湘高铁重庆至黔江段加快建设', year: 2021 }
				}
			],
			targets: [],
			sources: [],
			stated: [],
			opened: undefined
		};
		const doc = (file: string, text: string) => ({
			file,
			title: 't',
			kind: 'notice' as const,
			year: 2021,
			period: { from: 2021, to: 2021 },
			retrospective: [],
			columns: false,
			text
		});
		const alone = leaveOneOut([cited], [doc('a.txt', '渝湘高铁重庆至黔江段加快建设。')]);
		expect(alone[0].score.found).toBe(0);
		const shared = leaveOneOut([cited], [doc('a.txt', '渝湘高铁重庆至黔江段加快建设。'), doc('b.txt', '渝湘高铁重庆至黔江段。')]);
		expect(shared[0].score.found).toBe(1);
	});
});

describe('review file', () => {
	const result = proposeFromText(
		'渝厦高铁重庆至黔江段正式开通运营。\n黔江至吉首高铁力争年内开工建设。\n',
		notice('2025-06-27'),
		catalogue,
		{ lexicon }
	);
	const text = writeReview(result, { source: 'n.txt', sha256: 'a'.repeat(64), area: 'qianjiang', names: new Map(), nextRefs: new Map() });
	it('reads back what it wrote', () => {
		const { review, problems } = readReview(text);
		expect(problems).toEqual([]);
		expect(review?.proposals.map((p) => [p.type, p.decision, p.line, p.quote])).toEqual(
			result.proposals.map((p) => [p.type, p.decision, p.line, p.quote])
		);
		expect(review?.document).toMatchObject({ published: '2025-06-27', kind: 'notice', retrospective: [[1, 2]] });
		// Without an English title or issuer, the record repeats the Chinese ones.
		expect(review?.document.title).toEqual({ zh: 't', en: 't' });
	});
	it('writes the English title and issuer given into the document record', () => {
		const doc = { ...notice('2025-06-27'), title: '渝厦高铁开通', titleEn: 'The Chongqing–Xiamen HSR opens', issuer: '黔江区人民政府' };
		const r = proposeFromText('渝厦高铁重庆至黔江段正式开通运营。\n', { ...doc, issuerEn: 'Qianjiang District Government' }, catalogue, {
			lexicon
		});
		const meta = {
			source: 'n.txt',
			sha256: 'a'.repeat(64),
			issuer: doc.issuer,
			area: 'qianjiang' as const,
			names: new Map(),
			nextRefs: new Map()
		};
		const { review } = readReview(writeReview(r, meta));
		expect(review?.document.title).toEqual({ zh: '渝厦高铁开通', en: 'The Chongqing–Xiamen HSR opens' });
		expect(review?.document.short.en).toBe('The Chongqing–Xiamen HSR opens');
		expect(review?.document.issuer).toEqual({ zh: '黔江区人民政府', en: 'Qianjiang District Government' });
		// The preview of the change registers the record with its English title too.
		const plain = readReview(
			writeReview(proposeFromText('渝厦高铁重庆至黔江段正式开通运营。\n', doc, catalogue, { lexicon }), meta)
		).review;
		expect(plain?.document.issuer).toEqual({ zh: '黔江区人民政府', en: '黔江区人民政府' });
	});
	it('refuses a hand-made mistake with its line', () => {
		const lines = text.split('\n');
		const at = lines.findIndex((l) => l.includes('decision: accept'));
		lines[at] = lines[at].replace('accept', 'maybe');
		const { review, problems } = readReview(lines.join('\n'));
		expect(review).toBeNull();
		expect(problems[0]).toMatchObject({ line: at + 1 });
		expect(problems[0].message).toContain('decision must be accept or reject');
		const status = text.replace('status: in-service', 'status: opened');
		const bad = readReview(status).problems[0];
		expect(bad.message).toContain('status must be one of');
		expect(status.split('\n')[bad.line - 1]).toContain('status: opened');
		expect(readReview('source: [\n').problems[0].message).toContain('not valid YAML');
	});
});
