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
		// Registered by the root layout once the first map is drawn, so the precache never slows the first visit.
		serviceWorker: { register: false },
		// A strict Content-Security-Policy, written into every page as a meta tag so it holds on any static host.
		// Inline scripts are allowed by hash only; no eval (MapLibre's worker is served from the site itself).
		// frame-ancestors cannot work in a meta tag: scripts/serve.mjs sends it as a header.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				// Svelte and MapLibre set element styles; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		},
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
