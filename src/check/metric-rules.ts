// A figure is checked for what it says: its quantity is read from its own quote (number, magnitude, unit) and
// the metric's value, scale, units, currency and change must say the same. Comparing strings is not enough: a
// value found in its quote with the wrong magnitude beside it still tells the reader a number 10,000 times off.
import type { DataPath } from './locate';
import { magnitudeInUnit, readChinese, type Quantity } from './quantity.ts';
import type { StoryMetric } from '../story/schema';
import type { Finding } from './problem';

// The English a unit of the source may be written as. Units not listed (measure words: 个, 家, 名 …) name what is
// counted, which only the editor knows.
export const ENGLISH_UNITS: Record<string, readonly string[]> = {
  '%': ['%'],
  个百分点: ['percentage points', 'points'],
  美元: ['US$', 'USD', 'dollars', 'US dollars'],
  元: ['yuan', 'CNY', 'RMB'],
  平方米: ['m²', 'm2', 'square metres', 'square meters', 'sq m'],
  平方公里: ['km²', 'km2', 'square kilometres', 'square kilometers'],
  公顷: ['ha', 'hectares'],
  亩: ['mu'],
  公里: ['km', 'kilometres', 'kilometers'],
  千米: ['km', 'kilometres', 'kilometers'],
  米: ['m', 'metres', 'meters'],
  吨: ['t', 'tonnes', 'tons'],
  人次: ['visits', 'visitors', 'person-times', 'trips', 'visitor trips'],
};
export const CURRENCIES: Record<string, 'CNY' | 'USD'> = { 元: 'CNY', 美元: 'USD' };

const plain = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 12 }).format(n);
const listed = (qs: Quantity[]) => qs.map((q) => `「${q.text}」`).join(', ') || 'no number';

/** The figure of the quote the metric stands for: its value as written, preferring the one with its unit. */
function pick(m: StoryMetric, qs: Quantity[]): Quantity | undefined {
  const same = qs.filter((q) => q.number === m.value);
  return same.find((q) => q.unitText === m.unit.zh) ?? same[0];
}

export function metricFindings(m: StoryMetric, path: DataPath, source: string | undefined): Finding[] {
  const out: Finding[] = [];
  const at = (sub: DataPath, message: string, hint?: string) =>
    out.push({ path: [...path, ...sub], message, ...(hint ? { hint } : {}) });
  if (source !== undefined && !source.includes(m.quote))
    at(['quote'], `quote "${m.quote}" does not occur verbatim in source.txt`);

  const carried = magnitudeInUnit(m.unit.en);
  if (carried)
    at(
      ['unit', 'en'],
      `unit.en "${m.unit.en}" carries a magnitude ("${carried}"): the reader would multiply twice`,
      'write only what is counted (visits, yuan, m²); the magnitude comes from scale',
    );

  const qs = readChinese(m.quote);
  const q = pick(m, qs);
  if (!q) {
    at(
      ['value'],
      `value ${plain(m.value)} does not occur in its quote "${m.quote}"`,
      `the quote states ${listed(qs)}`,
    );
  } else {
    const scale = m.scale ?? 1;
    if (scale !== q.magnitude)
      at(
        m.scale === undefined ? ['value'] : ['scale'],
        `the quote says 「${q.text}」 (${plain(q.number)} × ${plain(q.magnitude)}), but scale is ${m.scale === undefined ? 'missing (1)' : plain(scale)}`,
        q.magnitude === 1 ? 'remove scale' : `scale: ${q.magnitude}`,
      );
    if (q.unitText && m.unit.zh !== q.unitText)
      at(
        ['unit', 'zh'],
        `unit.zh "${m.unit.zh}" is not the quote's 「${q.unitText}」`,
        `unit: {zh: ${q.unitText}, …}`,
      );
    const english = ENGLISH_UNITS[q.unit];
    if (english && !carried && !english.includes(m.unit.en))
      at(
        ['unit', 'en'],
        `unit.en "${m.unit.en}" does not translate the quote's unit 「${q.unit}」`,
        `expected one of: ${english.join(', ')}`,
      );
    const currency = CURRENCIES[q.unit];
    if (m.currency && m.currency !== currency)
      at(['currency'], `currency ${m.currency}, but the quote's unit is 「${q.unit || m.unit.zh}」`);
    if (!m.currency && currency === 'USD')
      at(['value'], `the quote's unit is 「美元」: add currency: USD`, 'so that English reads "US$…"');
    if (m.chart === 'share' && (q.unit !== '%' || m.value < 0 || m.value > 100))
      at(['chart'], `chart: share needs a percentage from 0 to 100, found 「${q.text}」`);
  }
  if (m.chart === 'share' && !q && m.unit.en !== '%')
    at(['chart'], `chart: share needs a percentage from 0 to 100, found ${m.value} ${m.unit.en}`);

  if (m.change) {
    const c = qs.find((x) => x.unit === '%' && x.number === Math.abs(m.change!.value) && x !== q);
    if (!c)
      at(
        ['change', 'value'],
        `change ${plain(m.change.value)}% does not occur in its quote "${m.quote}"`,
        `the quote states ${listed(qs)}`,
      );
    else if (c.sign !== 0 && Math.sign(m.change.value) !== c.sign && m.change.value !== 0)
      at(
        ['change', 'value'],
        `change ${plain(m.change.value)}%, but the quote says 「${m.quote.slice(Math.max(0, m.quote.indexOf(c.text) - 4), m.quote.indexOf(c.text) + c.text.length)}」`,
        c.sign < 0 ? 'a fall is a negative change' : 'a rise is a positive change',
      );
  }
  return out;
}

/** The quote's reading of the metric, for what the page shows beside the number (超过, 余 → "more than"). */
export function quotedQuantity(m: StoryMetric): Quantity | undefined {
  return pick(m, readChinese(m.quote));
}
