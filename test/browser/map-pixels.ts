// Screenshots of one page region compared pixel by pixel in the page itself (no image library in the project).
import type { Page } from 'playwright-core';
import { decoderIn, type DecodePng } from '../../scripts/browser/page-png';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Intersection area of two boxes, in CSS px². */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.max(0, w) * Math.max(0, h);
}

/**
 * How many pixels of two same-size screenshots differ by more than `tolerance` in some channel, leaving out the
 * boxes in `skip` (in the screenshots' own CSS px, scaled by `scale` device pixels), and the box around them (in CSS
 * px; null when none differ), to say where a failure is.
 */
export async function differingPixels(
  page: Page,
  before: Buffer,
  after: Buffer,
  skip: Box[],
  scale: number,
  tolerance = 24,
): Promise<{ differing: number; total: number; where: Box | null }> {
  await decoderIn(page);
  return page.evaluate(
    async ({ pngs, skip, scale, tolerance }) => {
      const decode = (globalThis as unknown as { decodePng: DecodePng }).decodePng;
      const [a, b] = await Promise.all(pngs.map(decode));
      let differing = 0;
      let total = 0;
      const [lo, hi] = [
        [Infinity, Infinity],
        [-Infinity, -Infinity],
      ];
      for (let y = 0; y < a!.height; y++)
        for (let x = 0; x < a!.width; x++) {
          const [cx, cy] = [x / scale, y / scale];
          if (skip.some((s) => cx >= s.x && cx < s.x + s.width && cy >= s.y && cy < s.y + s.height)) continue;
          total++;
          const i = (y * a!.width + x) * 4;
          for (let c = 0; c < 3; c++)
            if (Math.abs(a!.data[i + c]! - b!.data[i + c]!) > tolerance) {
              differing++;
              [lo[0], lo[1], hi[0], hi[1]] = [
                Math.min(lo[0]!, cx),
                Math.min(lo[1]!, cy),
                Math.max(hi[0]!, cx),
                Math.max(hi[1]!, cy),
              ];
              break;
            }
        }
      const where = differing
        ? { x: lo[0]!, y: lo[1]!, width: hi[0]! - lo[0]! + 1 / scale, height: hi[1]! - lo[1]! + 1 / scale }
        : null;
      return { differing, total, where };
    },
    { pngs: [before.toString('base64'), after.toString('base64')], skip, scale, tolerance },
  );
}
