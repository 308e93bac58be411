// The story's own layers as the rest of the story uses them: every id a chapter lists is declared, and every
// declared layer is shown somewhere.
import type { DataPath } from './locate';
import { nearestIn } from './nearest.ts';
import type { Finding } from './problem';
import type { Story } from '../story/schema';

/** `declared`: the layer ids the file declares, including those whose fields are wrong (still not unknown). */
export function layerFindings(story: Story, declared: readonly string[]): Finding[] {
  const out: Finding[] = [];
  const known = new Set(declared);
  const guessFor = nearestIn(known);
  const used = new Set<string>();
  story.chapters.forEach((ch, i) => {
    const seen = new Set<string>();
    ch?.layers?.forEach((id, j) => {
      const path: DataPath = ['chapters', i, 'layers', j];
      used.add(id);
      if (seen.has(id)) out.push({ path, message: `"${id}" is listed twice in layers` });
      seen.add(id);
      if (known.has(id)) return;
      const guess = guessFor(id);
      out.push({
        path,
        message: `unknown layer "${id}"`,
        hint: guess
          ? `did you mean "${guess}"?`
          : 'declare it under layers: with file, name, source, licence, crs and precision_m',
      });
    });
  });
  for (const id of declared)
    if (!used.has(id))
      out.push({
        path: ['layers', id],
        message: `layer "${id}" is declared but no chapter shows it`,
        hint: `add layers: [${id}] to the chapters that should show it`,
        key: true,
        warning: true,
      });
  return out;
}
