// What a page's Content-Security-Policy refused, as the browser reports it to the page: the embed and picture tests
// hold pages to none.
import type { Page } from 'playwright-core';

/** Records every Content-Security-Policy violation in the page's top document (call before goto). */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const found: string[] = [];
    (window as unknown as { violations: string[] }).violations = found;
    addEventListener('securitypolicyviolation', (e) => found.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}
