import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { watchRequests, type RequestWatch } from '../../bench/measure';
import { closeAll, launchBrowser } from '../support/browser';
import { builtPages, distDir, loadPage, representativePages, serveSite, type SiteServer } from '../support/site';

let browser: Browser;
let server: SiteServer;
let context: BrowserContext;
/** One tab for every page, as a new tab costs a renderer process; its cache is off, so that each page asks for all it loads. */
let page: Page;
/** Every URL the browser asked for, by the page being loaded at the time. */
let requested: string[] = [];
let requests: RequestWatch;

/**
 * Waits until the page has asked for everything its current state loads: two frames, so that the
 * layout after the last action (a scroll, a card opened) has started any lazy load, then until
 * every request asked for is answered.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await requests.idle();
}

beforeAll(async () => {
  browser = await launchBrowser();
  // Without the site's Content-Security-Policy (its header, and its meta tag bypassed), which would
  // block a request to another origin before the browser reports it: this test must see every
  // request the pages attempt.
  server = await serveSite();
  context = await browser.newContext({ bypassCSP: true });
  requests = watchRequests(context, (request) => requested.push(request.url()));
  // Nothing may leave the machine, even while the test fails: answer other origins here.
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.fulfill({ status: 204 }),
  );
  page = await context.newPage();
  await (await context.newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true });
});

afterAll(() => closeAll(browser, server));

describe('loading a page requests nothing from another origin', () => {
  test('a control page that embeds an image from another origin is caught', async () => {
    requested = [];
    await page.goto(server.url('/404.html'));
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img src="https://third.example/pixel.png">'),
    );
    await settled(page);
    expect(requested).toContain('https://third.example/pixel.png');
  });

  // A page of each kind: the static check below reads every page.
  test.each(representativePages())('%s, scrolled to the end, with a hover card open', async (path) => {
    // The pointer parked where no marker can be once the page loads.
    await page.mouse.move(0, 0);
    requested = [];
    await page.goto(server.url(path));
    await settled(page);
    // Lazy images and fonts load only when their text comes into view.
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await settled(page);
    const marker = page.locator('a[data-term-ref]').first();
    if (await marker.count()) {
      await marker.scrollIntoViewIfNeeded();
      await marker.hover();
      await page.locator('[popover]:popover-open').waitFor();
    }
    await settled(page);

    // At least the page itself, or nothing was recorded.
    expect(requested).toContain(server.url(path));
    expect(requested.filter((url) => !url.startsWith(server.url('/')) && !url.startsWith('data:'))).toEqual([]);
  });
});

/** Elements whose URL the browser loads by itself, as opposed to links a reader may follow. */
const resources =
  'script[src], link[href]:not([rel~="canonical"], [rel~="alternate"]), img, source, iframe, video, audio, track, embed, object, input[type="image"]';

describe('no built file names a resource on another origin', () => {
  // The browser test above sees what a page loads at one width and in one state; this also covers
  // what loads only for print, other widths or other schemes.
  test.each(builtPages())('%s', (path) => {
    const foreign = [...loadPage(path).querySelectorAll(resources)]
      .flatMap((element) => ['src', 'href', 'srcset', 'data', 'poster'].map((name) => element.getAttribute(name) ?? ''))
      .flatMap((value) => value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''))
      .filter((url) => /^(https?:)?\/\//.test(url));
    expect(foreign).toEqual([]);
  });

  test('stylesheets', () => {
    const sheets = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css'));
    expect(sheets.length).toBeGreaterThan(0);
    const foreign = sheets.flatMap((file) =>
      [
        ...readFileSync(join(distDir, file), 'utf8').matchAll(
          /(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/g,
        ),
      ].map((m) => `${file}: ${m[1]}`),
    );
    expect(foreign).toEqual([]);
  });
});
