/**
 * Lighthouse on the editions, as `npm run bench` runs it: its mobile defaults (a phone's screen,
 * simulated throttling of a slow 4G connection), three runs per page, each page served gzipped
 * from loopback with the site's own headers, as a host sends it, to the Chromium the tests use.
 * Nothing leaves the machine. The figures are the medians of the runs, and each category's
 * lowest score.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumFlags, chromiumPath } from '../src/pdf/chromium.ts';
import { withBase } from '../src/site/urls.ts';
import { headersFor, readHeaders } from '../tests/support/headers.ts';
import { serveStatic } from '../tests/support/server.ts';

/** One page's figures over its runs. */
export interface LighthouseFigures {
  /** Each category's lowest score, 0 to 100. */
  scores: Record<string, number>;
  /** Simulated first contentful paint and largest contentful paint, in ms: the medians. */
  fcp: number;
  lcp: number;
  /** Each run's, in ms: the simulation scales what the browser took on this machine, so a busy machine spreads them. */
  runs?: { fcp: number[]; lcp: number[] };
  /** Bytes of the page's own response as Lighthouse saw it arrive, headers included. */
  documentBytes?: number;
}

export const lighthouseBaselineFile = 'bench/lighthouse-baseline.json';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Runs Lighthouse `runs` times on each page of the site built in `dir` for `base`. */
export async function lighthouseFigures(
  dir: string,
  paths: string[],
  { base = '/', runs = 3 } = {},
): Promise<Record<string, LighthouseFigures>> {
  const rules = readHeaders(dir);
  const server = await serveStatic(dir, base, (path) => headersFor(rules, path), { gzip: true });
  const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ['--headless=new', ...chromiumFlags] });
  try {
    const figures: Record<string, LighthouseFigures> = {};
    for (const path of paths) {
      const results: Result[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(server.origin + withBase(base, path), {
          port: chrome.port,
          logLevel: 'error',
          output: 'json',
        });
        if (!result || result.lhr.runtimeError)
          throw new Error(`Lighthouse could not measure ${path}: ${result?.lhr.runtimeError?.message ?? 'no result'}`);
        results.push(result.lhr);
      }
      const categories = Object.keys(results[0]?.categories ?? {});
      const fcp = results.map((lhr) => lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
      const lcp = results.map((lhr) => lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
      figures[path] = {
        scores: Object.fromEntries(
          categories.map((id) => [
            id,
            Math.round(100 * Math.min(...results.map((lhr) => lhr.categories[id]?.score ?? 0))),
          ]),
        ),
        fcp: median(fcp),
        lcp: median(lcp),
        runs: { fcp, lcp },
        documentBytes: median(results.map(documentBytes)),
      };
    }
    return figures;
  } finally {
    chrome.kill();
    await server.close();
  }
}

/** One page's figures in a line, beside the baseline's where it has the page. */
export function lighthouseReport(
  path: string,
  figures: LighthouseFigures,
  baseline = loadLighthouseBaseline(),
): string {
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const before = baseline?.pages[path];
  const scores = Object.entries(figures.scores)
    .map(([id, score]) => `${id} ${score}`)
    .join(' · ');
  const was = before ? ` (baseline ${baseline.commit}: FCP ${seconds(before.fcp)}, LCP ${seconds(before.lcp)})` : '';
  const document = figures.documentBytes
    ? `; the page's response ${figures.documentBytes.toLocaleString('en')} B with its headers (one round trip holds 14,600 B)`
    : '';
  const spread = (values?: number[]) =>
    values ? ` (runs ${(Math.min(...values) / 1000).toFixed(2)}–${(Math.max(...values) / 1000).toFixed(2)})` : '';
  return `lighthouse ${path}: ${scores}\n  simulated FCP ${seconds(figures.fcp)}${spread(figures.runs?.fcp)}, LCP ${seconds(figures.lcp)}${spread(figures.runs?.lcp)}, medians of the runs${was}${document}`;
}

/** Bytes of the page's own response in a run: what Lighthouse's model of the network downloads for it. */
function documentBytes(lhr: Result): number {
  const items =
    (
      lhr.audits['network-requests']?.details as
        { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined
    )?.items ?? [];
  return items.find((item) => item.resourceType === 'Document')?.transferSize ?? NaN;
}

export function loadLighthouseBaseline(): { commit: string; pages: Record<string, LighthouseFigures> } | undefined {
  return existsSync(lighthouseBaselineFile)
    ? (JSON.parse(readFileSync(lighthouseBaselineFile, 'utf8')) as {
        commit: string;
        pages: Record<string, LighthouseFigures>;
      })
    : undefined;
}

export function saveLighthouseBaseline(commit: string, pages: Record<string, LighthouseFigures>): void {
  writeFileSync(lighthouseBaselineFile, `${JSON.stringify({ commit, pages }, null, 2)}\n`);
}
