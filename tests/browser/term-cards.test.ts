import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { languages, type Lang } from '../../src/site/languages';
import { keptTabs, sharedTab, withoutCardDelays } from '../support/browser';
import { representatives } from '../support/pages';

/*
 * The glossary markers (※1–※5) and their hover cards, in headless Chromium, in both languages.
 *
 * Chromium supports interest invokers (`interestfor`), so hover, focus and Escape are the browser's
 * own; the same tests run again with interest invokers hidden from the page script, which then
 * takes over with its fallback (`fallback: true`). The fallback's hover delays are its own timers,
 * so its test runs them on Playwright's clock, not on the machine's. Keyboard: while a card is open, Tab from its
 * marker enters the card (its link, then its close button) and then goes on with the text after
 * the marker, as HTML does for a popover and its invoker; Escape first, and Tab goes straight on.
 * Tests that open card after card open the first, the last and the longest (tests/pages/term-cards.test.ts
 * checks every card as built), so that the file does not grow with the glossary.
 */

const { browser, site } = sharedTab();
/** A tab for each kind of reader: script fallback, touch, no JavaScript. */
const tabs = keptTabs();
afterAll(() => tabs.close());

interface Options extends Pick<BrowserContextOptions, 'hasTouch' | 'isMobile' | 'javaScriptEnabled'> {
  viewport?: { width: number; height: number };
  /** Hide interest invokers from the page, so that the script's fallback runs. */
  fallback?: boolean;
  /** Give the page Playwright's clock, so that the test can run the page's timers itself. */
  clock?: boolean;
}

/**
 * The article in one language, loaded afresh, fonts ready, in the tab kept for this kind of reader.
 * Loading the page again resets its cards, focus, scroll and timers; the pointer is parked first,
 * where no marker can be.
 */
async function article(
  lang: Lang,
  { fallback = false, clock = false, viewport = { width: 1024, height: 768 }, ...options }: Options = {},
): Promise<Page> {
  const { page } = await tabs.get(JSON.stringify({ fallback, clock, ...options }), async () => {
    // The pages' policy bypassed, for the inline style of withoutCardDelays.
    const context = await browser().newContext({ viewport, reducedMotion: 'reduce', bypassCSP: true, ...options });
    if (fallback)
      await context.addInitScript(() => Reflect.deleteProperty(HTMLAnchorElement.prototype, 'interestForElement'));
    if (clock) await context.clock.install();
    return { page: await context.newPage() };
  });
  await page.mouse.move(0, 0);
  await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await page.goto(site().url(`/${lang}/`));
  if (options.javaScriptEnabled !== false) await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

function markers(page: Page): Locator {
  return page.locator('a[data-term-ref]');
}

/** The first and the last marker, and the one whose card is longest. */
async function representativeMarkers(page: Page): Promise<Locator[]> {
  const lengths = await markers(page).evaluateAll((all) =>
    all.map((marker) => document.getElementById(marker.getAttribute('data-term-ref') ?? '')?.textContent.length ?? 0),
  );
  return representatives([...lengths.keys()], (i) => lengths[i] ?? 0).map((i) => markers(page).nth(i));
}

async function cardOf(marker: Locator): Promise<Locator> {
  const id = await marker.getAttribute('href');
  return marker.page().locator(`#card-${id?.slice(1)}`);
}

function openCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.term-card')].filter((card) => card.matches(':popover-open')).map((card) => card.id),
  );
}

async function expectOpen(page: Page, card: Locator | undefined): Promise<void> {
  const id = card ? await card.getAttribute('id') : undefined;
  await expect.poll(() => openCards(page), { timeout: 3000 }).toEqual(id ? [id] : []);
}

async function bringIntoView(marker: Locator): Promise<void> {
  await marker.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'nearest' }));
}

/** A point on an element, centred across it: in its middle, or `fromTop` pixels below its top (a card's first line). */
async function pointOn(locator: Locator, fromTop?: number): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('The element has no box.');
  return { x: box.x + box.width / 2, y: box.y + (fromTop ?? box.height / 2) };
}

/**
 * Records in the page when each card starts to open or close and when the mouse enters or leaves
 * a marker or a card, with the events' own clocks, so that delays are measured in the page.
 */
