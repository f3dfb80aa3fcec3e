// Accessibility: axe-core on every kind of page in both languages, and the keyboard path through
// the project list.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync(new URL('../../static/geo/projects.json', import.meta.url), 'utf8'));
const entries = Array.isArray(index) ? index : index.projects;
const project = entries.find((e) => e.method !== 'unlocated');
const sourceFile = readdirSync(new URL('../../static/geo/sources/', import.meta.url))
	.find((f) => f.endsWith('.txt'))
	?.replace(/\.txt$/, '');

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

/**
 * Runs axe-core on the page and returns its serious and critical violations, one line each.
 * @param {import('playwright-core').Page} page
 */
async function seriousViolations(page) {
	// Evaluated through the DevTools protocol, not as an inline <script>: the site's Content-Security-Policy
	// (rightly) refuses inline scripts, and the harness fails a test on any violation.
	if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE);
	const violations = await page.evaluate(async () => {
		const result = await window.axe.run(document, {
			resultTypes: ['violations'],
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }
		});
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1] ?? ''}`)
		}));
	});
	return violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id} (${v.impact}): ${v.nodes.join(' | ')}`);
}

/** Opens a page in a language: the main page reads ?lang=, the others the stored choice. */
async function openIn(lang, path) {
	const { page, tracker } = await openPage(context);
	await page.addInitScript((l) => localStorage.setItem('wuling-atlas:lang', l), lang);
	await page.goto(`${BASE_URL}${path}`);
	return { page, tracker };
}

// [name, path, kind]: 'map' reads ?lang=, 'localised' the stored choice, 'bilingual' shows both at once.
const PAGES = [
	['the map page', '/', 'map'],
	['a project page', `/projects/${project.id}/`, 'localised'],
	['the about page', '/about/', 'bilingual'],
	['the project index', '/projects/', 'bilingual'],
	['a source page', `/sources/${sourceFile}/`, 'bilingual']
];

for (const lang of ['zh', 'en']) {
	for (const [name, path, kind] of PAGES) {
		const isMap = kind === 'map';
		test(`${name} in ${lang} has no serious or critical axe violations`, async () => {
			assert.ok(sourceFile, 'a source text exists in static/geo/sources');
			const { page, tracker } = await openIn(lang, isMap ? `${path}?lang=${lang}` : path);
			if (isMap) await waitForMap(page);
			else await page.waitForLoadState('networkidle');
			if (kind !== 'bilingual') {
				const expected = lang === 'zh' ? 'zh-Hans' : 'en';
				await page.waitForFunction((l) => document.documentElement.lang === l, expected);
			}
			const found = await seriousViolations(page);
			assert.deepEqual(found, [], `${name} (${lang}):\n${found.join('\n')}`);
			if (isMap) {
				// The same page with a project open: the detail view and its facts.
				await page.locator('[data-testid="project-list"] button.item').first().click();
				await page.getByTestId('project-detail').waitFor();
				const inDetail = await seriousViolations(page);
				assert.deepEqual(inDetail, [], `${name} (${lang}), project open:\n${inDetail.join('\n')}`);
			}
			assertClean(assert, tracker);
			await page.close();
		});
	}
}

test('keyboard: Tab reaches search and list, Enter opens a project onto its heading, focus stays visible', async () => {
	const { page, tracker } = await openIn('en', '/?lang=en');
	await waitForMap(page);
	await page.locator('body').focus();

	/** Presses Tab until `predicate` holds for the focused element; returns how many presses it took. */
	async function tabUntil(predicate, limit = 40) {
		for (let i = 1; i <= limit; i++) {
			await page.keyboard.press('Tab');
			if (await page.evaluate(predicate)) return i;
		}
		return -1;
	}

	const toSearch = await tabUntil(() => document.activeElement?.matches('[data-testid="project-search"]'));
	assert.ok(toSearch > 0, 'Tab reaches the search box');
	const toList = await tabUntil(() => document.activeElement?.matches('[data-testid="project-list"] button'));
	assert.ok(toList > 0, 'Tab reaches the project list');

	// The focused item is visibly marked.
	const outline = await page.evaluate(() => {
		const s = getComputedStyle(document.activeElement);
		return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
	});
	assert.ok(outline.style !== 'none' && outline.width >= 2, `focus outline ${JSON.stringify(outline)}`);

	await page.keyboard.press('ArrowDown');
	const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
	assert.ok(id, 'arrow keys move along the list');
	await page.keyboard.press('Enter');
	await page.getByTestId('project-detail').waitFor();
	await page.waitForFunction(() => document.activeElement?.id === 'detail-title');
	const name = entries.find((e) => e.id === id).name.en;
	assert.equal(await page.evaluate(() => document.activeElement?.textContent), name);
	assert.equal(new URL(page.url()).searchParams.get('project'), id);

	// Focus stays visible on the header's controls and the year control.
	for (const selector of ['[data-testid="lang-switch"]', 'header a', '[data-testid="year-control"] [tabindex="0"]']) {
		// :focus-visible follows keyboard use; a key press first makes the next focus keyboard focus.
		await page.keyboard.press('Shift');
		await page.locator(selector).first().focus();
		const outline = await page.evaluate(() => {
			const s = getComputedStyle(document.activeElement);
			return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
		});
		assert.ok(outline.style !== 'none' && outline.width >= 2, `${selector}: ${JSON.stringify(outline)}`);
	}
	// Arrow keys in the year control check the next year and take the focus along.
	await page.locator('[data-testid="year-control"] [tabindex="0"]').focus();
	await page.keyboard.press('ArrowRight');
	await page.waitForFunction(() => document.activeElement?.getAttribute('aria-checked') === 'true');
	assert.equal(await page.evaluate(() => document.activeElement?.textContent), '2020');
	await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2020');
	assertClean(assert, tracker);
	await page.close();
});
