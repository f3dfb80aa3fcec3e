import type { KindGroup, Phase } from '../catalogue/phase';

/**
 * The map's colours and type, in one place. The basemap is kept quiet (paper, soft greys, muted
 * water) so that colour is left for the projects drawn on top of it.
 */
export interface Theme {
	background: string;
	land: string;
	landOutside: string;
	focusDistrict: string;
	focusDistrictOutline: string;
	countyLine: string;
	prefectureLine: string;
	provinceLine: string;
	provinceCasing: string;
	water: string;
	waterLine: string;
	waterLabel: string;
	/** Hillshade of the terrain tiles: shadow, highlight and accent colours (alpha sets their strength). */
	hillshadeShadow: string;
	hillshadeHighlight: string;
	hillshadeAccent: string;
	/** Hillshade strength at zoom 5 and at zoom 10 and above, 0–1: softer close in, where the 2 km grid is blurred. */
	hillshadeExaggeration: [number, number];
	labelPrimary: string;
	labelSecondary: string;
	labelTownship: string;
	labelHalo: string;
	placeDot: string;
	placeDotSeat: string;
	airport: string;
	unitLabel: string;
	fontRegular: string;
	fontBold: string;
	/** One colour per project kind group (see catalogue/phase.ts). */
	projects: Record<KindGroup, string>;
	/** Line opacity per phase: lighter the further a project is from completion. */
	phaseOpacity: Record<Phase, number>;
	highlight: string;
	/** Lines already in service: the quiet network the plan builds on. */
	existing: string;
	existingCasing: string;
	/** Hub rings where lines meet at a town. */
	hubFill: string;
	hubStroke: string;
	/** The dark rail under a sketched corridor. */
	sketchCasing: string;
}

/** The default light theme. */
export const lightTheme: Theme = {
	background: '#f3efe6',
	land: '#f3efe6',
	landOutside: '#e9e5dc',
	focusDistrict: '#fbf8f1',
	focusDistrictOutline: '#8a6f52',
	countyLine: '#c9bfae',
	prefectureLine: '#a99c88',
	provinceLine: '#8d8273',
	provinceCasing: '#ece6da',
	water: '#b9d3df',
	waterLine: '#8fb4c6',
	waterLabel: '#4f7d93',
	hillshadeShadow: 'rgba(74, 62, 46, 0.55)',
	hillshadeHighlight: 'rgba(255, 252, 244, 0.45)',
	hillshadeAccent: 'rgba(90, 78, 60, 0.25)',
	hillshadeExaggeration: [0.45, 0.3],
	labelPrimary: '#2f2a24',
	labelSecondary: '#4a433a',
	labelTownship: '#6b6257',
	labelHalo: 'rgba(251, 248, 241, 0.92)',
	placeDot: '#7d7366',
	placeDotSeat: '#3e3830',
	airport: '#4a5d6e',
	unitLabel: '#9a8f80',
	fontRegular: 'Noto Sans SC Regular',
	fontBold: 'Noto Sans SC Regular',
	projects: {
		hsr: '#b2182b',
		rail: '#7b3294',
		station: '#6d2f86',
		expressway: '#e69f00',
		road: '#a6761d',
		air: '#1f78b4',
		water: '#138d90',
		energy: '#3f51b5',
		zone: '#5d7f1d'
	},
	phaseOpacity: {
		'in-service': 1,
		building: 0.95,
		planned: 0.85,
		preliminary: 0.7,
		study: 0.55,
		dropped: 0.35,
		lapsed: 0.35
	},
	highlight: '#111111',
	existing: '#8f877c',
	existingCasing: '#f7f4ee',
	hubFill: '#ffffff',
	hubStroke: '#3e3830',
	sketchCasing: '#1c1a17'
};
