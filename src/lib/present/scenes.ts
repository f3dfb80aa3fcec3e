/**
 * The presentation's story, as data. Each scene says where the camera goes, which kinds of project are
 * drawn in which year view, which projects stand out, and what the text panel says. Reorder or add
 * scenes by editing `SCENES`; tests check that every project id and layer group named here exists.
 */
import type { KindGroup, Phase } from '../catalogue/phase';
import type { YearView } from '../catalogue/view';
import type { ScenarioId, TravelMode } from '../analysis/network/types';

/** A string in both languages. */
export interface SceneText {
	zh: string;
	en: string;
}

/**
 * Where the camera goes for a scene. Degrees for bearing and pitch. With a `frame` ([west, south, east, north]),
 * the presenter fits the frame into the part of the screen the text panel leaves free, so a scene frames its
 * subject on any screen; `center` and `zoom` are then only a fallback.
 */
export interface SceneCamera {
	center: [number, number];
	zoom: number;
	bearing: number;
	pitch: number;
	frame?: [number, number, number, number];
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
	| { kind: 'promises' }
	/** The projects the scene draws, by name and phase: for places where points overlap on the map. */
	| { kind: 'projects' };

/** One scene of the presentation. */
export interface Scene {
	/** Stable slug, for tests and for anchors. */
	id: string;
	camera: SceneCamera;
	/** Kind groups drawn: 'all', or a list (an empty list draws no project). */
	groups: 'all' | KindGroup[];
	/** Phases drawn (in the scene's year view); all when absent or empty. */
	phases?: Phase[];
	/** Only these catalogue ids are drawn (within the groups); all when absent or empty. */
	only?: string[];
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
		camera: { center: [108.8, 29.55], zoom: 6.9, bearing: 0, pitch: 0, frame: [107.0, 28.35, 110.6, 30.75] },
		groups: ['hsr', 'rail', 'expressway'],
		phases: ['in-service'],
		hide: ['project-labels'],
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
			},
			{
				zh: '灰色线为已建成的铁路和高速公路。',
				en: 'Grey lines are the railways and expressways in service.'
			}
		],
		figures: []
	},
	{
		id: 'railways',
		camera: { center: [108.6, 29.45], zoom: 6.6, bearing: 0, pitch: 0, frame: [106.3, 28.1, 110.0, 30.4] },
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
				zh: '线型表示进展：灰线已建成，白色间隔的彩色线在建，虚线规划，点线前期或研究。',
				en: 'Line style shows progress: grey in service, hatched colour building, dashed planned, dotted preliminary or under study.'
			}
		],
		figures: [{ kind: 'counts' }]
	},
	{
		id: 'expressways',
		camera: { center: [108.75, 29.5], zoom: 7.4, bearing: 0, pitch: 0, frame: [107.6, 28.4, 109.4, 30.4] },
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
		camera: { center: [108.83111, 29.51333], zoom: 10.2, bearing: 0, pitch: 0, frame: [108.74, 29.46, 108.92, 29.58] },
		groups: ['air', 'zone'],
		only: ['jiq-runway-extension', 'jiq-terminal-2', 'zhoubai-air-logistics-park', 'zhoubai-airport-rail-economic-zone'],
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
			},
			{
				zh: '机场的两项工程标在机场的同一位置，园区的两项标在舟白的同一位置，图上重叠。',
				en: 'The two airport works share the airport’s position, and the two zones Zhoubai’s, so they overlap on the map.'
			}
		],
		figures: [{ kind: 'projects' }]
	},
	{
		id: 'water',
		camera: { center: [108.76, 29.48], zoom: 8.9, bearing: 0, pitch: 0, frame: [108.4, 29.05, 109.05, 29.95] },
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
		camera: { center: [107.75, 29.6], zoom: 7.2, bearing: 0, pitch: 0, frame: [106.3, 29.0, 109.0, 30.0] },
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
		camera: { center: [109.0, 28.5], zoom: 6.2, bearing: 0, pitch: 0, frame: [105.8, 26.0, 112.4, 31.0] },
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