async function recordTimings(page: Page): Promise<() => Promise<Array<{ what: string; id: string; at: number }>>> {
  await page.evaluate(() => {
    const log: Array<{ what: string; id: string; at: number }> = [];
    Object.assign(window, { termCardLog: log });
    for (const element of document.querySelectorAll<HTMLElement>('.term-card, a[data-term-ref]')) {
      const id = element.id || `card-${element.getAttribute('href')?.slice(1)}`;
      element.addEventListener('beforetoggle', (event) => log.push({ what: event.newState, id, at: event.timeStamp }));
      element.addEventListener('pointerenter', (event) =>
        log.push({ what: `enter ${element.localName}`, id, at: event.timeStamp }),
      );
      element.addEventListener('pointerleave', (event) =>
        log.push({ what: `leave ${element.localName}`, id, at: event.timeStamp }),
      );
    }
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { termCardLog: Array<{ what: string; id: string; at: number }> }).termCardLog,
    );
}

/** A point in the viewport over nothing a tap or a hover acts on: no link, no card, no button. */
async function emptyPoint(page: Page): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(() => {
    for (let y = 20; y < innerHeight - 20; y += 16) {
      for (const x of [4, innerWidth - 4, innerWidth / 2]) {
        const element = document.elementFromPoint(x, y);
        if (element && !element.closest('a, button, [popover], header, label')) return { x, y };
      }
    }
    return undefined;
  });
  if (!point) throw new Error('No empty point in the viewport.');
  return point;
}

function insideViewport(locator: Locator): Promise<{ inside: boolean; box: string }> {
  return locator.evaluate((element) => {
    const r = element.getBoundingClientRect();
    const inside = r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight && r.width > 0;
    return {
      inside,
      box: `${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${innerWidth}×${innerHeight}`,
    };
  });
}

async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [p, q] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!p || !q) return false;
  return p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
}

/** The element that has focus, described: its id, or its card and class. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const card = element.closest('.term-card');
    if (card) return `${card.id} ${element.localName}`;
    return element.matches('a[data-term-ref]') ? `marker ${element.getAttribute('href')}` : element.localName;
  });
}

/*
 * What a card does (keyboard, pointer, touch, no script, schemes, print) is one script and one
 * stylesheet in both languages: tried on the original's article. Where a card sits and what a
 * marker is named depend on the text: tried in both.
 */
