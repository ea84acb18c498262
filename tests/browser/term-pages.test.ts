import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sharedTab } from '../support/browser';

const { tab, site, browser } = sharedTab();

/** A page of the site, loaded afresh in the file's tab: 1280 px wide, light, with JavaScript. */
async function open(
  path: string,
  { width = 1280, colorScheme = 'light' }: { width?: number; colorScheme?: 'light' | 'dark' } = {},
): Promise<Page> {
  const page = tab();
  await page.setViewportSize({ width, height: 640 });
  await page.emulateMedia({ media: 'screen', colorScheme });
  await page.goto(site().url(path));
  return page;
}

describe('a term page', () => {
  test.each(['/ja/glossary/drug-tolerant-persister-cell/', '/en/glossary/drug-tolerant-persister-cell/'])(
    '%s fits a 320 px screen without scrolling sideways, in both colour schemes',
    async (path) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await open(path, { width: 320, colorScheme });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), colorScheme).toBeLessThanOrEqual(320);
      }
    },
  );

  test('switches to the same term in the other language', async () => {
    const page = await open('/ja/glossary/alk-inhibitor/');
    await page.click('a[data-language-switch]');
    await page.waitForURL(/\/en\/glossary\/alk-inhibitor\//);
    expect(await page.locator('main h1').textContent()).toBe('ALK inhibitor');
  });

  test("reads without JavaScript, and its link into the article lands on the sentence's paragraph", async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(site().url('/en/glossary/gsk3-inhibitor/'));
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
  });
});

describe('the glossary page', () => {
  test('highlights the entry a link to #<id> targets, and only that one', async () => {
    const page = await open('/en/glossary/#drug-resistant-cancer-cell');
    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    const [targeted, other] = await Promise.all([
      background('drug-resistant-cancer-cell'),
      background('alk-inhibitor'),
    ]);
    expect(targeted).not.toBe(other);
    expect(
      await page.locator('#drug-resistant-cancer-cell').evaluate((el) => el.getBoundingClientRect().top),
    ).toBeLessThan(200);
  });
});
