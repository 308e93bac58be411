// The place names an article uses: those the project's data knows (by their whole Chinese name or its short form,
// 余姚市 or 余姚), each with what it matches; and words that look like names of places the data does not know
// (勤勇村, 葛岙水库), for the editor to locate or leave out. Never a guessed coordinate.
import { searchPlaces, zhShortForm, type PlaceMatch, type PlaceRecord } from '../places/place-search.ts';

export interface NamedPlace {
  /** The name as the article writes it. */
  name: string;
  /** Where the article first writes it. */
  at: number;
  /** Best first; more than one when the name is shared (鼓楼区 is a district of four cities). */
  matches: PlaceMatch[];
}

/**
 * What a place name of the kind the data lacks ends in: villages, towns, parks, reservoirs. A heuristic: it finds
 * candidates for the editor, who decides.
 */
const PLACE_ENDS = /(街道|社区|小镇|老街|园区|水库|茶场|码头|村|镇|乡|园|谷|湖|岛|港|湾)/g;
/** Characters that end a name read backwards: grammar words and measure words (在, 的, 和, 个 …). */
const NOT_IN_NAME =
  /[^\p{Script=Han}]|[在的了和与及是为于将把被从对等到向由以至即该这那其各全年月日个家名位后前中内外上下动造塑活能助带强加通纳推创展升善入着构]/u;
/** Words that end like a place name and are none: 乡村, 农村, 城镇 … */
const COMMON_WORDS = /^(乡村|农村|城镇|村村|村民|村级|村社|乡镇|园区|公园|茶园|花园|强镇|样板镇)$/;
const LONGEST_NAME = 12;
const MAX_STEM = 6;

/** Every known name in `text`, longest first at each position, and the candidates the data does not know. */
export function findPlaceNames(
  text: string,
  records: readonly PlaceRecord[],
): { known: NamedPlace[]; unknown: string[] } {
  const names = new Set<string>();
  for (const r of records)
    for (const n of r.zhNames) {
      if (n.length >= 2) names.add(n);
      // A county's short form is often a common word (资源, 富民, 振兴): only the curated places and the cities
      // are found by theirs (余姚, 泗门).
      const short = r.kind === 'county' || r.kind === 'country' ? null : zhShortForm(n);
      if (short) names.add(short);
    }
  const inKnown = new Uint8Array(text.length);
  const known = new Map<string, NamedPlace>();
  for (let i = 0; i < text.length;) {
    let len = Math.min(LONGEST_NAME, text.length - i);
    while (len >= 2 && !names.has(text.slice(i, i + len))) len--;
    if (len < 2) {
      i++;
      continue;
    }
    const name = text.slice(i, i + len);
    if (!known.has(name)) {
      const matches = searchPlaces(records, name, 20).filter((m) => m.tier === 0);
      known.set(name, { name, at: i, matches });
    }
    inKnown.fill(1, i, i + len);
    i += len;
  }
  const unknown = new Set<string>();
  for (const m of text.matchAll(PLACE_ENDS)) {
    const around = [text.slice(m.index - 1, m.index + 1), text.slice(m.index, m.index + 2)];
    if (inKnown[m.index] || around.some((w) => COMMON_WORDS.test(w))) continue;
    let start = m.index;
    while (
      start > m.index - MAX_STEM &&
      start > 0 &&
      !inKnown[start - 1] &&
      !NOT_IN_NAME.test(text[start - 1]!)
    )
      start--;
    if (m.index - start >= 2) unknown.add(text.slice(start, m.index + m[0].length));
  }
  return { known: [...known.values()], unknown: [...unknown] };
}
