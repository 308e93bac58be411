// The budgets the bench enforces (issue 6): each says what it limits, what was measured and whether it holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AssetSizes } from './asset-sizes';
import { MAX_MEDIA_BYTES } from '../scripts/media/media-budget';

export interface Budget {
  name: string;
  limit: string;
  actual: string;
  pass: boolean;
}

export interface BudgetInputs {
  assets: AssetSizes;
  storyReady: number | null;
  /** The live map on screen (on-screen.ts), the story's and the floor's at the same map size (medians). */
  storyOnscreen: number | null;
  baselineOnscreen: number | null;
  /** Everything the story page had transferred by then, and its basemap's files among it at gzip -9 (medians). */
  bytesByOnscreen: number | null;
  openingBasemap: number | null;
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
  /** Each story's pictures as built, every size and format (media-bytes.ts), by slug. */
  media?: Record<string, number>;
}

/**
 * What the opening's view may fetch of the basemap by the time the live map is on screen: the whole basemap's
 * weight when it was one file for the one region it drew (gzip -9), so a basemap of tiles for anywhere costs the
 * reader of the opening no more than that one did.
 */
const OPENING_BASEMAP = 20.1 * 1024;
/** The stories' own layers: what is left of the 50 KB that all geodata, that basemap included, was held to. */
const AUTHOR_LAYERS = 50 * 1024 - OPENING_BASEMAP;
/** Bytes by the live map on screen: the story page's as measured before its basemap became tiles. */
const BYTES_BY_ONSCREEN = 492 * 1024;
/** The live map on screen against the floor's, each at the same map size. */
const ONSCREEN_RATIO = 1.5;

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
  storyOnscreen,
  baselineOnscreen,
  bytesByOnscreen,
  openingBasemap,
  storyFcp,
  storyFirstPixels,
  phone,
  lighthouse,
  foreign,
  authorLayers = 0,
  media = {},
}: BudgetInputs): Budget[] {
  const lagOf = (pixels: number | null, fcp: number | null) =>
    pixels !== null && fcp !== null ? pixels - fcp : null;
  const lag = lagOf(storyFirstPixels, storyFcp);
  const ratio = storyOnscreen !== null && baselineOnscreen ? storyOnscreen / baselineOnscreen : null;
  return [
    {
      name: 'own JavaScript beyond MapLibre (gzip -9)',
      limit: '≤ 40 KB',
      actual: kb(assets.ownJs),
      pass: assets.ownJs <= 40 * KB,
    },
    {
      name: "the opening view's basemap by the live map on screen: tiles and their index (gzip -9, median)",
      limit: `≤ ${kb(OPENING_BASEMAP)}`,
      actual: openingBasemap === null ? 'not measured' : kb(openingBasemap),
      pass: openingBasemap !== null && openingBasemap <= OPENING_BASEMAP,
    },
    {
      name: "the stories' own layers (gzip -9)",
      limit: `≤ ${kb(AUTHOR_LAYERS)}`,
      actual: kb(authorLayers),
      pass: authorLayers <= AUTHOR_LAYERS,
    },
    // The build refuses a story over it (render-media.ts); here it stands beside the other figures, story by story.
    ...Object.entries(media).map(([slug, bytes]) => ({
      name: `${slug}: its pictures, every size and format`,
      limit: `≤ ${kb(MAX_MEDIA_BYTES)}`,
      actual: kb(bytes),
      pass: bytes <= MAX_MEDIA_BYTES,
    })),
    {
      name: 'story live map on screen / baseline on screen, same map size (medians)',
      limit: `≤ ${ONSCREEN_RATIO.toFixed(2)}×`,
      actual: ratio === null ? 'not measured' : `${ratio.toFixed(2)}×`,
      pass: ratio !== null && ratio <= ONSCREEN_RATIO,
    },
    {
      name: 'transferred by the story’s live map on screen (median)',
      limit: `≤ ${kb(BYTES_BY_ONSCREEN)}`,
      actual: bytesByOnscreen === null ? 'not measured' : kb(bytesByOnscreen),
      pass: bytesByOnscreen !== null && bytesByOnscreen <= BYTES_BY_ONSCREEN,
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
