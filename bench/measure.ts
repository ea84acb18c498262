import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request, Response } from 'playwright-core';
import { launchChromium } from '../src/pdf/chromium.ts';
import { withBase } from '../src/site/urls.ts';
import { headersFor, readHeaders } from '../tests/support/headers.ts';
import { serveStatic } from '../tests/support/server.ts';

/** The kinds of response a page's weight is reported by. */
export const assetTypes = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
export type AssetType = (typeof assetTypes)[number];

/** Responses of one kind: how many, and their bodies' bytes as stored and gzipped. */
export interface Transfer {
  requests: number;
  raw: number;
  gzip: number;
}

/** Every response of a page together. */
export function totalOf(page: Pick<PageMeasurement, 'bytes'>): Transfer {
  return Object.values(page.bytes).reduce((sum, t) => ({
    requests: sum.requests + t.requests,
    raw: sum.raw + t.raw,
    gzip: sum.gzip + t.gzip,
  }));
}

/** What loading one page costs, as Chromium loads it with an empty cache. */
export interface PageMeasurement {
  /** URL path of the page, e.g. `/ja/`. */
  path: string;
  bytes: Record<AssetType, Transfer>;
  /** Elements in the document once loaded. */
  domNodes: number;
  /** Cumulative layout shift from navigation until the page has loaded and its fonts are ready. */
  layoutShift: number;
  /** Web fonts in use whose loading hides text or holds up the first paint. */
  renderBlockingFonts: string[];
  /** Requests that hold up the first paint, as Chromium reports them (`renderBlockingStatus`). */
  renderBlocking: string[];
  /** The CSS of the page's `<style>` elements, which its HTML carries. */
  inlineStyle: Pick<Transfer, 'raw' | 'gzip'>;
  /** Bytes of the page's own response as it arrives, its headers and its body gzipped. */
  firstResponse: number;
}

const kindOf: Record<string, AssetType> = {
  document: 'html',
  stylesheet: 'css',
  script: 'js',
  font: 'font',
  image: 'image',
};

/** The kind of a response: by what requested it, else (for the favicon, say) by its media type. */
function typeOf(response: Response): AssetType {
  const kind = kindOf[response.request().resourceType()];
  if (kind) return kind;
  const media = response.headers()['content-type'] ?? '';
  return media.startsWith('image/') ? 'image' : media.startsWith('font/') ? 'font' : 'other';
}

/**
 * A phone-sized window, where reflow is likeliest. The locale is one the site lacks, so the entry
 * page stays put instead of sending the browser on to an edition.
 */
const contextOptions = { viewport: { width: 412, height: 915 }, locale: 'de-DE' };

/** How `visitSite` serves a build and opens its tabs. */
export interface SiteVisit {
  /** The base path the site was built for (default `/`). */
  base?: string;
  /** A browser to use (default: one launched for the purpose, and closed after). */
  browser?: Browser;
  /** Tabs at once. */
  tabs: number;
  /** Options of each tab's context. */
  context: BrowserContextOptions;
  /** Readies a new tab before its first job. */
  prepare?: (page: Page) => Promise<unknown>;
  /** Whether to send gzipped what the browser accepts gzipped, as hosts do (default: not). */
  gzip?: boolean;
}

/**
 * Serves a built site the way its `_headers` file asks and works through `jobs` in a few tabs of
 * headless Chromium, each tab taking job after job: a new tab per job would cost a renderer
 * process each. `visit` gets the tab, the site's root URL (ending in `/`) and the job.
 */
export async function visitSite<J>(
  dir: string,
  jobs: readonly J[],
  visit: (page: Page, root: string, job: J) => Promise<void>,
  options: SiteVisit,
): Promise<void> {
  const { base = '/' } = options;
  const rules = readHeaders(dir);
  const [browser, server] = await Promise.all([
    options.browser ?? launchChromium(),
    serveStatic(dir, base, (path) => headersFor(rules, path), { gzip: options.gzip }),
  ]);
  const root = server.origin + withBase(base, '');
  const queue = [...jobs];
  const work = async (): Promise<void> => {
    const context = await browser.newContext(options.context);
    try {
      const page = await context.newPage();
      await options.prepare?.(page);
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) await visit(page, root, job);
    } finally {
      await context.close();
    }
  };
  try {
    await Promise.all(Array.from({ length: options.tabs }, work));
  } finally {
    await Promise.all([options.browser ? undefined : browser.close(), server.close()]);
  }
}

/**
 * Measures each page of a built site in headless Chromium, served the way its `_headers` file asks.
 * @param dir Folder of the built site.
 * @param paths Site-relative URL paths of the pages, e.g. `['/', '/ja/']`.
 * @param options The base path the site was built for (default `/`), and a browser to use
 *   (default: one launched for the purpose).
 */
