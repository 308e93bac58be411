// Every figure the built pages show, read back as a reader reads it and held against the verbatim quote it comes
// from: its number and magnitude, its qualifier ("more than"), its currency and its change, and who reported it. A story can pass the
// checker and still be misprinted on the page (a magnitude applied twice, "million" followed by "×10,000"): only
// reading the page finds that. Each failure names the story file and line of the metric, and one run lists them all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { placeContent } from '../../src/map/view/place-content';
import { locate, type DataPath } from '../../src/check/locate';
import { quotedQuantity } from '../../src/check/metric-rules';
import { readChinese, type Quantity } from '../../src/check/quantity';
import { agrees, readEnglish } from '../support/read-english';
import type { Story, StoryMetric } from '../../src/story/schema';
import type { Lang, LocalText } from '../../src/story/types';
import { locale } from '../../src/locale/locales';
import { SMALL_DESKTOP, openPage } from '../../scripts/browser/chromium';
import { settled, storyData } from '../../scripts/browser/story-page';
import { sharedBrowser } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const SLUGS = readdirSync(join(ROOT, 'stories'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(ROOT, 'stories', d.name, 'story.yaml')))
  .map((d) => d.name);
const LANGS: readonly Lang[] = ['zh', 'en'];
const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => (browser = await sharedBrowser()));
afterAll(() => browser?.close());

/** A story file as the editor wrote it, with the line of any data path in it. */
interface StoryFile {
  file: string;
  story: Story;
  line: (path: DataPath) => number;
}

function readStory(slug: string): StoryFile {
  const file = `stories/${slug}/story.yaml`;
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(join(ROOT, file), 'utf8'), { lineCounter: lines });
  return { file, story: doc.toJS() as Story, line: (path) => locate(doc, lines, path).line };
}

/** The metric a page key (`<chapter-id>:<index>`) names, its data path, and who the file says reported it. */
function metricAt(
  s: StoryFile,
  key: string,
): { metric: StoryMetric; path: DataPath; from: LocalText | undefined } | undefined {
  const cut = key.lastIndexOf(':');
  const i = s.story.chapters.findIndex((c) => c.id === key.slice(0, cut));
  const j = Number(key.slice(cut + 1));
  const chapter = s.story.chapters[i];
  const metric = chapter?.metrics?.[j];
  const section = chapter?.section ? s.story.sections?.[chapter.section] : undefined;
  return metric && { metric, path: ['chapters', i, 'metrics', j], from: metric.from ?? section?.from };
}

function allKeys(s: StoryFile): string[] {
  return s.story.chapters.flatMap((c) => (c.metrics ?? []).map((_, j) => `${c.id}:${j}`));
}

interface Shown {
  key: string;
  /** A change beside a figure (data-metric-change), not the figure itself. */
  change: boolean;
  text: string;
  /** What the figure's card says of who reported it, or null when it says nothing. */
  from: string | null;
}

/** Every figure and change inside `scope`, with its text exactly as the DOM holds it. */
function readShown(page: Page, scope: string): Promise<Shown[]> {
  return page.evaluate(
    (scope) =>
      [
        ...document.querySelectorAll<HTMLElement>(`${scope} [data-metric], ${scope} [data-metric-change]`),
      ].map((el) => ({
        key: el.dataset.metric ?? el.dataset.metricChange ?? '',
        change: el.dataset.metric === undefined,
        text: el.textContent ?? '',
        from: el.closest('figure')?.querySelector('[data-metric-from]')?.textContent?.trim() ?? null,
      })),
    scope,
  );
}

const plain = (n: number) =>
  new Intl.NumberFormat('en', { maximumFractionDigits: 6, useGrouping: false }).format(n);
const QUALIFIER_WORDS = { more: 'more than', nearly: 'nearly', about: 'about' } as const;
const qualifierOf = (q: Quantity) => (q.qualifier ? QUALIFIER_WORDS[q.qualifier] : 'exactly');

function currencyOf(q: Quantity, text: string, lang: Lang): 'USD' | 'CNY' | null {
  if (lang === 'zh') return q.unit === '美元' ? 'USD' : q.unit === '元' ? 'CNY' : null;
  if (/US\$|\bUSD\b|\bdollars?\b/i.test(text)) return 'USD';
  return /\b(yuan|CNY|RMB)\b/i.test(text) ? 'CNY' : null;
}

