// Measures the tap targets of a page: every visible interactive element's box, in CSS pixels.

/**
 * Lists the visible interactive elements of the page smaller than `min` × `min` CSS px. A checkbox or radio
 * counts by its label's box; a link inside a sentence is exempt, as WCAG 2.5.8 exempts inline targets.
 * @param {import('playwright-core').Page} page
 * @param {number} [min]
 * @returns {Promise<{ what: string, width: number, height: number }[]>}
 */
export async function smallTargets(page, min = 44) {
	return page.evaluate((min) => {
		const selector = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=tab], [role=radio], [role=button]';
		const out = [];
		const seen = new Set();
		for (const el of document.querySelectorAll(selector)) {
			if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
			let box = el;
			if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
				box = el.closest('label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null) ?? el;
			}
			if (seen.has(box)) continue;
			// Visually hidden until focused (the skip link): not a target on the screen.
			const cs = getComputedStyle(box);
			if (cs.clipPath === 'inset(50%)' || cs.clip === 'rect(0px, 0px, 0px, 0px)') continue;
			seen.add(box);
			if (el.tagName === 'A' && getComputedStyle(el).display === 'inline') {
				const parentText = (el.parentElement?.textContent ?? '').trim();
				if (parentText.length > (el.textContent ?? '').trim().length) continue;
			}
			const r = box.getBoundingClientRect();
			if (r.width === 0 && r.height === 0) continue;
			if (r.width + 0.5 < min || r.height + 0.5 < min) {
				const label = (box.getAttribute('aria-label') ?? box.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
				const id = box.id ? `#${box.id}` : box.getAttribute('data-testid') ? `[data-testid=${box.getAttribute('data-testid')}]` : '';
				out.push({
					what: `${box.tagName.toLowerCase()}${id}${box.className && typeof box.className === 'string' ? '.' + box.className.trim().split(/\s+/).join('.') : ''} "${label}"`,
					width: Math.round(r.width),
					height: Math.round(r.height)
				});
			}
		}
		return out;
	}, min);
}
