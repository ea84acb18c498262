import { beforeAll, expect, test } from 'vitest';
import { sharedTab } from '../support/browser';

const { tab, site } = sharedTab();
beforeAll(() => tab().setViewportSize({ width: 1280, height: 800 }));

/**
 * The most tab stops /en/ may have. It had 79 when each of its 17 blocks had its own ⇄ in the tab
 * order; one ⇄ for each of its 9 sections, in the contents, brings it to 71. The aim is 50: the
 * glossary's three links an entry and the citation's six stand between.
 */
const budget = 71;

/** Presses Tab from the top of the page until the focus leaves it, describing each stop. */
async function tabStops(path: string): Promise<string[]> {
  await tab().goto(site().url(path));
  const stops: string[] = [];
  const seen = new Set<number>();
  for (let presses = 0; presses < 500; presses++) {
    await tab().keyboard.press('Tab');
    const stop = await tab().evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const index = [...document.querySelectorAll('*')].indexOf(element);
      return { index, name: `${element.localName}.${element.className} ${element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent.trim().slice(0, 40)}` };
    });
    // Past the last stop the focus leaves the page, or, where the browser keeps it, comes round again.
    if (stop === undefined || seen.has(stop.index)) return stops;
    seen.add(stop.index);
    stops.push(stop.name);
  }
  throw new Error(`${path}: the focus never left the tab().`);
}

test(`/en/ has at most ${budget} tab stops, one ⇄ a section, in the contents, none a block`, async () => {
  const stops = await tabStops('/en/');
  expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(budget);
  const toParallel = stops.filter((stop) => stop.includes('parallel-link'));
  expect(toParallel).toHaveLength(9);
  expect(toParallel).toContain('a.parallel-link Overview, side by side');
  // Each section's ⇄ is in the contents, before any block of the text.
  expect(stops.indexOf('a.parallel-link Key points, side by side')).toBeLessThan(stops.findIndex((stop) => stop.startsWith('a.term-ref')));
});

test('the parallel view adds no tab stop for its sentences', async () => {
  const stops = await tabStops('/en/parallel/');
  expect(stops.length).toBeGreaterThan(30);
  expect(stops.filter((stop) => stop.startsWith('span.s'))).toEqual([]);
});