/** What is wrong with one figure as shown, against its quote. */
function figureFailures(metric: StoryMetric, text: string, lang: Lang): string[] {
  const shown = `「${text}」`;
  const out: string[] = [];
  if (text !== text.trim() || /\s{2}/.test(text)) out.push(`${shown} has stray spaces`);
  const read = lang === 'zh' ? readChinese(text) : [readEnglish(text)].filter((q) => q !== null);
  if (read.length !== 1) return [...out, `${shown} reads as ${read.length} figures, not one`];
  const q = read[0]!;
  const quoted = quotedQuantity(metric);
  if (!quoted) return [...out, `the quote states no ${plain(metric.value)} (${metric.quote})`];
  const says = `the quote says 「${quoted.text}」 (${metric.quote})`;
  if (!agrees(q, quoted.base))
    out.push(`${shown} reads as ${plain(q.base)}, the quote says ${plain(quoted.base)} (${metric.quote})`);
  if (q.qualifier !== quoted.qualifier)
    out.push(`${shown} reads as ${qualifierOf(q)} ${plain(q.base)}, ${says}`);
  const currency = currencyOf(q, text, lang);
  const quotedCurrency = currencyOf(quoted, '', 'zh');
  if (currency !== quotedCurrency)
    out.push(
      `${shown} is in ${currency ?? 'no currency'}, the quote's 「${quoted.text}」 in ${quotedCurrency ?? 'none'} (${metric.quote})`,
    );
  // The Chinese page keeps the article's own form: its magnitude and unit as the quote writes them.
  if (lang === 'zh' && quoted.unitText && q.unitText !== quoted.unitText)
    out.push(`${shown} writes 「${q.unitText}」, ${says}`);
  const percent = lang === 'zh' ? q.unit === '%' : text.endsWith('%');
  if (percent !== (quoted.unit === '%'))
    out.push(`${shown} ${percent ? 'is' : 'is not'} a percentage, ${says}`);
  return out;
}

/** What is wrong with a change as shown: its signed percentage must be the metric's and agree with the quote. */
function changeFailures(metric: StoryMetric, text: string, lang: Lang): string[] {
  const shown = `「${text}」`;
  const change = metric.change;
  if (!change) return [`${shown} is shown as a change, but the metric has none`];
  const flat = lang === 'zh' ? '持平' : 'unchanged';
  // English signs the number (+113.5%); Chinese says the direction in words before it (同比增长113.5%).
  const m = /([+\-−]|增长|上升|下降|减少)?\s*(\d+(?:,\d{3})*(?:\.\d+)?)\s*%/.exec(text);
  if (change.value === 0)
    return text.includes(flat) && !m ? [] : [`${shown} should read ${flat}: the change is 0`];
  if (!m) return [`${shown} reads as no percentage, the change is ${plain(change.value)}%`];
  if (!m[1]) return [`${shown} has no sign, the change is ${plain(change.value)}%`];
  if (lang === 'zh' && /[+\-−]/.test(m[1]))
    return [
      `${shown} signs the number, where Chinese writes 增长 or 下降 (the change is ${plain(change.value)}%)`,
    ];
  const written = m[2]!.replace(/,/g, '');
  const value = (['+', '增长', '上升'].includes(m[1]) ? 1 : -1) * Number(written);
  const decimals = written.includes('.') ? written.length - written.indexOf('.') - 1 : 0;
  if (Math.abs(value - change.value) > 0.5 * 10 ** -decimals + 1e-9)
    return [`${shown} reads as ${plain(value)}%, the change is ${plain(change.value)}%`];
  const stated = readChinese(metric.quote).find((x) => x.unit === '%' && x.number === Math.abs(change.value));
  return stated && stated.sign !== 0 && stated.sign !== Math.sign(value)
    ? [
        `${shown} reads as ${plain(value)}%, the quote says 「${stated.text}」 after a ${stated.sign < 0 ? 'fall' : 'rise'} (${metric.quote})`,
      ]
    : [];
}

