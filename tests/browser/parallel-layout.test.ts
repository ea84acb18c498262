import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { sharedTab } from '../support/browser';

const { tab, site } = sharedTab();

interface Box {
  id: string;
  cells: Array<{ lang: string; left: number; right: number; top: number; bottom: number }>;
}

/** Where each row's cells sit on the page, in CSS pixels. */
function pairBoxes(): Promise<Box[]> {
  return tab().$$eval('.pair[id]', (rows) =>
    rows.map((row) => ({
      id: row.id,
      cells: [...row.children].map((cell) => {
        const { left, right, top, bottom } = cell.getBoundingClientRect();
        return { lang: cell.getAttribute('lang') ?? '', left, right, top, bottom };
      }),
    })),
  );
}

describe.each(languages)('/%s/parallel/', (ui) => {
  const url = () => site().url(`/${ui}/parallel/`);

  test('at desktop width, sets each pair side by side, Japanese on the left, aligned at the top; a figure under its original', async () => {
    await tab().setViewportSize({ width: 1280, height: 800 });
    await tab().emulateMedia({ media: 'screen' });
    await tab().goto(url());
    const figures = await tab().$$eval('.pair[id]:has(figure)', (rows) => rows.map((row) => row.id));
    const boxes = await pairBoxes();
    expect(boxes.length - figures.length).toBeGreaterThan(25);
    for (const { id, cells } of boxes) {
      const [ja, en] = cells;
      expect([ja?.lang, en?.lang], id).toEqual(['ja', 'en']);
      if (figures.includes(id)) {
        expect(en!.top, id).toBeGreaterThanOrEqual(ja!.bottom);
        continue;
      }
      expect(Math.abs(ja!.top - en!.top), id).toBeLessThan(1);
      expect(ja!.right, id).toBeLessThanOrEqual(en!.left);
      expect(en!.right - en!.left, id).toBeGreaterThan(400);
    }
    expect(await tab().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });

  test('at 320 px, stacks each pair, the original above its translation, without sideways scrolling', async () => {
    await tab().setViewportSize({ width: 320, height: 800 });
    await tab().goto(url());
    for (const { id, cells } of await pairBoxes()) {
      const [ja, en] = cells;
      expect(en!.top, id).toBeGreaterThanOrEqual(ja!.bottom);
      expect(en!.right - en!.left, id).toBeGreaterThan(200);
    }
    expect(await tab().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test.each([
    ['landscape', 'side by side', 1123, 794],
    ['portrait', 'stacked', 794, 1123],
  ])('prints on %s paper with the pairs %s', async (_, expected, width, height) => {
    await tab().setViewportSize({ width, height });
    await tab().emulateMedia({ media: 'print' });
    await tab().goto(url());
    const [, first] = await pairBoxes();
    const [ja, en] = first!.cells;
    expect(Math.abs(ja!.top - en!.top) < 1 ? 'side by side' : en!.top >= ja!.bottom ? 'stacked' : 'overlapping').toBe(
      expected,
    );
    expect(await tab().locator('.edition-link').first().isVisible()).toBe(false);
    await tab().emulateMedia({ media: 'screen' });
  });

  // Each column's markers open that language's cards: tests/parallel/structure.test.ts, with the
  // hover that opens any card: tests/browser/term-cards.test.ts.
  // axe audits the view in both schemes at 320 and 1280 px, a card open: tests/quality/accessibility.test.ts.
});

describe.each(languages)('the links from the /%s/ edition to the parallel view', (lang) => {
  test("a block's shows on hover, at least 24 px square, and lands on the pair, which links back", async () => {
    await tab().setViewportSize({ width: 1280, height: 800 });
    await tab().emulateMedia({ colorScheme: 'light' });
    await tab().goto(site().url(`/${lang}/`));
    const link = tab().locator('#overview-2 > a.parallel-link');
    const opacity = () => link.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    await tab().locator('#overview-2').hover();
    expect(await opacity()).toBe('1');
    const box = await link.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);

    await link.click();
    await tab().waitForURL(`**/${lang}/parallel/#overview-2`);
    expect(await tab().evaluate(() => document.querySelector(':target')?.className)).toBe('pair');
    await tab().locator('#overview-2 .pair-cell[lang="en"] > a.edition-link').click();
    await tab().waitForURL('**/en/#overview-2');
  });

  test("a section's, beside its title in the table of sections, shows on keyboard focus, at least 24 px square, and lands on the section's first pair", async () => {
    await tab().setViewportSize({ width: 1280, height: 800 });
    await tab().emulateMedia({ colorScheme: 'light' });
    await tab().goto(site().url(`/${lang}/`));
    const link = tab().locator('.toc a.parallel-link[href$="#overview-heading"]');
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await tab().locator('.toc a[href="#overview"]').focus();
    await tab().keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const box = await link.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(24);
    expect(box!.height).toBeGreaterThanOrEqual(24);

    await tab().keyboard.press('Enter');
    await tab().waitForURL(`**/${lang}/parallel/#overview-heading`);
    expect(await tab().evaluate(() => document.querySelector(':target')?.className)).toBe('pair');
  });
});
