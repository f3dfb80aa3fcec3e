import { describe, expect, it } from 'vitest';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import { lightTheme } from '../../src/lib/map/theme';

/** The colour-vision simulations (Machado et al. 2009, full severity) the palette is checked under. */
const VISION: [string, (c: Color) => Color][] = [
	['typical', (c) => c],
	['protanopia', filterDeficiencyProt(1)],
	['deuteranopia', filterDeficiencyDeuter(1)],
	['tritanopia', filterDeficiencyTrit(1)]
];
const delta = differenceCiede2000();
const colour = (hex: string): Color => {
	const c = parse(hex);
	if (!c) throw new Error(`not a colour: ${hex}`);
	return c;
};

describe('theme palette under colour-vision deficiencies', () => {
	for (const [vision, simulate] of VISION) {
		it(`tells high-speed rail from expressway at a glance (${vision})`, () => {
			const d = delta(simulate(colour(lightTheme.projects.hsr)), simulate(colour(lightTheme.projects.expressway)));
			// ΔE2000 above 20 is a clear difference of hue or lightness, not a shade.
			expect(d).toBeGreaterThan(20);
		});

		it(`tells every planned line from the grey existing network (${vision})`, () => {
			const grey = simulate(colour(lightTheme.existing));
			for (const group of ['hsr', 'rail', 'expressway', 'road', 'air'] as const) {
				expect(delta(simulate(colour(lightTheme.projects[group])), grey), group).toBeGreaterThan(12);
			}
		});

		it(`keeps high-speed and conventional rail apart (${vision})`, () => {
			expect(delta(simulate(colour(lightTheme.projects.hsr)), simulate(colour(lightTheme.projects.rail)))).toBeGreaterThan(15);
		});
	}
});
