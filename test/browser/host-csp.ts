// The Content-Security-Policy directives a news page needs for each of our embed codes, for a site published at
// `site`: what README.md ("Embedding in a news page") tells newsrooms, checked against the README by a unit test
// and set, with nothing else allowed, on the host pages of the browser tests.
import { createHash } from 'node:crypto';
import { embedCodes } from '../../src/page/embed-codes';

export type EmbedKind = 'iframe' | 'element';

/** The hash that lets exactly the iframe code's own style attribute apply where inline styles are refused. */
function iframeStyleHash(): string {
  const style = /\bstyle="([^"]*)"/.exec(embedCodes('https://x.example/', 's', 'zh', 't').iframe)![1]!;
  return `'sha256-${createHash('sha256').update(style).digest('base64')}'`;
}

export function embedDirectives(site: string, kind: EmbedKind): string[] {
  const origin = new URL(site).origin;
  if (kind === 'iframe')
    return [
      // The frame, and embed.js, which sizes it. The frame's own page is under our policy, not the host's.
      `frame-src ${origin}`,
      `script-src ${origin}`,
      // The code's style attribute (width, first height, no border); without it embed.js sets the same through
      // the CSSOM, which a policy does not restrict, and the browser reports the refused attribute.
      `style-src-attr 'unsafe-hashes' ${iframeStyleHash()}`,
    ];
  return [
    // embed.js, the element's module and MapLibre's chunk; and MapLibre's worker script, which the worker imports
    // under the page's policy.
    `script-src ${origin}`,
    // The story's JSON and the basemap.
    `connect-src ${origin}`,
    // MapLibre's worker, started from a blob: of the page's origin (a worker must be same-origin with the page).
    'worker-src blob:',
    // The static maps, shown when the live map cannot start and in print.
    `img-src ${origin}`,
  ];
}

/** A policy that allows the embed `kind` from `site` and nothing else at all. */
export function onlyEmbedPolicy(site: string, kind: EmbedKind): string {
  return ["default-src 'none'", ...embedDirectives(site, kind)].join('; ');
}
