import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { audit } from '../support/axe';
import { sharedTab, withoutCardDelays } from '../support/browser';
import { href, representativePages } from '../support/site';

// WCAG A and AA only (tests/support/axe.ts): best practices and AAA are not gates. A page of each
// kind in each language (of the term pages, the first, the last and the largest) is audited whole,
// in both schemes, at the width WCAG's reflow criterion names and at a desktop's: the other browser
// tests audit nothing again.
const schemes = ['light', 'dark'] as const;
const widths = [320, 1280];
const pages = representativePages();

const { browser, site } = sharedTab();
let page: Page;

beforeAll(async () => {
  // A reader whose languages the site does not offer stays on the entry page instead of being sent
  // on to one edition, so the entry page itself is audited.
  // Without the pages' Content-Security-Policy, which would block axe and the control page's markup.
  page = await browser().newPage({ locale: 'fr-FR', bypassCSP: true });
});

describe('axe finds no WCAG 2.x A or AA violation', () => {
  test('a control page with a missing alt text and faint text fails', async () => {
    await page.goto(site().url('/404.html'));
    await page.evaluate(() => {
      document
        .querySelector('main')
        ?.insertAdjacentHTML('beforeend', '<img src="/favicon.svg"><p style="color:#ccc;background:#fff">faint</p>');
    });
    const found = (await audit(page)).join('\n');
    expect(found).toMatch(/^image-alt/m);
    expect(found).toMatch(/^color-contrast/m);
  });

  test.each(pages)(
    '%s, light and dark, 320 px and desktop, with a hover card open',
    async (path) => {
      const found: string[] = [];
      for (const width of widths) {
        // Loaded at each width, as a reader's window has it from the start; the scheme then switches
        // live, as when a reader's system changes it.
        await page.setViewportSize({ width, height: 800 });
        await page.goto(site().url(path));
        expect(new URL(page.url()).pathname).toBe(href(path));
        await withoutCardDelays(page);
        for (const colorScheme of schemes) {
          const at = `[${colorScheme}, ${width} px]`;
          await page.emulateMedia({ colorScheme });
          found.push(...(await audit(page)).map((v) => `${at} ${v}`));

          // A card opened the way a reader opens it, by hovering its marker; the rest of the page is
          // unchanged and was audited above. Escape closes it again for the next scheme.
          const marker = page.locator('a[data-term-ref]').first();
          if ((await marker.count()) === 0) continue;
          await marker.scrollIntoViewIfNeeded();
          await marker.hover();
          await page.locator('[popover]:popover-open').waitFor();
          found.push(...(await audit(page, '[popover]:popover-open')).map((v) => `${at} [card open] ${v}`));
          await page.keyboard.press('Escape');
          await page.mouse.move(0, 0);
          await page.locator('[popover]:popover-open').waitFor({ state: 'detached' });
        }
      }
      expect(found).toEqual([]);
    },
    180_000,
  );
});

describe('links in running text', () => {
  // WCAG 1.4.1: the accent is not 3:1 against the text's colour, so colour alone would not tell a
  // link from the words around it. axe reports that case only as one to review, never as a failure.
  // Links that stand alone are left out: the backlinks' arrows, the ⇄ links, the entry page's choices.
  test.each(pages)('are underlined on %s, the glossary markers dotted', async (path) => {
    // The pointer off every link: a hovered marker's underline turns solid.
    await page.mouse.move(0, 0);
    await page.goto(site().url(path));
    const links = page.locator(
      'main :is(p, li, dt, dd, address) a[href]:not(.backlinks a, .parallel-link, .edition-link, .language-choice-link)',
    );
    const wrong = await links.evaluateAll((all) =>
      all.flatMap((a) => {
        const { textDecorationLine: line, textDecorationStyle: style } = getComputedStyle(a);
        const wanted = a.matches('.term-ref') ? 'underline dotted' : 'underline solid';
        return `${line} ${style}` === wanted
          ? []
          : [`"${a.textContent.trim().slice(0, 30)}": ${line} ${style}, not ${wanted}`];
      }),
    );
    expect(wrong).toEqual([]);
    if (/\/(ja|en)\/$/.test(path)) expect(await links.count()).toBeGreaterThan(20);
  });
});

