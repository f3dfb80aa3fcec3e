import { defineDict } from './index';

/** Strings of the map's prerendered first picture (components/map/MapPreview.svelte). */
export const previewText = defineDict(
	{
		loadingInteractive: '正在加载交互地图…'
	},
	{
		loadingInteractive: 'Loading the interactive map…'
	}
);
