import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { embedScriptPath } from '../../src/site/urls';
import { axeRules } from '../support/axe';
import { closeAll, keptTabs, launchBrowser, watchedTab } from '../support/browser';
import { headersFor, readHeaders } from '../support/headers';
import { serveStatic, type StaticServer } from '../support/server';
import { builtGlossary, distDir, href, loadPage, serveSite, type SiteServer } from '../support/site';

/** The glossary data as built, which the card shows. */
const glossary = builtGlossary();
const term = (id: string) => glossary.terms.find((t) => t.id === id)!;
const rules = readHeaders(distDir);
/** The snippet a site owner copies from the demo page; the built site names its canonical origin. */
const snippet = loadPage('/en/embed/').querySelector('#embed-script code')?.textContent ?? '';
const canonical = new URL(embedScriptPath, /src="([^"]+)"/.exec(snippet)?.[1]).origin;

describe('the embed script as built', () => {
  const script = readFileSync(join(distDir, embedScriptPath));

  test('weighs at most 5 KB gzipped', () => {
    expect(gzipSync(script).length).toBeLessThanOrEqual(5 * 1024);
  });

  test('is served with CORS to every origin, and so is the data it fetches', () => {
    for (const path of [href(embedScriptPath), href('glossary.json')])
      expect(headersFor(rules, path)['access-control-allow-origin'], path).toBe('*');
  });
});

