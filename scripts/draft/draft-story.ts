// The desk's first draft of a story file for an article: a chapter for each paragraph that states figures, every
// figure as a metric quoted from the article, the places the data knows, and the sentences around the figures as
// excerpts. What only a person can do (write, translate, say when a figure holds and who reported it) is left
// marked, and the checker warns of each such gap; nothing is invented.
import { TO_TRANSLATE, TO_WRITE } from '../../src/check/draft-marks.ts';
import { CURRENCIES, ENGLISH_UNITS } from '../../src/check/metric-rules.ts';
import { MAX_PRECISION_M } from '../../src/story/limits.ts';
import type { PlaceRecord } from '../places/place-search';
import { placeYaml } from '../places/place-yaml.ts';
import { findFigures, type Figure } from './find-figures.ts';
import { findPlaceNames, type NamedPlace } from './find-place-names.ts';

const str = (s: string) => JSON.stringify(s);
const toTranslate = (zh: string) => `${TO_TRANSLATE} ${zh}`;

/** The words a figure's clause gives it before the number (实际利用外资), else after it (获奖项目). */
function labelOf(f: Figure): string {
  const at = f.quote.indexOf(f.quantity.text);
  const clean = (s: string) =>
    s
      .replace(/^[\s“”"‘’「」『』（）()…、]+|[\s“”"‘’「」『』（）()…、]+$/g, '')
      .replace(/(高达|达到|累计|共计|共|达|为|是|有)$/, '')
      .slice(0, 60);
  const before = clean(f.quote.slice(0, at).split('、').at(-1)!);
  if (before.length >= 2) return before;
  const after = clean(
    f.quote
      .slice(at + f.quantity.text.length)
      .split(/[、,，]/)[0]!
      .replace(/[的中]$/, ''),
  );
  return after.length >= 2 ? after : clean(f.quote);
}

function metricYaml(f: Figure, indent: string): string {
  const q = f.quantity;
  const english = ENGLISH_UNITS[q.unit]?.[0] ?? toTranslate(q.unitText);
  const label = labelOf(f);
  const lines = [
    `# reads 「${q.text}」: ${q.number}${q.magnitude !== 1 ? ` × ${q.magnitude}` : ''} ${q.unit}${q.qualifier ? ` (${q.qualifier} than / about, from the quote)` : ''}${f.change ? `; change ${f.change.value > 0 ? '+' : ''}${f.change.value}%` : ''}`,
    `- label: {zh: ${str(label)}, en: ${str(toTranslate(label))}}`,
    `  value: ${q.number}`,
    `  unit: {zh: ${str(q.unitText)}, en: ${str(english)}}`,
  ];
  if (q.magnitude !== 1) lines.push(`  scale: ${q.magnitude}`);
  const currency = CURRENCIES[q.unit];
  if (currency) lines.push(`  currency: ${currency}`);
  if (f.change) {
    const basis = f.change.basis
      ? `, basis: {zh: ${str(f.change.basis)}, en: ${str(toTranslate(f.change.basis))}}`
      : '';
    lines.push(`  change: {value: ${f.change.value}, unit: "%"${basis}}`);
  }
  lines.push(`  quote: ${str(f.quote)}`);
  return lines.map((l) => indent + l).join('\n');
}

interface ChosenPlace {
  id: string;
  record: PlaceRecord;
  names: string[];
  /** Where the article first names it, a few characters either side: 「发展大安全」 shows 大安 is no place. */
  context: string;
}

/** The places a draft can show: each known name's best match, once per record, under an id of its own. */
function choosePlaces(known: NamedPlace[], source: string): { chosen: ChosenPlace[]; notes: string[] } {
  const chosen: ChosenPlace[] = [];
  const notes: string[] = [];
  const ids = new Set<string>();
  for (const n of known) {
    const [best, ...others] = n.matches;
    if (!best) continue;
    if (best.record.precision_m > MAX_PRECISION_M) {
      notes.push(
        `「${n.name}」: ${best.record.name.en ?? best.record.name.zh}, too large to draw as a place`,
      );
      continue;
    }
    // The gazetteer's 镇海区 and the county 镇海区 are one place, known twice: only namesakes of a kind are noted.
    if (others.some((m) => m.record.kind === best.record.kind))
      notes.push(
        `「${n.name}」 has namesakes; the draft took the first: ${n.matches.map((m) => `${m.record.name.zh} (${m.record.where})`).join('; ')}`,
      );
    const same = chosen.find((c) => c.record === best.record);
    if (same) {
      same.names.push(n.name);
      continue;
    }
    let id = best.record.id;
    for (let i = 2; ids.has(id); i++) id = `${best.record.id}-${i}`;
    ids.add(id);
    const context = source.slice(Math.max(0, n.at - 6), n.at + n.name.length + 6).replace(/\s+/g, ' ');
    chosen.push({ id, record: best.record, names: [n.name], context });
  }
  return { chosen, notes };
}

