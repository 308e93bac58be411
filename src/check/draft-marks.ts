// What a draft leaves for a person: a text only a person can write (a chapter's own words) or translate. The story
// file still has to be whole to be checked at all, so such a text is written with a mark at its start, and the
// checker warns of every one still there: the story builds, and the editor sees what is left to do.
import type { DataPath } from './locate';
import type { Finding } from './problem';

export const TO_WRITE = '[to write]';
export const TO_TRANSLATE = '[to translate]';

/** Every text of the story that still starts with a draft's mark. */
export function draftMarkFindings(story: unknown): Finding[] {
  const out: Finding[] = [];
  const visit = (value: unknown, path: DataPath) => {
    if (typeof value === 'string') {
      const mark = [TO_WRITE, TO_TRANSLATE].find((m) => value.startsWith(m));
      if (mark)
        out.push({
          path,
          message: `still marked ${mark}: a person must ${mark === TO_WRITE ? 'write' : 'translate'} it`,
          hint: `replace the whole text, ${mark} included`,
          warning: true,
        });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (typeof value === 'object' && value !== null)
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(story, []);
  return out;
}
