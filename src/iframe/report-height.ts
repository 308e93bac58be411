// Inside an iframe, tells the parent page the content's height whenever it changes, growing or shrinking, in
// pym.js's protocol. The height message is the one message sent to any origin ('*'): we cannot know the news page's
// origin, and a height is no secret. The parent's width message (pym sends one on load and on resize) asks again;
// any number of them before the next frame get one answer, so a page (or a loop) sending thousands costs little.
import { clampHeight } from '../host/frame-height';
import { oncePerFrame } from './once-per-frame';
import { parsePymMessage, pymMessage } from '../host/pym-messages';

/** The next frame; or a tenth of a second, since a hidden frame may get no frames at all. */
function nextFrame(run: () => void): void {
  requestAnimationFrame(run);
  setTimeout(run, 100);
}

export function reportHeight(content: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  const id = new URLSearchParams(location.search).get('childId') ?? '';
  let last = -1;
  let stopped = false;
  const send = (force = false) => {
    if (stopped) return;
    // pym.js parents take any height: the frame keeps to the range embed.js enforces.
    const height = clampHeight(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage(pymMessage({ id, type: 'height', value: String(height) }), '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(content);
  const answer = oncePerFrame(() => send(true), nextFrame);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent) return;
    const message = parsePymMessage(e.data);
    if (message?.id === id && message.type === 'width') answer();
  };
  addEventListener('message', onMessage);
  send(true);
  return () => {
    stopped = true;
    observer.disconnect();
    removeEventListener('message', onMessage);
  };
}
