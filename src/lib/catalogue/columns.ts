/**
 * Newspaper texts are hard-wrapped at their column width, so one sentence runs over several lines.
 * Joining the lines of each paragraph gives the text as written, with the line numbers it spans.
 */

export interface JoinedParagraph {
	/** First and last 1-based line numbers of the paragraph. */
	from: number;
	to: number;
	text: string;
}

/**
 * Joins consecutive non-blank lines into paragraphs; a blank line ends a paragraph.
 *
 * @param lines - the document's lines (line n is `lines[n - 1]`)
 * @returns paragraphs with the line range each spans
 * @example
 * joinColumns(['建设武陵山区综合交通枢纽。建', '成投用渝湘高铁', '', '下一段']);
 * // [{ from: 1, to: 2, text: '建设武陵山区综合交通枢纽。建成投用渝湘高铁' }, { from: 4, to: 4, text: '下一段' }]
 */
export function joinColumns(lines: readonly string[]): JoinedParagraph[] {
	const out: JoinedParagraph[] = [];
	let current: JoinedParagraph | null = null;
	lines.forEach((raw, i) => {
		const line = raw.trim();
		if (!line) {
			current = null;
			return;
		}
		if (current) {
			current.text += line;
			current.to = i + 1;
		} else {
			current = { from: i + 1, to: i + 1, text: line };
			out.push(current);
		}
	});
	return out;
}