/** The YAML of a story file that drafts `source` (the article's text). Throws when there is nothing to draft. */
export function draftStory(source: string, records: readonly PlaceRecord[]): string {
  if (!source.trim()) throw new Error('the article is empty');
  const figures = findFigures(source);
  if (figures.length === 0) throw new Error('the article states no figure the checker can read');
  const names = findPlaceNames(source, records);
  const { chosen, notes } = choosePlaces(names.known, source);
  if (chosen.length === 0)
    throw new Error(
      'the article names no place the data knows; add one with npm run place and draft by hand',
    );

  const lines = source.split('\n');
  const mentions = (text: string) =>
    chosen
      .flatMap((c) => c.names.map((n) => ({ c, at: text.indexOf(n) })))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at);
  const mostNamed = [...chosen].sort(
    (a, b) =>
      b.names.reduce((s, n) => s + source.split(n).length, 0) -
      a.names.reduce((s, n) => s + source.split(n).length, 0),
  )[0]!;

  const out: string[] = [
    '# yaml-language-server: $schema=../story.schema.json',
    '# A DRAFT written by npm run draft from source.txt: every figure the article states, the places the data',
    `# knows, and the sentences around the figures. Texts marked ${TO_WRITE} or ${TO_TRANSLATE} are for a person;`,
    "# add each figure's period and who reported it, delete what the story does not use, then npm run check:stories.",
  ];
  if (names.unknown.length > 0)
    out.push(
      '#',
      '# Words that look like names of places the data does not know (a guess from how they end; locate the',
      '# real ones, with a source, before using them):',
      ...wrap(names.unknown.join('、')).map((l) => `#   ${l}`),
    );
  if (notes.length > 0) out.push('#', '# Places to check:', ...notes.map((n) => `#   ${n}`));
  const headline = lines
    .map((l) => l.trim())
    .find(Boolean)!
    .slice(0, 200);
  out.push(
    `title: {zh: ${str(headline)}, en: ${str(toTranslate(headline))}}`,
    `summary: {zh: ${str(`${TO_WRITE} 导语`)}, en: ${str(`${TO_WRITE} summary`)}}`,
    `credits: {zh: ${str(`${TO_WRITE} 署名`)}, en: ${str(`${TO_WRITE} credits`)}}`,
    'source:',
    `  title: {zh: ${str(headline)}, en: ${str(toTranslate(headline))}}`,
  );
  const own = chosen.filter((c) => c.record.kind !== 'gazetteer');
  if (own.length > 0) {
    out.push('places:');
    for (const c of own)
      out.push(
        `  # named in the article as ${c.names.map((n) => `「${n}」`).join(', ')}, first in 「${c.context}」`,
        placeYaml(c.record, c.id),
      );
  }
  out.push('chapters:');
  let place = mentions(source)[0]?.c ?? mostNamed;
  const paragraphs = [...new Set(figures.map((f) => f.paragraph))];
  for (const p of paragraphs) {
    place = mentions(lines[p]!)[0]?.c ?? place;
    const own = figures.filter((f) => f.paragraph === p);
    const sentences = [...new Set(own.map((f) => f.sentence))];
    out.push(
      `  - id: paragraph-${p + 1}`,
      `    title: {zh: ${str(`${TO_WRITE} 第${p + 1}段`)}, en: ${str(`${TO_WRITE} paragraph ${p + 1}`)}}`,
      `    text: {zh: ${str(`${TO_WRITE} 据原文第${p + 1}段改写`)}, en: ${str(`${TO_WRITE} the chapter's text`)}}`,
      `    view: {place: ${place.id}} # ${place.names.map((n) => `「${n}」`).join(', ')}`,
      '    excerpts: # the sentences that state the figures; keep the ones worth quoting',
      ...sentences.map((s) => `      - {text: {zh: ${str(s)}, en: ${str(TO_TRANSLATE)}}}`),
      '    metrics:',
      ...own.map((f) => metricYaml(f, '      ')),
      `    alt: {zh: ${str(`${TO_WRITE} 地图显示的内容`)}, en: ${str(`${TO_WRITE} what the map shows`)}}`,
    );
  }
  return out.join('\n') + '\n';
}

/** A long list cut into comment lines of a readable width. */
function wrap(text: string, width = 50): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += width) out.push(text.slice(i, i + width));
  return out;
}
