import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/**
 * Connects to the headless Chromium the global setup started (tests/setup/site.ts): one browser
 * for the whole run. Closing the returned browser closes only this file's contexts.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

/**
 * Makes the glossary markers' native interest act at once, for tests of what an open card shows or
 * where it sits: tests/browser/term-cards.test.ts measures the delays, and waiting them out again
 * for every card elsewhere would only slow the suite. Needs a page served without the site's
 * Content-Security-Policy, which forbids the inline style this adds.
 */
export async function withoutCardDelays(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'a[data-term-ref] { interest-delay: 0s !important; }' });
}