describe("in Chromium, on another origin's page and on our demo page", () => {
  let browser: Browser;
  let site: SiteServer;
  let host: StaticServer;
  const hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
  /** The host's policy: only its own files, our script and our data; no inline style anywhere. */
  let policy = '';

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchBrowser(), serveSite({ headers: true })]);
    policy = `default-src 'self'; script-src ${site.origin}; connect-src ${site.origin}; style-src 'self'`;
    const link = (lang: string, id: string, text: string, fragment = '') =>
      `<a id="${lang}-${id}" href="${site.url(`/${lang}/glossary/${id}/`)}${fragment}">${text}</a>`;
    writeFileSync(
      join(hostDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title></head><body>
<p>A blog post about ${link('en', 'gsk3-inhibitor', 'GSK3 inhibitors')} and, in Japanese, ${link('ja', 'alk-fusion-gene', 'ALK融合遺伝子', '#top')}.</p>
<p>Elsewhere: <a id="elsewhere" href="${site.url('/en/')}">the press release</a>.</p>
${snippet.replace(canonical, site.origin)}
</body></html>`,
    );
    // A page that does all it can to trip the card: no policy of its own, an element with the id the
    // card once had, a link to a term the data lacks, and the script included twice.
    writeFileSync(
      join(hostDir, 'hostile.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A hostile host page</title></head><body>
<p id="glossary-term-card">The host's own paragraph.</p>
<p>${link('en', 'gsk3-inhibitor', 'GSK3 inhibitors')} and <a id="unknown" href="${site.url('/en/glossary/no-such-term/')}">a term the data lacks</a>.</p>
${snippet.replace(canonical, site.origin).repeat(2)}
</body></html>`,
    );
    // What a browser asks of any site, so that no 404 muddies the errors the tests watch for.
    for (const file of ['404.html', 'favicon.ico']) writeFileSync(join(hostDir, file), '');
    host = await serveStatic(hostDir, '/', (path) =>
      path === '/hostile.html' ? {} : { 'content-security-policy': policy },
    );
  });

  afterAll(async () => {
    await closeAll(browser, site, host);
    rmSync(hostDir, { recursive: true, force: true });
  });

  /** A tab for each set of context options, with the problems its pages report. */
  const tabs = keptTabs<{ page: Page; problems: string[] }>();
  afterAll(() => tabs.close());

  /**
   * The host page, loaded afresh, with its CSP violations and uncaught errors in `problems`: in the
   * tab kept for these options, or, when `prepare` changes the context (a route), in a fresh one.
   */
  async function openHost(
    options: BrowserContextOptions = {},
    prepare?: (context: BrowserContext) => Promise<unknown>,
    path = '/',
  ) {
    const open = () => watchedTab(browser, options, prepare);
    const tab = prepare ? await open() : await tabs.get(JSON.stringify(options), open);
    tab.problems.length = 0;
    // The pointer parked where no link can be once the page loads.
    await tab.page.mouse.move(0, 0);
    await tab.page.goto(host.origin + path);
    return tab;
  }

  const openCard = (page: Page) =>
    page.evaluate(() => {
      const card = document.querySelector('glossary-term-card')?.shadowRoot?.querySelector('[popover]');
      return card?.matches(':popover-open') ? { lang: card.getAttribute('lang'), text: card.textContent } : null;
    });
  const cardShows = (page: Page, text: string) =>
    page.waitForFunction((text) => {
      const card = document.querySelector('glossary-term-card')?.shadowRoot?.querySelector('[popover]');
      return card?.matches(':popover-open') && card.textContent.includes(text);
    }, text);
  const cardCloses = (page: Page) =>
    page.waitForFunction(
      () => !document.querySelector('glossary-term-card')?.shadowRoot?.querySelector(':popover-open'),
    );

  const cardStyle = (page: Page) =>
    page.evaluate(() => {
      const { borderTopLeftRadius, backgroundColor } = getComputedStyle(
        document.querySelector('glossary-term-card')!.shadowRoot!.querySelector('[popover]')!,
      );
      return { borderTopLeftRadius, backgroundColor };
    });
  /** The description Chromium computes for the host's link to GSK3 inhibitors. */
  async function descriptionOfLink(page: Page): Promise<string | undefined> {
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value: string }; name?: { value: string }; description?: { value: string } }>;
    };
    return nodes.find((node) => node.role?.value === 'link' && node.name?.value === 'GSK3 inhibitors')?.description
      ?.value;
  }

  test("hovering a link to a term page shows its card, under the host's strict CSP; moving away hides it", async () => {
    const { page, problems } = await openHost();
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(policy);
    const en = term('gsk3-inhibitor').en;
    await page.hover('#en-gsk3-inhibitor');
    await cardShows(page, en.definition);
    expect(await openCard(page)).toEqual({ lang: 'en', text: expect.stringContaining(en.term) as string });
    // The card's own stylesheet applies: a constructed stylesheet, which style-src 'self' allows.
    expect((await cardStyle(page)).borderTopLeftRadius).not.toBe('0px');
    await page.mouse.move(5, 500);
    await cardCloses(page);
    expect(problems).toEqual([]);
  });

  test('shows the card in the language of the page a link points at', async () => {
    const { page } = await openHost();
    const ja = term('alk-fusion-gene').ja;
    await page.hover('#ja-alk-fusion-gene');
    await cardShows(page, ja.definition);
    expect(await openCard(page)).toEqual({ lang: 'ja', text: expect.stringContaining(ja.term) as string });
  });

  // The term in the other language, linked to its page there: tests/embed/card.test.ts; its link
  // under the origin the script comes from: the hostile host's test below.
  test('opens on keyboard focus, gives the link the definition as its description, and closes on Escape', async () => {
    const { page } = await openHost();
    const en = term('gsk3-inhibitor').en;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('en-gsk3-inhibitor');
    await cardShows(page, en.definition);

    expect(await descriptionOfLink(page)).toContain(en.definition);

    await page.keyboard.press('Escape');
    await cardCloses(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('en-gsk3-inhibitor');
    expect(await page.getAttribute('#en-gsk3-inhibitor', 'aria-describedby')).toBeNull();

    // Tab goes on to the host's next link, never into the card, and that link's card opens.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ja-alk-fusion-gene');
    await cardShows(page, term('alk-fusion-gene').ja.definition);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('elsewhere');
    await cardCloses(page);
  });

  test('on a touch screen, a first tap opens the card and a second follows the link', async () => {
    const { page } = await openHost({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 700 } });
    const en = term('gsk3-inhibitor').en;
    await page.tap('#en-gsk3-inhibitor');
    await cardShows(page, en.definition);
    expect(new URL(page.url()).origin).toBe(host.origin);
    await page.tap('#en-gsk3-inhibitor');
    await page.waitForURL(site.url('/en/glossary/gsk3-inhibitor/'));
  });

  test('a tap elsewhere closes the card', async () => {
    const { page } = await openHost({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 700 } });
    await page.tap('#ja-alk-fusion-gene');
    await cardShows(page, term('alk-fusion-gene').ja.term);
    await page.touchscreen.tap(200, 600);
    await cardCloses(page);
  });

  test('leaves other links alone', async () => {
    const { page } = await openHost();
    await page.hover('#elsewhere');
    await page.focus('#elsewhere');
    await page.waitForTimeout(400);
    expect(await openCard(page)).toBeNull();
  });

  test.each(['light', 'dark'] as const)("follows the reader's %s colour scheme", async (colorScheme) => {
    const { page } = await openHost({ colorScheme });
    await page.hover('#en-gsk3-inhibitor');
    await cardShows(page, term('gsk3-inhibitor').en.term);
    expect((await cardStyle(page)).backgroundColor).toBe(
      colorScheme === 'light' ? 'rgb(253, 252, 249)' : 'rgb(22, 22, 26)',
    );
  });

  test.each(['light', 'dark'] as const)(
    "passes axe's WCAG 2.x A and AA rules with the card open, %s",
    async (colorScheme) => {
      // Bypassing the host's CSP lets axe run; the policy is tested above.
      const { page } = await openHost({ colorScheme, bypassCSP: true });
      await page.hover('#ja-alk-fusion-gene');
      await cardShows(page, term('alk-fusion-gene').ja.term);
      const { violations, passes } = await axeRules(page, [{ fromShadowDom: ['glossary-term-card', '[popover]'] }]);
      // Inside the shadow root, not vacuously: the card's text was checked for contrast.
      expect(passes).toContain('color-contrast');
      expect(violations).toEqual([]);
    },
  );

  test('on our demo page, under our own policy, the same card works', async () => {
    const { page, problems } = await watchedTab(browser);
    await page.goto(site.url('/ja/embed/'));
    await page.hover(`a[href="${href('/en/glossary/alk-inhibitor/')}"]`);
    await cardShows(page, term('alk-inhibitor').en.definition);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('when our data cannot be reached, does nothing: no error, and links work as links', async () => {
    const { page, problems } = await openHost({}, (context) =>
      context.route('**/glossary.json', (route) => route.abort()),
    );
    await page.hover('#en-gsk3-inhibitor');
    await page.focus('#en-gsk3-inhibitor');
    await page.waitForTimeout(400);
    expect(await openCard(page)).toBeNull();
    expect(problems.filter((p) => !/glossary\.json|ERR_FAILED/.test(p))).toEqual([]);
    await page.click('#en-gsk3-inhibitor');
    await page.waitForURL(site.url('/en/glossary/gsk3-inhibitor/'));
    await page.context().close();
  });
  describe('on a hostile host page, without a policy of its own', () => {
    const hostile = (prepare?: (context: BrowserContext) => Promise<unknown>) => openHost({}, prepare, '/hostile.html');

    test('links only to our term pages, even when the data it fetches says javascript:', async () => {
      const { page } = await hostile((context) =>
        context.route('**/glossary.json', async (route) => {
          const response = await route.fetch();
          const data = (await response.json()) as typeof glossary;
          for (const entry of data.terms)
            for (const lang of ['ja', 'en'] as const) entry[lang].url = 'javascript:document.title="ran"';
          await route.fulfill({ response, json: data });
        }),
      );
      await page.hover('#en-gsk3-inhibitor');
      await cardShows(page, term('gsk3-inhibitor').en.definition);
      const card = page.locator('glossary-term-card [popover]');
      const hrefs = await card.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual([site.url('/ja/glossary/gsk3-inhibitor/'), site.url('/en/glossary/gsk3-inhibitor/')]);
      await card.locator('a[lang="ja"]').click();
      await page.waitForURL(site.url('/ja/glossary/gsk3-inhibitor/'));
      await page.context().close();
    });

    test("closes its card when a link's term is not in the data", async () => {
      const { page, problems } = await hostile();
      await page.hover('#en-gsk3-inhibitor');
      await cardShows(page, term('gsk3-inhibitor').en.definition);
      await page.hover('#unknown');
      await cardCloses(page);
      expect(problems).toEqual([]);
    });

    test("names its card by an id of its own, so that the link's description is the card, not the host's element", async () => {
      const { page } = await hostile();
      const en = term('gsk3-inhibitor').en;
      await page.focus('#en-gsk3-inhibitor');
      await cardShows(page, en.definition);
      const described = await page.evaluate(() => {
        const id = document.querySelector('#en-gsk3-inhibitor')?.getAttribute('aria-describedby') ?? '';
        return { id, owners: [...document.querySelectorAll(`[id="${id}"]`)].map((el) => el.localName) };
      });
      expect(described.owners).toEqual(['glossary-term-card']);
      const description = await descriptionOfLink(page);
      expect(description).toContain(en.definition);
      expect(description).not.toContain('host');
    });

    test('included twice, shows one card and fetches the data once', async () => {
      const fetched: string[] = [];
      const { page, problems } = await hostile((context) => {
        context.on('request', (request) => request.url().endsWith('/glossary.json') && fetched.push(request.url()));
        return Promise.resolve();
      });
      await page.hover('#en-gsk3-inhibitor');
      await cardShows(page, term('gsk3-inhibitor').en.definition);
      expect(await page.locator('glossary-term-card').count()).toBe(1);
      expect(await page.locator('glossary-term-card [popover]:popover-open').count()).toBe(1);
      expect(fetched).toHaveLength(1);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });
});
