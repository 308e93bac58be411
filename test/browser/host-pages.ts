// News pages that embed our stories, served from their own origin (another port than the site's), as a newsroom's
// CMS would publish them: with NPR's pym.js, with our embed.js and an iframe, with <story-map> elements among
// aggressive page styles, with iframes from two story sites, and plain pages under a Content-Security-Policy.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDir, type Served } from '../../scripts/serve-dir';
import { embedCodes } from '../../src/page/embed-codes';
import type { EmbedKind } from './host-csp';

export const FORGED_HEIGHT = 3333;
const FORGED = `pymxPYMxxPYMxheightxPYMx${FORGED_HEIGHT}`;

const filler = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Host article paragraph ${i + 1}. 本报讯，这是宿主网页自己的文字。</p>`,
  ).join('\n');

const page = (title: string, body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>${head}</head><body>${body}</body></html>`;

/**
 * The host pages; with `otherSite`, also two-sites.html (two iframes from `site`, one from `otherSite`) and
 * two-site-elements.html (a <story-map> from each site).
 */
export async function serveHostPages(site: string, otherSite?: string): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'story-hosts-'));
  const require = createRequire(import.meta.url);
  copyFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), join(dir, 'pym.v1.min.js'));
  const codes = embedCodes(`${site}/`, 'ningbo-town-race', 'zh', '宁波三镇');
  const files: Record<string, string> = {
    'pym.html': page(
      'pym host',
      `${filler(2)}<div id="story"></div>${filler(2)}
<script src="pym.v1.min.js"></script>
<script>new pym.Parent('story', '${site}/ningbo-town-race/embed/', {});</script>`,
    ),
    'iframe.html': page(
      'embed.js iframe host',
      `${filler(2)}${codes.iframe}${filler(2)}
<iframe id="forger" src="forger.html" style="width:10px;height:10px"></iframe>`,
    ),
    // A frame of the host's origin, posting a height message in our iframe's name.
    'forger.html': page(
      'forger',
      `<script>window.forge = () => parent.postMessage('${FORGED}', '*');</script>`,
    ),
    'element.html': page(
      'story-map host',
      `<h1>A news page</h1>
<svg class="first-frame" id="host-picture" width="40" height="20"><rect width="40" height="20" fill="#c00"/></svg>
${filler(6)}
${codes.element}
${filler(8)}
<story-map id="second" story="zhoushan-islands" lang="en"></story-map>
${filler(8)}`,
      // What a news site's own stylesheet might do to everything on its pages.
      `<style>* { box-sizing: content-box; font: 30px serif; } canvas { display: none; } div { padding: 3px; }
button { all: unset; } p { line-height: 3; }</style>`,
    ),
  };
  if (otherSite) {
    // Each code carries its own <script src=".../embed.js">: the page loads embed.js twice from `site`.
    const other = embedCodes(`${otherSite}/`, 'ningbo-town-race', 'en', 'Ningbo');
    const second = embedCodes(`${site}/`, 'zhoushan-islands', 'zh', '舟山');
    files['two-sites.html'] = page(
      'two story sites',
      `${filler(2)}${codes.iframe}${filler(1)}${other.iframe}${filler(1)}${second.iframe}${filler(2)}`,
    );
    // The element codes of two sites, each with its embed.js: whichever copy runs first defines <story-map>.
    files['two-site-elements.html'] = page(
      'story-map elements from two story sites',
      `${filler(2)}${codes.element}${filler(12)}${other.element}${filler(12)}`,
    );
  }
  for (const [name, html] of Object.entries(files)) writeFileSync(join(dir, name), html);
  return serveDir(dir);
}

/**
 * A plain news page (no inline script or style of its own) with one embed code of `site`, served with the header
 * `Content-Security-Policy: <policy>`, or with no policy when `policy` is null; the story is `slug`'s.
 */
export async function serveStrictHost(
  site: string,
  kind: EmbedKind,
  policy: string | null,
  slug = 'ningbo-town-race',
): Promise<Served> {
  const dir = mkdtempSync(join(tmpdir(), 'story-strict-host-'));
  const code = embedCodes(`${site}/`, slug, 'zh', slug)[kind];
  writeFileSync(
    join(dir, 'index.html'),
    page(`${kind} host under a policy`, `<h1>A news page</h1>${filler(3)}\n${code}\n${filler(12)}`),
  );
  return serveDir(dir, 0, policy === null ? {} : { 'Content-Security-Policy': policy });
}

export { FORGED };
