// Sizes the iframes of the site at `base` from the height messages their pages post (pym.js's protocol).
import { clampHeight } from './frame-height';
import { heightOf, parsePymMessage, pymMessage } from './pym-messages';

/**
 * A news page whose CSP refuses inline styles refuses the style attribute of our iframe code too, and the frame
 * falls back to 300 px wide with a border. The same style set through the CSSOM is not an inline style to CSP.
 * Called before this script first sets a style of the frame: an attribute with no style behind it was refused.
 */
function styleRefused(frame: HTMLIFrameElement): void {
  if (!frame.hasAttribute('style') || frame.style.length > 0) return;
  Object.assign(frame.style, { width: '100%', height: '640px', border: '0' });
}

function childId(frame: HTMLIFrameElement): string {
  return new URL(frame.src).searchParams.get('childId') ?? '';
}

export function resizeFrames(base: string): void {
  const origin = new URL(base).origin;
  /** Our iframes: those showing a page of this site. */
  const ours = (frame: HTMLIFrameElement) => frame.src.startsWith(base);
  addEventListener('message', (e: MessageEvent) => {
    // From one of our iframes' own windows, at our origin: a forged message from the page itself, another frame
    // or another origin changes nothing.
    if (e.origin !== origin) return;
    const message = parsePymMessage(e.data);
    const height = message && heightOf(message);
    if (height === null || height === undefined) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== e.source || !ours(frame) || childId(frame) !== message!.id) continue;
      styleRefused(frame);
      frame.style.height = `${clampHeight(height)}px`;
    }
  });
  // A frame that loaded before this script ran has said its height already: ask again (pym's width message).
  const ask = (frame: HTMLIFrameElement) =>
    frame.contentWindow?.postMessage(
      pymMessage({ id: childId(frame), type: 'width', value: String(frame.clientWidth) }),
      origin,
    );
  const scan = () => {
    for (const frame of document.querySelectorAll('iframe')) {
      if (!ours(frame)) continue;
      styleRefused(frame);
      ask(frame);
      frame.addEventListener('load', () => ask(frame));
    }
  };
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan, { once: true });
  else scan();
}
