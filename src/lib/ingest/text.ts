/**
 * A document's text cut into what the proposer reads: lines (as cited), paragraphs (hard-wrapped newspaper
 * columns joined back, as `citedText` joins a quote's lines), sentences and clauses, each knowing the lines it
 * came from. Pure: no file system.
 */

/** A span of a paragraph's text with the lines it lies on. */
export interface TextSpan {
	/** The words, exactly as in the joined lines (no separator between hard-wrapped lines). */
	text: string;
	/** First line, 1-based. */
	line: number;
	/** Last line, 1-based (equal to `line` within one line). */
	lineEnd: number;
	/** Offset of `text` in its paragraph. */
	start: number;
}

/** A paragraph: one line, or a run of hard-wrapped column lines joined without separators. */
export interface Paragraph {
	text: string;
	/** Line number of each character of `text`. */
	lineAt: number[];
	line: number;
	lineEnd: number;
}

/** A sentence (up to 。！？；) and its clauses (up to ，：). */
export interface Sentence extends TextSpan {
	clauses: TextSpan[];
	/** Index of the paragraph in {@link SplitText.paragraphs}. */
	paragraph: number;
}

export interface SplitText {
	lines: string[];
	/** True when the text reads as hard-wrapped columns (short lines ending mid-sentence). */
	columns: boolean;
	paragraphs: Paragraph[];
	sentences: Sentence[];
}

const SENTENCE_END = /[。！？；!?;]/;
const CLAUSE_END = /[，,：:]/;
const LINE_END_PUNCT = /[。！？；：”」）)!?;:]$/;

/**
 * Whether a text is hard-wrapped newspaper columns: most of its lines are short and end mid-sentence.
 *
 * @param lines - the text's lines
 * @returns true for column text
 * @example
 * looksLikeColumns(['建设武陵山区综合交通枢纽。建', '成投用渝湘高铁重庆至黔江段，开工']); // true
 */
export function looksLikeColumns(lines: readonly string[]): boolean {
	const full = lines.map((l) => l.trim()).filter((l) => l.length > 0);
	if (full.length < 2) return false;
	const short = full.filter((l) => [...l].length <= 24);
	const open = full.filter((l) => !LINE_END_PUNCT.test(l));
	return short.length / full.length >= 0.6 && open.length / full.length >= 0.5;
}

/**
 * Cuts a text into lines, paragraphs, sentences and clauses.
 *
 * @param text - the whole document
 * @param options - `columns` forces column joining on or off (detected by default)
 * @returns the pieces, each with its line numbers
 * @example
 * splitText('渝厦高铁建成通车。\n黔江站投用，货场扩能。').sentences.map((s) => s.line); // [1, 2]
 */
export function splitText(text: string, options: { columns?: boolean } = {}): SplitText {
	const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // a final newline ends the last line
	const columns = options.columns ?? looksLikeColumns(lines);
	const paragraphs: Paragraph[] = [];
	let current: Paragraph | null = null;
	lines.forEach((raw, i) => {
		const line = raw.replace(/\s+$/, '');
		const n = i + 1;
		if (line.trim() === '') {
			current = null;
			return;
		}
		if (!current || !columns) {
			current = { text: '', lineAt: [], line: n, lineEnd: n };
			paragraphs.push(current);
		}
		for (const ch of line) {
			current.text += ch;
			for (let k = 0; k < ch.length; k++) current.lineAt.push(n);
		}
		current.lineEnd = n;
	});
	const sentences: Sentence[] = [];
	paragraphs.forEach((p, pi) => {
		const span = (start: number, end: number): TextSpan => ({
			text: p.text.slice(start, end),
			start,
			line: p.lineAt[start] ?? p.line,
			lineEnd: p.lineAt[Math.max(start, end - 1)] ?? p.lineEnd
		});
		let s = 0;
		for (let i = 0; i <= p.text.length; i++) {
			if (i < p.text.length && !SENTENCE_END.test(p.text[i])) continue;
			const end = Math.min(i + 1, p.text.length);
			if (p.text.slice(s, end).trim()) {
				const clauses: TextSpan[] = [];
				let c = s;
				for (let j = s; j <= end; j++) {
					if (j < end && !CLAUSE_END.test(p.text[j])) continue;
					const ce = Math.min(j + 1, end);
					if (p.text.slice(c, ce).trim()) clauses.push(span(c, ce));
					c = ce;
				}
				sentences.push({ ...span(s, end), clauses, paragraph: pi });
			}
			s = end;
		}
	});
	return { lines, columns, paragraphs, sentences };
}

/**
 * The lines a stretch of a paragraph lies on, and its exact words.
 *
 * @param p - the paragraph
 * @param start - offset of the first character
 * @param end - offset after the last character
 * @returns the span
 */
export function spanOf(p: Paragraph, start: number, end: number): TextSpan {
	return {
		text: p.text.slice(start, end),
		start,
		line: p.lineAt[start] ?? p.line,
		lineEnd: p.lineAt[Math.max(start, end - 1)] ?? p.lineEnd
	};
}
