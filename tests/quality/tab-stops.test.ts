import { beforeAll, describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { sharedTab } from '../support/browser';

const { tab, site } = sharedTab();
beforeAll(() => tab().setViewportSize({ width: 1280, height: 800 }));

/**
 * The most tab stops an edition may have. /en/ had 79 when each of its 17 blocks had its own ⇄ in
 * the tab order, 69 with one ⇄ for each of its 9 sections, in the contents. A link whose
 * destination a keyboard reaches a stop away (a glossary entry's other name and uses, on the term's
 * page; the key numbers' sources, through the contents and the drawing) or has passed already (the
 * page it is on, the original the language switch leads to, a paragraph What this means links) is
 * kept for pointing devices only, which brings it to 50.
 */
const budget = 50;

/** One stop of the focus: what it is and, for the parts of the page these tests speak of, where. */
interface Stop {
  /** Element, class, and name (its aria-label, title or text), e.g. `a.parallel-link Overview, side by side`. */
  name: string;
  /** The part of the page it is in: `key-numbers`, `toc`, `glance` or `corrections`, or empty. */
  part: string;
  /** Where it leads, for a link. */
  href: string | null;
}

/** Presses Tab from the top of the page until the focus leaves it, describing each stop. */
async function tabStops(path: string): Promise<Stop[]> {
  await tab().goto(site().url(path));
  const stops: Stop[] = [];
  const seen = new Set<number>();
  for (let presses = 0; presses < 500; presses++) {
    await tab().keyboard.press('Tab');
    const stop = await tab().evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return undefined;
      const index = [...document.querySelectorAll('*')].indexOf(element);
      const name = `${element.localName}.${element.className} ${element.getAttribute('aria-label') ?? element.getAttribute('title') ?? element.textContent.trim().slice(0, 40)}`;
      return {
        index,
        name,
        part: element.closest('.key-numbers, .toc, .glance, .corrections')?.classList[0] ?? '',
        href: element.getAttribute('href'),
      };
    });
    // Past the last stop the focus leaves the page, or, where the browser keeps it, comes round again.
    if (stop === undefined || seen.has(stop.index)) return stops;
    seen.add(stop.index);
    stops.push({ name: stop.name, part: stop.part, href: stop.href });
  }
  throw new Error(`${path}: the focus never left the tab().`);
}

describe.each(languages)('/%s/', (lang) => {
  test(`has at most ${budget} tab stops, one ⇄ a section, in the contents, none a block`, async () => {
    const stops = await tabStops(`/${lang}/`);
    const names = stops.map((stop) => stop.name);
    expect(stops.length, names.join('\n')).toBeLessThanOrEqual(budget);
    const toParallel = names.filter((name) => name.includes('parallel-link'));
    expect(toParallel).toHaveLength(9);
    if (lang === 'en') expect(toParallel).toContain('a.parallel-link Overview, side by side');
    // Each section's ⇄ is in the contents, before any block of the text.
    expect(stops.filter((stop) => stop.name.includes('parallel-link')).every((stop) => stop.part === 'toc')).toBe(true);
    expect(names.indexOf(toParallel[0]!)).toBeLessThan(names.findIndex((name) => name.startsWith('a.term-ref')));
  });

  test('reaches the contents before any source of the key numbers, and the drawing’s sources after it', async () => {
    const stops = await tabStops(`/${lang}/`);
    const contents = stops.findIndex((stop) => stop.part === 'toc');
    expect(contents).toBeGreaterThan(0);
    expect(stops.slice(0, contents).filter((stop) => stop.part === 'key-numbers')).toEqual([]);
    expect(stops.some((stop) => stop.part === 'glance')).toBe(true);
  });

  test('never stops twice at links to one place, but for a correction, which points at what it corrects', async () => {
    const stops = (await tabStops(`/${lang}/`)).filter((stop) => stop.part !== 'corrections');
    const hrefs = stops.flatMap((stop) => (stop.href === null ? [] : [stop.href]));
    expect(hrefs.length).toBeGreaterThan(40);
    expect(hrefs.filter((href, i) => hrefs.indexOf(href) !== i)).toEqual([]);
  });

  test('names each ⇄, in the browser’s accessibility tree, by the place it leads to, every name its own', async () => {
    await tab().goto(site().url(`/${lang}/`));
    // What each ⇄ says it leads to, as the page writes it, against the names Chromium computes.
    const places = await tab()
      .locator('a.parallel-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('title') ?? ''));
    const cdp = await tab().context().newCDPSession(tab());
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    await cdp.detach();
    const linkNames = nodes.filter((node) => node.role?.value === 'link').map((node) => String(node.name?.value ?? ''));
    expect(places.length).toBeGreaterThan(9);
    expect(new Set(places).size).toBe(places.length);
    expect(places.filter((place) => !linkNames.includes(place))).toEqual([]);
    if (lang === 'en') expect(places).toContain('Overview, paragraph 2, side by side');
  });
});

test('the parallel view adds no tab stop for its sentences', async () => {
  const stops = await tabStops('/en/parallel/');
  expect(stops.length).toBeGreaterThan(30);
  expect(stops.filter((stop) => stop.name.startsWith('span.s'))).toEqual([]);
});
