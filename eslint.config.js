// Lint: ESLint's and typescript-eslint's recommended rules, the Svelte plugin's, with formatting left to Prettier.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{ ignores: ['build/', 'build-next/', '.svelte-kit/', 'static/', 'src/lib/generated/', 'node_modules/', 'coverage/', 'scripts/.atlas/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks names; the core rule does not know type-only globals.
			'no-undef': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			// Links carry the static site's path prefix through `base` (prerendered with adapter-static); resolve() would
			// give the same strings.
			'svelte/no-navigation-without-resolve': 'off',
			// The rune classes build Maps and Sets inside $derived computations and replace them whole; none is mutated
			// in place where a view reads it.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		// Tests read loosely typed JSON and poke at internals on purpose.
		files: ['tests/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } }
	}
);
