import { describe, expect, it } from 'vitest';
import type { ResolvedMetric } from '../../src/story/types';
import { formatMetric } from '../../src/ui/format-metric';

const base = { place: 'p', label: { zh: '标签', en: 'label' }, quote: 'q' };
const fdi: ResolvedMetric = {
  ...base,
  value: 2150,
  unit: { zh: '万美元', en: '×10,000 USD' },
  scale: 10000,
  currency: 'USD',
  change: { value: 113.5, unit: '%', basis: { zh: '同比', en: 'year on year' } },
};

describe('formatMetric', () => {
  it('keeps the article form in Chinese', () => {
    expect(formatMetric(fdi, 'zh')).toEqual({
      value: '2150',
      unit: '万美元',
      change: { sign: 'up', text: '+113.5% 同比' },
    });
  });

  it('reads as an English reader expects', () => {
    expect(formatMetric(fdi, 'en')).toEqual({
      value: 'US$21.5',
      unit: 'million',
      change: { sign: 'up', text: '+113.5% year on year' },
    });
    const output = {
      ...base,
      value: 100.7,
      unit: { zh: '亿元', en: '100 million yuan' },
      scale: 1e8,
      currency: 'CNY' as const,
    };
    expect(formatMetric(output, 'en')).toMatchObject({ value: '10.07', unit: 'billion yuan' });
    const visits = { ...base, value: 20, unit: { zh: '万人次', en: 'visits' }, scale: 1e4 };
    expect(formatMetric(visits, 'en')).toMatchObject({ value: '200', unit: 'thousand visits' });
    const plain = { ...base, value: 64, unit: { zh: '%', en: '%' } };
    expect(formatMetric(plain, 'en')).toMatchObject({ value: '64', unit: '%' });
  });

  it('marks a fall as down', () => {
    const fall = {
      ...base,
      value: 56.9,
      unit: { zh: '%', en: '%' },
      change: { value: -56.9, unit: '%' as const },
    };
    expect(formatMetric(fall, 'en').change).toEqual({ sign: 'down', text: '-56.9%' });
  });
});