export async function measureSite(
  dir: string,
  paths: string[],
  options: Pick<SiteVisit, 'base' | 'browser'> = {},
): Promise<PageMeasurement[]> {
  const measurements: PageMeasurement[] = [];
  // Three tabs, each with its cache off, so that every page is measured as a first visit: what is
  // measured (bytes, requests, nodes, shifts) does not depend on how busy the browser is.
  await visitSite(dir, paths, async (page, root, path) => void measurements.push(await measurePage(page, root, path)), {
    ...options,
    gzip: true,
    tabs: 3,
    context: contextOptions,
    prepare: async (page) =>
      (await page.context().newCDPSession(page)).send('Network.setCacheDisabled', { cacheDisabled: true }),
  });
  return measurements.sort((a, b) => paths.indexOf(a.path) - paths.indexOf(b.path));
}

/** What `watchRequests` tells: whether every request asked for is answered, and how to stop watching. */
export interface RequestWatch {
  /** Resolves once every request asked for so far is answered. */
  idle(): Promise<void>;
  stop(): void;
}

/**
 * Counts the requests a tab or a browser context asks for and has not yet had answered, so that a
 * caller can wait for everything a page loads: every answer is local, so no wait is a timeout's
 * guess. `asked` sees each request as it goes out.
 */
export function watchRequests(
  target: Page | BrowserContext,
  asked: (request: Request) => void = () => undefined,
): RequestWatch {
  // A context sends the same request events as a tab, for all its tabs.
  const events = target as Page;
  let pending = 0;
  const onRequest = (request: Request) => {
    pending++;
    asked(request);
  };
  const answered = () => {
    pending--;
  };
  events.on('request', onRequest);
  events.on('requestfinished', answered);
  events.on('requestfailed', answered);
  return {
    async idle() {
      while (pending > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    stop() {
      events.off('request', onRequest);
      events.off('requestfinished', answered);
      events.off('requestfailed', answered);
    },
  };
}

/**
 * Loads one page in a tab and measures it; `root` is the site's address, ending in `/`. Returns
 * only once every request the page made is answered, so that none is counted for the next page.
 */
async function measurePage(page: Page, root: string, path: string): Promise<PageMeasurement> {
  const responses: Response[] = [];
  const received = (response: Response) => responses.push(response);
  const requests = watchRequests(page);
  page.on('response', received);
  try {
    await page.goto(root + path.slice(1), { waitUntil: 'load' });
    const { inlineStyles, ...found } = await page.evaluate(inPage);
    await requests.idle();
    const style = Buffer.from(inlineStyles.join(''));
    const inlineStyle = { raw: style.length, gzip: style.length && gzipSync(style).length };

    const bytes = Object.fromEntries(assetTypes.map((type) => [type, { requests: 0, raw: 0, gzip: 0 }])) as Record<
      AssetType,
      Transfer
    >;
    const own = responses.find((response) => response.request().isNavigationRequest());
    const sizes = await own?.request().sizes();
    const firstResponse = sizes ? sizes.responseHeadersSize + sizes.responseBodySize : NaN;
    for (const response of responses) {
      const body = await response.body().catch(() => Buffer.alloc(0));
      const transfer = bytes[typeOf(response)];
      transfer.requests += 1;
      transfer.raw += body.length;
      transfer.gzip += body.length && gzipSync(body).length;
    }
    return { path, bytes, inlineStyle, firstResponse, ...found };
  } finally {
    requests.stop();
    page.off('response', received);
  }
}

/** Runs in the page once it has loaded: waits for fonts and two frames, then reads the layout. */
async function inPage(): Promise<
  Pick<PageMeasurement, 'domNodes' | 'layoutShift' | 'renderBlockingFonts' | 'renderBlocking'> & {
    inlineStyles: string[];
  }
> {
  await document.fonts.ready;
  let layoutShift = 0;
  // `buffered` replays every shift since navigation; shifts right after input are not counted.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (!entry.hadRecentInput) layoutShift += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
  for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
  await new Promise((resolve) => setTimeout(resolve, 100));

  // `auto` is `block` in Chromium: text stays invisible until the font arrives.
  const hidingText = [...document.fonts].filter(
    (font) => font.status !== 'unloaded' && (font.display === 'auto' || font.display === 'block'),
  );
  // A stylesheet in the <head>, a classic script or a font preloaded with `blocking="render"` holds
  // up the first paint; TypeScript's DOM types lack the field.
  const blocking = (
    performance.getEntriesByType('resource') as Array<PerformanceResourceTiming & { renderBlockingStatus?: string }>
  ).filter((entry) => entry.renderBlockingStatus === 'blocking');
  const blockingFiles = blocking.filter((entry) => /\.(woff2?|ttf|otf)(\?|$)/.test(entry.name));
  return {
    domNodes: document.getElementsByTagName('*').length,
    layoutShift,
    renderBlockingFonts: [
      ...hidingText.map((font) => `${font.family} (font-display: ${font.display})`),
      ...blockingFiles.map((entry) => entry.name),
    ],
    renderBlocking: blocking
      .filter((entry) => !blockingFiles.includes(entry))
      .map((entry) => new URL(entry.name).pathname),
    inlineStyles: [...document.querySelectorAll('style')].map((style) => style.textContent),
  };
}
