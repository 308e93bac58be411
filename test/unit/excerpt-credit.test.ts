// An excerpt is credited to who said or wrote it, never to the place it is about (a town does not speak).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCoverage, loadGazetteer, loadStories } from '../../scripts/stories/load-stories';
import { checkStory } from '../../src/check/check';
import { LANGS } from '../../src/locale/locales';
import { excerptCredit } from '../../src/story/excerpt-credit';
import { readFileSync } from 'node:fs';

const root = resolve(import.meta.dirname, '../..');
const { stories } = loadStories(root);

describe('excerpt credits', () => {
  it('credits every excerpt of every story to a person or a report, in every language', () => {
    const excerpts = stories.flatMap((s) => s.chapters.flatMap((c) => c.excerpts.map((e) => ({ s, e }))));
    expect(excerpts.length).toBeGreaterThan(20);
    for (const { s, e } of excerpts)
      for (const lang of LANGS) {
        const credit = excerptCredit(e, lang);
        expect(credit, e.text[lang]).toBeTruthy();
        const places = Object.values(s.places).map((p) => p.name[lang]);
        expect(places, `${e.text[lang]} is credited to a place`).not.toContain(credit);
      }
  });

  it('shows no credit rather than a place, and the checker warns of it', () => {
    const e = { place: 'zhuangshi', text: { zh: '文字', en: 'text' } };
    expect(LANGS.map((l) => excerptCredit(e, l))).toEqual(LANGS.map(() => undefined));
    const gazetteer = loadGazetteer(root);
    // The minimal story's one excerpt, without the report it is quoted from.
    const fixture = readFileSync('test/unit/fixtures/minimal-story.yaml', 'utf8');
    const text = fixture.replace(/, from: \{zh: 某报道[^}]*\}/, '');
    expect(text).not.toBe(fixture);
    const problems = checkStory({
      file: 'stories/x/story.yaml',
      text,
      gazetteer,
      coverage: loadCoverage(),
    }).problems;
    expect(problems.filter((p) => p.warning).map((p) => p.message)).toContainEqual(
      expect.stringContaining('has no credit'),
    );
  });
});
