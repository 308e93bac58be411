// The budgets the bench enforces (issue 6): each says what it limits, what was measured and whether it holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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
  /** The story's first map pixels, static or live (medians). */
  storyFirstPixels: number | null;
  /** The same two on a phone (medians), when measured. */
  phone?: { fcp: number | null; firstPixels: number | null };
  /** Lighthouse mobile performance of the story and of the floor, in the same run. */
  lighthouse: { story: number | null; floor: number | null };
  foreign: number;
  /** The stories' own layers as built (authorLayerBytes), gzip -9: map data as much as the basemap is. */
  authorLayers?: number;
}

/** One frame at 60 Hz: the map's first pixels should come with the text's, not a frame later. */
const FRAME_MS = 1000 / 60;

/** The map's first pixels against the text's, `where` said (desktop when empty). */
function lagBudget(where: string, lag: number | null): Budget {
  return {
    name: `story first map pixels after its first contentful paint${where ? `, ${where}` : ''} (medians)`,
    limit: `≤ one frame (${FRAME_MS.toFixed(1)} ms)`,
    actual: lag === null ? 'not measured' : `${Math.round(lag)} ms`,
    pass: lag !== null && lag <= FRAME_MS,
  };
}

const KB = 1024;
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

export function checkBudgets({
  assets,
  storyReady,
  baselineReady,
  storyFcp,
  storyFirstPixels,
  phone,
  lighthouse,
  foreign,
  authorLayers = 0,
}: BudgetInputs): Budget[] {
  const geodata = assets.geodata + authorLayers;
  const lagOf = (pixels: number | null, fcp: number | null) =>
    pixels !== null && fcp !== null ? pixels - fcp : null;
  const lag = lagOf(storyFirstPixels, storyFcp);
  const ratio = storyReady !== null && baselineReady ? storyReady / baselineReady : null;
  return [
    {
      name: 'own JavaScript beyond MapLibre (gzip -9)',
      limit: '≤ 40 KB',
      actual: kb(assets.ownJs),
      pass: assets.ownJs <= 40 * KB,
    },
    {
      name: "all geodata, the stories' own layers included (gzip -9)",
      limit: '≤ 50 KB',
      actual: `${kb(geodata)} (layers ${kb(authorLayers)})`,
      pass: geodata <= 50 * KB,
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
    lagBudget('', lag),
    ...(phone ? [lagBudget('on a phone (390×844)', lagOf(phone.firstPixels, phone.fcp))] : []),
    {
      name: 'lighthouse mobile performance, story against the floor (same run)',
      limit: '≥ the floor’s',
      actual: `${lighthouse.story ?? '—'} vs ${lighthouse.floor ?? '—'}`,
      pass: lighthouse.story !== null && lighthouse.floor !== null && lighthouse.story >= lighthouse.floor,
    },
    {
      name: 'requests to another origin (all runs, both pages)',
      limit: '0',
      actual: String(foreign),
      pass: foreign === 0,
    },
  ];
}

/** The stories' own layers in a built site: each story's `layers` in its story.json, gzipped at level 9. */
export function authorLayerBytes(distDir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(distDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let json: string;
    try {
      json = readFileSync(join(distDir, entry.name, 'story.json'), 'utf8');
    } catch {
      continue; // not a story's folder (assets/, maps of the index)
    }
    const layers = (JSON.parse(json) as { layers?: unknown }).layers;
    if (layers) bytes += gzipSync(JSON.stringify(layers), { level: 9 }).length;
  }
  return bytes;
}
