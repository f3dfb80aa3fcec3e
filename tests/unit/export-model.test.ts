import { describe, expect, it } from 'vitest';
import { exportModel, exportSubtitle, type ExportInputs } from '../../src/lib/export/model';
import { precisionCounts } from '../../src/lib/export/legend';
import { emptiestBox, exportLayout, exportMetrics } from '../../src/lib/export/layout';
import { lightTheme } from '../../src/lib/map/theme';

const base: ExportInputs = {
	lang: 'en',
	title: 'Wuling Atlas',
	year: 'now',
	groups: [],
	phases: [],
	periods: [],
	query: '',
	tool: null,
	counts: { groups: { hsr: 2, expressway: 1, water: 3 }, phases: { 'in-service': 1, building: 1, planned: 4 } },
	precision: { schematic: 3, approximate: 2, exact: 1 },
	dataDate: '2026-11',
	credits: [{ zh: '国家基础地理信息', en: 'National geographic data' }]
};

describe('the export model', () => {
	it('states the year, the filters and the tool in the subtitle (a 2030 export says 2030)', () => {
		const s = exportSubtitle({ ...base, year: '2030', groups: ['hsr', 'rail'], phases: ['planned'], tool: 'Travel time' });
		expect(s).toBe('Year: 2030 · Filters: High-speed rail, Conventional rail & spurs; Planned · Tool: Travel time');
		const zh = exportSubtitle({ ...base, lang: 'zh', year: '2030', groups: ['hsr'], periods: ['2026-2030'], query: '黔吉' });
		expect(zh).toContain('年份：2030');
		expect(zh).toContain('筛选：高速铁路');
		expect(zh).toContain('十五五');
		expect(zh).toContain('搜索“黔吉”');
	});

	it('says "all projects" and "today" when nothing is filtered, and names no tool on the project list', () => {
		expect(exportSubtitle(base)).toBe('Year: today · All projects');
		expect(exportSubtitle({ ...base, lang: 'zh' })).toBe('年份：现状 · 全部项目');
	});

	it('carries the full legend: kinds, progress with existing and planned, and placement', () => {
		const m = exportModel(base, lightTheme);
		const headings = m.legend.filter((r) => r.kind === 'heading').map((r) => r.label);
		expect(headings).toEqual(['Project kinds', 'Progress', 'Placement']);
		expect(m.legend.filter((r) => r.kind === 'group')).toHaveLength(3);
		const phases = m.legend.filter((r) => r.kind === 'phase');
		expect(phases.map((r) => r.label)).toEqual(['In service (existing network, grey)', 'Building / starting', 'Planned']);
		const placed = m.legend.flatMap((r) => (r.kind === 'precision' ? [r.style] : []));
		expect(placed).toEqual(['schematic', 'approximate', 'exact']);
	});

	it('drops a placement row nothing drawn uses', () => {
		const m = exportModel({ ...base, precision: { schematic: 0, approximate: 0, exact: 5 } }, lightTheme);
		expect(m.legend.flatMap((r) => (r.kind === 'precision' ? [r.style] : []))).toEqual(['exact']);
	});

	it('puts the date of the data and the sources in the footer', () => {
		const m = exportModel({ ...base, lang: 'zh' }, lightTheme);
		expect(m.footer[0]).toContain('数据日期：2026-11');
		expect(m.footer[1]).toContain('国家基础地理信息');
		expect(m.title).toBe('Wuling Atlas');
	});
});

describe('placement counts', () => {
	it('counts features by how they are placed', () => {
		const f = (method: string) => ({ properties: { method } });
		expect(precisionCounts({ features: [f('schematic'), f('schematic'), f('approximate'), f('surveyed')] })).toEqual({
			schematic: 2,
			approximate: 1,
			exact: 1
		});
	});
});

describe('where the legend goes', () => {
	const m = exportMetrics(1920, 1080);
	const lay = exportLayout(m, { titleLines: 1, subtitleLines: 1, footerLines: 2, legendRows: 12 });
	const boxes = [lay.legend, ...lay.legendCandidates];
	const centre = (b: { x: number; y: number; width: number; height: number }): [number, number] => [b.x + b.width / 2, b.y + b.height / 2];

	it('keeps the bottom-right corner on an empty map', () => {
		expect(emptiestBox(boxes, []).box).toBe(lay.legend);
	});

	it('moves away from lines drawn under the bottom-right corner (the eastern lines)', () => {
		const east: [number, number][] = Array.from({ length: 20 }, (_, i) => [1750 + i, 700 + i * 5]);
		const chosen = emptiestBox(boxes, east);
		expect(chosen.box).not.toBe(lay.legend);
		expect(chosen.covered).toBe(0);
	});

	it('picks the corner covering the fewest points when none is empty', () => {
		const points: [number, number][] = [
			...Array(5).fill(centre(boxes[0])),
			...Array(3).fill(centre(boxes[1])),
			...Array(1).fill(centre(boxes[2])),
			...Array(4).fill(centre(boxes[3]))
		];
		expect(emptiestBox(boxes, points)).toEqual({ box: boxes[2], covered: 1 });
	});

	it('keeps every candidate inside the image, clear of the title and the footer', () => {
		for (const b of boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(1920);
			expect(b.y + b.height).toBeLessThanOrEqual(lay.footer.y);
			const overTitle = b.x < lay.title.x + lay.title.width && b.y < lay.title.y + lay.title.height;
			expect(overTitle).toBe(false);
		}
	});
});
