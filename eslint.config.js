// The linter keeps the house as the tree draws it: each folder imports only the folders below it in the pipeline,
// and the build-only checker never reaches the reader. Cycles between files are dependency-cruiser's to find.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

/** The pipeline read bottom-up: a folder may import itself and what is listed for it, nothing above. */
const FLOORS = [
  ['locale', 'src/locale'],
  ['story', 'src/story'],
  ['geo', 'src/geo'],
  ['ui', 'src/ui'],
  ['check', 'src/check'],
  ['map-style', 'src/map/style'],
  ['map-view', 'src/map/view'],
  ['map-maplibre', 'src/map/maplibre'],
  ['map', 'src/map'],
  ['page', 'src/page'],
  ['element', 'src/element'],
  ['host', 'src/host'],
  ['iframe', 'src/iframe'],
];
const SHIPPED_BELOW = {
  locale: [],
  story: ['locale'],
  geo: ['locale', 'story'],
  ui: ['locale', 'story', 'geo'],
  check: ['locale', 'story', 'geo'],
  'map-style': ['locale', 'story', 'geo'],
  'map-view': ['locale', 'story', 'geo', 'map-style'],
  'map-maplibre': ['locale', 'story', 'geo', 'map-view', 'map-style'],
  map: ['locale', 'story', 'geo', 'ui', 'map-view', 'map-style', 'map-maplibre'],
  page: ['locale', 'story', 'geo', 'ui', 'map-view', 'map-style', 'map-maplibre', 'map'],
  element: ['locale', 'story', 'ui', 'page'],
  host: ['locale', 'story', 'element'],
  iframe: ['locale', 'story', 'geo', 'ui', 'map-view', 'map-style', 'map-maplibre', 'map', 'host'],
};
const SHIPPED = Object.keys(SHIPPED_BELOW);

const may = (from, to) => ({
  from: { element: { type: from } },
  allow: { to: { element: { types: { anyOf: to } } } },
});

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-bench/',
      'node_modules/',
      'geodata/build/',
      'bench-results/',
      'test-results/',
      '.svelte-kit/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.svelte'],
      },
    },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/include': ['src/**/*', 'scripts/**/*', 'bench/**/*', 'test/**/*'],
      // Folder patterns, the most specific first: a file belongs to the first folder that holds it.
      'boundaries/elements': [
        ...FLOORS.map(([type, dir]) => ({ type, pattern: dir, partialMatch: false })),
        ...['scripts', 'bench', 'test'].map((dir) => ({ type: dir, pattern: dir, partialMatch: false })),
      ],
    },
    plugins: { boundaries },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            ...SHIPPED.map((from) => may(from, [from, ...SHIPPED_BELOW[from]])),
            // Build and author tools read the shipped code (to check, render and measure it), never the tests.
            may('scripts', [...SHIPPED, 'scripts']),
            may('bench', [...SHIPPED, 'scripts', 'bench']),
            may('test', [...SHIPPED, 'scripts', 'bench', 'test']),
          ],
        },
      ],
      // MapLibre's once() returns a promise only when given no listener; with one, it returns the map.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', name: 'once', package: 'maplibre-gl' }] },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig: undefined } },
  },
  {
    // Plain config files sit outside the tsconfig's typed program.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...ts.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false } },
  },
);
