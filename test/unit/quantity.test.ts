import { describe, expect, it } from 'vitest';
import { magnitudeInUnit, readChinese } from '../../src/check/quantity';
import { agrees, readEnglish } from '../support/read-english';

const figure = (text: string) => readChinese(text).map((q) => [q.text, q.base, q.unit, q.qualifier]);

describe('readChinese', () => {
  it('reads number, magnitude, unit and qualifier as a reader does', () => {
    expect(figure('休闲旅游游客超过20万人次')).toEqual([['超过20万人次', 200_000, '人次', 'more']]);
    expect(figure('实际利用外资2150万美元,同比增长113.5%')).toEqual([
      ['2150万美元', 21_500_000, '美元', null],
      ['113.5%', 113.5, '%', null],
    ]);
    expect(figure('年产值达6.47亿元')).toEqual([['6.47亿元', 647_000_000, '元', null]]);
    expect(figure('3000余亩种植基地')).toEqual([['3000余亩', 3000, '亩', 'more']]);
    expect(figure('检查近4000条安全隐患')).toEqual([['近4000条', 4000, '条', 'nearly']]);
    expect(figure('长约10.2公里')).toEqual([['约10.2公里', 10.2, '公里', 'about']]);
    expect(figure('投资1千万元')).toEqual([['1千万元', 10_000_000, '元', null]]);
    expect(figure('建新6.64万平方米')).toEqual([['6.64万平方米', 66_400, '平方米', null]]);
  });

  it('reads the sign a verb gives a percentage', () => {
    expect(readChinese('同比下降56.9%')[0]!.sign).toBe(-1);
    expect(readChinese('同比增长113.5%')[0]!.sign).toBe(1);
    expect(readChinese('绿灯率88.9%')[0]!.sign).toBe(0);
  });

  it('keeps the decimals written, for the rounding the figure claims', () => {
    expect(readChinese('0.94亿元')[0]).toMatchObject({ decimals: 2, magnitude: 1e8 });
  });
});

describe('readEnglish', () => {
  it.each([
    ['200 thousand visits', 200_000, 'visits', null],
    ['more than 200 thousand visits', 200_000, 'visits', 'more'],
    ['US$21.5 million', 21_500_000, 'US$', null],
    ['10.07 billion yuan', 10_070_000_000, 'yuan', null],
    ['94 million yuan', 94_000_000, 'yuan', null],
    ['88.9%', 88.9, '%', null],
    ['nearly 4,000 hazards', 4000, 'hazards', 'nearly'],
    // What the standards review found on the page: a reader multiplies the leftover ×10,000.
    ['200 thousand ×10,000 visits', 2_000_000_000, 'visits', null],
  ])('%s', (text, base, unit, qualifier) => {
    expect(readEnglish(text)).toMatchObject({ base, unit, qualifier });
  });

  it('reads nothing from text that is not a figure', () => {
    expect(readEnglish('unchanged')).toBeNull();
  });
});

describe('agrees', () => {
  it('accepts what the rounding shown allows, and no more', () => {
    expect(agrees(readEnglish('10.07 billion yuan')!, 10_070_000_000)).toBe(true);
    expect(agrees(readEnglish('US$21.5 million')!, 21_540_000)).toBe(true);
    expect(agrees(readEnglish('US$21.5 million')!, 21_600_000)).toBe(false);
    expect(agrees(readEnglish('200 thousand ×10,000 visits')!, 200_000)).toBe(false);
  });
});

describe('magnitudeInUnit', () => {
  it.each(['×10,000 visits', '×10,000 m²', '100 million yuan', '10,000 yuan', 'million', 'thousand people'])(
    'finds one in %j',
    (unit) => expect(magnitudeInUnit(unit)).not.toBeNull(),
  );
  it.each(['visits', 'm²', 'yuan', 'US$', '%', 'km', 'mu', 'households', 'km²'])('finds none in %j', (unit) =>
    expect(magnitudeInUnit(unit)).toBeNull(),
  );
});
