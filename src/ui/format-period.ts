// When a figure holds, in the reader's language: '2022-01..2022-08' reads 「2022年1–8月」 and "Jan–Aug 2022", '2022..'
// 「2022年以来」 and "2022 to date".
import { locale } from '../locale/locales';
import type { Day } from '../locale/locale';
import type { StoryPeriod } from '../story/schema';
import type { Lang } from '../story/types';

function parse(s: string): Day {
  const [y, m, d] = s.split('-');
  return { y: y!, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

export function formatPeriod(period: StoryPeriod, lang: Lang): string {
  if (typeof period !== 'string') return period[lang];
  const words = locale(lang).period;
  if (period === 'not stated') return words.notStated;
  const [from, to] = period.split('..');
  if (to === '') return words.since(parse(from!));
  return to ? words.range(parse(from!), parse(to)) : words.date(parse(from!));
}
