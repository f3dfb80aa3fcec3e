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
	hillshadeOpacity: number;
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
	uncertaintyFill: number;
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
	hillshadeOpacity: 0.35,
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
		hsr: '#c0392b',
		rail: '#8e44ad',
		station: '#6d2f86',
		expressway: '#d35400',
		road: '#b7950b',
		air: '#1f618d',
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
	uncertaintyFill: 0.12
};
