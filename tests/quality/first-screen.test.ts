import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { sharedTab } from '../support/browser';

const { tab, site } = sharedTab();

async function open(lang: string, width: number, height = 740): Promise<Page> {
  const page = tab();
  await page.setViewportSize({ width, height });
  await page.goto(site().url(`/${lang}/`));
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Rounded boxes, in page coordinates, of every element a selector matches that is shown. */
function boxes(
  page: Page,
  selector: string,
): Promise<Array<{ top: number; bottom: number; left: number; right: number }>> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)]
        .map((element) => element.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => ({
          top: Math.round(r.top + scrollY),
          bottom: Math.round(r.bottom + scrollY),
          left: Math.round(r.left),
          right: Math.round(r.right),
        })),
    selector,
  );
}

describe.each(languages)('%s', (lang) => {
  test('on a 375 × 740 phone: a header of one row; the headline; "What this means" from the first screen to within the second; then the key numbers, a strip of cards that scrolls by itself', async () => {
    const page = await open(lang, 375);
    const links = await boxes(page, '.site-header a');
    expect(new Set(links.map((box) => box.top)).size, 'header links on more than one row').toBe(1);
    const [header] = await boxes(page, '.site-header');
    expect(header!.bottom).toBeLessThanOrEqual(56);

    const [headline] = await boxes(page, 'h1');
    const [panel] = await boxes(page, '.meaning');
    const cards = await boxes(page, '.key-numbers li');
    expect(cards).toHaveLength(5);
    expect(headline!.bottom).toBeLessThan(740);
    expect(panel!.top).toBeLessThan(740 - 100);
    expect(panel!.bottom).toBeLessThanOrEqual(2 * 740);
    // One row of cards below the panel, the next peeking in from the right.
    expect(new Set(cards.map((card) => card.top)).size).toBe(1);
    expect(cards[0]!.top).toBeGreaterThan(panel!.bottom);
    expect(cards[1]!.left).toBeLessThan(375);
    // The strip scrolls, the page does not; the last card's link, focused, scrolls it into view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
    await page.locator('.key-numbers li a').last().focus();
    const [last] = await boxes(page, '.key-numbers li:last-child');
    expect(last!.left).toBeGreaterThanOrEqual(0);
    expect(last!.right).toBeLessThanOrEqual(375);
  });

  test('"What this means" costs a keyboard reader at most four tab stops', async () => {
    const page = await open(lang, 375);
    // From its heading, made focusable for the test, to the first stop past the panel.
    await page.locator('.meaning h2').evaluate((element) => {
      element.setAttribute('tabindex', '-1');
      (element as HTMLElement).focus();
    });
    const stops: string[] = [];
    for (;;) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() =>
        document.activeElement?.closest('.meaning') ? document.activeElement.textContent : null,
      );
      if (inside === null) break;
      stops.push(inside);
    }
    // The two paragraphs it restates, and the two trial registries.
    expect(stops).toHaveLength(4);
  });

  test('at 1280 px the key numbers stand in three columns', async () => {
    const page = await open(lang, 1280, 900);
    const cards = await boxes(page, '.key-numbers li');
    expect(cards.slice(0, 3).map((card) => card.top)).toEqual(Array(3).fill(cards[0]!.top));
    expect(cards[3]!.top).toBeGreaterThan(cards[0]!.top);
  });
});

test('English text hyphenates, its headings do not; Japanese text never does', async () => {
  const hyphens = (page: Page, selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => getComputedStyle(element).hyphens);
  const en = await open('en', 375);
  expect(await hyphens(en, '.article-section p')).toBe('auto');
  expect(await hyphens(en, '.key-label')).toBe('auto');
  expect(await hyphens(en, 'h1')).toBe('manual');
  expect(await hyphens(en, '.article-section h2')).toBe('manual');
  const ja = await open('ja', 375);
  expect(await hyphens(ja, '.article-section p')).toBe('manual');
});
