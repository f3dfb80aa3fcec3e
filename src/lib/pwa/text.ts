import { defineDict } from '../i18n/index';

/** Strings about the app's saved copy and its data date. */
export const pwaText = defineDict(
	{
		offline: '离线：显示已保存的数据',
		dataDateTitle: '地图数据的整理日期'
	},
	{
		offline: 'Offline: showing the saved data',
		dataDateTitle: 'When the map data was compiled'
	}
);
