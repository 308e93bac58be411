// How a figure reads in each language. Chinese keeps the article's own form (2150万美元, 超过20万人次); English
// converts the Chinese magnitudes into words a reader expects (US$21.5 million), using the metric's declared scale.
// The qualifier comes from the quote, so "more than 40" never reads as exactly 40.
import type { Lang, ResolvedMetric } from '../story/types';
import { formatPeriod } from './format-period';

export interface FormattedMetric {
  /** Words before the number ("more than ", 「超过」), or ''. */
  qualifier: string;
  value: string;
  unit: string;
  period: string | null;
  change: { sign: 'up' | 'down' | 'flat'; text: string } | null;
}

const QUALIFIERS_EN = { more: 'more than ', nearly: 'nearly ', about: 'about ' } as const;

function formatChange(m: ResolvedMetric, lang: Lang): FormattedMetric['change'] {
  if (!m.change) return null;
  const v = m.change.value;
  const basis = m.change.basis ? ` ${m.change.basis[lang]}` : '';
  if (v === 0) return { sign: 'flat', text: `${lang === 'zh' ? '持平' : 'unchanged'}${basis}` };
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 2,
    signDisplay: 'always',
  });
  return { sign: v > 0 ? 'up' : 'down', text: `${n.format(v)}%${basis}` };
}

function english(m: ResolvedMetric): Pick<FormattedMetric, 'value' | 'unit'> {
  if (!m.scale || m.scale === 1) {
    const value = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(m.value);
    return m.currency === 'USD' ? { value: `US$${value}`, unit: '' } : { value, unit: m.unit.en };
  }
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
  const period = m.period ? formatPeriod(m.period, lang) : null;
  if (lang === 'en')
    return { qualifier: m.qualifier ? QUALIFIERS_EN[m.qualifier] : '', ...english(m), period, change };
  const value = new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 }).format(
    m.value,
  );
  return { qualifier: m.qualifierZh, value, unit: m.unit.zh, period, change };
}
