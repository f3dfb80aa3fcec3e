/**
 * Name-like spans of a text: a run of Chinese characters, letters and digits that ends in a word for a kind of
 * work (高铁, 高速公路, 水库, 抽水蓄能电站, 物流园区 …), with the verbs in front of it cut off. They are the
 * candidate new items a document names that the catalogue lacks, each with a guessed {@link ProjectKind}.
 * Pure: no file system.
 */
import type { ProjectKind } from '../catalogue/types';

/** The word a name ends in, and the kind it suggests; longest first within a kind's group. */
const SUFFIX_KINDS: [string, ProjectKind][] = [
	['抽水蓄能电站', 'pumped-storage'],
	['高速铁路', 'hsr'],
	['城际铁路', 'rail'],
	['货运铁路', 'rail'],
	['铁路专用线', 'rail-spur'],
	['物流专用线', 'rail-spur'],
	['专用线', 'rail-spur'],
	['城轨快线', 'suburban-rail'],
	['轨道交通', 'suburban-rail'],
	['高铁', 'hsr'],
	['铁路', 'rail'],
	['高速公路', 'expressway'],
	['高速', 'expressway'],
	['旅游公路', 'trunk-road'],
	['连接公路', 'trunk-road'],
	['连接线', 'trunk-road'],
	['连接道', 'trunk-road'],
	['快速通道', 'trunk-road'],
	['公路', 'trunk-road'],
	['大桥', 'trunk-road'],
	['隧道', 'tunnel'],
	['互通', 'interchange'],
	['火车站', 'station'],
	['高铁站', 'station'],
	['客运站', 'station'],
	['北站', 'station'],
	['南站', 'station'],
	['东站', 'station'],
	['西站', 'station'],
	['货场', 'freight-yard'],
	['物流园区', 'zone'],
	['物流园', 'zone'],
	['物流中心', 'zone'],
	['物流基地', 'freight-yard'],
	['经济区', 'zone'],
	['机场', 'airport-works'],
	['航站楼', 'airport-works'],
	['航线', 'aviation-route'],
	['水库', 'reservoir'],
	['灌区', 'irrigation'],
	['引调水工程', 'water-transfer'],
	['引提水工程', 'water-transfer'],
	['引水工程', 'water-transfer'],
	['提水工程', 'water-transfer'],
	['供水工程', 'water-transfer'],
	['水源工程', 'water-transfer'],
	['水厂', 'water-transfer'],
	['风电场', 'wind'],
	['风电项目', 'wind'],
	['光伏电站', 'solar'],
	['光伏发电项目', 'solar'],
	['光伏项目', 'solar'],
	['水电站', 'grid'],
	['变电站', 'grid'],
	['输变电工程', 'grid'],
	['储能电站', 'energy-storage'],
	['加气站', 'gas-power'],
	['能源站', 'gas-power'],
	['燃机', 'gas-power']
];
SUFFIX_KINDS.sort((a, b) => b[0].length - a[0].length);

/** Words in front of a name that are not part of it (verbs of planning and building, conjunctions). */
const LEADING = [
	'建成投用',
	'建成通车',
	'开工建设',
	'规划建设',
	'谋划推动',
	'谋划推进',
	'谋划实施',
	'加快推进',
	'加快建设',
	'全面推进',
	'积极争取',
	'启动建设',
	'配套建设',
	'研究论证',
	'方案研究',
	'升级改造',
	'推动',
	'推进',
	'加快',
	'实施',
	'新建',
	'建设',
	'建成',
	'在建',
	'打通',
	'开展',
	'启动',
	'争取',
	'谋划',
	'完成',
	'开通',
	'依托',
	'衔接',
	'连接',
	'围绕',
	'构建',
	'打造',
	'形成',
	'提升',
	'改造',
	'扩建',
	'续建',
	'新开',
	'开行',
	'抢抓',
	'共同',
	'积极',
	'全面',
	'持续',
	'重点',
	'力争',
	'确保',
	'计划',
	'预计',
	'将',
	'正式',
	'顺利',
	'目前',
	'已',
	'的',
	'和',
	'及',
	'与',
	'以',
	'在',
	'为',
	'是',
	'由',
	'等',
	'了',
	'其',
	'该',
	'对',
	'把',
	'从',
	'向',
	'经',
	'至',
	'发挥',
	'整合',
	'增设',
	'完善',
	'实现',
	'升级',
	'优化',
	'融入',
	'抓好',
	'聚焦',
	'加强',
	'新改建',
	'申创',
	'申报',
	'配套',
	'参与',
	'紧邻',
	'适度',
	'提高',
	'布局',
	'设立',
	'培育',
	'拓展',
	'保障',
	'服务',
	'支持',
	'推进实施',
	'积极推进',
	'重点推进'
];
LEADING.sort((a, b) => b.length - a.length);

