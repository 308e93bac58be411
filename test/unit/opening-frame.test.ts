// The story page carries the opening's first frame inside the <svg> FirstFrame.svelte prerenders (render-page.ts).
import { describe, expect, it } from 'vitest';
import { withOpeningFrame } from '../../scripts/stories/render-page';

const SEA =
  '<svg class="sea" aria-hidden="true"><rect width="100%" height="100%" fill="#d4e4ec"></rect></svg>';
const FRAME = '<svg class="first-frame fit step-4 svelte-x" viewBox="0 0 10 10" data-first-frame=""></svg>';
const page = (body: string) =>
  `<!doctype html><html><body><div class="story-map">${body}</div></body></html>`;

describe('withOpeningFrame', () => {
  it("draws into the frame's own <svg>, not into any other", () => {
    const drawn = withOpeningFrame(page(SEA + FRAME), '<rect fill="#abcdef"/><path d="M0 0l5 5"/>');
    expect(drawn).toBe(
      page(
        SEA +
          '<svg class="first-frame fit step-4 svelte-x" viewBox="0 0 10 10" data-first-frame="">' +
          '<rect fill="#abcdef"/><path d="M0 0l5 5"/></svg>',
      ),
    );
  });

  it('leaves a page whose opening has no first frame as it is', () => {
    expect(withOpeningFrame(page(SEA), null)).toBe(page(SEA));
  });

  it('fails the build, not the reader, when the page has no place for the frame it was given', () => {
    expect(() => withOpeningFrame(page(SEA), '<path d="M0 0l5 5"/>')).toThrow(/no prerendered opening frame/);
  });

  it('keeps `$` in the drawing as it is (a function replacement, not a pattern)', () => {
    expect(withOpeningFrame(page(FRAME), '<g data-layer="$&"></g>')).toContain(
      '<g data-layer="$&"></g></svg>',
    );
  });
});
