// The linter keeps the house as the tree draws it: each folder imports only the folders below it in the pipeline,
// the build-only checker never reaches the reader, and nothing imports in a circle.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
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
  ['map-view', 'src/map/view'],
  ['map-style', 'src/map/style'],
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
  'map-view': ['locale', 'story', 'geo'],
  'map-style': ['locale', 'story', 'geo', 'map-view'],
  'map-maplibre': ['locale', 'story', 'geo', 'map-view', 'map-style'],
  map: ['locale', 'story', 'geo', 'ui', 'map-view', 'map-style', 'map-maplibre'],
  page: ['locale', 'story', 'geo', 'ui', 'map-view', 'map-style', 'map-maplibre', 'map'],
  element: ['locale', 'story', 'page'],
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
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/include': ['src/**/*', 'scripts/**/*', 'bench/**/*', 'test/**/*'],
      'boundaries/elements': [
        ...FLOORS.map(([type, dir]) => ({
          type,
          pattern: type === 'map' ? `${dir}/*` : `${dir}/**/*`,
          mode: 'full',
        })),
        { type: 'scripts', pattern: 'scripts/**/*', partialMatch: false },
        { type: 'bench', pattern: 'bench/**/*', partialMatch: false },
        { type: 'test', pattern: 'test/**/*', partialMatch: false },
      ],
    },
    plugins: { boundaries, 'import-x': importX },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
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
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig: undefined } },
  },
  {
    // Plain config files sit outside the tsconfig's typed program.
    files: ['**/*.js', '**/*.mjs'],
    ...ts.configs.disableTypeChecked,
  },
);