/** Where one press of Tab put the focus. */
interface Stop {
  /** Position of the element in document order, to compare with the expected order. */
  index: number;
  label: string;
  /** Id of the hover card the element sits in, if any; for a card drawn in a shadow tree (the embed
   * script's), the name of its host element. */
  card: string | undefined;
  shadow: boolean;
  /** Id of the card a glossary marker opens, if the element is one. */
  opens: string | undefined;
  link: boolean;
  /** Why the focus indicator is not visible, if it is not. */
  invisible: string | undefined;
}

/** Everything a keyboard user must reach, in document order, outside the hover cards. */
function expectedStops(): Promise<Array<Pick<Stop, 'index' | 'label'>>> {
  return page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    // A link taken out of the tab order (a block's ⇄, for pointing devices; its section's is in it) is not expected.
    const focusable =
      'a[href]:not([tabindex="-1"]), button:not([disabled]), input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll<HTMLElement>(focusable)]
      .filter((element) => !element.closest('[popover], [hidden], [inert]') && element.checkVisibility())
      .map((element) => ({
        index: all.indexOf(element),
        label: `${element.localName} "${element.textContent.trim().slice(0, 30)}"`,
      }));
  });
}

/** Presses Tab and describes where the focus went, or returns undefined when it left the page. */
async function tab(): Promise<Stop | undefined> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    let element = document.activeElement as HTMLElement | null;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement as HTMLElement;
    if (!element || element === document.body) return undefined;
    const root = element.getRootNode();
    const host = root instanceof ShadowRoot ? root.host : undefined;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const reasons = [
      !element.matches(':focus-visible') && 'not :focus-visible',
      (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) &&
        `outline ${style.outlineStyle} ${style.outlineWidth}`,
      /rgba\(.*, 0\)|transparent/.test(style.outlineColor) && 'transparent outline',
      (box.width < 1 || box.height < 1) && 'no size',
      (box.bottom < 0 || box.top > innerHeight || box.right < 0 || box.left > innerWidth) && 'outside the viewport',
    ].filter(Boolean);
    return {
      index: [...document.querySelectorAll('*')].indexOf(element),
      label: `${element.localName} "${element.textContent.trim().slice(0, 30)}"`,
      card: host ? host.localName : element.closest('[popover]')?.id,
      shadow: Boolean(host),
      opens: element.dataset['termRef'],
      link: element.matches('a[href]'),
      invisible: reasons.length ? reasons.join(', ') : undefined,
    };
  });
}

describe('a keyboard-only reader', () => {
  test.each(pages)(
    'reaches every link and marker of %s in reading order, always seeing the focus',
    async (path) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site().url(path));
      const expected = await expectedStops();
      expect(expected.length).toBeGreaterThan(0);

      const stops: Stop[] = [];
      for (let i = 0; i < expected.length * 4 + 10; i++) {
        const stop = await tab();
        if (!stop || stop.index === stops[0]?.index) break;
        stops.push(stop);
      }

      const outsideCards = stops.filter((s) => !s.card);
      expect(outsideCards.map((s) => s.label)).toEqual(expected.map((s) => s.label));
      expect(outsideCards.map((s) => s.index)).toEqual(expected.map((s) => s.index));
      // A card's links come right after the marker that opened it, before the text goes on. A card
      // drawn by the embed script in a shadow tree follows the link it explains.
      stops.forEach((stop, i) => {
        const before = stops[i - 1];
        if (!stop.card || !before) return;
        const follows = before.card === stop.card || before.opens === stop.card || (stop.shadow && before.link);
        expect(follows, `${stop.label} in ${stop.card}, after ${before.label}`).toBe(true);
      });
      expect(stops.filter((s) => s.invisible).map((s) => `${s.label}: ${s.invisible}`)).toEqual([]);
    },
    120_000,
  );
});
