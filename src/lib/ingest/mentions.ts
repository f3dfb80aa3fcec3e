/**
 * Finding the catalogue's items in a text: every name, short name, former or other name (a parenthesised
 * name, 黔石高速（石黔高速）), their usual variants (高速公路 / 高速, 高速铁路 / 高铁, S203线 / S203) and the
 * inventory code, plus the names earlier documents used for the item (learnt from the catalogue's own citations).
 * Lists that share a suffix (黔恩、黔石、黔江过境高速) are read as one name each. Pure: no file system.
 */
import type { ProjectEntry } from '../catalogue/types';
import { nameSpans } from './candidates';

/** One way of writing an item's name, and whose it is. */
export interface NameForm {
	form: string;
	entryIds: string[];
	/** Where the form comes from: 'name', 'short', 'other' (parenthesised or variant), 'learnt' (a citation), 'ref'. */
	origin: 'name' | 'short' | 'other' | 'learnt' | 'ref';
}

/** The forms of every entry, longest first. */
export interface Lexicon {
	forms: NameForm[];
	byForm: Map<string, NameForm>;
	/** Suffixes a list may share (高速, 铁路, 水库 …), longest first. */
	suffixes: string[];
}

const TRAILING =
	/(改扩建|升级改造项目|原级改造项目|升级改造工程|升级改造|原级改造|改建工程|改线工程|建设项目|项目|工程|毗邻乡镇联网路|续建配套与改造|（扩建）)$/;
/** One-character abbreviations of the towns the region's lines join, as two-character names use them (黔石, 黔恩, 黔万). */
const ABBREVIATIONS: Record<string, string> = {
	黔: '黔江',
	石: '石柱',
	恩: '恩施',
	万: '万州',
	涪: '涪陵',
	利: '利川',
	务: '务川',
	永: '永顺',
	来: '来凤',
	吉: '吉首',
	彭: '彭水',
	酉: '酉阳',
	秀: '秀山',
	怀: '怀化',
	遵: '遵义',
	桂: '桂林',
	綦: '綦江'
};

const SHARED_SUFFIXES = [
	'高速公路',
	'高速铁路',
	'高速',
	'高铁',
	'铁路',
	'水库',
	'抽水蓄能电站',
	'风电项目',
	'光伏发电项目',
	'旅游公路',
	'连接公路',
	'互通',
	'灌区'
];

function variants(form: string): string[] {
	const out = new Set<string>([form]);
	const add = (f: string) => {
		if ([...f].length >= 3) out.add(f);
	};
	for (const f of [...out]) {
		const core = f.replace(/^黔江区/, '');
		add(core);
		let t = core;
		for (let i = 0; i < 3; i++) t = t.replace(TRAILING, '');
		add(t);
	}
	for (const f of [...out]) {
		if (f.includes('高速公路')) add(f.replace('高速公路', '高速'));
		else if (/高速$/.test(f)) add(f.replace(/高速$/, '高速公路'));
		if (f.includes('高速铁路')) add(f.replace('高速铁路', '高铁'));
		else if (f.includes('高铁')) {
			add(f.replace('高铁', '高速铁路'));
			add(f.replace('高铁', '铁路'));
		}
		// 渝怀铁路 is also 渝怀线 (a two-character name of a line; 渝怀线黔江站).
		const line = /^([\p{Script=Han}]{2})铁路$/u.exec(f);
		if (line) add(`${line[1]}线`);
		const road = /^([SGXY]\d{3})线/.exec(f);
		if (road) add(f.replace(road[0], road[1]));
		const sec = /^(.+?[高铁路速])([\p{Script=Han}]+至[\p{Script=Han}]+段)$/u.exec(f);
		if (sec) add(`${sec[1]}（${sec[2]}）`);
		// 渝怀铁路二线 is also written 渝怀复线铁路, 渝怀铁路复线, 渝怀复线.
		const second = /^(.+?)(?:铁路二线|二线)$/.exec(f);
		if (second) for (const v of ['复线铁路', '铁路复线', '复线']) add(`${second[1]}${v}`);
	}
	// Two-character short names spell their ends (黔石高速 = 黔江–石柱, also written 石柱至黔江高速公路).
	const pair = /^([\p{Script=Han}])([\p{Script=Han}])(高速公路|高速|高铁|铁路)$/u.exec(form);
	if (pair && ABBREVIATIONS[pair[1]] && ABBREVIATIONS[pair[2]]) {
		const [a, b] = [ABBREVIATIONS[pair[1]], ABBREVIATIONS[pair[2]]];
		const suffixes = pair[3].startsWith('高速') ? ['高速公路', '高速'] : pair[3] === '高铁' ? ['高铁', '高速铁路', '铁路'] : ['铁路'];
		for (const sfx of suffixes) {
			add(`${a}至${b}${sfx}`);
			add(`${b}至${a}${sfx}`);
		}
	}
	return [...out];
}

