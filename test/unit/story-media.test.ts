// Chapter pictures through the checker, the resolver and the build's image step: each refusal at the line of the
// field that is wrong, and the files the build makes are the sizes and formats the page names.
import { readFileSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadCoverage } from '../../scripts/stories/load-stories';
import { renderMedia } from '../../scripts/media/render-media';
import { MAX_MEDIA_BYTES } from '../../scripts/media/media-budget';
import type { Gazetteer } from '../../src/geo/gazetteer';
import { checkStory } from '../../src/check/check';
import { imageHeader } from '../../src/check/image-header';
import { formatProblem } from '../../src/check/problem';
import { problemsOfChangedCopy } from './zhoushan-copy';
import { resolveStory } from '../../src/check/resolve';
import { MEDIA_FORMATS, mediaWidths, mediaSrcset } from '../../src/story/media';

const gazetteer = JSON.parse(readFileSync('geodata/gazetteer.json', 'utf8')) as Gazetteer;
const coverage = loadCoverage();
const DIR = 'stories/zhoushan-islands';
const FILE = `${DIR}/story.yaml`;
const STORY = readFileSync(FILE, 'utf8');
const LAYER = readFileSync(`${DIR}/dinghai-putuo.geojson`, 'utf8');
const PICTURE = 'media/ferry-crossing.png';
const BYTES = readFileSync(`${DIR}/${PICTURE}`);

function check(text = STORY, pictures: Record<string, Uint8Array> = { [PICTURE]: BYTES }) {
  return checkStory({
    file: FILE,
    text,
    gazetteer,
    coverage,
    readLayer: () => ({ ok: true, file: `${DIR}/dinghai-putuo.geojson`, text: LAYER }),
    readMedia: (name) =>
      Object.hasOwn(pictures, name)
        ? { ok: true, bytes: pictures[name]! }
        : { ok: false, message: 'missing' },
  });
}

const errors = (text?: string, pictures?: Record<string, Uint8Array>) =>
  check(text, pictures)
    .problems.filter((p) => !p.warning)
    .map(formatProblem);

