// When a figure holds, in the reader's language: '2022-01..2022-08' reads 「2022年1–8月」 and "Jan–Aug 2022".
import type { StoryPeriod } from '../story/schema';
import type { Lang } from '../story/types';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Day {
  y: string;
  m?: number;
  d?: number;
}

function parse(s: string): Day {
  const [y, m, d] = s.split('-');
  return { y: y!, m: m ? Number(m) : undefined, d: d ? Number(d) : undefined };
}

function zhDate({ y, m, d }: Day, withYear = true): string {
  return `${withYear ? `${y}年` : ''}${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
}

function enDate({ y, m, d }: Day, withYear = true): string {
  const parts = [d, m ? MONTHS_EN[m - 1] : undefined, withYear ? y : undefined].filter(
    (p) => p !== undefined,
  );
  return parts.join(' ');
}

export function formatPeriod(period: StoryPeriod, lang: Lang): string {
  if (typeof period !== 'string') return period[lang];
  if (period === 'not stated') return lang === 'zh' ? '时间未注明' : 'period not stated';
  const [from, to] = period.split('..').map(parse);
  const date = lang === 'zh' ? zhDate : enDate;
  if (!to) return date(from!);
  // One year: say it once ("Jan–Aug 2022", 「2022年1–8月」).
  if (from!.y === to.y && from!.m && to.m) {
    if (lang === 'en') return `${enDate(from!, false)}–${enDate(to)}`;
    if (!from!.d && !to.d) return `${from!.y}年${from!.m}–${to.m}月`;
    return `${from!.y}年${zhDate(from!, false)}–${zhDate(to, false)}`;
  }
  return lang === 'zh' && !from!.m && !to.m ? `${from!.y}–${to.y}年` : `${date(from!)}–${date(to)}`;
}
