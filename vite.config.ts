import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// The analysis worker is an ES module (it shares chunks with the app, such as Turf).
	worker: { format: 'es' },
	build: {
		chunkSizeWarningLimit: 1200,
		rollupOptions: {
			output: {
				// MapLibre in a chunk of its own, so the benchmark can report it apart from the app.
				manualChunks(id) {
					if (id.includes('node_modules/maplibre-gl/')) return 'maplibre';
				}
			}
		}
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 20000
	}
});
