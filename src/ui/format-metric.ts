// How a figure reads in each language. Chinese keeps the article's own form (2150万美元); English converts the
// Chinese multiplier units into words a reader expects (US$21.5 million), using the metric's declared scale.
import type { Lang, ResolvedMetric } from '../story/types';

export interface FormattedMetric {
  value: string;
  unit: string;
  change: { sign: 'up' | 'down' | 'flat'; text: string } | null;
}

function formatChange(m: ResolvedMetric, lang: Lang): FormattedMetric['change'] {
  if (!m.change) return null;
  const v = m.change.value;
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 2,
    signDisplay: 'always',
  });
  const basis = m.change.basis ? ` ${m.change.basis[lang]}` : '';
  return { sign: v > 0 ? 'up' : v < 0 ? 'down' : 'flat', text: `${n.format(v)}%${basis}` };
}

function english(m: ResolvedMetric): Pick<FormattedMetric, 'value' | 'unit'> {
  if (!m.scale) return { value: new Intl.NumberFormat('en').format(m.value), unit: m.unit.en };
  const base = m.value * m.scale;
  const parts = new Intl.NumberFormat('en', {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 2,
  }).formatToParts(base);
  const number = parts
    .filter((p) => p.type !== 'compact' && p.type !== 'literal')
    .map((p) => p.value)
    .join('');
  const word = parts.find((p) => p.type === 'compact')?.value ?? '';
  if (m.currency === 'USD') return { value: `US$${number}`, unit: word };
  if (m.currency === 'CNY') return { value: number, unit: [word, 'yuan'].filter(Boolean).join(' ') };
  return { value: number, unit: [word, m.unit.en].filter(Boolean).join(' ') };
}

export function formatMetric(m: ResolvedMetric, lang: Lang): FormattedMetric {
  const change = formatChange(m, lang);
  if (lang === 'en') return { ...english(m), change };
  const value = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 }).format(
    m.value,
  );
  return { value, unit: m.unit.zh, change };
}
