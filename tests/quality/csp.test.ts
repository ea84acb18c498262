import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, watchedTab } from '../support/browser';
import { headersFor, readHeaders } from '../support/headers';
import { builtPages, distDir, loadPage, serveSite, type SiteServer } from '../support/site';

const rules = readHeaders(distDir);
const policy = headersFor(rules, '/')['content-security-policy'] ?? '';
const directive = (name: string) => policy.split(';').map((d) => d.trim().split(/\s+/)).find(([n]) => n === name)?.slice(1);

describe('the _headers file', () => {
  test('gives every page a Content-Security-Policy that allows only the site\'s own script files', () => {
    for (const path of builtPages()) expect(headersFor(rules, path)['content-security-policy'], path).toBe(policy);
    expect(directive('script-src')).toEqual(["'self'"]);
    expect(directive('style-src')).toEqual(["'self'"]);
    expect(directive('object-src')).toEqual(["'none'"]);
    expect(directive('default-src')).toEqual(["'self'"]);
  });

  test('stops content sniffing and cross-origin referrers on every page', () => {
    for (const path of builtPages()) {
      expect(headersFor(rules, path)['x-content-type-options'], path).toBe('nosniff');
      expect(headersFor(rules, path)['referrer-policy'], path).toMatch(/^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/);
    }
  });

  test('lets browsers keep the files whose names carry a hash for a year, and nothing else', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((file) => `/${file.split(sep).join('/')}`);
    const cached = (path: string) => /max-age=31536000.*immutable/.test(headersFor(rules, path)['cache-control'] ?? '');
    const hashed = files.filter((path) => /^\/_astro\/.+\.[\w-]{8}\.(js|css)$/.test(path));
    expect(hashed.length).toBeGreaterThan(0);
    expect(hashed.filter((path) => !cached(path))).toEqual([]);
    expect(files.filter((path) => !hashed.includes(path) && cached(path))).toEqual([]);
  });
});

describe.each(builtPages())('%s as built', (path) => {
  const document = loadPage(path);

  test('has no inline script: every script is a file or a data block', () => {
    const inline = [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(inline.map((s) => s.outerHTML.slice(0, 120))).toEqual([]);
  });

  test('has no inline style: no <style> element, no style attribute', () => {
    expect([...document.querySelectorAll('style, [style]')].map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
  });
});

describe('in Chromium, served with the _headers file', () => {
  let browser: Browser;
  let server: SiteServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveSite({ headers: true })]);
  });
  afterAll(async () => Promise.all([browser?.close(), server?.close()]));

  /** A page whose CSP violations and uncaught errors, in every document it visits, land in `problems`. */
  const open = (options: BrowserContextOptions = {}) => watchedTab(browser, options);

  describe('every page', () => {
    // One tab loads them all in turn, as a new tab costs a renderer process.
    let reader: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      // A reader whose language the site lacks stays on the entry page rather than being sent on.
      reader = await open({ locale: 'fr-FR' });
    });
    afterAll(() => reader.page.context().close());

    test.each(builtPages())('%s loads under the policy without a violation', async (path) => {
      const { page, problems } = reader;
      problems.length = 0;
      const response = await page.goto(server.url(path), { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toBe(policy);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      // The 404 page is served with status 404, which Chromium reports as a console error.
      expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    });
  });

  test('the entry page still sends a reader to the edition in their language', async () => {
    const { page, problems } = await open({ locale: 'en-GB' });
    await page.goto(server.url('/'));
    await page.waitForURL(server.url('/en/'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a tap on a glossary marker still opens its card instead of leaving the place', async () => {
    const { page, problems } = await open({ hasTouch: true });
    await page.goto(server.url('/en/'));
    const marker = page.locator('a[data-term-ref]').first();
    const card = page.locator(`#${await marker.getAttribute('interestfor')}`);
    await marker.tap();
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open')), { timeout: 5_000 }).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the language switch still keeps the reader\'s place', async () => {
    const { page, problems } = await open();
    await page.goto(server.url('/en/#study-2'));
    await page.locator('a[data-language-switch]').click();
    await page.waitForURL(server.url('/ja/#study-2'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
