// embed.js: the one script a news page includes to carry our stories. It (a) sizes our iframes from their height
// messages and (b) draws <story-map story="<slug>" lang="zh|en" site="<site>/">, the whole scrollytelling story in
// the page. Nothing of ours becomes global but the element's name; everything else is found from this script's own
// URL, so the script and the story may be served from another origin than the page.
import { claimSite } from './claim-site';
import { defineStoryMap } from './define-story-map';
import { resizeFrames } from './resize-frames';
import { serveElements } from './serve-elements';

// currentScript is null where a CMS loads scripts its own way (as a module, or from a tag manager): then ours is
// the last script on the page whose file is embed.js.
const script = (document.currentScript ??
  [...document.querySelectorAll<HTMLScriptElement>('script[src]')]
    .filter((s) => /\/embed\.js(?:[?#]|$)/.test(s.src))
    .pop()) as HTMLScriptElement | undefined;
const base = new URL('./', script?.src || location.href).href;

// Pasted with every embed code, the script may run several times, from one site or several: the first copy from
// each site serves that site's frames and elements, before the tag is defined (defining it draws the elements
// already on the page).
if (claimSite(window, base)) {
  resizeFrames(base);
  serveElements(base);
}
defineStoryMap(base);
