import { beforeAll, describe, expect, test } from 'vitest';
import { budgetProblems, pageBudget } from '../../bench/budget';
import { assetTypes, measureSite, type AssetType, type PageMeasurement, type Transfer } from '../../bench/measure';
import { launchBrowser } from '../support/browser';
import { base, builtPages, distDir } from '../support/site';

/** A measured page: nothing but the given gzipped bytes, and whatever else is overridden. */
function page(gzip: Partial<Record<AssetType, number>>, rest: Partial<PageMeasurement> = {}): PageMeasurement {
  const transfer = (type: AssetType): Transfer => ({ requests: 1, raw: gzip[type] ?? 0, gzip: gzip[type] ?? 0 });
  const bytes = Object.fromEntries(assetTypes.map((type) => [type, transfer(type)])) as Record<AssetType, Transfer>;
  return { path: '/en/', requests: assetTypes.length, bytes, domNodes: 200, layoutShift: 0, renderBlockingFonts: [], ...rest };
}

describe('budgetProblems', () => {
  test.each([
    // Exactly at every limit is still within budget.
    ['a page at its limits', page({ html: pageBudget.totalGzip - pageBudget.scriptGzip, js: pageBudget.scriptGzip }), []],
    // Fonts and images count towards the total like everything else.
    ['a page whose images push it over', page({ html: 20_000, image: 15_001 }), [/^total: 35,001 B/]],
    ['a page with too much JavaScript', page({ html: 10_000, js: 3_001 }), [/^JavaScript: 3,001 B/]],
    ['a page whose text waits for a font', page({}, { renderBlockingFonts: ['Noto Sans JP (font-display: block)'] }), [/Noto Sans JP/]],
    ['a page that shifts while loading', page({}, { layoutShift: 0.0004 }), [/CLS 0\.0004/]],
  ])('%s', (_, measured, expected) => {
    const problems = budgetProblems(measured);
    expect(problems).toHaveLength(expected.length);
    expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
  });
});

describe('every built page, loaded in Chromium', () => {
  const paths = builtPages();
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