/** Spans that end in a suffix but are not names of one work. */
const GENERIC =
	/^(高速|高铁|铁路|公路|水库|机场|互通|航线|货场|隧道|大桥|高速公路|普速铁路|高速铁路|铁路专用线|农村公路|旅游公路|国省干线公路|干线公路|城市公路|中型水库|小型水库|骨干水源工程|重点水源工程|抽水蓄能电站|变电站)$/;

/** A candidate name in a text. */
export interface NameSpan {
	name: string;
	start: number;
	end: number;
	kind: ProjectKind;
}

/**
 * The name-like spans of a text, with the kind each suggests.
 *
 * @param text - a sentence or paragraph
 * @returns spans in text order
 * @example
 * nameSpans('开工建设渝湘高铁黔江至吉首段，加快武陵山机场跑道延伸项目建设').map((s) => s.name); // ['渝湘高铁']
 */
export function nameSpans(text: string): NameSpan[] {
	const out: NameSpan[] = [];
	const re = /[\p{Script=Han}A-Za-z0-9—–\-·]+/gu;
	for (const m of text.matchAll(re)) {
		const run = m[0];
		const base = m.index ?? 0;
		let i = 0;
		while (i < run.length) {
			let best: { at: number; suffix: string; kind: ProjectKind } | null = null;
			for (const [suffix, kind] of SUFFIX_KINDS) {
				const at = run.indexOf(suffix, i);
				if (at < 0) continue;
				// The first word of a kind in the run, and the longest at that place (高速公路 before 高速).
				if (!best || at < best.at || (at === best.at && suffix.length > best.suffix.length)) best = { at, suffix, kind };
			}
			if (!best) break;
			const end = best.at + best.suffix.length;
			let s = i;
			let name = run.slice(s, end);
			// Cut verbs and conjunctions in front; keep at most 20 characters before the suffix.
			for (let changed = true; changed;) {
				changed = false;
				for (const w of LEADING) {
					if (name.startsWith(w) && name.length - w.length >= best.suffix.length + 2) {
						name = name.slice(w.length);
						s += w.length;
						changed = true;
						break;
					}
				}
				// A verb inside the run (黔江区还将开工建设黔江南站): the name starts after it.
				for (const w of LEADING) {
					if (w.length < 2) continue;
					const k = name.lastIndexOf(w);
					if (k > 0 && name.length - k - w.length >= best.suffix.length + 2) {
						s += k + w.length;
						name = name.slice(k + w.length);
						changed = true;
						break;
					}
				}
				const cut = Math.max(name.lastIndexOf('和'), name.lastIndexOf('及'), name.lastIndexOf('与'), name.lastIndexOf('的'));
				if (cut >= 0 && name.length - cut - 1 >= best.suffix.length + 2) {
					s += cut + 1;
					name = name.slice(cut + 1);
					changed = true;
				}
			}
			if (name.length - best.suffix.length > 20) {
				s = end - best.suffix.length - 20;
				name = run.slice(s, end);
			}
			const lead = /^[—–\-·]+|^黔江区(?=[\p{Script=Han}]{4})/u.exec(name)?.[0] ?? '';
			name = name.slice(lead.length);
			s += lead.length;
			const prefix = name.slice(0, name.length - best.suffix.length);
			// Not a name: a description (…城镇群的高速), a kind of work rather than one (大中型水库, 农村公路), or the word
			// goes on as another noun (高速通道, 铁路网); 互联互通 is not an interchange.
			const generic =
				prefix.length < 2 ||
				/^(大中型|中型|小型|普通|重要|所有|全市|全区|现有|以上|上|地区|城乡|农村|过窄|新城|老|区级|市级|国家级)/.test(name) ||
				/左右|以上|地区$|等$|平台|档案|结果|线路|[与和及]/.test(prefix) ||
				/^(城市|支线|旅游|集中式|分散式|居住证)/.test(name) ||
				LEADING.some((w) => w.length >= 2 && prefix.includes(w)) ||
				(best.suffix === '互通' && (name.includes('联') || prefix.length > 5));
			const descriptive =
				generic || name.includes('的') || /^(通道|网|时代|主|大|干|沿线|建设|项目|运输|物流|枢纽)/.test(run.slice(end, end + 2));
			if (name.length > best.suffix.length && !GENERIC.test(name) && !/^\d/.test(name) && !descriptive)
				out.push({ name, start: base + s, end: base + end, kind: best.kind });
			i = end;
		}
	}
	return out;
}

/**
 * The kind a name suggests by the word it ends in.
 *
 * @param name - a project name
 * @returns the kind, or null when no suffix fits
 * @example
 * guessKind('渔滩水库'); // 'reservoir'
 */
export function guessKind(name: string): ProjectKind | null {
	for (const [suffix, kind] of SUFFIX_KINDS) if (name.endsWith(suffix)) return kind;
	return null;
}
