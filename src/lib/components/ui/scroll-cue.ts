/**
 * A Svelte action for a row that scrolls sideways (the panel's tabs on a phone): marks the element with
 * `data-more-left` / `data-more-right` while content lies beyond either edge, so CSS can show a cue, and keeps
 * the selected tab in view.
 */
export function scrollCue(node: HTMLElement) {
	const update = () => {
		const more = node.scrollWidth - node.clientWidth;
		node.toggleAttribute('data-more-left', more > 1 && node.scrollLeft > 1);
		node.toggleAttribute('data-more-right', more > 1 && node.scrollLeft < more - 1);
	};
	const reveal = () => {
		const selected = node.querySelector<HTMLElement>('[aria-selected="true"]');
		// Only the row scrolls: scrollIntoView would also move the page and the panel.
		if (selected) {
			const left = selected.offsetLeft - node.offsetLeft;
			if (left < node.scrollLeft) node.scrollLeft = left - 40;
			else if (left + selected.offsetWidth > node.scrollLeft + node.clientWidth)
				node.scrollLeft = left + selected.offsetWidth - node.clientWidth + 40;
		}
		update();
	};
	const resize = new ResizeObserver(update);
	resize.observe(node);
	// A new selection scrolls it into view; new labels (another language) change what overflows.
	const selection = new MutationObserver(reveal);
	selection.observe(node, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-selected'] });
	node.addEventListener('scroll', update, { passive: true });
	reveal();
	return {
		destroy() {
			resize.disconnect();
			selection.disconnect();
			node.removeEventListener('scroll', update);
		}
	};
}
