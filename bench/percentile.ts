// Linear interpolation between closest ranks, so a handful of runs still gives a stable median.
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function median(values: readonly (number | null)[]): number | null {
  return percentile(
    values.filter((v): v is number => v !== null),
    50,
  );
}
