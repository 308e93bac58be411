// Inside an iframe, tells the parent page the content's height whenever it changes, growing or shrinking, in
// pym.js's protocol. The height message is the one message sent to any origin ('*'): we cannot know the news page's
// origin, and a height is no secret. The parent's width message (pym sends one on load and on resize) asks again.
import { parsePymMessage, pymMessage } from './pym-messages';

export function reportHeight(content: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  const id = new URLSearchParams(location.search).get('childId') ?? '';
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    window.parent.postMessage(pymMessage({ id, type: 'height', value: String(height) }), '*');
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(content);
  const onMessage = (e: MessageEvent) => {
    if (e.source !== window.parent) return;
    const message = parsePymMessage(e.data);
    if (message?.id === id && message.type === 'width') send(true);
  };
  addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    removeEventListener('message', onMessage);
  };
}
