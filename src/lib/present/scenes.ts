/**
 * The presentation's story, as data. Each scene says where the camera goes, which kinds of project are
 * drawn in which year view, which projects stand out, and what the text panel says. Reorder or add
 * scenes by editing `SCENES`; tests check that every project id and layer group named here exists.
 */
import type { KindGroup } from '../catalogue/phase';
import type { YearView } from '../catalogue/view';
import type { ScenarioId, TravelMode } from '../analysis/network/types';

/** A string in both languages. */
export interface SceneText {
	zh: string;
	en: string;
}

/** Where the camera goes for a scene. Degrees for bearing and pitch. */
export interface SceneCamera {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
}

/**
 * Groups of map layers a scene can hide, so a scene shows only what it talks about. The layer ids of
 * each group are in `LAYER_GROUPS` (present/view.ts).
 */
export type LayerGroup = 'project-labels' | 'uncertainty' | 'schematic-bands' | 'township-labels' | 'hillshade';

/** A figure computed from the data when the scene is shown. */
export type SceneFigure =
	/** Counts of the projects the scene draws, by phase. */
	| { kind: 'counts' }
	/** The network model's fastest time between two places in each scenario. */
	| { kind: 'travel-time'; from: string; to: string; mode: TravelMode; scenarios: ScenarioId[] }
	/** The plan's connectivity promises and the model's verdict on each. */
	| { kind: 'promises' };

/** One scene of the presentation. */
export interface Scene {
	/** Stable slug, for tests and for anchors. */
	id: string;
	camera: SceneCamera;
	/** Kind groups drawn: 'all', or a list (an empty list draws no project). */
	groups: 'all' | KindGroup[];
	/** Layer groups hidden in this scene. */
	hide: LayerGroup[];
	/** Catalogue ids drawn with the highlight casing. */
	highlight: string[];
	/** The year view the projects are drawn in. */
	year: YearView;
	title: SceneText;
	/** Two or three short lines. */
	lines: SceneText[];
	figures: SceneFigure[];
}

