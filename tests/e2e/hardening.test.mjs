// Hostile input in the real browser: silent drops (link parameters checked late, presenter scenes), and the
// policy and headers the site is served with.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, launch, openPage, waitForMap, assertClean } from './harness.mjs';

let context;
before(async () => {
	context = await launch();
});
after(async () => {
	await context?.close();
});

test('silent drops: a travel place checked after the data loads and a bad presenter scene each raise a notice', async () => {
	const { page, tracker } = await openPage(context);
	await page.goto(`${BASE_URL}/?lang=en&tab=travel&tf=qianjiang&tt=atlantis`);
	await waitForMap(page, 120_000);
	const notices = page.getByTestId('notices');
	await notices.waitFor({ timeout: 30_000 });
	await page.waitForFunction(() => document.querySelector('[data-testid="notices"]')?.textContent?.includes('tt=atlantis'), null, {
		timeout: 30_000
	});
	assert.match(await notices.textContent(), /no such place/);
	assert.ok(!new URL(page.url()).searchParams.has('tt'), 'the dropped value left the link');

	await page.goto(`${BASE_URL}/present?scene=99&lang=zh`);
	await page.waitForSelector('[data-ready="true"]', { timeout: 120_000 });
	await notices.waitFor({ timeout: 15_000 });
	assert.match(await notices.textContent(), /scene=99/);
	assert.match(await notices.textContent(), /场景编号/);
	assertClean(assert, tracker);
	await page.close();
});

test('hardening: the pages carry a strict Content-Security-Policy and the server its security headers', async () => {
	const { page, tracker } = await openPage(context);
	const response = await page.goto(`${BASE_URL}/`);
	const headers = response.headers();
	assert.equal(headers['x-content-type-options'], 'nosniff');
	assert.match(headers['content-security-policy'] ?? '', /frame-ancestors 'none'/);
	assert.equal(headers['x-frame-options'], 'DENY');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	assert.ok(csp, 'a CSP meta tag');
	const directives = Object.fromEntries(
		csp
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.map(([k, ...v]) => [k, v])
	);
	assert.ok(!directives['script-src'].includes("'unsafe-inline'") && !directives['script-src'].includes("'unsafe-eval'"), csp);
	assert.deepEqual(directives['connect-src'], ["'self'"]);
	assert.deepEqual(directives['object-src'], ["'none'"]);
	assert.deepEqual(directives['base-uri'], ["'none'"]);
	await waitForMap(page, 120_000);
	// An inline script injected now must be refused by the policy (and reported: the harness sees it).
	const ran = await page.evaluate(() => {
		window.__injected = false;
		const s = document.createElement('script');
		s.textContent = 'window.__injected = true';
		document.body.append(s);
		return new Promise((ok) => setTimeout(() => ok(window.__injected), 200));
	});
	assert.equal(ran, false, 'an inline script did not run');
	assert.ok(tracker.csp.length >= 1, 'the violation was reported');
	// That violation was provoked on purpose; nothing else may have caused one.
	assert.ok(
		tracker.csp.every((m) => /script-src/.test(m)),
		tracker.csp.join('\n')
	);
	tracker.csp.length = 0;
	assertClean(assert, tracker);
	await page.close();
});
