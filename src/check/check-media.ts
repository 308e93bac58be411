// Reads the pictures a story's chapters name and checks that each is the image its name says, from its bytes.
// Each file is read once however many chapters show it; the build (scripts/media/) then decodes and resizes it.
import { imageHeader, type ImageFormat } from './image-header.ts';
import type { DataPath } from './locate';
import type { Problem } from './problem';
import type { Story } from '../story/schema';
import { MAX_MEDIA_SIDE_PX } from '../story/limits.ts';

/** A picture's bytes, or why they could not be read (missing, a link out of the folder, too large). */
export type MediaRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string; hint?: string };
export type ReadMedia = (name: string) => MediaRead;

export interface CheckedMedia {
  bytes: Uint8Array;
  format: ImageFormat;
  width: number;
  height: number;
  /** Where the story first names it: the build's own problems with the picture are reported there. */
  at: Pick<Problem, 'file' | 'line' | 'col'>;
}

const FORMAT_OF_EXTENSION: Record<string, ImageFormat> = {
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  webp: 'webp',
};
const noFiles: ReadMedia = () => ({ ok: false, message: 'pictures cannot be read here' });

/** Problems at the `file:` lines that name a picture; the pictures that passed, by their file name. */
export function checkMedia(
  story: Story,
  read: ReadMedia = noFiles,
  at: (path: DataPath, message: string, hint?: string) => Problem,
): { problems: Problem[]; media: Record<string, CheckedMedia> } {
  const problems: Problem[] = [];
  const media: Record<string, CheckedMedia> = {};
  const seen = new Set<string>();
  story.chapters.forEach((ch, i) =>
    ch?.media?.forEach((m, j) => {
      if (seen.has(m.file)) return;
      seen.add(m.file);
      const path = ['chapters', i, 'media', j, 'file'];
      const field = `chapters[${i}].media[${j}].file`;
      const r = read(m.file);
      if (!r.ok) {
        problems.push(at(path, `${field}: ${r.message}`, r.hint));
        return;
      }
      const claimed = FORMAT_OF_EXTENSION[m.file.split('.').pop()!]!;
      const header = imageHeader(r.bytes);
      if (!header.ok || header.format !== claimed) {
        const found = header.ok ? `a ${header.format.toUpperCase()} image` : header.found;
        problems.push(
          at(
            path,
            `${field}: "${m.file}" is not a ${claimed.toUpperCase()} image: expected its bytes to begin as one, found ${found}`,
            header.ok
              ? `name it by what it is (.${header.format === 'jpeg' ? 'jpg' : header.format})`
              : 'export the picture again as a PNG, JPEG or WebP',
          ),
        );
        return;
      }
      if (Math.max(header.width, header.height) > MAX_MEDIA_SIDE_PX) {
        problems.push(
          at(
            path,
            `${field}: "${m.file}" is ${header.width}×${header.height} pixels, expected at most ${MAX_MEDIA_SIDE_PX.toLocaleString('en')} a side`,
            'export it smaller: the page never shows a picture wider than 1120 pixels',
          ),
        );
        return;
      }
      const { file, line, col } = at(path, '');
      media[m.file] = {
        bytes: r.bytes,
        format: header.format,
        width: header.width,
        height: header.height,
        at: { file, line, col },
      };
    }),
  );
  return { problems, media };
}