/** The names inside full-width or half-width brackets, and the name without them. */
function bracketForms(name: string): string[] {
	const out: string[] = [];
	const inner = [...name.matchAll(/[（(]([^（）()]+)[）)]/g)].map((m) => m[1]);
	const outer = name.replace(/[（(][^（）()]*[）)]/g, '').trim();
	if (outer) out.push(outer);
	// 正阳物流园区（正阳现代物流园区、正阳智慧物流园区）: each name of a bracketed list is a name of its own.
	for (const i of inner.flatMap((x) => x.split(/[、，,]/)))
		if ([...i].length >= 3 && !/^(扩建|新建|一期|二期|重庆段|黔江段)$/.test(i)) out.push(i);
	if (inner.length && /[（(](重庆段|黔江段|一期|二期)[）)]/.test(name)) out.push(name.replace(/[（(]|[）)]/g, ''));
	return out;
}

/**
 * Builds the lexicon of the catalogue's names.
 *
 * @param entries - the catalogue (or a copy without one document's citations)
 * @param options - `learnFrom`: learn the names earlier documents used from these entries' citations (default true)
 * @returns the lexicon
 * @example
 * buildLexicon(catalogue).byForm.get('黔石高速')?.entryIds; // ['qianjiang-shizhu-expressway']
 */
export function buildLexicon(entries: readonly ProjectEntry[], options: { learn?: boolean } = {}): Lexicon {
	const acc = new Map<string, { ids: Set<string>; origin: NameForm['origin'] }>();
	const rank = { name: 0, short: 1, ref: 2, other: 3, learnt: 4 } as const;
	const put = (form: string, id: string, origin: NameForm['origin']) => {
		const f = form.trim();
		if ([...f].length < 3 && origin !== 'ref') return;
		const cur = acc.get(f);
		if (!cur) acc.set(f, { ids: new Set([id]), origin });
		else if (rank[origin] < rank[cur.origin]) acc.set(f, { ids: new Set([id]), origin });
		else if (rank[origin] === rank[cur.origin]) cur.ids.add(id);
	};
	for (const e of entries) {
		for (const [text, origin] of [
			[e.name.zh, 'name'],
			[e.shortName.zh, 'short'],
			...(e.aliases ?? []).map((a) => [a, 'short'] as const)
		] as const) {
			const brackets = bracketForms(text);
			put(text, e.id, origin);
			for (const b of brackets) for (const v of variants(b)) put(v, e.id, v === text ? origin : 'other');
			for (const v of variants(text)) put(v, e.id, v === text ? origin : 'other');
		}
	}
	if (options.learn !== false) {
		// Names an earlier document used: name-like spans of a quote cited by one entry only.
		const citedBy = new Map<string, Set<string>>();
		for (const e of entries) {
			for (const s of [...e.status.map((c) => c.source), ...e.targets.map((t) => t.source), ...e.sources]) {
				if (s.line === 0) continue;
				const set = citedBy.get(s.quote) ?? new Set<string>();
				set.add(e.id);
				citedBy.set(s.quote, set);
			}
		}
		for (const [quote, ids] of citedBy) {
			if (ids.size !== 1) continue;
			const [id] = [...ids];
			for (const span of nameSpans(quote)) {
				// A span inside a longer known name (武陵山机场 in 武陵山机场T2航站楼) names no one item.
				if (acc.has(span.name) || [...acc.keys()].some((k) => k.includes(span.name))) continue;
				// Nor one that holds another item's name (建利咸高速, cut from "…高速建设，衔接在建利咸高速"): it names that item.
				if ([...acc].some(([k, v]) => [...k].length >= 3 && span.name.includes(k) && !v.ids.has(id))) continue;
				put(span.name, id, 'learnt');
			}
		}
	}
	const forms: NameForm[] = [...acc].map(([form, v]) => ({ form, entryIds: [...v.ids].sort(), origin: v.origin }));
	forms.sort((a, b) => b.form.length - a.form.length || a.form.localeCompare(b.form));
	return { forms, byForm: new Map(forms.map((f) => [f.form, f])), suffixes: SHARED_SUFFIXES };
}

