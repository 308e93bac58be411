// The built site's pictures as its pages name them: every file a srcset names exists under the story's folder, in
// the format its name and <source type> say and the width its descriptor says, and each <img> keeps its room with
// the largest size's width and height. Read from dist/ as it was built (npm run build).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MEDIA_FORMATS, mediaSrcset } from '../../src/story/media';
import type { BuiltStory } from '../../src/story/types';

const DIST = resolve(import.meta.dirname, '../../dist');

/** Each tag of `name` in the page, as its attributes. Our own markup, written by Svelte: quoted, no `>` inside. */
function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\s([^>]*)>`, 'g'))].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!, a[2] ?? ''])),
  );
}

const candidates = (srcset: string) =>
  srcset.split(', ').map((c) => {
    const [url, w] = c.split(' ');
    return { url: url!, width: Number(w!.replace(/w$/, '')) };
  });

// The embed page and <story-map> draw theirs from story.json in the browser (test/browser/media.test.ts).
const PAGES = [['zhoushan-islands', 'index.html', '']] as const;

describe('pictures in the built site', () => {
  for (const [slug, page, base] of PAGES)
    it(`${slug}/${page}: each file its srcsets name exists, in its format and at its width`, async () => {
      const html = readFileSync(join(DIST, slug, page), 'utf8');
      const pictures = html
        .split('<picture>')
        .slice(1)
        .map((p) => p.slice(0, p.indexOf('</picture>')));
      expect(pictures.length).toBeGreaterThan(0);
      for (const picture of pictures) {
        const [source] = tags(picture, 'source');
        const [img] = tags(picture, 'img');
        expect(source!.type).toBe('image/avif');
        expect(img).toMatchObject({ loading: 'lazy', decoding: 'async' });
        expect(img!.alt!.length).toBeGreaterThan(0);
        expect(img!.sizes).toBe(source!.sizes);
        const sets = [
          ['avif', candidates(source!.srcset!)],
          ['webp', candidates(img!.srcset!)],
        ] as const;
        for (const [format, set] of sets) {
          expect(set.map((c) => c.width)).toEqual(sets[0][1].map((c) => c.width));
          for (const { url, width } of set) {
            expect(url.startsWith(`${base}media/`), url).toBe(true);
            const file = join(DIST, slug, page.replace(/[^/]*$/, ''), url);
            expect(existsSync(file), url).toBe(true);
            const meta = await sharp(readFileSync(file)).metadata();
            // libvips names AVIF by its container, HEIF.
            expect([url, meta.format, meta.width]).toEqual([url, format === 'avif' ? 'heif' : format, width]);
          }
        }
        // The <img>'s width and height are the largest file's: the room it keeps is the picture's shape.
        const largest = sets[1][1].at(-1)!;
        const meta = await sharp(
          readFileSync(join(DIST, slug, page.replace(/[^/]*$/, ''), largest.url)),
        ).metadata();
        expect([Number(img!.width), Number(img!.height)]).toEqual([meta.width, meta.height]);
        expect(img!.src).toMatch(new RegExp(`^${base}media/[\\w-]+-\\d+\\.webp$`));
      }
    });

  it('story.json names the same files, which the embed page and <story-map> show', () => {
    const story = JSON.parse(
      readFileSync(join(DIST, 'zhoushan-islands', 'story.json'), 'utf8'),
    ) as BuiltStory;
    const html = readFileSync(join(DIST, 'zhoushan-islands', 'index.html'), 'utf8');
    const media = story.chapters.flatMap((c) => c.media ?? []);
    expect(media.length).toBeGreaterThan(0);
    for (const m of media)
      for (const format of MEDIA_FORMATS) expect(html).toContain(mediaSrcset('', m, format));
  });

  it('holds no picture file that no page names, and no media folder for a story without pictures', () => {
    const folder = join(DIST, 'zhoushan-islands', 'media');
    const named = readFileSync(join(DIST, 'zhoushan-islands', 'index.html'), 'utf8');
    for (const file of readdirSync(folder)) expect(named, file).toContain(`media/${file} `);
    expect(existsSync(join(DIST, 'ningbo-town-race', 'media'))).toBe(false);
  });
});
