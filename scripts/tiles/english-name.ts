// English names for China's county-level divisions, derived from the data's own pinyin: "Hăishŭ Qū" becomes
// "Haishu District". Where the data has no pinyin, the Chinese is transliterated (pinyin-pro). Nothing is made up:
// a name that cannot be derived is left out, and the map shows the Chinese in its place.
import { pinyin } from 'pinyin-pro';

/** The division's kind as the pinyin writes it, and in English (the forms of the project's own Ningbo names). */
const KIND_EN: Record<string, string> = {
  qu: 'District',
  xian: 'County',
  shi: 'City',
  zizhixian: 'Autonomous County',
  qi: 'Banner',
  zizhiqi: 'Autonomous Banner',
  linqu: 'Forestry District',
  tequ: 'Special District',
};

/** The same kinds as the Chinese names end, longest first, for names the data gives no pinyin. */
const KIND_ZH: [suffix: string, english: string][] = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
  ['旗', 'Banner'],
];

/** Tone marks and breves off ("Hăishŭ" → "Haishu"): decomposed, the marks are combining characters. */
const plain = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Hong Kong, Macau and Taiwan have names of their own in English, not pinyin ones (71, 81, 82 by adcode). */
const PINYIN_NOT_USED = /^(71|81|82)/;

/**
 * The English name of a county-level division, or null. `pinyinName` is the data's own ("Hăishŭ Qū [incl. …]",
 * or null); a name whose kind is not one of the known ones keeps its words as they are ("Tumote Zuoqi").
 */
export function englishName(adcode: string, nameZh: string, pinyinName: string | null): string | null {
  if (PINYIN_NOT_USED.test(adcode)) return null;
  if (pinyinName) {
    const words = plain(pinyinName.replace(/\s*[[(].*$/, ''))
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (words.length === 0) return null;
    const kind = KIND_EN[words.at(-1)!.toLowerCase()];
    const stem = kind && words.length > 1 ? words.slice(0, -1) : words;
    return [...stem, ...(kind && words.length > 1 ? [kind] : [])].join(' ');
  }
  return transliterated(nameZh);
}

function transliterated(nameZh: string): string | null {
  const found = KIND_ZH.find(([suffix]) => nameZh.endsWith(suffix) && nameZh.length > suffix.length);
  const stem = found ? nameZh.slice(0, -found[0].length) : nameZh;
  if (!/^[\u4e00-\u9fff]+$/.test(stem)) return null;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array' });
  if (syllables.length !== stem.length || syllables.some((s) => !/^[a-zü]+$/.test(s))) return null;
  const word = plain(syllables.join('').replace(/ü/g, 'u'));
  const name = word.charAt(0).toUpperCase() + word.slice(1);
  return found ? `${name} ${found[1]}` : name;
}
