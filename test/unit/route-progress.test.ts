// A line drawn as the reader scrolls (draw_with_scroll): how far through its chapter the reader is, how much of the
// line that draws and as what paint, and how the checker refuses a draw_with_scroll it cannot draw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCoverage, loadGazetteer, loadStory } from '../../scripts/stories/load-stories';
import { checkStory } from '../../src/check/check';
import type { LayerRead } from '../../src/check/check-layers';
import { formatProblem } from '../../src/check/problem';
import { authorStyle } from '../../src/map/style/author-layers';
import { drawnGradient, drawnShare } from '../../src/map/style/drawn-gradient';
import { authorLayerIds } from '../../src/map/style/layer-ids';
import { drawnLines } from '../../src/map/view/drawn-lines';
import { chapterProgress } from '../../src/page/scroll/chapter-progress';

const root = fileURLToPath(new URL('../..', import.meta.url));
const gazetteer = loadGazetteer(root);
const DIR = 'stories/silk-roads-tianshan';
const ROUTE = 'route-schematic';
const { stories } = loadStory(root, join(root, DIR), gazetteer);
const story = stories[0]!;
const chapter = (id: string) => story.chapters.find((c) => c.id === id)!;

describe('chapterProgress', () => {
  // A chapter from 200 px to 1000 px down the viewport.
  const at = (line: number) => chapterProgress(200, 1000, line);

  it('is 0 until the top reaches the reading line and 1 once the end has passed it', () => {
    expect(at(-500)).toBe(0);
    expect(at(200)).toBe(0);
    expect(at(1000)).toBe(1);
    expect(at(5000)).toBe(1);
  });

  it('is the share of the chapter above the reading line in between', () => {
    expect(at(400)).toBeCloseTo(0.25);
    expect(at(600)).toBeCloseTo(0.5);
    expect(at(999)).toBeCloseTo(799 / 800);
    // Scrolling moves the chapter, not the line: the same share wherever the chapter is.
    expect(chapterProgress(200 - 300, 1000 - 300, 300)).toBeCloseTo(0.5);
  });

  it('reads a chapter of no height as read once reached, never as a division by zero', () => {
    expect(chapterProgress(300, 300, 299)).toBe(0);
    expect(chapterProgress(300, 300, 300)).toBe(1);
  });
});

describe('drawnGradient', () => {
  it('colours the line up to the share and leaves the rest transparent', () => {
    const g = drawnGradient('#123456', 0.4);
    expect(g).toEqual(['step', ['line-progress'], '#123456', 0.4, 'rgba(0, 0, 0, 0)']);
    expect(drawnShare(g)).toBe(0.4);
  });

  it('draws nothing at 0 (and below) and all of it, to its last point, at 1 (and above)', () => {
    expect(drawnShare(drawnGradient('#123456', 0))).toBe(0);
    expect(drawnShare(drawnGradient('#123456', -0.2))).toBe(0);
    for (const share of [1, 1.3]) {
      const whole = drawnGradient('#123456', share);
      // No transparent part at all, however the stop falls on MapLibre's texture.
      expect(JSON.stringify(whole)).not.toContain('rgba');
      expect(drawnShare(whole)).toBe(1);
    }
  });

  it('reads nothing back from a paint value it did not make', () => {
    expect(drawnShare(undefined)).toBeNull();
    expect(drawnShare('#123456')).toBeNull();
  });
});

describe('drawnLines', () => {
  it('grows the line with the progress at the chapter that draws it with the scroll', () => {
    expect(story.chapters.filter((c) => c.drawWithScroll).map((c) => c.id)).toEqual(['closing']);
    for (const p of [0, 0.5, 1])
      expect(drawnLines(story, chapter('closing'), p, false)).toEqual({ [ROUTE]: p });
    expect(drawnLines(story, chapter('closing'), 1.5, false)).toEqual({ [ROUTE]: 1 });
  });

  it('draws it whole at the other chapters, whatever the progress, and with reduced motion', () => {
    expect(drawnLines(story, chapter('overview'), 0, false)).toEqual({ [ROUTE]: 1 });
    expect(drawnLines(story, chapter('henan-luoyang'), 0.3, false)).toEqual({ [ROUTE]: 1 });
    expect(drawnLines(story, chapter('closing'), 0, true)).toEqual({ [ROUTE]: 1 });
  });

  it('has nothing to draw in a story that draws no line with the scroll', () => {
    const zhoushan = loadStory(root, join(root, 'stories/zhoushan-islands'), gazetteer).stories[0]!;
    expect(drawnLines(zhoushan, zhoushan.chapters[0]!, 0, false)).toEqual({});
    // Its layer's source and line are as before: no line metrics, no gradient.
    const { sources, layers } = authorStyle(zhoushan);
    expect(Object.values(sources).some((s) => 'lineMetrics' in s)).toBe(false);
    expect(layers.some((l) => l.type === 'line' && l.paint && 'line-gradient' in l.paint)).toBe(false);
  });
});

