// Finds places by the name an editor types: Chinese (慈溪, 慈溪市), pinyin with or without tone marks, in any case
// and with or without spaces (Cíxī, cixi, Ci Xi), or English (Cixi City). Pure: the records come from
// place-index.ts, which reads the data; tests give it a handful.
import { pinyin } from 'pinyin-pro';

type PlaceKind = 'gazetteer' | 'county' | 'populated-place' | 'country';

export interface PlaceRecord {
  kind: PlaceKind;
  /** The id a story would give it: the gazetteer's own, else made from the English name. */
  id: string;
  name: { zh: string; en: string | null };
  /** Other names it is found by: Chinese (short forms, traditional characters) and Latin (pinyin, English). */
  zhNames: string[];
  latinNames: string[];
  lon: number;
  lat: number;
  precision_m: number;
  /** Drawn as an area, never as a pin: the point stands for something larger or is not where the place is. */
  approximate: boolean;
  /** What the point and its precision stand for, in a few words. */
  precisionNote: string;
  /** The `source:` of a places: entry: where the coordinate comes from, with its licence. */
  source: string;
  /** Where it is, for telling namesakes apart: 浙江省 宁波市, a country's name. */
  where: string;
}

export interface PlaceMatch {
  record: PlaceRecord;
  /** 0 the whole name or its short form, 1 the name's start, 2 within it, 3 by the sound of a Chinese query. */
  tier: 0 | 1 | 2 | 3;
}

/** The kinds of division a Chinese name ends in, longest first: 慈溪市 is also found as 慈溪. */
const ZH_KINDS = /(自治县|自治旗|特别行政区|林区|特区|街道|新区|区|县|市|旗|镇|乡|區|縣)$/;
const HAN = /\p{Script=Han}/u;

/** 慈溪市 → 慈溪; a short form of one character is too common a word to be a name. */
export function zhShortForm(name: string): string | null {
  const stem = name.replace(ZH_KINDS, '');
  return stem !== name && stem.length >= 2 ? stem : null;
}

/** Tone marks, breves, case, spaces and punctuation off: "Cíxī Shì", "ci xi shi" and "CixiShi" are one key. */
export function latinKey(s: string): string {
  // Decomposed, a tone mark or breve is a character of its own, which the last step drops with the spaces.
  return s
    .normalize('NFD')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** The Latin names without a kind word at the end: "Haishu District" is also found as "haishu". */
const LATIN_KINDS =
  /(autonomouscounty|autonomousbanner|forestrydistrict|specialdistrict|subdistrict|district|county|city|banner|town|shi|qu|xian|zhen)$/;

function tierOf(query: string, names: readonly string[], shortForm: (n: string) => string | null): number {
  let best = 9;
  for (const name of names) {
    if (!name) continue;
    const short = shortForm(name);
    if (name === query || short === query) return 0;
    if (name.startsWith(query)) best = Math.min(best, 1);
    else if (name.includes(query)) best = Math.min(best, 2);
  }
  return best;
}

// Each record's keys are made once, not once per query: a search runs through 3,600 records.
const keysOf = new WeakMap<PlaceRecord, string[]>();
const latinKeys = (r: PlaceRecord) => {
  let keys = keysOf.get(r);
  if (!keys) keysOf.set(r, (keys = r.latinNames.map(latinKey)));
  return keys;
};

const latinShort = (key: string) => {
  const stem = key.replace(LATIN_KINDS, '');
  return stem !== key && stem.length >= 2 ? stem : null;
};

/** The curated gazetteer before the divisions, a division before a city point, the world last. */
const KIND_ORDER: Record<PlaceKind, number> = { gazetteer: 0, county: 1, 'populated-place': 2, country: 3 };

/**
 * Every record `query` names, best first: a whole-name match before a start before a part, and within a tier the
 * curated and the most precise first. A Chinese query is also matched by its pinyin (tier 3, after all others),
 * which finds a place whose data spells it in traditional characters or only in Latin letters.
 */
export function searchPlaces(records: readonly PlaceRecord[], query: string, limit = 10): PlaceMatch[] {
  const q = query.trim();
  if (!q) return [];
  const zh = HAN.test(q);
  const key = zh ? q.replace(/\s+/g, '') : latinKey(q);
  if (!key) return [];
  const sound = zh ? latinKey(pinyin(key, { toneType: 'none', type: 'array' }).join('')) : '';
  const found: PlaceMatch[] = [];
  for (const record of records) {
    let tier = zh ? tierOf(key, record.zhNames, zhShortForm) : tierOf(key, latinKeys(record), latinShort);
    if (tier > 2 && sound && tierOf(sound, latinKeys(record), latinShort) === 0) tier = 3;
    if (tier <= 3) found.push({ record, tier: tier as PlaceMatch['tier'] });
  }
  return found
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        KIND_ORDER[a.record.kind] - KIND_ORDER[b.record.kind] ||
        a.record.precision_m - b.record.precision_m ||
        a.record.name.zh.localeCompare(b.record.name.zh),
    )
    .slice(0, limit);
}
