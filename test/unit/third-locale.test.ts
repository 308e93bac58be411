// Adding a language is its locale file, one line of src/locale/locales.ts and the data (the stories' text in it,
// the gazetteer's names): this copies the tree, adds French from fixtures/third-locale/fr.ts and French text to
// every story, and checks that the copy type-checks, that its stories check, and that the page prerenders in French.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isScalar, parseDocument, visit } from 'yaml';
import type { LoadResult } from '../../scripts/stories/load-stories';
import type { Gazetteer } from '../../src/geo/gazetteer';
import type { prerender as Prerender } from '../../src/page/prerender';

const root = resolve(import.meta.dirname, '../..');
const FIXTURE = join(import.meta.dirname, 'fixtures/third-locale/fr.ts');
const FR = 'FR ';

/** The patch a maintainer writes by hand: the locale file, and its line in the registry. */
function addLocale(tree: string): void {
  const fr = readFileSync(FIXTURE, 'utf8').replaceAll('../../../../src/locale/', './');
  writeFileSync(join(tree, 'src/locale/fr.ts'), fr);
  const file = join(tree, 'src/locale/locales.ts');
  const before = readFileSync(file, 'utf8');
  const after = before
    .replace("import { en } from './en.ts';", "import { en } from './en.ts';\nimport { fr } from './fr.ts';")
    .replace('LOCALES = { zh, en }', 'LOCALES = { zh, en, fr }');
  expect(after.split('\n').length - before.split('\n').length, 'the import line').toBe(1);
  expect(after).toContain('LOCALES = { zh, en, fr }');
  writeFileSync(file, after);
}

/** The data: every {zh, en} of every story gets its French (here the English, marked), the gazetteer its names. */
function addFrenchText(tree: string): void {
  const stories = join(tree, 'stories');
  for (const slug of readdirSync(stories, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const file = join(stories, slug.name, 'story.yaml');
    const doc = parseDocument(readFileSync(file, 'utf8'));
    visit(doc, {
      Map(_, map) {
        const en = map.items.find((p) => isScalar(p.key) && p.key.value === 'en')?.value;
        if (map.has('zh') && isScalar(en)) map.set('fr', `${FR}${String(en.value)}`);
      },
    });
    writeFileSync(file, doc.toString());
  }
  const file = join(tree, 'geodata/gazetteer.json');
  const gazetteer = JSON.parse(readFileSync(file, 'utf8')) as Gazetteer;
  for (const place of Object.values(gazetteer)) {
    Object.assign(place.name, { fr: place.name.en });
    Object.assign(place.label_original, { fr: place.label_original.en });
  }
  writeFileSync(file, JSON.stringify(gazetteer, null, 2));
}

describe('a third language', () => {
  let tree = '';
  let server: ViteDevServer | undefined;

  beforeAll(() => {
    tree = mkdtempSync(join(tmpdir(), 'third-locale-'));
    // The unit tests are left out: their fixtures are written in two languages, as test data, not the tree's. The
    // browser tests' helpers stay, as the benchmark scripts import them.
    const parts = [
      'src',
      'scripts',
      'stories',
      'geodata',
      'bench',
      'test/browser',
      'test/support',
      'tsconfig.json',
      'package.json',
    ];
    for (const part of [...parts, 'vite.config.ts', 'vitest.config.ts'])
      cpSync(join(root, part), join(tree, part), { recursive: true });
    symlinkSync(realpathSync(join(root, 'node_modules')), join(tree, 'node_modules'));
    addLocale(tree);
    addFrenchText(tree);
  });

  afterAll(async () => {
    await server?.close();
    if (tree) rmSync(tree, { recursive: true, force: true });
  });

  // svelte-check type-checks the .ts files the tsconfig includes as well as the components, as npm run check.
  it('type-checks (svelte-check, as npm run check)', () => {
    const bin = (name: string) => join(tree, 'node_modules/.bin', name);
    const run = (cmd: string, args: string[]) => {
      try {
        execFileSync(cmd, args, { cwd: tree, encoding: 'utf8', stdio: 'pipe' });
        return '';
      } catch (e) {
        const { stdout, stderr } = e as { stdout: string; stderr: string };
        return `${stdout}\n${stderr}`;
      }
    };
    expect(run(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings'])).toBe('');
  }, 600_000);

  it('checks the stories and prerenders the page in French', async () => {
    server = await createServer({
      root: tree,
      configFile: false,
      logLevel: 'error',
      plugins: [svelte()],
      server: { middlewareMode: true, hmr: false, watch: null },
      appType: 'custom',
    });
    const { loadStories } = (await server.ssrLoadModule('/scripts/stories/load-stories.ts')) as {
      loadStories: (root: string) => LoadResult;
    };
    const { prerender } = (await server.ssrLoadModule('/src/page/prerender.ts')) as {
      prerender: typeof Prerender;
    };
    const { parseLang } = (await server.ssrLoadModule('/src/locale/lang-param.ts')) as {
      parseLang: (v: string) => string;
    };
    expect(parseLang('fr')).toBe('fr');

    const { stories, problems } = loadStories(tree);
    expect(problems.map((p) => p.message)).toEqual([]);
    const story = stories.find((s) => s.slug === 'ningbo-town-race')!;
    // The French page is a first-class page: a French story, a switch with three languages, French page words.
    const { body } = prerender(story as never, 'fr' as never);
    expect(body).toMatch(/class="page story-type[^"]*\blatin\b[^"]*" lang="fr"/);
    expect(body).toContain(`${FR}${story.title.en}`);
    expect(body).toContain(`${FR}${story.chapters[1]!.title.en}`);
    expect(body).toMatch(/<button[^>]* lang="fr"[^>]*>\s*Français\s*<\/button>/);
    expect(body).toContain('Sources et méthode');
    expect(body).toContain('Traduit de l’original chinois');
    // Excerpts: the Chinese original as quoted, its French below.
    const excerpt = story.chapters.flatMap((c) => c.excerpts)[0]!;
    expect(body).toContain(`${FR}${excerpt.text.en}`);
    expect(body).not.toContain('undefined');
    // The default language is still the Chinese page, as served.
    expect(prerender(story as never).body).toContain('lang="zh-Hans"');
  }, 300_000);
});
