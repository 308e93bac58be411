// A file over the size limit is refused before it is parsed: parsing is where the time would go.
import { MAX_FILE_BYTES } from '../story/limits.ts';
import type { Problem } from './problem';

const MB = 1024 * 1024;

/** The problem for a file of `bytes` bytes, or null when it is within the limit. */
export function oversized(file: string, bytes: number): Problem | null {
  if (bytes <= MAX_FILE_BYTES) return null;
  // Rounded up, so a file just over the limit never reads as being at it.
  const size = Math.ceil((bytes / MB) * 10) / 10;
  return {
    file,
    line: 1,
    col: 1,
    message: `${file.split(/[\\/]/).pop()} is ${size} MB, the limit is ${MAX_FILE_BYTES / MB} MB`,
    hint: 'a story this large is almost certainly not one: split it, or check what was pasted into it',
  };
}

/** The size of `text` once saved as UTF-8, counted without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    // A surrogate pair is one code point of four bytes; a lone surrogate is saved as the three of U+FFFD.
    else if (c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