/** `file:line:col` of the first occurrence of `snippet` in the story. */
function at(text: string, snippet: string): string {
  const offset = text.indexOf(snippet);
  expect(offset, `"${snippet}" is in the story`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return `${FILE}:${before.length}:${before.at(-1)!.length + 1}`;
}

/** The story with `from` (which must occur once) replaced by `to`. */
function edited(from: string, to: string): string {
  expect(STORY.split(from).length, `"${from}" occurs once`).toBe(2);
  return STORY.replace(from, to);
}

const ALT_EN =
  '          en: "Illustration: a white ferry crossing a blue-green sea, with two green islands behind it and the sun above."\n';
const CREDIT = '        credit: {zh: 本项目绘制, en: Drawn by the project}\n';
const LICENCE = '        licence: CC BY 4.0\n';

describe('a chapter picture in the checker', () => {
  it('checks the example story and resolves the sizes from the picture’s own header', () => {
    const r = check();
    expect(r.problems.filter((p) => !p.warning).map(formatProblem)).toEqual([]);
    if (!r.ok) throw new Error('not ok');
    expect(r.media[PICTURE]).toMatchObject({ format: 'png', width: 1280, height: 800 });
    const story = resolveStory('zhoushan-islands', r.story, gazetteer, r.layers, coverage, r.media);
    const dinghai = story.chapters.find((c) => c.id === 'islands-dinghai')!;
    expect(dinghai.media).toEqual([
      expect.objectContaining({
        name: 'ferry-crossing',
        widths: [320, 640, 1120],
        width: 1120,
        height: 700,
        place: 'dinghai',
        licence: 'CC BY 4.0',
        credit: { zh: '本项目绘制', en: 'Drawn by the project' },
      }),
    ]);
    // Chapters without pictures resolve as they did before pictures existed.
    expect('media' in story.chapters[0]!).toBe(false);
    expect(mediaSrcset('https://site/zhoushan-islands/', dinghai.media![0]!, 'avif')).toBe(
      'https://site/zhoushan-islands/media/ferry-crossing-320.avif 320w, https://site/zhoushan-islands/media/ferry-crossing-640.avif 640w, https://site/zhoushan-islands/media/ferry-crossing-1120.avif 1120w',
    );
  });

  it('refuses a picture whose alt text lacks one language, at its alt', () => {
    const text = edited(ALT_EN, '');
    expect(errors(text)).toEqual([
      `${at(text, 'zh: 插画')}: chapters[1].media[0].alt.en: missing (the English translation), expected text`,
    ]);
  });

  it('refuses a picture without a credit or a licence, at the picture', () => {
    const noCredit = edited(CREDIT, '');
    expect(errors(noCredit)).toEqual([
      `${at(noCredit, 'file: media/ferry-crossing.png')}: chapters[1].media[0].credit: missing, expected a mapping (key: value)`,
    ]);
    const noLicence = edited(LICENCE, '');
    expect(errors(noLicence)).toEqual([
      `${at(noLicence, 'file: media/ferry-crossing.png')}: chapters[1].media[0].licence: missing, expected text`,
    ]);
  });

  it('refuses a .png that is a text file, and a JPEG called .png, at the file line, by its bytes', () => {
    const line = at(STORY, 'media/ferry-crossing.png');
    const text = new TextEncoder().encode('This is not a picture, just notes.\n');
    expect(errors(STORY, { [PICTURE]: text })).toEqual([
      `${line}: chapters[1].media[0].file: "media/ferry-crossing.png" is not a PNG image: expected its bytes to begin as one, found text ("This is not a picture, j…")\n    hint: export the picture again as a PNG, JPEG or WebP`,
    ]);
  });

  it('refuses a JPEG called .png, and says what to call it', async () => {
    const jpeg = await sharp(BYTES).jpeg().toBuffer();
    expect(errors(STORY, { [PICTURE]: jpeg })).toEqual([
      `${at(STORY, 'media/ferry-crossing.png')}: chapters[1].media[0].file: "media/ferry-crossing.png" is not a PNG image: expected its bytes to begin as one, found a JPEG image\n    hint: name it by what it is (.jpg)`,
    ]);
  });

  it('refuses a picture whose popup place the chapter does not mark, at its place', () => {
    const text = edited('        place: dinghai # also', '        place: putuo # also');
    expect(errors(text)).toEqual([
      `${at(text, 'putuo # also')}: chapters[1].media[0].place: expected a place this chapter marks ("dinghai"), found "putuo"\n    hint: its popup opens from the place's marker at this chapter: mark the place, or leave place out`,
    ]);
  });

  it('refuses a picture listed twice in one chapter, at the second', () => {
    const entry = STORY.slice(
      STORY.indexOf('      - file: media/ferry-crossing.png'),
      STORY.indexOf('    alt:\n      zh: 地图以近似范围显示定海区'),
    );
    const text = edited(entry, entry + entry);
    const second = text.indexOf(
      '- file: media/ferry-crossing.png',
      text.indexOf('- file: media/ferry-crossing.png') + 1,
    );
    const before = text.slice(0, second + '- file: '.length).split('\n');
    expect(errors(text)).toEqual([
      `${FILE}:${before.length}:${before.at(-1)!.length + 1}: chapters[1].media[1].file: "media/ferry-crossing.png" is listed twice in this chapter`,
    ]);
  });

  it('refuses a file outside media/ or of another format by its name, at the file line', () => {
    const text = edited('file: media/ferry-crossing.png', 'file: ../secret.gif');
    expect(errors(text)[0]).toMatch(
      new RegExp(
        `^${at(text, '../secret.gif')}: chapters\\[1\\]\\.media\\[0\\]\\.file: expected a picture in the story's media/ folder`,
      ),
    );
  });
});

describe('the image header', () => {
  it('reads the format and size of what sharp writes, whatever the name', async () => {
    const source = sharp(BYTES).resize(301, 188, { fit: 'fill' });
    const cases: [Buffer, string][] = [
      [await source.clone().png().toBuffer(), 'png'],
      [await source.clone().jpeg({ progressive: true }).toBuffer(), 'jpeg'],
      [await source.clone().webp({ quality: 70 }).toBuffer(), 'webp'],
      [await source.clone().webp({ lossless: true }).toBuffer(), 'webp'],
      [await source.clone().ensureAlpha(0.5).webp().toBuffer(), 'webp'],
    ];
    for (const [bytes, format] of cases)
      expect(imageHeader(bytes)).toEqual({ ok: true, format, width: 301, height: 188 });
  });

  it('names what a file that is no picture begins as', () => {
    const of = (s: string) => imageHeader(new TextEncoder().encode(s));
    expect(of('<!DOCTYPE html><html>')).toEqual({ ok: false, found: 'an HTML page' });
    expect(of('<svg xmlns="http://www.w3.org/2000/svg"/>')).toEqual({
      ok: false,
      found: 'an SVG or XML text',
    });
    expect(of('')).toEqual({ ok: false, found: 'an empty file' });
    expect(imageHeader(Uint8Array.from([0, 1, 2, 3, 4]))).toEqual({
      ok: false,
      found: 'bytes of no image format the build reads (00 01 02 03 …)',
    });
  });
});

describe('the image step of the build', () => {
  const resolved = () => {
    const r = check();
    if (!r.ok) throw new Error('not ok');
    return {
      story: resolveStory('zhoushan-islands', r.story, gazetteer, r.layers, coverage, r.media),
      media: r.media,
    };
  };

  it('makes every width the page names, in AVIF and WebP, each the planned size', async () => {
    const { story, media } = resolved();
    const out = await renderMedia(story, media);
    expect(out.problems).toEqual([]);
    expect([...out.files.keys()].sort()).toEqual(
      [320, 640, 1120].flatMap((w) => MEDIA_FORMATS.map((f) => `media/ferry-crossing-${w}.${f}`)).sort(),
    );
    for (const [path, bytes] of out.files) {
      const [, w, format] = /-(\d+)\.(\w+)$/.exec(path)!;
      const meta = await sharp(bytes).metadata();
      expect([path, meta.format, meta.width, meta.height]).toEqual([
        path,
        format === 'avif' ? 'heif' : format,
        Number(w),
        Math.round((800 * Number(w)) / 1280),
      ]);
    }
    expect(out.bytes).toBe([...out.files.values()].reduce((n, b) => n + b.length, 0));
    expect(out.bytes).toBeLessThan(MAX_MEDIA_BYTES);
  }, 30_000);

  it('refuses the picture that takes the story over its media budget, at its file line', async () => {
    // A small copy of the picture: one width, quick to encode.
    const small = await sharp(BYTES).resize(300).png().toBuffer();
    const r = check(STORY, { [PICTURE]: small });
    if (!r.ok) throw new Error('not ok');
    const story = resolveStory('zhoushan-islands', r.story, gazetteer, r.layers, coverage, r.media);
    const out = await renderMedia(story, r.media, 1024);
    expect(out.files.size).toBe(0);
    expect(out.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${at(STORY, 'media/ferry-crossing.png')}: the story's pictures come to \\d+\\.\\d KB with "media/ferry-crossing.png" \\(2 files, \\d+\\.\\d KB\\), over the 1 KB media budget`,
        ),
      ),
    ]);
  });

  it('refuses a file whose header passes but whose picture is cut short, at its file line', async () => {
    const cut = BYTES.subarray(0, Math.floor(BYTES.length / 2));
    const r = check(STORY, { [PICTURE]: cut });
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const story = resolveStory('zhoushan-islands', r.story, gazetteer, r.layers, coverage, r.media);
    const out = await renderMedia(story, r.media);
    expect(out.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${at(STORY, 'media/ferry-crossing.png')}: "media/ferry-crossing.png" could not be decoded as a PNG image: `,
        ),
      ),
    ]);
  }, 30_000);

  it('never enlarges a picture', () => {
    expect(mediaWidths(200)).toEqual([200]);
    expect(mediaWidths(640)).toEqual([320, 640]);
    expect(mediaWidths(900)).toEqual([320, 640, 900]);
    expect(mediaWidths(4000)).toEqual([320, 640, 1120]);
  });
});

describe('pictures read from a story folder', () => {
  it('refuses a picture that links out of the folder, unread, and a missing one, at the file line', () => {
    const line = at(STORY, 'media/ferry-crossing.png');
    const linked = problemsOfChangedCopy((dir) => {
      unlinkSync(join(dir, PICTURE));
      symlinkSync('/etc/hostname', join(dir, PICTURE));
    });
    expect(linked).toEqual([
      `${line}: chapters[1].media[0].file: ferry-crossing.png is a link to a file outside its story folder\n    hint: copy the file in`,
    ]);
    const missing = problemsOfChangedCopy((dir) => unlinkSync(join(dir, PICTURE)));
    expect(missing).toEqual([`${line}: chapters[1].media[0].file: ferry-crossing.png is missing`]);
  });
});
