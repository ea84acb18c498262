import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { serveSite, type SiteServer } from './site';

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
 * for every card elsewhere would only slow the suite. Needs a context that bypasses the pages'
 * Content-Security-Policy (`bypassCSP`), which forbids the inline style this adds.
 */
export async function withoutCardDelays(page: Page): Promise<void> {
  await page.addStyleTag({ content: 'a[data-term-ref] { interest-delay: 0s !important; }' });
}

/**
 * A tab in a new context whose CSP violations and uncaught errors, in every document it visits,
 * land in `problems`; `prepare` changes the context first (a route, say).
 */
export async function watchedTab(
  browser: Browser,
  options: BrowserContextOptions = {},
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await prepare?.(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/**
 * Tabs a test file keeps from test to test, one per kind of reader, each loading its page afresh
 * for every test: a new tab starts a renderer process, several times what loading a page again
 * costs. `open` makes a kind's tab, with whatever is kept beside it, the first time it is asked for.
 */
export function keptTabs<T extends { page: Page } = { page: Page }>(): {
  get(kind: string, open: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
} {
  const tabs = new Map<string, Promise<T>>();
  return {
    get(kind, open) {
      const tab = tabs.get(kind) ?? open();
      tabs.set(kind, tab);
      return tab;
    },
    async close() {
      await Promise.all([...tabs.values()].map(async (tab) => (await tab).page.context().close()));
      tabs.clear();
    },
  };
}

/** Closes what a file's `beforeAll` opened, but what it did not get to open before it failed. */
export async function closeAll(...opened: ({ close(): Promise<unknown> } | undefined)[]): Promise<void> {
  await Promise.all(opened.filter((it) => it !== undefined).map((it) => it.close()));
}

/**
 * One tab on the built site for every test of a file, opened before the first and closed after
 * the last: a new tab costs a renderer process, and each test loads its page afresh anyway.
 * Read `tab()`, `site()` and `browser()` (for a tab of other options) inside tests, once the
 * file's hooks have run. `serving` is how the site is served (`serveSite`).
 */
export function sharedTab(serving: Parameters<typeof serveSite>[0] = {}): {
  tab: () => Page;
  site: () => SiteServer;
  browser: () => Browser;
} {
  let browser: Browser | undefined;
  let server: SiteServer | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite(serving)]);
    page = await browser.newPage();
  });
  afterAll(() => closeAll(browser, server));
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('sharedTab: read inside a test, after beforeAll.');
    return value;
  };
  return { tab: () => ready(page), site: () => ready(server), browser: () => ready(browser) };
}
