import { serve } from '../../scripts/serve.mjs';
const server = await serve('build');
process.env.E2E_BASE_URL = server.url;
const { launch, openPage, waitForMap } = await import('./harness.mjs');
const ctx = await launch();
async function shot(vp, lang, url, prep, name) {
	const { page } = await openPage(ctx, vp);
	await page.goto(server.url + url);
	await waitForMap(page);
	if (lang === 'en') { await page.getByTestId('lang-switch').click(); await page.waitForFunction(() => document.documentElement.lang === 'en'); }
	await prep(page);
	await page.waitForTimeout(2500);
	await page.screenshot({ path: `/tmp/shots/${name}.png` });
	await page.close();
}
const desk = { width: 1440, height: 900 }, phone = { width: 390, height: 844 };
const route = async (p) => { await p.locator('#tab-travel').click(); await p.waitForSelector('[data-testid="travel-table"] tbody tr'); await p.getByTestId('travel-before').selectOption('2020'); await p.locator('[data-testid="travel-table"] tr[data-place="changsha"] button.name').click(); await p.getByTestId('route-explain').waitFor(); };
const prom = async (p) => { await p.locator('#tab-promises').click(); await p.getByTestId('promise').first().waitFor(); await p.getByTestId('promise-show-route').nth(1).click(); };
const acc = async (p) => { await p.locator('#tab-travel').click(); await p.getByTestId('travel-view-access').click(); await p.getByTestId('access-chart').waitFor(); };
const table = async (p) => { await p.locator('#tab-travel').click(); await p.waitForSelector('[data-testid="travel-table"] tbody tr'); await p.getByTestId('travel-before').selectOption('2020'); const r = p.locator('[data-testid="travel-table"] tr[data-place="zhongxian"]'); await r.locator('button.why').click(); await r.scrollIntoViewIfNeeded(); };
const which = process.argv[2] ?? 'all';
const jobs = [
	['desk-zh-route', desk, 'zh', route], ['phone-zh-route', phone, 'zh', route],
	['desk-en-promises', desk, 'en', prom], ['phone-en-promises', phone, 'en', prom],
	['desk-zh-access', desk, 'zh', acc], ['phone-en-access', phone, 'en', acc], ['desk-en-table', desk, 'en', table]
];
for (const [n, vp, l, f] of jobs) if (which === 'all' || n.includes(which)) { await shot(vp, l, '/', f, n); console.log(n); }
await ctx.close(); await server.close();
