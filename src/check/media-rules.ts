// Pictures as the rest of the story uses them: a picture for a popup names a place the chapter marks (else no
// marker opens it there), a chapter shows a picture once, and two pictures cannot share the name their generated
// files are made from.
import type { Finding } from './problem';
import type { Story } from '../story/schema';
import { mediaName } from '../story/media.ts';

export function mediaFindings(story: Story): Finding[] {
  const out: Finding[] = [];
  const names = new Map<string, string>();
  story.chapters.forEach((ch, i) => {
    const inChapter = new Set<string>();
    ch?.media?.forEach((m, j) => {
      if (inChapter.has(m.file))
        out.push({
          path: ['chapters', i, 'media', j, 'file'],
          message: `chapters[${i}].media[${j}].file: "${m.file}" is listed twice in this chapter`,
        });
      inChapter.add(m.file);
      const name = mediaName(m.file);
      const other = names.get(name);
      if (other !== undefined && other !== m.file)
        out.push({
          path: ['chapters', i, 'media', j, 'file'],
          message: `chapters[${i}].media[${j}].file: "${m.file}" and "${other}" would make the same files (media/${name}-…)`,
          hint: 'give one of them another name',
        });
      else names.set(name, m.file);
      if (m.place === undefined) return;
      const markers = ch.markers ?? (ch.view.place ? [ch.view.place] : (ch.view.fit ?? []));
      if (!markers.includes(m.place))
        out.push({
          path: ['chapters', i, 'media', j, 'place'],
          message: `chapters[${i}].media[${j}].place: expected a place this chapter marks (${markers.map((p) => `"${p}"`).join(', ') || 'none'}), found "${m.place}"`,
          hint: "its popup opens from the place's marker at this chapter: mark the place, or leave place out",
        });
    });
  });
  return out;
}