describe('ja', () => {
  const lang: Lang = 'ja';
  const t = useTranslations(lang);

  describe.each([
    ['with interest invokers', false],
    ["with the script's fallback", true],
  ])('%s', (_, fallback) => {
    test('keyboard: focus opens the card, Escape closes it and leaves the focus on the marker, Tab goes on through the text and through an open card', async () => {
      const page = await article(lang, { fallback });
      const [first, second, third] = [0, 1, 2].map((i) => markers(page).nth(i));
      if (!first || !second || !third) throw new Error('Fewer than three markers.');
      const [card1, card2] = await Promise.all([cardOf(first), cardOf(second)]);

      await first.focus();
      await expectOpen(page, card1);
      await page.keyboard.press('Escape');
      await expectOpen(page, undefined);
      expect(await focused(page)).toBe(`marker ${await first.getAttribute('href')}`);
      await page.waitForTimeout(600);
      await expectOpen(page, undefined);

      // Closed: Tab goes on to the next marker in the text, which opens its own card.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`marker ${await second.getAttribute('href')}`);
      await expectOpen(page, card2);

      // Open: Tab reaches the card's links (to the glossary, to the term in the other language) and
      // close button, then the text goes on.
      const card2Id = await card2.getAttribute('id');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`${card2Id} a`);
      await expectOpen(page, card2);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`${card2Id} a`);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`${card2Id} button`);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`marker ${await third.getAttribute('href')}`);
      await expectOpen(page, await cardOf(third));

      const card3Id = await (await cardOf(third)).getAttribute('id');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe(`${card3Id} a`);
      await page.keyboard.press('Escape');
      await expectOpen(page, undefined);
      expect(await focused(page)).toBe(`marker ${await third.getAttribute('href')}`);
    });

    test('one card at a time, whether opened by hover or by focus', async () => {
      const page = await article(lang, { fallback });
      const [first, second, third] = [0, 1, 2].map((i) => markers(page).nth(i));
      if (!first || !second || !third) throw new Error('Fewer than three markers.');
      await bringIntoView(first);
      await first.hover();
      await expectOpen(page, await cardOf(first));
      await second.hover();
      await expectOpen(page, await cardOf(second));
      await third.focus();
      await expectOpen(page, await cardOf(third));
    });
  });

  test('hover, with interest invokers: the card opens after an intent delay, stays while the pointer is on it, and closes a grace period after the pointer leaves both', async () => {
    const page = await article(lang);
    const marker = markers(page).first();
    const card = await cardOf(marker);
    const cardId = (await card.getAttribute('id')) ?? '';
    await bringIntoView(marker);
    const timings = await recordTimings(page);
    expect(await marker.getAttribute('interestfor')).toBe(cardId);

    const start = await pointOn(marker);
    await page.mouse.move(start.x, start.y);
    await expectOpen(page, card);
    const opened = (await timings()).filter((e) => e.id === cardId);
    const entered = opened.find((e) => e.what === 'enter a')?.at ?? NaN;
    const shown = opened.find((e) => e.what === 'open')?.at ?? NaN;
    // Not on a mere pass over the marker: about 200 ms of hovering first. The browser keeps these
    // delays itself, so they are measured with the events' own clocks; only the lower bound is
    // asserted, since a loaded machine fires timers late but never early.
    expect(shown - entered).toBeGreaterThanOrEqual(150);

    // Straight onto the card, in one move, and a rest there longer than the grace period.
    const inCard = await pointOn(card, 12);
    await page.mouse.move(inCard.x, inCard.y);
    await page.waitForTimeout(800);
    await expectOpen(page, card);

    const away = await emptyPoint(page);
    await page.mouse.move(away.x, away.y);
    await expectOpen(page, undefined);
    const log = (await timings()).filter((e) => e.id === cardId);
    const left = log.findLast((e) => e.what === 'leave div')?.at ?? NaN;
    const closed = log.findLast((e) => e.what === 'closed')?.at ?? NaN;
    // A grace period (about 300 ms), so that a pointer overshooting the card does not close it.
    expect(closed - left).toBeGreaterThanOrEqual(200);
  });

  test("hover, with the script's fallback: the same delays, on the page's own clock", async () => {
    const page = await article(lang, { fallback: true, clock: true });
    const marker = markers(page).first();
    const card = await cardOf(marker);
    await bringIntoView(marker);
    // The script has taken the markers' interest over from the browser.
    expect(await marker.getAttribute('interestfor')).toBeNull();
    // Time in the page moves only when the test says so, however loaded the machine is.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
    const move = ({ x, y }: { x: number; y: number }) => page.mouse.move(x, y);

    await move(await pointOn(marker));
    await page.clock.runFor(150);
    await expectOpen(page, undefined);
    await page.clock.runFor(60);
    await expectOpen(page, card);

    // Off both, and back onto the card within the grace period: it stays, for as long as the
    // pointer rests on it.
    const away = await emptyPoint(page);
    await move(away);
    await page.clock.runFor(250);
    await expectOpen(page, card);
    await move(await pointOn(card, 12));
    await page.clock.runFor(2000);
    await expectOpen(page, card);

    // Off both for longer than the grace period: it closes.
    await move(away);
    await page.clock.runFor(250);
    await expectOpen(page, card);
    await page.clock.runFor(60);
    await expectOpen(page, undefined);
  });

  test('touch: a tap opens the card without leaving the place; a tap outside or the close button closes it; its link leads to the glossary entry', async () => {
    const page = await article(lang, { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const [marker, other] = [markers(page).first(), markers(page).nth(1)];
    const card = await cardOf(marker);
    await bringIntoView(marker);
    const scrolled = await page.evaluate(() => scrollY);

    await marker.tap();
    await expectOpen(page, card);
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
    expect(await insideViewport(card)).toMatchObject({ inside: true });

    const outside = await emptyPoint(page);
    await page.touchscreen.tap(outside.x, outside.y);
    await expectOpen(page, undefined);

    await marker.tap();
    await expectOpen(page, card);
    await card.locator('button').tap();
    await expectOpen(page, undefined);

    // A second tap on the marker closes its card; a tap on another marker swaps the cards.
    await marker.tap();
    await expectOpen(page, card);
    await marker.tap();
    await expectOpen(page, undefined);
    await marker.tap();
    await bringIntoView(other);
    await other.tap();
    await expectOpen(page, await cardOf(other));
    await other.tap();
    await expectOpen(page, undefined);

    await marker.tap();
    await expectOpen(page, card);
    const href = (await marker.getAttribute('href')) ?? '';
    await card.getByRole('link', { name: t('term.more') }).tap();
    await expect.poll(() => new URL(page.url()).hash).toBe(href);
    await expectOpen(page, undefined);
    expect(await insideViewport(page.locator(href))).toMatchObject({ inside: true });
  });

  test('without JavaScript, a marker links to its glossary entry and hovering it still opens its card', async () => {
    const page = await article(lang, { javaScriptEnabled: false });
    const marker = markers(page).first();
    const href = (await marker.getAttribute('href')) ?? '';
    const card = await cardOf(marker);
    await bringIntoView(marker);
    await marker.hover();
    await expect.poll(() => card.isVisible(), { timeout: 3000 }).toBe(true);

    await page.mouse.move(0, 0);
    await expect.poll(() => card.isVisible(), { timeout: 3000 }).toBe(false);
    await marker.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(href);
    expect(await insideViewport(page.locator(href))).toMatchObject({ inside: true });
  });

  // axe audits every page with a card open, in both schemes: tests/quality/accessibility.test.ts.
  test.each(['light', 'dark'] as const)('an open card follows the %s colour scheme', async (colorScheme) => {
    const page = await article(lang);
    await page.emulateMedia({ colorScheme });
    const marker = markers(page).first();
    await bringIntoView(marker);
    await marker.hover();
    const card = await cardOf(marker);
    await expectOpen(page, card);

    const [background, text] = await card.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color];
    });
    const lightness = (colour: string) => {
      const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    };
    if (colorScheme === 'light') expect([lightness(background) > 0.9, lightness(text) < 0.2]).toEqual([true, true]);
    else expect([lightness(background) < 0.2, lightness(text) > 0.8]).toEqual([true, true]);
  });

  test('in print no card shows and the markers stay', async () => {
    const page = await article(lang);
    const marker = markers(page).first();
    await bringIntoView(marker);
    await marker.hover();
    await expectOpen(page, await cardOf(marker));
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('.term-card')
        .evaluateAll((cards) => cards.filter((card) => card.checkVisibility()).map((card) => card.id)),
    ).toEqual([]);
    const visible = await markers(page).evaluateAll((all) =>
      all.map((m) => m.checkVisibility() && /^※\d+$/.test(m.textContent)),
    );
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every(Boolean)).toBe(true);
  });
});

