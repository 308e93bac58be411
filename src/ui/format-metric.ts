// How a figure reads in each language (src/locale/): Chinese keeps the article's own form (2150万美元, 超过20万人次);
// English converts the Chinese magnitudes into words a reader expects (US$21.5 million), using the metric's declared
// scale. The qualifier comes from the quote, so "more than 40" never reads as exactly 40.
import { locale } from '../locale/locales';
import type { FigureWords } from '../locale/locale';
import type { Lang, ResolvedMetric } from '../story/types';
import { formatPeriod } from './format-period';

export interface FormattedMetric extends FigureWords {
  period: string | null;
  change: { sign: 'up' | 'down' | 'flat'; text: string } | null;
}

function formatChange(m: ResolvedMetric, lang: Lang): FormattedMetric['change'] {
  if (!m.change) return null;
  const v = m.change.value;
  const text = locale(lang).change(v, m.change.basis?.[lang] ?? '');
  return { sign: v > 0 ? 'up' : v < 0 ? 'down' : 'flat', text };
}

export function formatMetric(m: ResolvedMetric, lang: Lang): FormattedMetric {
  const period = m.period ? formatPeriod(m.period, lang) : null;
  return { ...locale(lang).figure({ ...m, unit: m.unit[lang] }), period, change: formatChange(m, lang) };
}
