// The whole story on the page, as a reader scrolling through it gets it, whatever became of the live map.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { storyData } from '../../scripts/browser/story-page';

/**
 * Every chapter's title and paragraphs are on the page, and every static map shown has loaded. Each chapter is read
 * as the reader reaches it: chapters off screen are not drawn until they near the viewport (Chapter.svelte).
 */
export async function expectWholeStory(page: Page, lang: 'zh' | 'en' = 'zh') {
  const story = await storyData(page);
  for (const ch of story.chapters) {
    const chapter = page.locator(`[data-chapter-id="${ch.id}"]`);
    await chapter.scrollIntoViewIfNeeded();
    // Drawn in the frame after it nears the viewport: until then its text is not laid out, and innerText is empty.
    await expect.poll(() => chapter.innerText()).toContain(ch.title[lang]);
    const text = await chapter.innerText();
    for (const p of ch.paragraphs[lang]) expect(text).toContain(p.slice(0, 20));
  }
  // The chapters' own, or the page's copies when its script never ran (App.svelte).
  const maps = page.locator('.static-map img, .static-copy img').filter({ visible: true });
  expect(await maps.count()).toBeGreaterThanOrEqual(
    new Set(story.chapters.map((c) => c.section ?? c.id)).size,
  );
  for (const img of await maps.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(640);
  }
}
