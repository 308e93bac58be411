// How fast a cost grows with the size of the work: the exponent k of cost ∝ size^k between the smallest and the
// largest size. 1 is in proportion to the size, 0 is flat; above its limit a cost grows faster than it may.

/** Noise on a shared machine moves a two-point exponent by a few hundredths; more than this is growth. */
const LINEAR_MARGIN = 1.15;
/**
 * For a cost that must not grow at all, such as what one story's reader downloads as the site gains stories: the
 * same margin of noise above 0, and no more.
 */
export const FLAT_MARGIN = 0.15;

export interface Growth {
  axis: string;
  figure: string;
  exponent: number | null;
  /** The largest exponent the figure may show. */
  limit: number;
  tooFast: boolean;
  text: string;
}

export function exponent(sizes: readonly number[], costs: readonly (number | null)[]): number | null {
  const [s0, s1] = [sizes[0], sizes.at(-1)];
  const [c0, c1] = [costs[0], costs.at(-1)];
  if (s0 == null || s1 == null || c0 == null || c1 == null || s0 <= 0 || s1 <= s0 || c0 <= 0 || c1 <= 0)
    return null;
  return Math.log(c1 / c0) / Math.log(s1 / s0);
}

/** Each figure's growth over `sizes`; its limit is `limits[figure]`, or at most linear. */
export function growth(
  axis: string,
  sizes: readonly number[],
  figures: Record<string, readonly (number | null)[]>,
  limits: Record<string, number> = {},
): Growth[] {
  return Object.entries(figures).map(([figure, costs]) => {
    const k = exponent(sizes, costs);
    const limit = Object.hasOwn(limits, figure) ? limits[figure]! : LINEAR_MARGIN;
    const tooFast = k !== null && k > limit;
    const span = `${sizes[0]} → ${sizes.at(-1)} ${axis}`;
    return {
      axis,
      figure,
      exponent: k,
      limit,
      tooFast,
      text: `${figure}, ${span}: ×${k === null ? '—' : ((costs.at(-1) ?? 0) / (costs[0] ?? 1)).toFixed(2)} (exponent ${k === null ? '—' : k.toFixed(2)}, at most ${limit.toFixed(2)})`,
    };
  });
}
