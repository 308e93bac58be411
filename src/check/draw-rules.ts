// A chapter's draw_with_scroll: each id names a layer the chapter shows (its layers:) whose file holds lines, the
// only geometry MapLibre can draw part of (line-gradient over line-progress).
import { formatPath, type DataPath } from './locate.ts';
import type { Finding } from './problem';
import type { Story } from '../story/schema';
import type { LayerKind } from '../story/types';

const KIND_WORDS: Record<LayerKind, string> = { point: 'points', line: 'lines', area: 'areas' };

/** `kinds`: what each layer file that could be read holds; a layer whose file could not be read is reported there. */
export function drawFindings(story: Story, kinds: Record<string, readonly LayerKind[]>): Finding[] {
  const out: Finding[] = [];
  story.chapters.forEach((ch, i) => {
    const shown = new Set(ch?.layers ?? []);
    const seen = new Set<string>();
    ch?.draw_with_scroll?.forEach((id, j) => {
      const path: DataPath = ['chapters', i, 'draw_with_scroll', j];
      const field = formatPath(path);
      if (seen.has(id)) out.push({ path, message: `${field}: "${id}" is listed twice` });
      seen.add(id);
      if (!shown.has(id)) {
        const listed = [...shown].map((s) => `"${s}"`).join(', ');
        out.push({
          path,
          message: `${field}: expected one of this chapter's layers (${listed || 'it lists none'}), found "${id}"`,
          hint: `add "${id}" to this chapter's layers: too, or remove it from draw_with_scroll`,
        });
        return;
      }
      const has = kinds[id];
      if (!has || (has.length === 1 && has[0] === 'line')) return;
      out.push({
        path,
        message: `${field}: expected a layer of lines, found "${id}" holding ${has.map((k) => KIND_WORDS[k]).join(' and ')}`,
        hint: 'only a line can be drawn part of the way; show points and areas whole with layers: alone',
      });
    });
  });
  return out;
}
