import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { langQuery, parseLang } from '../../src/locale/lang-param';
import { DEFAULT_LANG, LANGS, locale } from '../../src/locale/locales';
import { ATTRIBUTION, BASEMAP_CREDIT } from '../../src/geo/attribution';

const root = resolve(import.meta.dirname, '../..');

describe('the locale module', () => {
  it('reads ?lang= and <story-map lang> by id or tag; anything else opens the default language', () => {
    expect(parseLang('en')).toBe('en');
    expect(parseLang('zh')).toBe('zh');
    expect(parseLang('zh-Hans')).toBe('zh');
    for (const odd of [null, undefined, '', 'EN', 'fr', 'en-GB', '__proto__'])
      expect(parseLang(odd)).toBe(DEFAULT_LANG);
  });

  it('leaves the default language out of links, so existing links stay as they were', () => {
    expect(langQuery(DEFAULT_LANG)).toBe('');
    for (const l of LANGS.filter((l) => l !== DEFAULT_LANG)) expect(langQuery(l)).toBe(`?lang=${l}`);
  });

  it('gives every language every word, none empty but the source language’s "translated from"', () => {
    for (const l of LANGS) {
      const { words, mapWords, fallback, translated } = locale(l);
      for (const [key, word] of Object.entries({ ...words, ...mapWords, ...fallback }))
        if (!['translation', 'pageTranslation'].includes(key) || translated)
          expect(word, `${l}: ${key}`).not.toBe('');
    }
  });
});

describe('one home for each fact', () => {
  it('credits the basemap alike as text and as the map control’s links', () => {
    expect(ATTRIBUTION.replace(/<[^>]+>/g, '')).toBe(BASEMAP_CREDIT);
    expect(BASEMAP_CREDIT).toBe('© OpenStreetMap contributors (ODbL) · GeoNames (CC BY 4.0)');
  });

  it('has src/ui/tokens.css as generated from the TypeScript (fonts, marker geometry)', () => {
    const run = () =>
      execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/tokens-css.ts', '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    expect(run()).toContain('matches');
  }, 60_000);
});
