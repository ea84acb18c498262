import { beforeAll, describe, expect, test } from 'vitest';
import { budgetFor, budgetProblems, pageBudget } from '../../bench/budget';
import { assetTypes, measureSite, type AssetType, type PageMeasurement, type Transfer } from '../../bench/measure';
import { launchBrowser } from '../support/browser';
import { base, distDir, representativePages } from '../support/site';

/** A measured page: one response of each given type with those gzipped bytes, and whatever else is overridden. */
function page(gzip: Partial<Record<AssetType, number>>, rest: Partial<PageMeasurement> = {}): PageMeasurement {
  const transfer = (type: AssetType): Transfer => ({
    requests: type in gzip ? 1 : 0,
    raw: gzip[type] ?? 0,
    gzip: gzip[type] ?? 0,
  });
  const bytes = Object.fromEntries(assetTypes.map((type) => [type, transfer(type)])) as Record<AssetType, Transfer>;
  return {
    path: '/en/glossary/',
    bytes,
    domNodes: 200,
    layoutShift: 0,
    renderBlockingFonts: [],
    renderBlocking: [],
    inlineStyle: { raw: 0, gzip: 0 },
    firstResponse: (gzip.html ?? 0) + 400,
    ...rest,
  };
}

describe('budgetProblems', () => {
  test.each([
    [
      'a page at its limits',
      page({
        html: pageBudget.totalGzip - pageBudget.scriptGzip - pageBudget.styleGzip,
        js: pageBudget.scriptGzip,
        css: pageBudget.styleGzip,
        image: 0,
      }),
      [],
    ],
    // Fonts and images count towards the total like everything else.
    ['a page whose images push it over', page({ html: 20_000, image: 15_001 }), [/^total: 35,001 B/]],
    ['a page with too much JavaScript', page({ html: 10_000, js: 1_001 }), [/^JavaScript: 1,001 B/]],
    [
      'a page with too much CSS',
      page({ html: 10_000, css: 4_801 }),
      [/^CSS: 4,801 B gzipped, over the budget of 4,800 B/],
    ],
    [
      'a page with a fifth request',
      page({ html: 10_000, css: 1, js: 1, image: 1, font: 1 }),
      [/^requests: 5, over the budget of 4/],
    ],
    [
      'a page whose text waits for a font',
      page({}, { renderBlockingFonts: ['Noto Sans JP (font-display: block)'] }),
      [/Noto Sans JP/],
    ],
    ['a page that shifts while loading', page({}, { layoutShift: 0.0004 }), [/CLS 0\.0004/]],
    [
      'a page whose stylesheet holds up its first paint',
      page({ html: 10_000, css: 3_000 }, { renderBlocking: ['/_astro/index.css'] }),
      [/^request blocks rendering: \/_astro\/index\.css$/],
    ],
    // Its <style> counts as CSS as much as a stylesheet does.
    [
      'a page with too much CSS in its <style>',
      page({ html: 10_000, css: 1_000 }, { inlineStyle: { raw: 9_000, gzip: 3_801 } }),
      [/^CSS: 4,801 B gzipped/],
    ],
  ])('%s', (_, measured, expected) => {
    const problems = budgetProblems(measured);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });

  test('an embed demo may also load the embeddable card and its data; no other page may', () => {
    const demo = page({ html: 10_000, css: 4_000, js: 3_000, image: 200, font: 1, other: 1 }, { path: '/ja/embed/' });
    expect(budgetProblems(demo)).toEqual([]);
    expect(budgetProblems({ ...demo, path: '/ja/' })).toEqual([
      'JavaScript: 3,000 B gzipped, over the budget of 1,000 B',
      'requests: 6, over the budget of 4',
    ]);
    expect(budgetFor('/en/glossary/')).toBe(pageBudget);
  });

  test('an edition gets its first screen in the ten segments of a first round trip, headers included, and its whole in 18 KiB, of at most 600 elements', () => {
    const edition = (html: number, rest: Partial<PageMeasurement> = {}) =>
      page({ html, css: 3_000, js: 900 }, { path: '/ja/', ...rest });
    expect(budgetProblems(edition(14_000, { firstResponse: 14_600 }))).toEqual([]);
    expect(budgetProblems(edition(14_000, { firstResponse: 14_601 }))).toEqual([
      'first response: 14,601 B with its headers, over the budget of 14,600 B',
    ]);
    expect(
      budgetProblems(
        edition(14_336, {
          bytes: {
            ...edition(0).bytes,
            html: { requests: 1, raw: 0, gzip: 14_336 },
            image: { requests: 1, raw: 0, gzip: 197 },
          },
          firstResponse: 14_500,
        }),
      ),
    ).toEqual(['total: 18,433 B gzipped, over the budget of 18,432 B']);
    expect(budgetProblems(edition(10_000, { domNodes: 601 }))).toEqual(['elements: 601, over the budget of 600']);
    // Other pages have no limit of their own on either.
    expect(budgetProblems(edition(20_000, { path: '/ja/glossary/', domNodes: 900 }))).toEqual([]);
  });

  test('the parallel view may load a little more CSS, for its rows of pairs; a term page may not', () => {
    const parallel = page(
      { html: 10_000, css: pageBudget.styleGzip + 350, js: 800, image: 0 },
      { path: '/en/parallel/' },
    );
    expect(budgetProblems(parallel)).toEqual([]);
    expect(budgetProblems({ ...parallel, path: '/en/glossary/gsk3-inhibitor/' })).toEqual([
      `CSS: ${(pageBudget.styleGzip + 350).toLocaleString('en')} B gzipped, over the budget of ${pageBudget.styleGzip.toLocaleString('en')} B`,
    ]);
  });
});

// The term pages, one template filled with terms of different lengths, by the first, the last and the largest.
describe('a page of each kind, loaded in Chromium', () => {
  const paths = representativePages();
  let measurements: PageMeasurement[] = [];
  beforeAll(async () => {
    const browser = await launchBrowser();
    try {
      measurements = await measureSite(distDir, paths, { base, browser });
    } finally {
      await browser.close();
    }
  }, 300_000);

  test.each(paths)('%s keeps its budget', (path) => {
    const measured = measurements.find((m) => m.path === path);
    expect(measured, `${path} was not measured`).toBeDefined();
    expect(measured && budgetProblems(measured)).toEqual([]);
  });
});
