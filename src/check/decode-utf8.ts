// Reads a story file's bytes as UTF-8, refusing what is not. Read as a string with 'utf8', a byte that is not UTF-8
// silently becomes U+FFFD, so a file saved in GBK reaches the page as � with no problem reported.

export type Decoded = { ok: true; text: string } | { ok: false; offset: number; line: number; col: number };

const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    // Line and column counted as the YAML parser counts them (UTF-16 units), so every problem points the same way.
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++)
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
    return { ok: false, offset, line, col: before.length + 1 };
  }
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let n: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      // No overlong forms (E0 80–9F) and no surrogates (ED A0–BF).
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? min : 0x80) || c > (k === 1 ? max : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
