// A chapter that compares places: the figures it sets side by side, and whether the reader is told when they do not
// measure the same thing over the same period.
import { quotedQuantity } from './metric-rules.ts';
import type { Finding } from './problem';
import type { Story } from '../story/schema';

interface Headline {
  /** Its place in the story's order of figures, which the message keeps. */
  n: number;
  /** 亿元 beside 万元 is one measure; 美元 beside 元, or 元 beside 亩, is not. */
  unit: string;
  period: string;
}
export type Headlines = Map<string, Headline[]>;

// Read once per story and filed by place, not once per comparison: reading a quote is the costly part, and a file
// may hold thousands of comparisons.
export function headlineFigures(story: Story): Headlines {
  const byPlace: Headlines = new Map();
  let n = 0;
  for (const c of story.chapters)
    for (const m of c?.metrics ?? []) {
      const place = m.place ?? c.view.place;
      if (!m.headline || !place) continue;
      const h = {
        n: n++,
        unit: quotedQuantity(m)?.unit || m.unit.zh,
        period: JSON.stringify(m.period ?? null),
      };
      const list = byPlace.get(place);
      if (list) list.push(h);
      else byPlace.set(place, [h]);
    }
  return byPlace;
}

// A comparison reads as like for like: when the figures it sets side by side measure different things or
// different periods, the reader must be told, in the chapter's caption.
export function uncaptionedComparison(story: Story, i: number, headlines: Headlines): Finding[] {
  const { markers, view } = story.chapters[i]!;
  const ids = new Set(markers ?? (view.place ? [view.place] : (view.fit ?? [])));
  const shown = [...ids].flatMap((id) => headlines.get(id) ?? []).sort((a, b) => a.n - b.n);
  const units = new Set(shown.map((h) => h.unit));
  const periods = new Set(shown.map((h) => h.period));
  if (units.size <= 1 && periods.size <= 1) return [];
  return [
    {
      path: ['chapters', i, 'compare'],
      message: `the comparison sets side by side figures of different ${units.size > 1 ? 'units' : 'periods'} (${[...units].join(', ')}) with no caption`,
      hint: 'caption: {zh: …, en: …} saying what each figure measures and over which period',
      warning: true,
    },
  ];
}