describe('authorStyle', () => {
  it('gives a line drawn with the scroll its line metrics and starts it whole', () => {
    const { sources, layers } = authorStyle(story);
    expect(sources[`author-${ROUTE}`]).toMatchObject({ type: 'geojson', lineMetrics: true });
    const line = layers.find((l) => l.id === authorLayerIds(ROUTE)[1])!;
    if (line.type !== 'line') throw new Error(`${line.id} is a ${line.type} layer`);
    expect(drawnShare(line.paint?.['line-gradient'])).toBe(1);
  });
});

describe('the checker', () => {
  const coverage = loadCoverage();
  const TEXT = readFileSync(`${DIR}/story.yaml`, 'utf8');
  const files: Record<string, string> = {
    [`${ROUTE}.geojson`]: readFileSync(`${DIR}/${ROUTE}.geojson`, 'utf8'),
    'cities.geojson': JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [108.89305, 34.27697] } },
      ],
    }),
  };
  const check = (text: string) => {
    const readLayer = (name: string): LayerRead =>
      Object.hasOwn(files, name)
        ? { ok: true, file: `${DIR}/${name}`, text: files[name]! }
        : { ok: false, message: `${name} is missing` };
    return checkStory({ file: `${DIR}/story.yaml`, text, gazetteer, coverage, readLayer }).problems.map(
      formatProblem,
    );
  };
  const DRAWN = `draw_with_scroll: [${ROUTE}]`;
  /** `file:line:col` of `snippet` in `text`. */
  const where = (text: string, snippet: string) => {
    const before = text.slice(0, text.indexOf(snippet)).split('\n');
    return `${DIR}/story.yaml:${before.length}:${before.at(-1)!.length + 1}`;
  };

  it('takes the example story as it is', () => {
    expect(TEXT).toContain(DRAWN);
    expect(check(TEXT)).toEqual([]);
  });

  it("refuses a layer the chapter does not show, at the id's line, saying what it expected and found", () => {
    const bad = TEXT.replace(DRAWN, 'draw_with_scroll: [route]');
    const [problem, ...rest] = check(bad);
    expect(rest).toEqual([]);
    expect(problem).toBe(
      `${where(bad, 'route]')}: chapters[7].draw_with_scroll[0]: expected one of this chapter's layers ("${ROUTE}"), found "route"\n` +
        `    hint: add "route" to this chapter's layers: too, or remove it from draw_with_scroll`,
    );
  });

  it('refuses a layer of points', () => {
    const layer =
      '  cities:\n    file: cities.geojson\n    name: {zh: 城市, en: Cities}\n    source: "the place xian"\n' +
      '    licence: "public domain"\n    crs: WGS84\n    precision_m: 10000\n';
    const shows = `layers: [${ROUTE}]`;
    const last = TEXT.lastIndexOf(shows);
    const bad = (TEXT.slice(0, last) + `layers: [${ROUTE}, cities]` + TEXT.slice(last + shows.length))
      .replace('\nchapters:', `\n${layer}chapters:`)
      .replace(DRAWN, 'draw_with_scroll: [cities]');
    expect(check(bad)).toEqual([
      `${where(bad, 'cities]\n    alt')}: chapters[7].draw_with_scroll[0]: expected a layer of lines, found "cities" holding points\n` +
        '    hint: only a line can be drawn part of the way; show points and areas whole with layers: alone',
    ]);
  });

  it('refuses a value that is not a list of ids by its shape', () => {
    const bad = TEXT.replace(DRAWN, 'draw_with_scroll: progress');
    expect(check(bad)).toEqual([
      `${where(bad, 'progress')}: chapters[7].draw_with_scroll: expected a list, found string "progress"`,
    ]);
  });
});
