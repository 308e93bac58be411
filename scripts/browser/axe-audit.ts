// axe-core run in the real pages: the audit the browser tests hold to no serious or critical finding (walk.test.ts
// at each chapter, a11y.test.ts on the embed page and with the map failed), and the walks the benchmark reports in
// full.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { langQuery } from '../../src/locale/lang-param';
import type { Lang } from '../../src/locale/locales';
import { DESKTOP, openPage, PHONE } from './chromium';
import { scrollToChapter, settled, storyData } from './story-page';

export interface AxeFinding {
  where: string;
  impact: string | null;
  id: string;
  help: string;
  targets: string[];
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeText: string | null = null;
const axeSource = () => (axeText ??= readFileSync(axePath, 'utf8'));

const isSerious = (f: AxeFinding) => f.impact === 'serious' || f.impact === 'critical';

export const describeFinding = (f: AxeFinding) =>
  `${f.where}: ${f.impact} ${f.id}: ${f.help} at ${f.targets.join(', ')}`;

/** Every axe violation on `page` as it is now, of any impact. */
/** The serious and critical findings, described, for a test to expect none; the rest printed, to be seen. */
export function seriousFindings(found: AxeFinding[]): string[] {
  for (const f of found.filter((f) => !isSerious(f))) console.log(`a11y ${describeFinding(f)}`);
  return found.filter(isSerious).map(describeFinding);
}

/**
 * The audit of the whole page, or of the parts that `include` names (CSS selectors): a chapter's audit need not
 * look again at the seventeen chapters the opening's audit saw as they are.
 */
export async function audit(page: Page, where: string, include?: string[]): Promise<AxeFinding[]> {
  // Evaluated rather than added as a <script>: the pages' own policy refuses inline scripts, and rightly.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const violations = await page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const context = include ? { include: include.map((s) => [s]) } : document;
    return (await axe.run(context, { resultTypes: ['violations'] })).violations;
  }, include);
  return violations.map((v) => ({
    where,
    impact: v.impact,
    id: v.id,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** The story page in `lang`: at the opening, at every chapter, and with a popup open. */
export async function auditStory(browser: Browser, site: string, slug: string, lang: Lang) {
  const w = await openPage(browser, site, DESKTOP);
  await w.page.goto(`${site}/${slug}/${langQuery(lang)}`);
  await settled(w.page);
  const found = await audit(w.page, `${lang} opening`);
  const story = await storyData(w.page);
  for (const ch of story.chapters) {
    await scrollToChapter(w.page, ch.id);
    await settled(w.page, ch.id);
    found.push(...(await audit(w.page, `${lang} ${ch.id}`)));
  }
  const ch = story.chapters.find((c) => c.excerpts.length > 0)!;
  await scrollToChapter(w.page, ch.id);
  await settled(w.page, ch.id);
  await w.page.locator(`[data-place-id="${ch.excerpts[0]!.place}"]`).click();
  await w.page.waitForSelector('[data-popup-for]');
  found.push(...(await audit(w.page, `${lang} popup`)));
  await w.close();
  return found;
}

/** The embed page in both languages, each also with a popup open, at a phone's size. */
export async function auditEmbed(browser: Browser, site: string, slug: string) {
  const found: AxeFinding[] = [];
  for (const lang of ['zh', 'en'] as const) {
    const w = await openPage(browser, site, PHONE);
    await w.page.goto(`${site}/${slug}/embed/${lang === 'en' ? '?lang=en' : ''}`);
    await settled(w.page);
    found.push(...(await audit(w.page, `embed ${lang}`)));
    await w.page.locator('[data-place-id]').first().click();
    await w.page.waitForSelector('[data-popup-for]');
    found.push(...(await audit(w.page, `embed ${lang} popup`)));
    await w.close();
  }
  return found;
}

/** The story page on a phone with its map failed, so that the static maps show. */
export async function auditMapFailed(browser: Browser, site: string, slug: string) {
  const w = await openPage(browser, site, PHONE);
  await w.page.route('**/*.pbf', (r) => r.abort());
  await w.page.goto(`${site}/${slug}/`);
  await w.page.waitForSelector('[data-map-state="error"]');
  const found = await audit(w.page, 'phone map-failed');
  await w.close();
  return found;
}
