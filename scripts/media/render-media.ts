// Makes the files a story's pictures are served as (src/story/media.ts plans them): each width in AVIF and WebP,
// decoded and encoded by sharp (libvips). The decode is the full check the checker's header reading cannot be; the
// total is held to the story's media budget. Problems are located at the `file:` line that names the picture.
import sharp, { type Sharp } from 'sharp';
import type { CheckedMedia } from '../../src/check/check-media';
import type { Problem } from '../../src/check/problem';
import { MEDIA_FORMATS, mediaHeight, mediaName, mediaUrl, type MediaFormat } from '../../src/story/media.ts';
import type { ResolvedStory } from '../../src/story/types';
import { MAX_MEDIA_BYTES } from './media-budget.ts';

export interface RenderedMedia {
  /** Path under the story's folder (media/…) → bytes. */
  files: Map<string, Uint8Array>;
  /** All of them together: what the media budget counts. */
  bytes: number;
  problems: Problem[];
}

// docs/decisions/0015-chapter-pictures.md: AVIF at quality 50 is about 60% of WebP at 75 on a photograph. Effort 2,
// not sharp's default 4: on a 720 px photograph it came within 1% of effort 4's size in a sixth of the time.
const ENCODE: Record<MediaFormat, (s: Sharp) => Sharp> = {
  avif: (s) => s.avif({ quality: 50, effort: 2 }),
  webp: (s) => s.webp({ quality: 75, effort: 4 }),
};

const KB = 1024;

/** `checked`: the story's pictures by file, as the checker read them. */
export async function renderMedia(
  story: ResolvedStory,
  checked: Record<string, CheckedMedia>,
  budget = MAX_MEDIA_BYTES,
): Promise<RenderedMedia> {
  const files = new Map<string, Uint8Array>();
  const problems: Problem[] = [];
  let bytes = 0;
  const done = new Set<string>();
  // In story order, so the picture that takes the story over its budget is the one reported.
  for (const [file, source] of Object.entries(checked)) {
    const name = mediaName(file);
    const widths = story.chapters.flatMap((c) => c.media ?? []).find((m) => m.name === name)?.widths;
    if (!widths || done.has(name)) continue;
    done.add(name);
    const at = (message: string, hint: string): Problem => ({ ...source.at, message, hint });
    let input: Sharp;
    try {
      // failOn 'error': a truncated or corrupt file is refused, not drawn half grey.
      input = sharp(source.bytes, { failOn: 'error' }).autoOrient();
      const { width, height } = (await input.clone().raw().toBuffer({ resolveWithObject: true })).info;
      if (width !== source.width || height !== source.height)
        problems.push(
          at(
            `"${file}" is ${source.width}×${source.height} in its header but ${width}×${height} once turned upright (its EXIF orientation)`,
            'save the picture upright, without an orientation tag',
          ),
        );
    } catch (e) {
      problems.push(
        at(
          `"${file}" could not be decoded as a ${source.format.toUpperCase()} image: ${firstLine(e)}`,
          'open it in an image editor and export it again',
        ),
      );
      continue;
    }
    const made: [string, Uint8Array][] = [];
    for (const width of widths)
      for (const format of MEDIA_FORMATS) {
        const resized = input.clone().resize(width, mediaHeight(source, width), { fit: 'fill' });
        made.push([mediaUrl(name, width, format), await ENCODE[format](resized).toBuffer()]);
      }
    const own = made.reduce((n, [, b]) => n + b.length, 0);
    if (bytes + own > budget) {
      problems.push(
        at(
          `the story's pictures come to ${((bytes + own) / KB).toFixed(1)} KB with "${file}" (${made.length} files, ${(own / KB).toFixed(1)} KB), over the ${budget / KB} KB media budget`,
          'use fewer pictures, or simpler ones: every one is stored in each size and format',
        ),
      );
      continue;
    }
    bytes += own;
    for (const [path, b] of made) files.set(path, b);
  }
  return { files, bytes, problems };
}

function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);
}
