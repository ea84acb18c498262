import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { sharedTab } from '../support/browser';

const { tab, site } = sharedTab();

async function open(lang: string, width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = tab();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ media: 'screen', colorScheme });
  await page.goto(site().url(`/${lang}/`));
  return page;
}

describe.each(['ja', 'en'])('at a glance in %s', (lang) => {
  test.each([
    [320, 'light'],
    [320, 'dark'],
    [1280, 'light'],
    [1280, 'dark'],
  ] as const)('at %i px in %s mode: no sideways scrolling, every label inside its panel', async (width, scheme) => {
    // axe audits the page with at a glance at these widths and in both schemes: tests/quality/accessibility.test.ts.
    const page = await open(lang, width, scheme);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    // SVG text does not wrap: a label wider than its panel would be cut off, so measure each in the real font.
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('.glance-panel')].flatMap((svg) => {
        const { width: w, height: h } = svg.viewBox.baseVal;
        return [...svg.querySelectorAll<SVGTextElement>('text')]
          .filter((t) => {
            const box = t.getBBox();
            return box.x < 0 || box.y < 0 || box.x + box.width > w || box.y + box.height > h;
          })
          .map((t) => t.textContent);
      }),
    );
    expect(outside).toEqual([]);
    // Drawn labels stay readable: at least 11 CSS pixels at any width.
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll<SVGTextElement>('.glance-panel text')].map(
          (t) => t.getBoundingClientRect().height,
        ),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(11);
  });

  // A keyboard goes past them to the contents: tests/quality/tab-stops.test.ts.
  test('its key numbers lead a pointer to the paragraph each restates', async () => {
    const page = await open(lang, 1280);
    const first = page.locator('.key-numbers a').first();
    const target = await first.getAttribute('href');
    await first.click();
    await page.waitForFunction((hash) => location.hash === hash, target);
    const visible = await page.evaluate(
      (id) => {
        const box = document.getElementById(id)?.getBoundingClientRect();
        return box ? box.top < innerHeight && box.bottom > 0 : false;
      },
      target?.slice(1) ?? '',
    );
    expect(visible).toBe(true);
  });

  test('prints in black and white, its cells told apart by shape alone', async () => {
    const page = await open(lang, 800, 'dark');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const seen = new Set<string>();
      for (const el of document.querySelectorAll('.glance-panel :is(circle, rect, path, line), .glance-panel text')) {
        const style = getComputedStyle(el);
        for (const paint of [style.fill, style.stroke]) if (paint !== 'none') seen.add(paint);
      }
      return [...seen];
    });
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colour);
    const shapes = await page.evaluate(() => ({
      persisters: document.querySelectorAll('.glance-panel .glance-hatch').length,
      resistant: document.querySelectorAll('.glance-panel rect.is-resistant').length,
      dead: document.querySelectorAll('.glance-panel .glance-cross').length,
    }));
    expect(shapes.persisters).toBeGreaterThan(0);
    expect(shapes.resistant).toBeGreaterThan(0);
    expect(shapes.dead).toBeGreaterThan(0);
    expect(await page.locator('.glance').isVisible()).toBe(true);
  });
});
