import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';
import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { contentSecurityPolicy, headerOnlyDirectives } from '../../src/integrations/host-headers';
import { sharedTab, watchedTab } from '../support/browser';
import { headersFor, readHeaders } from '../support/headers';
import { builtPages, distDir, href, loadPage, representativePages } from '../support/site';

const rules = readHeaders(distDir);
const policy = headersFor(rules, href('/'))['content-security-policy'] ?? '';

function directivesOf(text: string): Map<string, string[]> {
  const parsed = text
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter(([name]) => name);
  return new Map(parsed.map(([name = '', ...sources]) => [name, sources]));
}
/** The policy in a built page's `<meta http-equiv>`, by directive. */
const metaPolicyOf = (document: Document) =>
  directivesOf(document.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? '');
/** The hash sources of a page's inline styles. */
const ownHashes = (document: Document) => [
  ...new Set(
    [...document.querySelectorAll('style')].map(
      (style) => `'sha256-${createHash('sha256').update(style.textContent).digest('base64')}'`,
    ),
  ),
];

describe('the _headers file', () => {
  test('gives every page the part of its Content-Security-Policy that a meta policy cannot carry, and only that', () => {
    for (const path of builtPages())
      expect(headersFor(rules, href(path))['content-security-policy'], path).toBe(policy);
    expect([...directivesOf(policy).keys()]).toEqual(['frame-ancestors']);
    expect(directivesOf(policy).get('frame-ancestors')).toEqual(["'self'"]);
  });

  test('stops content sniffing and cross-origin referrers on every page', () => {
    for (const path of builtPages()) {
      expect(headersFor(rules, href(path))['x-content-type-options'], path).toBe('nosniff');
      expect(headersFor(rules, href(path))['referrer-policy'], path).toMatch(
        /^(no-referrer|same-origin|strict-origin(-when-cross-origin)?)$/,
      );
    }
  });

  test('lets browsers keep the files whose names carry a hash for a year, and nothing else', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((file) =>
      href(file.split(sep).join('/')),
    );
    const cached = (path: string) => /max-age=31536000.*immutable/.test(headersFor(rules, path)['cache-control'] ?? '');
    const hashed = files.filter(
      (path) =>
        (path.startsWith(href('_astro/')) || path.startsWith(href('styles/'))) && /\.[\w-]{8}\.(js|css)$/.test(path),
    );
    expect(hashed.filter((path) => path.startsWith(href('styles/')))).not.toEqual([]);
    expect(hashed.length).toBeGreaterThan(1);
    expect(hashed.filter((path) => !cached(path))).toEqual([]);
    expect(files.filter((path) => !hashed.includes(path) && cached(path))).toEqual([]);
  });

  test('gives its rules under the base path the site is built for, and none outside it', () => {
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.map((rule) => rule.pattern).filter((pattern) => !pattern.startsWith(href('')))).toEqual([]);
    expect(headersFor(rules, '/glossary.json')).toEqual({});
  });
});

describe.each(builtPages())('%s as built', (path) => {
  const document = loadPage(path);

  test('has no inline script: every script is a file or a data block', () => {
    const inline = [...document.querySelectorAll('script:not([src])')].filter(
      (s) => s.getAttribute('type') !== 'application/ld+json',
    );
    expect(inline.map((s) => s.outerHTML.slice(0, 120))).toEqual([]);
  });

  test('has no style attribute, and only inline styles whose hashes its policy names', () => {
    expect([...document.querySelectorAll('[style]')].map((el) => el.outerHTML.slice(0, 120))).toEqual([]);
    expect(ownHashes(document).filter((hash) => !metaPolicyOf(document).get('style-src')?.includes(hash))).toEqual([]);
  });

  // For hosts that send no headers (GitHub Pages): the policy in the page itself, before any
  // script or stylesheet, as a meta policy covers only what follows it.
  test("carries in a <meta http-equiv> all of the policy that a meta policy can carry, its own styles' hashes in it, before any script or stylesheet", () => {
    const metas = [...document.querySelectorAll('meta[http-equiv="content-security-policy" i]')];
    expect(metas).toHaveLength(1);
    const meta = metaPolicyOf(document);
    const carried = contentSecurityPolicy.map(([name]) => name).filter((name) => !headerOnlyDirectives.includes(name));
    expect([...meta.keys()].sort()).toEqual(carried.sort());
    // The site's own files, and its own inline styles by their hashes: never 'unsafe-inline'.
    expect(meta.get('default-src')).toEqual(["'self'"]);
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(meta.get('style-src')).toEqual(["'self'", ...ownHashes(document)]);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    const head = [...document.head.children];
    const first = head.findIndex((el) => el.matches('script[src], link[rel="stylesheet"]'));
    expect(head.indexOf(metas[0]!)).toBeLessThan(first < 0 ? Infinity : first);
  });
});

