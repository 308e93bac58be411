// Where a chapter's pictures are and which sizes of them exist: the build makes exactly these files
// (scripts/media/render-media.ts) and the page names them in its srcset, from this one plan.
import type { ResolvedMedia } from './types';

/**
 * The widths made of each picture, in pixels. The text column is at most 560 CSS px wide (608 less its padding),
 * so 1120 serves it at twice the pixel density; 640 a phone at one and a popup at two; 320 a popup at one.
 */
const MEDIA_WIDTHS = [320, 640, 1120] as const;

/** AVIF first (smallest where it is read), WebP for the browsers that do not read AVIF: every current one reads it. */
export const MEDIA_FORMATS = ['avif', 'webp'] as const;
export type MediaFormat = (typeof MEDIA_FORMATS)[number];

/** The widths of a picture `sourceWidth` pixels wide: never enlarged, and always one at its own width or the top. */
export function mediaWidths(sourceWidth: number): number[] {
  const top = Math.min(sourceWidth, Math.max(...MEDIA_WIDTHS));
  return [...MEDIA_WIDTHS.filter((w) => w < top), top];
}

/** The height of the `width`-pixel size of a picture of `source` pixels: the build resizes to exactly this. */
export function mediaHeight(source: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((source.height * width) / source.width));
}

/** A generated file's path under the story's folder. */
export function mediaUrl(name: string, width: number, format: MediaFormat): string {
  return `media/${name}-${width}.${format}`;
}

/** The name the generated files share: the source's, without its folder and extension. */
export function mediaName(file: string): string {
  return file.replace(/^media\//, '').replace(/\.[a-z]+$/, '');
}

/** `base`: where the story's own files are (the page's folder, or the story site's for <story-map>). */
export function mediaSrcset(base: string, m: ResolvedMedia, format: MediaFormat): string {
  return m.widths.map((w) => `${base}${mediaUrl(m.name, w, format)} ${w}w`).join(', ');
}