/** An item found in a text. */
export interface Mention {
	entryIds: string[];
	/** The words as written (for a list member, the member and the shared suffix are named in `form`). */
	words: string;
	form: string;
	/** Offsets in the searched text (of the words as written). */
	start: number;
	end: number;
	/** How it was found. */
	via: NameForm['origin'] | 'list';
}

/** A member's own kind word, dropped when the list names what its members are (罗家堡水库、…等中型灌区 → 罗家堡中型灌区). */
const MEMBER_KIND = /(水库|水电站|电站|互通|机场|火车站|高铁站)$/;
/** Characters a list member may hold. */
const MEMBER_RUN = /[^、，。；：,.;:！？!?\s（）()“”"‘’《》]+(?:、[^、，。；：,.;:！？!?\s（）()“”"‘’《》]+)+/gu;

/**
 * The members of enumerations (A、B、C) whose names share a head written once before the first member and a tail
 * written once after the last: 建设渝东南铁路、航空、公路物流中心 names 渝东南铁路物流中心, 渝东南航空物流中心 and
 * 渝东南公路物流中心. A head and tail are taken when at least two members make known names with them and the words
 * of the text hold them; a list that says what its members are (…等中型灌区续建配套与改造工程) names them so even when
 * a member also names another work (罗家堡水库 in the list of irrigation districts).
 *
 * @param text - a sentence
 * @param lexicon - from {@link buildLexicon}
 * @returns the members found, each with its span in the text (the first with the head, the last with the tail)
 */
function listMembers(text: string, lexicon: Lexicon): Mention[] {
	const out: Mention[] = [];
	const forms = lexicon.forms.filter((f) => f.origin !== 'ref' && [...f.form].length >= 4);
	for (const run of text.matchAll(MEMBER_RUN)) {
		const segs = run[0].split('、');
		if (segs.length < 2 || segs.some((x) => x.length === 0 || x.length > 40)) continue;
		const offsets: number[] = [];
		let at = run.index ?? 0;
		for (const x of segs) {
			offsets.push(at);
			at += x.length + 1;
		}
		const last = segs.length - 1;
		/** Per (head|tail): member index → [form, start, end]. */
		const groups = new Map<string, Map<number, { f: NameForm; start: number; end: number }>>();
		const verified = new Map<string, { head: boolean; tail: boolean }>();
		const note = (head: string, tail: string, i: number, f: NameForm, start: number, end: number, by: 'head' | 'tail' | null) => {
			const key = `${head}|${tail}`;
			const g = groups.get(key) ?? new Map();
			if (!g.has(i)) g.set(i, { f, start, end });
			groups.set(key, g);
			const v = verified.get(key) ?? { head: head === '', tail: tail === '' };
			if (by) v[by] = true;
			verified.set(key, v);
		};
		const cores = (member: string) => {
			const stem = member.replace(MEMBER_KIND, '');
			return stem !== member && stem.length >= 2 ? [member, stem] : [member];
		};
		segs.forEach((seg, i) => {
			if (i === 0) {
				// The first member is a tail of the segment; the head, if any, is written just before it.
				for (let j = Math.max(0, seg.length - 14); j < seg.length; j++) {
					const member = seg.slice(j);
					for (const c of cores(member))
						for (const f of forms) {
							const k = f.form.indexOf(c);
							if (k < 0) continue;
							const head = f.form.slice(0, k);
							const tail = f.form.slice(k + c.length);
							if (!seg.slice(0, j).endsWith(head)) continue;
							note(head, tail, i, f, offsets[i] + j - head.length, offsets[i] + seg.length, 'head');
						}
				}
			} else if (i === last) {
				// The last member is a head of the segment; the tail follows it (after 等, "and other").
				for (let j = 1; j <= Math.min(seg.length, 14); j++) {
					const member = seg.slice(0, j);
					const rest = seg.slice(j).replace(/^等/, '');
					const restAt = offsets[i] + seg.length - rest.length;
					for (const c of cores(member))
						for (const f of forms) {
							const k = f.form.indexOf(c);
							if (k < 0) continue;
							const head = f.form.slice(0, k);
							const tail = f.form.slice(k + c.length);
							if (!rest.startsWith(tail)) continue;
							note(head, tail, i, f, offsets[i], tail ? restAt + tail.length : offsets[i] + j, 'tail');
						}
				}
			} else {
				for (const c of cores(seg))
					for (const f of forms) {
						const k = f.form.indexOf(c);
						if (k < 0) continue;
						note(f.form.slice(0, k), f.form.slice(k + c.length), i, f, offsets[i], offsets[i] + seg.length, null);
					}
			}
		});
		let best: Map<number, { f: NameForm; start: number; end: number }> | null = null;
		let bestKey = '';
		for (const [key, g] of groups) {
			const v = verified.get(key)!;
			if (key === '|' || !v.head || !v.tail || g.size < 2) continue;
			if (!best || g.size > best.size || (g.size === best.size && key.length > bestKey.length)) {
				best = g;
				bestKey = key;
			}
		}
		if (!best) continue;
		for (const [, m] of [...best].sort((a, b) => a[0] - b[0]))
			out.push({ entryIds: m.f.entryIds, words: text.slice(m.start, m.end), form: m.f.form, start: m.start, end: m.end, via: 'list' });
	}
	return out;
}

