import { describe, expect, it } from 'vitest';
import {
	EXPORT_SIZES,
	coverCrop,
	exportLayout,
	exportMetrics,
	metersPerPixel,
	niceScaleBar,
	northArrowAngle,
	paperPx,
	renderPlan,
	wrapText
} from '../../src/lib/export/layout';
import { legendRows } from '../../src/lib/export/legend';
import { lightTheme } from '../../src/lib/map/theme';

const inside = (inner: { x: number; y: number; width: number; height: number }, w: number, h: number) =>
	inner.x >= 0 && inner.y >= 0 && inner.x + inner.width <= w && inner.y + inner.height <= h;
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('export sizes', () => {
	it('has 16:9 at 1920×1080 and A4 / A3 landscape at 150 dpi', () => {
		expect(EXPORT_SIZES.map((s) => [s.id, s.widthPx, s.heightPx])).toEqual([
			['screen', 1920, 1080],
			['a4', 1754, 1240],
			['a3', 2480, 1754]
		]);
	});

	it('converts millimetres at a resolution', () => {
		expect(paperPx(25.4, 150)).toBe(150);
		expect(paperPx(210, 300)).toBe(2480);
	});
});

describe('scale', () => {
	it('gives about 78 km per pixel at zoom 0 on the equator, halving per zoom level and shrinking with latitude', () => {
		expect(metersPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
		expect(metersPerPixel(0, 1)).toBeCloseTo(78271.517 / 2, 2);
		expect(metersPerPixel(60, 0)).toBeCloseTo(78271.517 / 2, 2);
		expect(metersPerPixel(0, 0, 2)).toBeCloseTo(78271.517 / 2, 2);
	});

	it('rounds the scale bar down to 1, 2 or 5 × a power of ten', () => {
		expect(niceScaleBar(100, 240)).toEqual({ meters: 20000, lengthPx: 200, label: '20 km' });
		expect(niceScaleBar(100, 180)).toEqual({ meters: 10000, lengthPx: 100, label: '10 km' });
		expect(niceScaleBar(3, 240)).toEqual({ meters: 500, lengthPx: 500 / 3, label: '500 m' });
		expect(niceScaleBar(250, 240).label).toBe('50 km');
		expect(niceScaleBar(0.5, 240, { km: '公里', m: '米' }).label).toBe('100 米');
		expect(niceScaleBar(6.25, 240).label).toBe('1 km');
	});

	it('never draws a bar longer than allowed, nor shorter than 40% of it', () => {
		for (const mpp of [0.7, 3, 17, 123, 999, 4321]) {
			const bar = niceScaleBar(mpp, 240);
			expect(bar.lengthPx).toBeLessThanOrEqual(240 + 1e-9);
			expect(bar.lengthPx).toBeGreaterThanOrEqual(240 * 0.4);
		}
	});

	it('turns the north arrow against the bearing', () => {
		expect(northArrowAngle(0)).toBeCloseTo(0);
		expect(northArrowAngle(90)).toBeCloseTo(-Math.PI / 2);
		expect(northArrowAngle(-45)).toBeCloseTo(Math.PI / 4);
	});
});

describe('render plan and crop', () => {
	it('keeps the screen view inside the output and scales pixels up', () => {
		const p = renderPlan({ width: 900, height: 700 }, { width: 1920, height: 1080 });
		expect(p.pixelRatio).toBeCloseTo(1080 / 700, 6);
		expect(p.cssWidth * p.pixelRatio).toBeGreaterThanOrEqual(1920);
		expect(p.cssHeight).toBe(700);
		expect(p.cssWidth).toBeGreaterThanOrEqual(900);
	});

	it('never renders below one device pixel per CSS pixel', () => {
		expect(renderPlan({ width: 3000, height: 2000 }, { width: 1920, height: 1080 }).pixelRatio).toBe(1);
	});

	it('crops a wide source to a square centre', () => {
		expect(coverCrop({ width: 200, height: 100 }, { width: 100, height: 100 })).toEqual({ x: 50, y: 0, width: 100, height: 100 });
	});
});

describe('text wrapping', () => {
	const chars = (s: string) => s.length;
	it('breaks Latin text at spaces', () => {
		expect(wrapText('a bb ccc', 4, chars)).toEqual(['a bb', 'ccc']);
		expect(wrapText('Data as of 2026-11', 10, chars)).toEqual(['Data as of', '2026-11']);
	});

	it('breaks Chinese between characters and keeps a closing mark with its character', () => {
		expect(wrapText('数据来源：地名位置', 5, chars)).toEqual(['数据来源：', '地名位置']);
		expect(wrapText('数据来源：地名位置', 4, chars)).toEqual(['数据来', '源：地名', '位置']);
	});

	it('keeps an opening bracket with what follows it', () => {
		expect(wrapText('机场（airport）', 3, chars)).toEqual(['机场', '（airport）']);
		expect(wrapText('地形（公有）', 3, chars)).toEqual(['地形', '（公', '有）']);
	});

	it('gives a long word a line of its own', () => {
		expect(wrapText('x abcdefghij y', 5, chars)).toEqual(['x', 'abcdefghij', 'y']);
	});

	it('returns no line for empty text', () => {
		expect(wrapText('   ', 5, chars)).toEqual([]);
	});
});

describe('furniture layout', () => {
	it.each(EXPORT_SIZES.map((s) => [s.id, s] as const))('%s: every box is inside the image and none overlap', (_id, s) => {
		const m = exportMetrics(s.widthPx, s.heightPx);
		const lay = exportLayout(m, { titleLines: 2, footerLines: 3, legendRows: 12 });
		const north = {
			x: lay.north.cx - lay.north.sizePx / 2,
			y: lay.north.cy - lay.north.sizePx / 2,
			width: lay.north.sizePx,
			height: lay.north.sizePx
		};
		const scale = { x: lay.scale.x, y: lay.scale.y, width: lay.scale.maxLengthPx, height: lay.scale.barHeightPx };
		const boxes = { title: lay.title, legend: lay.legend, footer: lay.footer, north, scale };
		for (const [name, b] of Object.entries(boxes)) expect(inside(b, s.widthPx, s.heightPx), name).toBe(true);
		const names = Object.keys(boxes) as (keyof typeof boxes)[];
		for (const a of names) for (const b of names) if (a < b) expect(overlap(boxes[a], boxes[b]), `${a} × ${b}`).toBe(false);
		expect(lay.footer.y + lay.footer.height).toBe(s.heightPx);
	});

	it('scales type with the image: A3 type is larger than 16:9 type', () => {
		expect(exportMetrics(2480, 1754).titlePx).toBeGreaterThan(exportMetrics(1920, 1080).titlePx);
		expect(exportMetrics(1920, 1080).titlePx).toBe(44);
	});
});

describe('legend rows', () => {
	const headings = { kinds: 'Kinds', phases: 'Progress' };
	it('lists only the visible groups and phases, with the theme’s colours', () => {
		const rows = legendRows({ groups: { hsr: 2, water: 1 }, phases: { planned: 3 } }, 'en', lightTheme, headings);
		expect(rows.map((r) => r.label)).toEqual(['Kinds', 'High-speed rail', 'Reservoirs & water', 'Progress', 'Planned']);
		expect(rows[1]).toMatchObject({ kind: 'group', colour: lightTheme.projects.hsr, count: 2 });
		expect(rows[4]).toMatchObject({ kind: 'phase', dash: [3, 1.6], opacity: lightTheme.phaseOpacity.planned });
	});

	it('is empty when nothing is visible', () => {
		expect(legendRows({ groups: {}, phases: {} }, 'zh', lightTheme, headings)).toEqual([]);
	});
});

describe('legend width', () => {
	it('widens the legend for long rows, up to a third of the image', () => {
		const m = exportMetrics(1920, 1080);
		const base = { titleLines: 1, footerLines: 2, legendRows: 5 };
		expect(exportLayout(m, base).legend.width).toBe(m.legendWidthPx);
		expect(exportLayout(m, { ...base, legendWidthPx: 400 }).legend.width).toBe(400);
		expect(exportLayout(m, { ...base, legendWidthPx: 5000 }).legend.width).toBe(640);
		const wide = exportLayout(m, { ...base, legendWidthPx: 400 }).legend;
		expect(wide.x + wide.width).toBe(1920 - m.marginPx);
	});
});
