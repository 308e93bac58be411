// The built pages carry their stylesheets, each allowed by its hash in the page's own policy (render-page.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_FALLBACK_AFTER_MS,
  inlineStylesheets,
  OPENING_SCRIPT,
  OPENING_SCRIPT_HASH,
} from '../../scripts/stories/render-page';

const PAGE = `<!doctype html><html><head>
    <meta charset="utf-8" />
    <link rel="stylesheet" href="tones.css">
    <noscript><link rel="stylesheet" href="../no-js.css" /></noscript>
    <link rel="stylesheet" crossorigin href="../assets/global-x.css">
    <link rel="stylesheet" href="https://elsewhere.example/unknown.css">
  </head><body></body></html>`;

const SHEETS: Record<string, string> = {
  'tones.css': '.tone-1{--tone:#111}',
  '../assets/global-x.css': 'body{margin:0}',
  '../no-js.css': '.map-pane{display:none}',
};
const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

describe('inlineStylesheets', () => {
  const html = inlineStylesheets(PAGE, (href) => SHEETS[href]);

  it('puts each known sheet where its link was, in order, and lists its hash in a policy before them', () => {
    expect(html).toContain('<style>.tone-1{--tone:#111}</style>');
    expect(html.indexOf('--tone')).toBeLessThan(html.indexOf('body{margin:0}'));
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(policy).toBe(
      `default-src 'self'; style-src 'self' ${hash(SHEETS['tones.css']!)} ${hash(SHEETS['../assets/global-x.css']!)}; worker-src 'self' blob:`,
    );
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });

  it('leaves the sheet for readers without JavaScript, and sheets it does not know, as links', () => {
    expect(html).toContain('<noscript><link rel="stylesheet" href="../no-js.css" /></noscript>');
    expect(html).toContain('<link rel="stylesheet" href="https://elsewhere.example/unknown.css">');
  });

  it("allows the page's own inline script by its hash, and no script-src when there is none", () => {
    const withScript = inlineStylesheets(
      PAGE.replace('</head>', `<script>${OPENING_SCRIPT}</script></head>`),
      (href) => SHEETS[href],
    );
    expect(withScript).toMatch(
      new RegExp(`; script-src 'self' ${OPENING_SCRIPT_HASH.replace(/[+/]/g, '\\$&')}">`),
    );
    expect(OPENING_SCRIPT_HASH).toBe(hash(OPENING_SCRIPT));
    expect(html).not.toContain('script-src');
  });

  it('is the hash docs/embedding.md gives hosts that send a policy of their own', () => {
    const readme = readFileSync(resolve(import.meta.dirname, '../../docs/embedding.md'), 'utf8');
    expect(readme.replace(/\s+/g, ' ')).toContain(`script-src 'self' ${OPENING_SCRIPT_HASH}`);
  });

  it("gives the page's script up when global.css shows the fallback", () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/ui/global.css'), 'utf8');
    expect(css).toContain(`animation: app-fallback 0s ${APP_FALLBACK_AFTER_MS / 1000}s both;`);
  });

  it('refuses CSS that would end its <style> element, and a page with no charset to put the policy after', () => {
    expect(() => inlineStylesheets(PAGE, () => 'a{}</style><script>')).toThrow(/would close its <style>/);
    expect(() => inlineStylesheets('<head></head>', () => undefined)).toThrow(/charset/);
  });
});