/** The words a verb may put between the two halves of a descriptive name: 增设, 配套建设, 布局 … (no punctuation). */
const SPLIT_GAP = /^[\p{Script=Han}]{1,4}$/u;

/**
 * Descriptive names written with a verb between their two halves, as a plan says where a work goes: "在黔江南互通增设
 * 旅游集散服务站" names 黔江南互通旅游集散服务站. Each half holds at least four characters, the words between them at
 * most four, and only an entry's own names and short names are read so (not names learnt from citations).
 *
 * @param text - a sentence
 * @param lexicon - from {@link buildLexicon}
 * @returns the names found, each spanning both halves and the words between
 */
function splitNames(text: string, lexicon: Lexicon): Mention[] {
	const out: Mention[] = [];
	for (const f of lexicon.forms) {
		if ((f.origin !== 'name' && f.origin !== 'short') || f.form.length < 8) continue;
		if (!text.includes(f.form.slice(0, 4)) || !text.includes(f.form.slice(-4)) || text.includes(f.form)) continue;
		for (let k = 4; k <= f.form.length - 4; k++) {
			const [a, b] = [f.form.slice(0, k), f.form.slice(k)];
			let hit = false;
			for (let at = text.indexOf(a); at >= 0 && !hit; at = text.indexOf(a, at + 1)) {
				const j = text.indexOf(b, at + k + 1);
				if (j < 0 || !SPLIT_GAP.test(text.slice(at + k, j))) continue;
				out.push({ entryIds: f.entryIds, words: text.slice(at, j + b.length), form: f.form, start: at, end: j + b.length, via: 'other' });
				hit = true;
			}
			if (hit) break;
		}
	}
	return out;
}

/**
 * Finds the catalogue's items in a text, longest name first; a name inside a longer one is not counted again.
 *
 * @param text - a paragraph or sentence
 * @param lexicon - from {@link buildLexicon}
 * @returns mentions in text order
 * @example
 * findMentions('黔恩、黔石、黔江过境高速建成通车', lexicon).map((m) => m.form); // ['黔恩高速', '黔石高速', '黔江过境高速']
 */
