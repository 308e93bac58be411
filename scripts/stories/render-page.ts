// Fills the page templates with a story's data. Text is escaped here: story content is never HTML.
import type { ResolvedStory } from '../../src/story/types';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that cannot close the <script> element it sits in. */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028|\u2029/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

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
    `<title>${escapeHtml(story.title.zh)} · ${escapeHtml(story.title.en)}</title>`,
    `<meta name="description" content="${escapeHtml(story.summary.zh)}">`,
    `<meta property="og:title" content="${escapeHtml(story.title.zh)}">`,
    `<meta property="og:description" content="${escapeHtml(story.summary.zh)}">`,
    `<link rel="stylesheet" href="${home}tones.css">`,
  ].join('\n    ');
  const data = `<script type="application/json" id="story-data">${scriptJson(story)}</script>`;
  // Functions as replacements: a `$&` in story text must stay text, not become a replacement pattern.
  return template
    .replace('<!--story-head-->', () => head + page.head)
    .replace('<!--story-body-->', () => page.body)
    .replace('<!--story-data-->', () => data);
}

export function renderIndexPage(stories: ResolvedStory[]): string {
  const items = stories
    .map(
      (s) =>
        `<li><a href="./${escapeHtml(s.slug)}/"><span lang="zh">${escapeHtml(s.title.zh)}</span><br><span lang="en">${escapeHtml(s.title.en)}</span></a></li>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="zh-Hans">
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