describe.each(languages)('%s', (lang) => {
  const t = useTranslations(lang);

  test('a card stays inside a 320 px viewport, beside its marker', async () => {
    const page = await article(lang, { viewport: { width: 320, height: 640 } });
    await withoutCardDelays(page);
    for (const marker of await representativeMarkers(page)) {
      for (const block of ['start', 'center', 'end'] as const) {
        await page.mouse.move(0, 0);
        await expectOpen(page, undefined);
        await marker.evaluate((element, block) => element.scrollIntoView({ block }), block);
        await marker.hover();
        const card = await cardOf(marker);
        await expectOpen(page, card);
        const where = `${await marker.textContent()} scrolled to the ${block}`;
        expect(await insideViewport(card), where).toMatchObject({ inside: true });
        expect(await overlap(card, marker), where).toBe(false);
      }
    }
  });

  test('a card opened from a marker at the right edge of the line stays inside the viewport', async () => {
    const page = await article(lang, { viewport: { width: 320, height: 640 } });
    await withoutCardDelays(page);
    // Find a narrow viewport in which a marker ends a line, within 40 px of the right edge.
    let atEdge: Locator | undefined;
    for (let width = 320; width <= 480 && !atEdge; width += 4) {
      await page.setViewportSize({ width, height: 640 });
      const index = await page.evaluate(() =>
        [...document.querySelectorAll('a[data-term-ref]')].findIndex(
          (marker) => innerWidth - marker.getBoundingClientRect().right < 40,
        ),
      );
      if (index >= 0) atEdge = markers(page).nth(index);
    }
    if (!atEdge) throw new Error('No viewport from 320 to 480 px puts a marker at the end of a line.');
    await bringIntoView(atEdge);
    await atEdge.hover();
    const card = await cardOf(atEdge);
    await expectOpen(page, card);
    expect(await insideViewport(card)).toMatchObject({ inside: true });
  });

  test('opening a card moves nothing on the page', async () => {
    const page = await article(lang);
    await withoutCardDelays(page);
    await page.evaluate(() => {
      const shifts: string[] = [];
      Object.assign(window, { layoutShifts: shifts });
      type Shift = PerformanceEntry & { value: number; sources: Array<{ node?: Node }> };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Shift[])
          shifts.push(
            `${entry.value.toFixed(4)} ${entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML.slice(0, 60)).join(', ')}`,
          );
      }).observe({ type: 'layout-shift' });
    });
    /** Boxes of the markers and their paragraphs, in page coordinates. */
    const layout = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('a[data-term-ref]')].flatMap((marker) =>
          [marker, marker.closest('[id]')].map((element) => {
            const r = element?.getBoundingClientRect();
            return r ? [r.left + scrollX, r.top + scrollY, r.width, r.height].map(Math.round).join() : 'none';
          }),
        ),
      );
    const shifts = () => page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts.splice(0));
    const before = await layout();
    for (const [i, marker] of (await representativeMarkers(page)).entries()) {
      // Every card closed before the page scrolls: an open card follows its marker, which is no shift of the page.
      await page.mouse.move(0, 0);
      await page.keyboard.press('Escape');
      await expectOpen(page, undefined);
      await bringIntoView(marker);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await shifts();
      await marker.hover();
      await expectOpen(page, await cardOf(marker));
      await marker.focus();
      await page.evaluate(() => new Promise(requestAnimationFrame));
      expect(await shifts(), `opening card ${await marker.textContent()} (${i + 1})`).toEqual([]);
    }
    expect(await layout()).toEqual(before);
  });

  test('the marker names its term and says a definition is available; the definition is neither read nor copied with the sentence', async () => {
    const page = await article(lang);
    const entries = await page.locator('.glossary-entry').evaluateAll((elements) =>
      elements.map((entry) => ({
        id: entry.id,
        term:
          entry
            .querySelector('dt')
            ?.textContent.replace(/^\s*※\d+\s*/, '')
            .trim() ?? '',
        definition: entry.querySelector('dd p')?.textContent.trim() ?? '',
      })),
    );
    expect(entries.length).toBeGreaterThan(0);
    const marker = markers(page).first();
    const href = (await marker.getAttribute('href')) ?? '';
    const index = entries.findIndex((entry) => `#${entry.id}` === href);
    const entry = entries[index];
    if (!entry) throw new Error(`No glossary entry for ${href}.`);

    const name = await marker.evaluate((element) => element.getAttribute('aria-label') ?? '');
    expect(name.startsWith(`※${index + 1}`)).toBe(true);
    expect(name).toContain(entry.term);
    expect(name).toContain(t('glossary.title'));
    await expect.poll(() => page.getByRole('link', { name, exact: true }).count()).toBe(1);

    const paragraph = marker.locator('xpath=ancestor::*[@id][1]');
    const snapshotClosed = await paragraph.ariaSnapshot();
    await bringIntoView(marker);
    await marker.hover();
    const card = await cardOf(marker);
    await expectOpen(page, card);

    // The card is not part of the sentence: not in the paragraph's text or accessibility tree,
    // not in a selection of it. It is exposed as the marker's details while open.
    for (const snapshot of [snapshotClosed, await paragraph.ariaSnapshot()])
      expect(snapshot).not.toContain(entry.definition.slice(0, 20));
    expect(await paragraph.textContent()).not.toContain(entry.definition.slice(0, 20));
    const copied = await paragraph.evaluate((element) => {
      const selection = getSelection();
      const range = document.createRange();
      range.selectNodeContents(element);
      selection?.removeAllRanges();
      selection?.addRange(range);
      return selection?.toString() ?? '';
    });
    expect(copied).toContain(`※${index + 1}`);
    expect(copied).not.toContain(entry.definition.slice(0, 20));

    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'a[data-term-ref]' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const details = nodes[0]?.properties?.find((p) => p.name === 'details')?.value.relatedNodes?.map((n) => n.idref);
    expect(details).toEqual([await card.getAttribute('id')]);
    expect(
      await page.getByRole('dialog', { name: new RegExp(entry.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).count(),
    ).toBe(1);
  });
});
