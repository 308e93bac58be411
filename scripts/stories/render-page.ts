// Fills the page templates with a story's data. Text is escaped here: story content is never HTML.
import { createHash } from 'node:crypto';
import type { ResolvedStory } from '../../src/story/types';
import { DEFAULT_LANG, LANGS, locale } from '../../src/locale/locales';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot close the <script> element it sits in. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** When the page gives its script up and shows what it offers without it: global.css's delay (a test holds them equal). */
export const APP_FALLBACK_AFTER_MS = 10_000;

/**
 * Runs in the head, before the body is parsed, so before the first paint: a page opened at the opening (no chapter
 * in its address) may show the opening's first frame, prerendered in the body, with the text (FirstFrame.svelte).
 * CSS cannot tell (Chromium matches :target only after the page's scripts), and waiting for the module script cost
 * ~120 ms after the first paint. Where a host's own policy refuses it, the module script shows the frame as before.
 *
 * It also tells when the page's own script failed, which that script cannot: at once when its file (or one it
 * imports) fails to load, else when it has not started by the time global.css shows the fallback. The page then
 * shows what it offers without its script (.app-failed), and the map's state says it failed rather than loading
 * for good. A script that starts late takes the page back (.app-running, and the state it renders).
 *
 * And a host that serves the story's folder at its address without the slash (/<slug>, as some do rather than
 * redirect) would have every address in the page (static maps, the locator, the retry) resolve one folder too high:
 * the page's address gets its slash before the body is parsed, which is when those addresses are resolved.
 */
export const OPENING_SCRIPT = [
  `var d=document.documentElement,l=location;`,
  `if(!/(\\/|\\.[^/]*)$/.test(l.pathname))history.replaceState(history.state,'',l.pathname+'/'+l.search+l.hash);`,
  `if(l.hash.length<2)d.setAttribute('data-at-opening','');`,
  `function f(){if(d.classList.contains('app-running'))return;d.classList.add('app-failed');`,
  `var m=document.querySelector('[data-map-state]');if(m)m.setAttribute('data-map-state','error')}`,
  `addEventListener('error',function(e){if(e.target.type==='module')f()},true);`,
  `setTimeout(f,${APP_FALLBACK_AFTER_MS})`,
].join('');

/** The source expression of OPENING_SCRIPT's hash, for a host's own policy header (README, tests). */
export const OPENING_SCRIPT_HASH = sha256(OPENING_SCRIPT);

export interface Prerendered {
  head: string;
  body: string;
}

/**
 * A page of the story from its template: `home` is the relative way back to the story's folder ('' for the story
 * page, '../' for its embed page), where the story's tone sheet is.
 */
export function renderStoryPage(
  template: string,
  story: ResolvedStory,
  page: Prerendered,
  home = '',
): string {
  const head = [
    `<title>${LANGS.map((l) => escapeHtml(story.title[l])).join(' · ')}</title>`,
    `<meta name="description" content="${escapeHtml(story.summary[DEFAULT_LANG])}">`,
    `<meta property="og:title" content="${escapeHtml(story.title[DEFAULT_LANG])}">`,
    `<meta property="og:description" content="${escapeHtml(story.summary[DEFAULT_LANG])}">`,
    `<link rel="stylesheet" href="${home}tones.css">`,
  ];
  // Only a page with a prerendered first frame has a use for it (the embed page's is drawn by its script).
  if (page.body.includes('class="first-frame')) head.push(`<script>${OPENING_SCRIPT}</script>`);
  const data = `<script type="application/json" id="story-data">${scriptJson(story)}</script>`;
  // Functions as replacements: a `$&` in story text must stay text, not become a replacement pattern.
  return template
    .replace('<!--story-head-->', () => head.join('\n    ') + page.head)
    .replace('<!--story-body-->', () => page.body)
    .replace('<!--story-data-->', () => data);
}

// The opening's first frame as FirstFrame.svelte prerenders it: an empty <svg>, which the component leaves as it is
// when it hydrates (it has no children of its own to match).
const OPENING_FRAME = /(<svg\b[^>]*\bdata-first-frame\b[^>]*>)(<\/svg>)/;

