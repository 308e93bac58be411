import { describe, expect, it } from 'vitest';
import type { ResolvedMetric } from '../../src/story/types';
import { formatMetric } from '../../src/ui/format-metric';
import { formatPeriod } from '../../src/ui/format-period';

const base = {
  place: 'p',
  key: 'c:0',
  label: { zh: '标签', en: 'label' },
  quote: 'q',
  qualifier: null,
  qualifierZh: '',
  from: null,
};
const fdi: ResolvedMetric = {
  ...base,
  value: 2150,
  unit: { zh: '万美元', en: 'US$' },
  scale: 10000,
  currency: 'USD',
  period: '2022-01..2022-08',
  change: { value: 113.5, unit: '%', basis: { zh: '同比', en: 'year on year' } },
};

describe('formatMetric', () => {
  it('keeps the article form in Chinese', () => {
    expect(formatMetric(fdi, 'zh')).toEqual({
      qualifier: '',
      value: '2150',
      unit: '万美元',
      period: '2022年1–8月',
      change: { sign: 'up', text: '同比增长113.5%' },
    });
  });

  it('reads as an English reader expects', () => {
    expect(formatMetric(fdi, 'en')).toEqual({
      qualifier: '',
      value: 'US$21.5',
      unit: 'million',
      period: 'Jan–Aug 2022',
      change: { sign: 'up', text: '+113.5% year on year' },
    });
    const output = {
      ...base,
      value: 100.7,
      unit: { zh: '亿元', en: 'yuan' },
      scale: 1e8,
      currency: 'CNY' as const,
    };
    expect(formatMetric(output, 'en')).toMatchObject({ value: '10.07', unit: 'billion yuan' });
    const visits = { ...base, value: 20, unit: { zh: '万人次', en: 'visits' }, scale: 1e4 };
    expect(formatMetric(visits, 'en')).toMatchObject({ value: '200,000', unit: 'visits' });
    const plain = { ...base, value: 64, unit: { zh: '%', en: '%' } };
    expect(formatMetric(plain, 'en')).toMatchObject({ value: '64', unit: '%', period: null });
  });

  it('says "more than" where the quote does', () => {
    const more = {
      ...base,
      value: 20,
      unit: { zh: '万人次', en: 'visits' },
      scale: 1e4,
      qualifier: 'more' as const,
      qualifierZh: '超过',
    };
    expect(formatMetric(more, 'en')).toMatchObject({
      qualifier: 'more than ',
      value: '200,000',
      unit: 'visits',
    });
    expect(formatMetric(more, 'zh')).toMatchObject({ qualifier: '超过', value: '20', unit: '万人次' });
    // 余 is part of the Chinese unit as written; English still needs the words.
    const mu = { ...base, value: 3000, unit: { zh: '余亩', en: 'mu' }, qualifier: 'more' as const };
    expect(formatMetric(mu, 'zh')).toMatchObject({ qualifier: '', value: '3000', unit: '余亩' });
    expect(formatMetric(mu, 'en')).toMatchObject({ qualifier: 'more than ', value: '3,000', unit: 'mu' });
  });

  it('marks a fall as down and no change as unchanged', () => {
    const fall = {
      ...base,
      value: 56.9,
      unit: { zh: '%', en: '%' },
      change: { value: -56.9, unit: '%' as const },
    };
    expect(formatMetric(fall, 'en').change).toEqual({ sign: 'down', text: '-56.9%' });
    expect(formatMetric(fall, 'zh').change).toEqual({ sign: 'down', text: '下降56.9%' });
    const flat = {
      ...fall,
      change: { value: 0, unit: '%' as const, basis: { zh: '同比', en: 'year on year' } },
    };
    expect(formatMetric(flat, 'en').change).toEqual({ sign: 'flat', text: 'unchanged year on year' });
    expect(formatMetric(flat, 'zh').change).toEqual({ sign: 'flat', text: '同比持平' });
  });

  it('writes a change in Chinese as a newspaper does: basis, direction, then the number', () => {
    const income = {
      ...fdi,
      change: { value: 21.58, unit: '%' as const, basis: { zh: '同比', en: 'year on year' } },
    };
    expect(formatMetric(income, 'zh').change).toEqual({ sign: 'up', text: '同比增长21.58%' });
    expect(formatMetric(income, 'zh').change!.text).not.toMatch(/[+▲]/);
  });

  // S-1: "200 thousand visits" is not how a newspaper writes 200,000; words are for millions and above.
  it.each([
    [
      { value: 1.6, scale: 1e4, unit: { zh: '万元', en: 'yuan' }, currency: 'CNY' as const },
      '16,000',
      'yuan',
    ],
    [{ value: 6.64, scale: 1e4, unit: { zh: '万平方米', en: 'm²' } }, '66,400', 'm²'],
    [
      { value: 99.9, scale: 1e4, unit: { zh: '万美元', en: 'US$' }, currency: 'USD' as const },
      'US$999,000',
      '',
    ],
    [
      { value: 100, scale: 1e4, unit: { zh: '万美元', en: 'US$' }, currency: 'USD' as const },
      'US$1',
      'million',
    ],
    [
      { value: 0.94, scale: 1e8, unit: { zh: '亿元', en: 'yuan' }, currency: 'CNY' as const },
      '94',
      'million yuan',
    ],
    [{ value: 4000, unit: { zh: '条', en: 'hazards' } }, '4,000', 'hazards'],
  ])('%o reads "%s %s" in English', (m, value, unit) => {
    expect(formatMetric({ ...base, ...m }, 'en')).toMatchObject({ value, unit });
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2021', '2021年', '2021'],
    ['2022-06-30', '2022年6月30日', '30 Jun 2022'],
    ['2022-01..2022-06', '2022年1–6月', 'Jan–Jun 2022'],
    ['2020..2022', '2020–2022年', '2020–2022'],
    ['2021-11..2022-06', '2021年11月–2022年6月', 'Nov 2021–Jun 2022'],
    ['2022..', '2022年以来', '2022 to date'],
    ['2021-11..', '2021年11月以来', 'Nov 2021 to date'],
    ['not stated', '时间未注明', 'period not stated'],
  ])('%s', (p, zh, en) => {
    expect(formatPeriod(p, 'zh')).toBe(zh);
    expect(formatPeriod(p, 'en')).toBe(en);
  });

  it('keeps free text as the editor wrote it', () => {
    expect(formatPeriod({ zh: '3年来', en: 'over 3 years' }, 'en')).toBe('over 3 years');
  });
});
