// How far apart two screenshots of the same map are: the shift of one against the other (in device px) that lays
// the most of the first one's pixels of a line colour (the city's outline) on the same colour in the other, and
// the share of all pixels that differ. Computed in the page (no image library here).
import type { Page } from 'playwright-core';
import { decoderIn, type DecodePng } from '../../scripts/browser/page-png';

export interface Offset {
  /** The shift of `after` that lays the most line pixels of `before` on line pixels, in device px. */
  dx: number;
  dy: number;
  /** How many line pixels `before` has, and the share of them on a line pixel of `after`, unshifted. */
  linePixels: number;
  onLine: number;
  /** Share of all pixels (0–1) that differ by more than `tolerance` in some channel, unshifted. */
  differing: number;
}

export async function screenshotOffset(
  page: Page,
  before: Buffer,
  after: Buffer,
  line: string,
  reach = 8,
  tolerance = 24,
): Promise<Offset> {
  await decoderIn(page);
  return page.evaluate(
    async ({ pngs, line, reach, tolerance }) => {
      const decode = (globalThis as unknown as { decodePng: DecodePng }).decodePng;
      const [a, b] = await Promise.all(pngs.map(decode));
      const { width, height } = a!;
      const rgb = [1, 3, 5].map((i) => parseInt(line.slice(i, i + 2), 16));
      const isLine = (d: ImageData, i: number) => rgb.every((v, c) => Math.abs(d.data[i + c]! - v) <= 40);
      const at = (x: number, y: number) => (y * width + x) * 4;
      let differing = 0;
      const ink: number[] = [];
      for (let y = reach; y < height - reach; y++)
        for (let x = reach; x < width - reach; x++) {
          const i = at(x, y);
          if ([0, 1, 2].some((c) => Math.abs(a!.data[i + c]! - b!.data[i + c]!) > tolerance)) differing++;
          if (isLine(a!, i)) ink.push(x, y);
        }
      const on = (dx: number, dy: number) => {
        let n = 0;
        for (let k = 0; k < ink.length; k += 2) if (isLine(b!, at(ink[k]! + dx, ink[k + 1]! + dy))) n++;
        return n;
      };
      let best = { dx: 0, dy: 0, n: on(0, 0) };
      for (let dy = -reach; dy <= reach; dy++)
        for (let dx = -reach; dx <= reach; dx++) {
          const n = on(dx, dy);
          if (n > best.n) best = { dx, dy, n };
        }
      const linePixels = ink.length / 2;
      return {
        dx: best.dx,
        dy: best.dy,
        linePixels,
        onLine: on(0, 0) / linePixels,
        differing: differing / ((width - 2 * reach) * (height - 2 * reach)),
      };
    },
    { pngs: [before.toString('base64'), after.toString('base64')], line, reach, tolerance },
  );
}