describe('in Chromium, served with the _headers file', () => {
  const { browser, site } = sharedTab({ headers: true });

  /** A page whose CSP violations and uncaught errors, in every document it visits, land in `problems`. */
  const open = (options: BrowserContextOptions = {}) => watchedTab(browser(), options);

  // A page of each kind; every page's markup is checked as built, above.
  describe('a page of each kind', () => {
    // One tab loads them all in turn, as a new tab costs a renderer process.
    let reader: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      // A reader whose language the site lacks stays on the entry page rather than being sent on.
      reader = await open({ locale: 'fr-FR' });
    });
    afterAll(() => reader.page.context().close());

    test.each(representativePages())('%s loads under the policy without a violation', async (path) => {
      const { page, problems } = reader;
      problems.length = 0;
      const response = await page.goto(site().url(path), { waitUntil: 'load' });
      expect(response?.headers()['content-security-policy']).toBe(policy);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      // The 404 page is served with status 404, which Chromium reports as a console error.
      expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    });
  });

  test('the entry page still sends a reader to the edition in their language', async () => {
    const { page, problems } = await open({ locale: 'en-GB' });
    await page.goto(site().url('/'));
    await page.waitForURL(site().url('/en/'));
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a tap on a glossary marker still opens its card instead of leaving the place', async () => {
    const { page, problems } = await open({ hasTouch: true });
    await page.goto(site().url('/en/'));
    const marker = page.locator('a[data-term-ref]').first();
    const card = page.locator(`#${await marker.getAttribute('interestfor')}`);
    await marker.tap();
    await expect.poll(() => card.evaluate((el) => el.matches(':popover-open')), { timeout: 5_000 }).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test("the language switch still keeps the reader's place", async () => {
    const { page, problems } = await open();
    await page.goto(site().url('/en/#study-2'));
    await page.locator('a[data-language-switch]').click();
    await page.waitForURL(site().url('/ja/#study-2'));
    expect(problems).toEqual([]);
    await page.context().close();
  });
});

describe('in Chromium, served without headers, as GitHub Pages serves the site', () => {
  const { browser, site } = sharedTab();

  test('the policy in the page still stops script and style that its content might carry', async () => {
    const hostile =
      '<img id="handler" src="missing.png" onerror="document.body.dataset.ran += \' handler\'">' +
      "<script>document.body.dataset.ran += ' inline'</script>" +
      '<a id="link" href="javascript:document.body.dataset.ran += \' link\'">a link</a>' +
      '<p id="styled" style="color: rgb(255, 0, 0)">styled</p>';
    const { page, problems } = await watchedTab(browser(), {}, (context) =>
      context.route(site().url('/en/'), async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('</main>', `${hostile}</main>`) });
      }),
    );
    const response = await page.goto(site().url('/en/'));
    expect(response?.headers()['content-security-policy']).toBeUndefined();
    await page.click('#link');
    await page.evaluate(() => new Promise(requestAnimationFrame));
    expect(await page.evaluate(() => document.body.dataset['ran'])).toBeUndefined();
    expect(await page.locator('#styled').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
    expect(problems.filter((p) => /CSP violation: script-src/.test(p)).length).toBeGreaterThanOrEqual(3);
    expect(problems.some((p) => /CSP violation: style-src/.test(p))).toBe(true);
    await page.context().close();
  });
});