/** The default story: the region, then each kind of project, then what changes and what was promised. */
export const SCENES: Scene[] = [
	{
		id: 'region',
		camera: { center: [108.8, 29.55], zoom: 6.9, bearing: 0, pitch: 0 },
		groups: [],
		hide: [],
		highlight: [],
		year: 'now',
		title: { zh: '武陵山区与黔江', en: 'Qianjiang in the Wuling mountains' },
		lines: [
			{
				zh: '黔江区位于重庆东南部的武陵山区，这里是渝、鄂、湘、黔四省市交界地带。',
				en: 'Qianjiang District lies in south-east Chongqing, in the Wuling mountains where Chongqing, Hubei, Hunan and Guizhou meet.'
			},
			{
				zh: '地图以黔江为中心，显示周边区县、城镇、机场和主要河流。',
				en: 'The map centres on Qianjiang and shows the surrounding counties, towns, airports and main rivers.'
			}
		],
		figures: []
	},
	{
		id: 'railways',
		camera: { center: [108.6, 29.45], zoom: 6.6, bearing: 0, pitch: 0 },
		groups: ['hsr', 'rail', 'station'],
		hide: ['township-labels'],
		highlight: ['chongqing-qianjiang-hsr', 'qianjiang-jishou-hsr'],
		year: 'now',
		title: { zh: '铁路', en: 'Railways' },
		lines: [
			{
				zh: '渝厦高铁重庆至黔江段已建成；黔江至吉首高铁列入规划建设。',
				en: 'The Chongqing–Qianjiang section of the Chongqing–Xiamen HSR is in service; the Qianjiang–Jishou HSR is planned.'
			},
			{
				zh: '线型表示进展：实线已建成或在建，虚线规划，点线前期或研究。',
				en: 'Line style shows progress: solid in service or building, dashed planned, dotted preliminary or under study.'
			}
		],
		figures: [{ kind: 'counts' }]
	},
	{
		id: 'expressways',
		camera: { center: [108.75, 29.5], zoom: 7.4, bearing: 0, pitch: 0 },
		groups: ['expressway', 'road'],
		hide: ['township-labels'],
		highlight: ['qianjiang-lichuan-expressway', 'qianjiang-wuchuan-expressway'],
		year: 'now',
		title: { zh: '高速公路与干线公路', en: 'Expressways and trunk roads' },
		lines: [
			{
				zh: '黔江至利川、黔江经彭水至务川两条高速公路列为新开工项目。',
				en: 'Two expressways, Qianjiang–Lichuan and Qianjiang–Pengshui–Wuchuan, are listed to start construction.'
			},
			{
				zh: '国省干线升级改造连接区内各乡镇。',
				en: 'Upgrades of national and provincial trunk roads link the townships of the district.'
			}
		],
		figures: [{ kind: 'counts' }]
	},
	{
		id: 'airport',
		camera: { center: [108.83111, 29.51333], zoom: 10.2, bearing: 0, pitch: 0 },
		groups: ['air', 'zone'],
		hide: [],
		highlight: ['jiq-runway-extension', 'jiq-terminal-2'],
		year: 'now',
		title: { zh: '武陵山机场', en: 'Wulingshan Airport' },
		lines: [
			{
				zh: 'T2 航站楼已建成投用；跑道延长工程处于前期工作。',
				en: 'Terminal 2 is in service; the runway extension is at the preliminary stage.'
			},
			{
				zh: '舟白航空物流园区列入规划；临空临铁经济区处于谋划阶段。',
				en: 'The Zhoubai air logistics park is planned; an airport and rail economic zone is proposed.'
			}
		],
		figures: [{ kind: 'counts' }]
	},
	{
		id: 'water',
		camera: { center: [108.76, 29.48], zoom: 8.9, bearing: 0, pitch: 0 },
		groups: ['water', 'energy'],
		hide: ['township-labels'],
		highlight: ['yutan-reservoir', 'xiaonanhai-city-water-transfer'],
		year: 'now',
		title: { zh: '水利工程', en: 'Water projects' },
		lines: [
			{
				zh: '规划新建一批水库，并对中型灌区续建配套与改造。',
				en: 'A set of new reservoirs is planned, and the medium irrigation districts are to be completed and renovated.'
			},
			{
				zh: '小南海至城区引调水工程把水从小南海引到城区。',
				en: 'The Xiaonanhai–city transfer is to bring water from Xiaonanhai to the urban area.'
			},
			{
				zh: '圆圈表示位置为近似。',
				en: 'Circles mark positions that are approximate.'
			}
		],
		figures: [{ kind: 'counts' }]
	},
	{
		id: 'travel-time',
		camera: { center: [107.75, 29.6], zoom: 7.2, bearing: 0, pitch: 0 },
		groups: ['hsr', 'rail', 'expressway'],
		hide: ['township-labels', 'uncertainty'],
		highlight: ['chongqing-qianjiang-hsr', 'chongqing-huaihua-railway'],
		year: '2025',
		title: { zh: '通达时间的变化', en: 'What changes in travel time' },
		lines: [
			{
				zh: '高铁通车前后，黔江到重庆主城的铁路时间对比。',
				en: 'Rail time from Qianjiang to central Chongqing, before and after the high-speed line.'
			},
			{
				zh: '时间由路网模型计算：有公布时刻表的用时刻表，其余按假设速度估算。',
				en: 'Times come from the network model: published timetables where they exist, otherwise assumed speeds.'
			}
		],
		figures: [{ kind: 'travel-time', from: 'qianjiang', to: 'chongqing', mode: 'rail', scenarios: ['2020', '2025'] }]
	},
	{
		id: 'promises',
		camera: { center: [109.6, 28.4], zoom: 5.6, bearing: 0, pitch: 0 },
		groups: ['hsr', 'rail', 'expressway'],
		hide: ['township-labels', 'project-labels', 'uncertainty'],
		highlight: [],
		year: '2035',
		title: { zh: '规划承诺', en: 'What the plans promise' },
		lines: [
			{
				zh: '规划文件承诺了到重庆、长株潭、粤港澳大湾区和周边中心城市的通达时间。',
				en: 'The plan documents promise travel times to Chongqing, Changsha–Zhuzhou–Xiangtan, the Greater Bay Area and nearby centres.'
			},
			{
				zh: '下表为路网模型在当前假设下的判断。',
				en: 'Below: the network model’s verdict under its current assumptions.'
			}
		],
		figures: [{ kind: 'promises' }]
	}
];
