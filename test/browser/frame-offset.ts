// How far apart two screenshots of the same map are: the shift of one against the other (in device px) that makes
// the fewest pixels differ, and the share that differ unshifted. Computed in the page (no image library here).
import type { Page } from 'playwright-core';

export interface Offset {
  /** The shift of `after` that best matches `before`, in device px. */
  dx: number;
  dy: number;
  /** Share of pixels (0–1) that differ by more than the tolerance unshifted, and at the best shift. */
  unshifted: number;
  shifted: number;
}

export function screenshotOffset(
  page: Page,
  before: Buffer,
  after: Buffer,
  reach = 4,
  tolerance = 24,
): Promise<Offset> {
  return page.evaluate(
    async ({ pngs, reach, tolerance }) => {
      const decode = async (png: string) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const ctx = new OffscreenCanvas(image.width, image.height).getContext('2d')!;
        ctx.drawImage(image, 0, 0);
        return ctx.getImageData(0, 0, image.width, image.height);
      };
      const [a, b] = await Promise.all(pngs.map(decode));
      const { width, height } = a!;
      // Compared over the same inner area for every shift, so that the shares are alike.
      const share = (dx: number, dy: number) => {
        let [differing, total] = [0, 0];
        for (let y = reach; y < height - reach; y++)
          for (let x = reach; x < width - reach; x++) {
            total++;
            const i = (y * width + x) * 4;
            const j = ((y + dy) * width + x + dx) * 4;
            for (let c = 0; c < 3; c++)
              if (Math.abs(a!.data[i + c]! - b!.data[j + c]!) > tolerance) {
                differing++;
                break;
              }
          }
        return differing / total;
      };
      const unshifted = share(0, 0);
      let best = { dx: 0, dy: 0, unshifted, shifted: unshifted };
      for (let dy = -reach; dy <= reach; dy++)
        for (let dx = -reach; dx <= reach; dx++) {
          if (dx === 0 && dy === 0) continue;
          const s = share(dx, dy);
          if (s < best.shifted) best = { dx, dy, unshifted, shifted: s };
        }
      return best;
    },
    { pngs: [before.toString('base64'), after.toString('base64')], reach, tolerance },
  );
}
