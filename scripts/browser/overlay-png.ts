// Two screenshots of the same pane laid one over the other at half opacity, as a PNG: what a reader would see move
// at the swap shows doubled. Made in the page, which encodes PNGs natively.
import type { Page } from 'playwright-core';

export async function overlayPng(page: Page, under: Buffer, over: Buffer): Promise<Buffer> {
  const png = await page.evaluate(
    async ([a, b]) => {
      const images = await Promise.all(
        [a, b].map((s) =>
          createImageBitmap(
            new Blob([Uint8Array.from(atob(s), (c) => c.charCodeAt(0))], { type: 'image/png' }),
          ),
        ),
      );
      const canvas = new OffscreenCanvas(images[0]!.width, images[0]!.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(images[0]!, 0, 0);
      ctx.globalAlpha = 0.5;
      ctx.drawImage(images[1]!, 0, 0);
      const bytes = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    },
    [under.toString('base64'), over.toString('base64')] as [string, string],
  );
  return Buffer.from(png, 'base64');
}
