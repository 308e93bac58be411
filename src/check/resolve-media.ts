// A chapter's pictures as the page shows them: the story's words for each, and the sizes the build makes of it.
import type { StoryMedia } from '../story/schema';
import { mediaHeight, mediaName, mediaWidths } from '../story/media.ts';
import type { ResolvedMedia } from '../story/types';

/** `size`: the source's pixels, as the checker read them from its header (check-media.ts). */
export function resolveMedia(
  m: StoryMedia,
  size: { width: number; height: number } | undefined,
): ResolvedMedia {
  if (!size) throw new Error(`picture "${m.file}" was not checked (the checker should have caught this)`);
  const widths = mediaWidths(size.width);
  const width = widths[widths.length - 1]!;
  return {
    name: mediaName(m.file),
    widths,
    width,
    height: mediaHeight(size, width),
    alt: m.alt,
    caption: m.caption ?? null,
    credit: m.credit,
    licence: m.licence,
    source: m.source,
    place: m.place ?? null,
  };
}