export function findMentions(text: string, lexicon: Lexicon): Mention[] {
	const taken = new Uint8Array(text.length);
	const found: Mention[] = [];
	const free = (a: number, b: number) => {
		for (let i = a; i < b; i++) if (taken[i]) return false;
		return true;
	};
	const take = (a: number, b: number) => taken.fill(1, a, b);
	// Lists whose members share a head and a tail (建设渝东南铁路、航空、公路物流中心; 罗家堡水库、小南海等中型灌区…):
	// read first, so a member named for what the list says it is (…等中型灌区) is not read as the work it is named after.
	// Then descriptive names a verb splits (在黔江南互通增设旅游集散服务站 names 黔江南互通旅游集散服务站).
	for (const m of [...listMembers(text, lexicon), ...splitNames(text, lexicon)]) {
		if (!free(m.start, m.end)) continue;
		take(m.start, m.end);
		found.push(m);
	}
	for (const f of lexicon.forms) {
		if (f.origin === 'ref') continue;
		let from = 0;
		for (;;) {
			const at = text.indexOf(f.form, from);
			if (at < 0) break;
			from = at + 1;
			const end = at + f.form.length;
			if (!free(at, end)) continue;
			take(at, end);
			found.push({ entryIds: f.entryIds, words: f.form, form: f.form, start: at, end, via: f.origin });
		}
	}
	// Inventory codes written as codes (R2, W14): only when set apart from other letters and digits.
	for (const f of lexicon.forms) {
		if (f.origin !== 'ref') continue;
		const re = new RegExp(`(?<![A-Za-z0-9])${f.form}(?![A-Za-z0-9\\p{Script=Han}])`, 'gu');
		for (const m of text.matchAll(re)) {
			const at = m.index ?? 0;
			if (!free(at, at + f.form.length)) continue;
			take(at, at + f.form.length);
			found.push({ entryIds: f.entryIds, words: f.form, form: f.form, start: at, end: at + f.form.length, via: 'ref' });
		}
	}
	// Lists sharing a suffix: 黔恩、黔石、黔江过境高速 → each member + 高速; 马喇及中塘等光伏发电项目 → 马喇…, 中塘….
	for (const suffix of lexicon.suffixes) {
		let from = 0;
		for (;;) {
			const at = text.indexOf(suffix, from);
			if (at < 0) break;
			from = at + suffix.length;
			let end = text[at - 1] === '等' ? at - 1 : at;
			let first = true;
			for (;;) {
				if (!first) {
					if (!/[、和及与]/.test(text[end - 1] ?? '')) break;
					end -= 1;
				}
				let s = end;
				while (s > 0 && /[\p{Script=Han}A-Za-z0-9]/u.test(text[s - 1]) && end - s < 12) s--;
				let hit: NameForm | undefined;
				let hitStart = -1;
				for (let k = s; k <= end - 2; k++) {
					const candidate = lexicon.byForm.get(text.slice(k, end) + suffix);
					if (candidate && candidate.origin !== 'ref') {
						hit = candidate;
						hitStart = k;
						break;
					}
				}
				if (!hit) break;
				const span = first && end === at ? [hitStart, at + suffix.length] : [hitStart, end];
				if (free(span[0], span[1])) {
					take(span[0], span[1]);
					found.push({
						entryIds: hit.entryIds,
						words: text.slice(span[0], span[1]),
						form: hit.form,
						start: span[0],
						end: span[1],
						via: 'list'
					});
				}
				end = hitStart;
				first = false;
			}
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/**
 * Adds each entry's inventory code to a lexicon, so a text that writes "R2" finds it.
 *
 * @param lexicon - the lexicon to extend
 * @param entries - the entries whose codes to add
 * @returns the same lexicon
 */
export function withRefs(lexicon: Lexicon, entries: readonly ProjectEntry[]): Lexicon {
	const byRef = new Map<string, string[]>();
	for (const e of entries) byRef.set(e.ref, [...(byRef.get(e.ref) ?? []), e.id]);
	for (const [ref, ids] of byRef) {
		if (lexicon.byForm.has(ref)) continue;
		const f: NameForm = { form: ref, entryIds: ids, origin: 'ref' };
		lexicon.forms.push(f);
		lexicon.byForm.set(ref, f);
	}
	return lexicon;
}
