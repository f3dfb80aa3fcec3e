/**
 * A Svelte action that shrinks a box's font size, step by step, until its content fits its height, never below a
 * floor; it starts again from the stylesheet's size whenever the box is resized or `key` changes. The box must be
 * height-limited (max-height, or a flex child with min-height 0). Sets `data-fit` to "ok" or "overflow", for tests.
 */
export function fitText(node: HTMLElement, options: { minPx: number; key: unknown }) {
	let { minPx } = options;
	let frame = 0;

	function fits(): boolean {
		return node.scrollHeight <= node.clientHeight + 1;
	}

	function fit() {
		frame = 0;
		node.style.fontSize = '';
		let size = parseFloat(getComputedStyle(node).fontSize);
		while (!fits() && size > minPx) {
			size = Math.max(minPx, size - 1);
			node.style.fontSize = `${size}px`;
		}
		node.dataset.fit = fits() ? 'ok' : 'overflow';
		node.dataset.fitPx = String(size);
	}

	function schedule() {
		if (!frame) frame = requestAnimationFrame(fit);
	}

	const observer = new ResizeObserver(schedule);
	observer.observe(node);
	// The parent's size changes with the window; the box's own size may not change when it is already full.
	if (node.parentElement) observer.observe(node.parentElement);
	const mutations = new MutationObserver(schedule);
	mutations.observe(node, { childList: true, subtree: true, characterData: true });
	fit();

	return {
		update(next: { minPx: number; key: unknown }) {
			minPx = next.minPx;
			schedule();
		},
		destroy() {
			observer.disconnect();
			mutations.disconnect();
			if (frame) cancelAnimationFrame(frame);
		}
	};
}
