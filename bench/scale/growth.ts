// How fast a cost grows with the size of the work: the exponent k of cost ∝ size^k between the smallest and the
// largest size. 1 is in proportion to the size, 0 is flat; above LINEAR_MARGIN a cost grows faster than the work.

/** Noise on a shared machine moves a two-point exponent by a few hundredths; more than this is growth. */
const LINEAR_MARGIN = 1.15;

export interface Growth {
  axis: string;
  figure: string;
  exponent: number | null;
  superlinear: boolean;
  text: string;
}

export function exponent(sizes: readonly number[], costs: readonly (number | null)[]): number | null {
  const [s0, s1] = [sizes[0], sizes.at(-1)];
  const [c0, c1] = [costs[0], costs.at(-1)];
  if (s0 == null || s1 == null || c0 == null || c1 == null || s0 <= 0 || s1 <= s0 || c0 <= 0 || c1 <= 0)
    return null;
  return Math.log(c1 / c0) / Math.log(s1 / s0);
}

export function growth(
  axis: string,
  sizes: readonly number[],
  figures: Record<string, readonly (number | null)[]>,
): Growth[] {
  return Object.entries(figures).map(([figure, costs]) => {
    const k = exponent(sizes, costs);
    const superlinear = k !== null && k > LINEAR_MARGIN;
    const span = `${sizes[0]} → ${sizes.at(-1)} ${axis}`;
    return {
      axis,
      figure,
      exponent: k,
      superlinear,
      text: `${figure}, ${span}: ×${k === null ? '—' : ((costs.at(-1) ?? 0) / (costs[0] ?? 1)).toFixed(2)} (exponent ${k === null ? '—' : k.toFixed(2)})`,
    };
  });
}
