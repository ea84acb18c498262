import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../support/browser';
import { serveSite, type SiteServer } from '../support/site';

let browser: Browser;
let server: SiteServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveSite()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(server.url(path));
  return page;
}

describe('a term page', () => {
  test.each(['/ja/glossary/drug-tolerant-persister-cell/', '/en/glossary/drug-tolerant-persister-cell/'])(
    '%s fits a 320 px screen without scrolling sideways, in both colour schemes',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(path, { viewport: { width: 320, height: 640 }, colorScheme });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), colorScheme).toBeLessThanOrEqual(320);
        await page.close();
      }
    },
  );

  test('switches to the same term in the other language', async () => {
    const page = await open('/ja/glossary/alk-inhibitor/');
    await page.click('a[data-language-switch]');
    await page.waitForURL(/\/en\/glossary\/alk-inhibitor\//);
    expect(await page.locator('main h1').textContent()).toBe('ALK inhibitor');
    await page.close();
  });

  test('reads without JavaScript, and its link into the article lands on the sentence\'s paragraph', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(server.url('/en/glossary/gsk3-inhibitor/'));
    const quote = (await page.locator('.term-uses blockquote').first().textContent())?.trim() ?? '';
    await page.locator('.term-uses a').first().click();
    await page.waitForURL(/\/en\/#overview-2$/);
    expect(await page.locator(':target').textContent()).toContain(quote.slice(0, 40));
    await page.close();
  });

  test('prints its code to copy by hand, without the Copy buttons a page cannot offer on paper', async () => {
    const page = await open('/en/glossary/gsk3-inhibitor/');
    const copy = page.locator('.snippet button');
    expect(await copy.count()).toBeGreaterThan(0);
    await expect.poll(() => copy.first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await copy.evaluateAll((buttons) => buttons.filter((b) => b.checkVisibility()).length)).toBe(0);
    expect(await page.locator('.snippet pre').first().isVisible()).toBe(true);
    await page.close();
  });
});

describe('the glossary page', () => {
  test('highlights the entry a link to #<id> targets, and only that one', async () => {
    const page = await open('/en/glossary/#drug-resistant-cancer-cell');
    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [targeted, other] = await Promise.all([background('drug-resistant-cancer-cell'), background('alk-inhibitor')]);
    expect(targeted).not.toBe(other);
    expect(await page.locator('#drug-resistant-cancer-cell').evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
    await page.close();
  });
});