/**
 * A story page with the opening's first frame drawn inside its prerendered <svg>: part of the HTML, it paints with
 * the text, with no file to wait for and no picture to decode. `markup` is the build's own drawing (frame-svg.ts),
 * no story text. Null: the opening has no first frame (a tilted view), and the page has no <svg> for it either.
 */
export function withOpeningFrame(html: string, markup: string | null): string {
  if (markup === null) return html;
  if (!OPENING_FRAME.test(html))
    throw new Error('withOpeningFrame: the page has no prerendered opening frame');
  return html.replace(OPENING_FRAME, (_, open: string, close: string) => open + markup + close);
}

// A stylesheet <link> in the head blocks all painting, and every module script, until it arrives: one that never
// answers kept the page white for good (the fault matrix). The built pages carry their own CSS instead, each sheet in
// a <style> where its link was (the cascade keeps its order), allowed by its hash in the page's own policy, which is
// otherwise the strict one: nothing but this origin, no other inline style or script.
const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g;
// A script of the page's own, in the HTML (OPENING_SCRIPT): allowed by its hash like the styles.
const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;
// Under <noscript> (no-js.css) a link blocks only readers without JavaScript, who have no script to wait for.
const NOSCRIPT = /<noscript>[\s\S]*?<\/noscript>/g;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * A built page with the stylesheets `css` knows (by their href as written) in <style> elements, and the page's
 * Content-Security-Policy in a <meta> before them: `default-src 'self'` and the hash of each of those styles, and of
 * each inline script the page has (OPENING_SCRIPT), and workers of its own origin or its own making.
 */
export function inlineStylesheets(html: string, css: (href: string) => string | undefined): string {
  const hashes: string[] = [];
  const kept = new Map<string, string>();
  const inlined = html
    .replace(NOSCRIPT, (block) => {
      const key = `<!--noscript-${kept.size}-->`;
      kept.set(key, block);
      return key;
    })
    .replace(STYLESHEET, (link, href: string) => {
      const text = css(href);
      if (text === undefined) return link;
      if (/<\/style/i.test(text))
        throw new Error(`inlineStylesheets: ${href} would close its <style> element`);
      hashes.push(sha256(text));
      return `<style>${text}</style>`;
    })
    .replace(/<!--noscript-\d+-->/g, (key) => kept.get(key)!);
  const scripts = [...inlined.matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1]!));
  const policy = [
    "default-src 'self'",
    `style-src 'self' ${[...new Set(hashes)].join(' ')}`.trim(),
    // In a sandboxed iframe without allow-same-origin the page's origin is opaque: its worker can only be a blob
    // that imports ours (maplibre.ts), which only the page's own script can make.
    "worker-src 'self' blob:",
    ...(scripts.length > 0 ? [`script-src 'self' ${[...new Set(scripts)].join(' ')}`] : []),
  ].join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
  // Before anything the policy governs: it applies only to what follows it.
  const charset = /<meta charset="utf-8"\s*\/?>/i;
  if (!charset.test(inlined)) throw new Error('inlineStylesheets: the page has no <meta charset="utf-8">');
  return inlined.replace(charset, (tag) => `${tag}\n    ${meta}`);
}

export function renderIndexPage(stories: ResolvedStory[]): string {
  const items = stories
    .map(
      (s) =>
        `<li><a href="./${escapeHtml(s.slug)}/">${LANGS.map((l) => `<span lang="${locale(l).html}">${escapeHtml(s.title[l])}</span>`).join('<br>')}</a></li>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="${locale(DEFAULT_LANG).html}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Story maps · 地图故事</title>
    <link rel="stylesheet" href="./index.css">
  </head>
  <body>
    <main>
      <h1>地图故事 · Story maps</h1>
      <ul>
      ${items}
      </ul>
    </main>
  </body>
</html>
`;
}

export function renderProblemsPage(problems: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story errors</title></head>
<body style="font:15px/1.5 monospace;margin:2rem;color:#7a1010"><h1>The story has errors</h1>
<pre data-story-errors>${escapeHtml(problems.join('\n'))}</pre></body></html>`;
}