/** Checks what a page (or a popup on it) shows; returns the keys of the figures it showed. */
function check(s: StoryFile, lang: Lang, shown: Shown[], where: string, failures: string[]): Set<string> {
  const seen = new Set<string>();
  for (const item of shown) {
    const found = metricAt(s, item.key);
    if (!found) {
      failures.push(`${s.file}: ${where} shows 「${item.text}」 as "${item.key}", which names no metric`);
      continue;
    }
    const { metric, path, from } = found;
    const problems = item.change
      ? changeFailures(metric, item.text, lang)
      : figureFailures(metric, item.text, lang);
    // A figure is its reporter's claim: said beside it wherever it is shown, in the words the file gives.
    const reported = from && locale(lang).reportedIn(from[lang]);
    if (!item.change && reported && item.from !== reported)
      problems.push(
        item.from === null
          ? `「${item.text}」 is shown without who reported it (${reported})`
          : `「${item.text}」 is credited 「${item.from}」, the file says ${reported}`,
      );
    const line = s.line(item.change ? [...path, 'change', 'value'] : [...path, 'value']);
    for (const p of problems) failures.push(`${s.file}:${line}: ${p} [${where}]`);
    if (!item.change) seen.add(item.key);
  }
  return seen;
}

/** The figures and changes of the story page, all chapters and the closing comparison. */
async function checkStoryPage(page: Page, s: StoryFile, slug: string, lang: Lang, failures: string[]) {
  await page.goto(`${site}/${slug}/${lang === 'zh' ? '' : `?lang=${lang}`}`);
  // Read once the app runs, not the prerendered copy alone: hydration must keep the figures as they are.
  await settled(page);
  const where = `${lang} story page`;
  const shown = await readShown(page, 'body');
  const seen = check(s, lang, shown, where, failures);
  const changed = new Set(shown.filter((x) => x.change).map((x) => x.key));
  for (const key of allKeys(s)) {
    const { metric, path } = metricAt(s, key)!;
    const label = `「${metric.label[lang]}」`;
    if (!seen.has(key)) failures.push(`${s.file}:${s.line(path)}: ${label} is never shown [${where}]`);
    else if (metric.change && !changed.has(key))
      failures.push(
        `${s.file}:${s.line([...path, 'change'])}: ${label} is shown without its change [${where}]`,
      );
  }
}

/**
 * Every marker's popup at every chapter, on the embed page: the same popups as the story page's (one component,
 * one placeContent), where a chapter is one button away instead of a scroll and a flight.
 */
async function checkPopups(page: Page, s: StoryFile, slug: string, lang: Lang, failures: string[]) {
  await page.goto(`${site}/${slug}/embed/?lang=${lang}`);
  await settled(page);
  const story = await storyData(page);
  for (const ch of story.chapters) {
    await page.locator(`[data-chapter-button="${ch.id}"]`).click();
    await expect
      .poll(() => page.locator('[aria-current="step"]').getAttribute('data-chapter-button'))
      .toBe(ch.id);
    for (const id of ch.markers) {
      const where = `${lang} embed, popup of ${id} at ${ch.id}`;
      const marker = page.locator(`[data-place-id="${id}"]`);
      await expect.poll(() => marker.count()).toBe(1);
      // A DOM click: which marker a pointer would hit is the other tests' concern, what the popup says is ours.
      await marker.evaluate((el) => (el as HTMLElement).click());
      const popup = `[data-popup-for="${id}"]`;
      await expect.poll(() => page.locator(popup).count()).toBe(1);
      const seen = check(s, lang, await readShown(page, popup), where, failures);
      const expected = new Set(placeContent(story, ch, id).metrics.map((m) => m.key));
      const missing = [...expected].filter((k) => !seen.has(k));
      const extra = [...seen].filter((k) => !expected.has(k));
      for (const key of missing) {
        const { metric, path } = metricAt(s, key) ?? { metric: undefined, path: [] };
        if (!metric) continue; // the story data names a metric the file has not: the build is older than the file
        failures.push(
          `${s.file}:${s.line(path)}: 「${metric.label[lang]}」 is missing from the popup [${where}]`,
        );
      }
      if (extra.length) failures.push(`${s.file}: ${extra.join(', ')} shown, not this place's [${where}]`);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(popup).count()).toBe(0);
    }
  }
}

describe('every figure shown reads back as its quote', () => {
  it.each(SLUGS)(
    '%s: story page and every popup, in Chinese and English',
    async (slug) => {
      const s = readStory(slug);
      const w = await openPage(browser, site, { ...SMALL_DESKTOP, reducedMotion: 'reduce' });
      const failures: string[] = [];
      for (const lang of LANGS) {
        await checkStoryPage(w.page, s, slug, lang, failures);
        await checkPopups(w.page, s, slug, lang, failures);
      }
      await w.close();
      // A figure shown twice (in its chapter and in the comparison) is reported once per page.
      const wrong = [...new Set(failures)];
      expect(wrong, `${wrong.length} wrong figure(s):\n${wrong.join('\n')}`).toEqual([]);
    },
    300_000,
  );
});
