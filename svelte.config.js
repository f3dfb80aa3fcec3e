import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR and KIT_OUT let several builds of the same tree run side by side.
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: undefined,
			strict: true
		}),
		outDir: process.env.KIT_OUT ?? '.svelte-kit',
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	},
	compilerOptions: {
		runes: true
	}
};

export default config;
