// What an image file is, read from its bytes rather than its name: a text file or an HTML page saved as
// `photo.png` must be refused at the editor's line, not passed to the encoder. Only the header is read (the build
// decodes the whole picture with sharp); this reads enough to know the format and the pixel size.

export type ImageFormat = 'png' | 'jpeg' | 'webp';

export type ImageHeader =
  { ok: true; format: ImageFormat; width: number; height: number } | { ok: false; found: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, at: number, n: number) =>
  String.fromCharCode(...bytes.subarray(at, at + n));
const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);

function png(b: Uint8Array): ImageHeader {
  // The first chunk must be IHDR (PNG spec, 11.2.2), its width and height the first eight bytes of its data.
  if (b.length < 24 || ascii(b, 12, 4) !== 'IHDR')
    return { ok: false, found: 'a PNG signature without its header' };
  return sized('png', u32be(b, 16), u32be(b, 20));
}

// Start-of-frame markers carry the size; C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding) do not.
const isFrameMarker = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function jpeg(b: Uint8Array): ImageHeader {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return { ok: false, found: 'a JPEG start whose segments are broken' };
    const marker = b[at + 1]!;
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (isFrameMarker(marker)) return sized('jpeg', u16be(b, at + 7), u16be(b, at + 5));
    at += 2 + u16be(b, at + 2);
  }
  return { ok: false, found: 'a JPEG start with no frame header' };
}

function webp(b: Uint8Array): ImageHeader {
  const chunk = ascii(b, 12, 4);
  // RFC 9649: VP8 (lossy) keeps 14-bit sizes after its start code, VP8L (lossless) packs 14-bit sizes less one,
  // VP8X (extended) has 24-bit sizes less one.
  if (chunk === 'VP8 ' && b.length >= 30) return sized('webp', u16le(b, 26) & 0x3fff, u16le(b, 28) & 0x3fff);
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return sized('webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X' && b.length >= 30) return sized('webp', u24le(b, 24) + 1, u24le(b, 27) + 1);
  return { ok: false, found: 'a WebP container without an image chunk' };
}

function sized(format: ImageFormat, width: number, height: number): ImageHeader {
  if (width === 0 || height === 0)
    return { ok: false, found: `a ${format.toUpperCase()} header of 0 pixels` };
  return { ok: true, format, width, height };
}

/** Printable UTF-8 with tabs and line ends only; the cut at the end may split a character. */
function isText(b: Uint8Array): boolean {
  if (b.some((x) => x < 0x20 && x !== 0x09 && x !== 0x0a && x !== 0x0c && x !== 0x0d)) return false;
  return !new TextDecoder('utf-8')
    .decode(b)
    .replace(/\ufffd+$/, '')
    .includes('\ufffd');
}

/** What the bytes begin as, for a file that is no image the build takes: said so an editor can recognise it. */
function describeOther(b: Uint8Array): string {
  if (b.length === 0) return 'an empty file';
  if (startsWith(b, [0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (ascii(b, 4, 4) === 'ftyp') return 'an AVIF or HEIF image';
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'a PDF document';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 200)).trimStart();
  if (/^<(\?xml|svg)/i.test(head)) return 'an SVG or XML text';
  if (/^<(!doctype|html)/i.test(head)) return 'an HTML page';
  if (isText(b.subarray(0, 200))) {
    const start = head.slice(0, 24).replace(/\s+/g, ' ');
    return `text (${JSON.stringify(start + (head.length > 24 ? '…' : ''))})`;
  }
  const hex = [...b.subarray(0, 4)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
  return `bytes of no image format the build reads (${hex} …)`;
}

/** The format and size the bytes declare, whatever the file is called. */
export function imageHeader(bytes: Uint8Array): ImageHeader {
  if (startsWith(bytes, PNG_SIGNATURE)) return png(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpeg(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webp(bytes);
  return { ok: false, found: describeOther(bytes) };
}
