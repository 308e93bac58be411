// Screenshots are compared in the page itself, which decodes PNGs natively (the project has no image library). The
// decoder is put in the page once, as source text: a function handed to page.evaluate cannot call one of ours.
import type { Page } from 'playwright-core';

/** In the page, after `decoderIn(page)`: `globalThis.decodePng(base64)` → the screenshot's pixels. */
export type DecodePng = (png: string) => Promise<ImageData>;

const SOURCE = `globalThis.decodePng ??= async (png) => {
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height);
}`;

/** Puts the decoder in `page`; call before an evaluate that uses it (a navigation takes it away). */
export async function decoderIn(page: Page): Promise<void> {
  await page.evaluate(SOURCE);
}
