// The budgets the bench enforces (issue 6): each says what it limits, what was measured and whether it holds.
import type { AssetSizes } from './asset-sizes';

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export interface BudgetInputs {
  assets: AssetSizes;
  storyReady: number | null;
  baselineReady: number | null;
  storyFcp: number | null;
  foreign: number;
}

const KB = 1024;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

export function checkBudgets({
  assets,
  storyReady,
  baselineReady,
  storyFcp,
  foreign,
}: BudgetInputs): Budget[] {
  const ratio = storyReady !== null && baselineReady ? storyReady / baselineReady : null;
  return [
    {
      name: 'own JavaScript beyond MapLibre (gzip -9)',
      limit: '≤ 40 KB',
      actual: kb(assets.ownJs),
      pass: assets.ownJs <= 40 * KB,
    },
    {
      name: 'all geodata (gzip -9)',
      limit: '≤ 50 KB',
      actual: kb(assets.geodata),
      pass: assets.geodata <= 50 * KB,
    },
    {
      name: 'story ready / baseline ready (medians)',
      limit: '≤ 1.30×',
      actual: ratio === null ? 'not measured' : `${ratio.toFixed(2)}×`,
      pass: ratio !== null && ratio <= 1.3,
    },
    {
      name: 'story first contentful paint before map ready (medians)',
      limit: 'fcp < ready',
      actual: `${storyFcp === null ? 'no fcp' : Math.round(storyFcp)} ms vs ${storyReady === null ? 'never' : Math.round(storyReady)} ms`,
      pass: storyFcp !== null && storyReady !== null && storyFcp < storyReady,
    },
    {
      name: 'requests to another origin (all runs, both pages)',
      limit: '0',
      actual: String(foreign),
      pass: foreign === 0,
    },
  ];
}
