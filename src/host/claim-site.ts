// Every embed code carries its own <script src=".../embed.js">: a page with several embeds loads embed.js several
// times, from one story site or from several. One copy per site serves that site's frames and elements; a copy from another site
// serves its own. The copies find each other through an event on the window, so that nothing of ours is global.
const CLAIM = 'storymap:claim-site';

/** True when no copy before this one serves the site at `base`: from now on, this one does. */
export function claimSite(target: EventTarget, base: string): boolean {
  const free = target.dispatchEvent(new CustomEvent(CLAIM, { detail: base, cancelable: true }));
  if (free)
    target.addEventListener(CLAIM, (e) => {
      if ((e as CustomEvent<string>).detail === base) e.preventDefault();
    });
  return free;
}
