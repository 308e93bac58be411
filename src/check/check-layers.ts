// Reads and checks the layer files a story declares, within the story's byte budget for them (limits.ts).
import { checkLayerFile } from './layer-file.ts';
import type { Coverage } from './coverage';
import type { LayerKind } from '../story/types';
import { MAX_LAYER_BYTES } from '../story/limits.ts';
import type { DataPath } from './locate';
import { utf8Bytes } from './oversized.ts';
import type { Problem } from './problem';
import type { Story } from '../story/schema';
import type { FeatureCollection, Geometry } from 'geojson';

/** A layer file's text and the path it is reported under, or why it could not be read. */
export type LayerRead =
  | { ok: true; file: string; text: string }
  | { ok: false; message: string; hint?: string; at?: { file: string; line: number; col: number } };
export type ReadLayer = (name: string) => LayerRead;

export interface CheckedLayer {
  data: FeatureCollection<Geometry, Record<string, never>>;
  kinds: LayerKind[];
  /** The file's size, which the story's layer budget counts. */
  bytes: number;
}

const KB = 1024;
const noFiles: ReadLayer = () => ({ ok: false, message: 'layer files cannot be read here' });

/**
 * `declared`: problems located in story.yaml (at the declaration); `inFiles`: those located in the layer files.
 * Files are read in declaration order; the one that takes the story over its budget is refused unchecked.
 */
export function checkLayers(
  layers: NonNullable<Story['layers']>,
  coverage: Coverage,
  read: ReadLayer = noFiles,
  at: (path: DataPath, message: string, hint?: string) => Problem,
): { declared: Problem[]; inFiles: Problem[]; layers: Record<string, CheckedLayer> } {
  const declared: Problem[] = [];
  const inFiles: Problem[] = [];
  const out: Record<string, CheckedLayer> = {};
  let total = 0;
  for (const [id, layer] of Object.entries(layers)) {
    const path = ['layers', id, 'file'];
    const r = read(layer.file);
    if (!r.ok) {
      if (r.at) inFiles.push({ ...r.at, message: r.message, ...(r.hint ? { hint: r.hint } : {}) });
      else declared.push(at(path, `layers.${id}.file: ${r.message}`, r.hint));
      continue;
    }
    const bytes = utf8Bytes(r.text);
    total += bytes;
    if (total > MAX_LAYER_BYTES) {
      declared.push(
        at(
          path,
          `layers.${id}.file: the story's layer files come to ${(total / KB).toFixed(1)} KB with this one, over the ${MAX_LAYER_BYTES / KB} KB budget`,
          'simplify the geometry (fewer vertices, e.g. mapshaper -simplify) or show less of it: every byte travels to each reader',
        ),
      );
      continue;
    }
    const checked = checkLayerFile(r.file, r.text, coverage);
    if (checked.ok) out[id] = { data: checked.data, kinds: checked.kinds, bytes };
    else inFiles.push(...checked.problems);
  }
  return { declared, inFiles, layers: out };
}
