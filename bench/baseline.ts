/**
 * The figures a change is measured against: `npm run bench -- --save-baseline` writes each page's
 * requests and gzipped bytes to bench/baseline.json, with the commit they were measured at, and
 * every later run prints them beside its own, so that a report shows before and after.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { bytes } from './budget.ts';
import { totalOf, type AssetType, type PageMeasurement } from './measure.ts';

export const baselineFile = 'bench/baseline.json';

/** What is kept of a page: its requests and gzipped bytes, of each type and in all. */
type Figures = Record<AssetType | 'total', { requests: number; gzip: number }>;

export interface Baseline {
  /** The commit the figures were measured at, as `git describe` names it. */
  commit: string;
  pages: Record<string, Figures>;
}

function figures(page: PageMeasurement): Figures {
  const kept = { ...page.bytes, total: totalOf(page) };
  return Object.fromEntries(
    Object.entries(kept).map(([type, t]) => [type, { requests: t.requests, gzip: t.gzip }]),
  ) as Figures;
}

/** Writes the baseline as JSON, one line per page, so that a diff of it reads page by page. */
export function saveBaseline(commit: string, pages: PageMeasurement[]): void {
  const lines = pages.map((page) => `    ${JSON.stringify(page.path)}: ${JSON.stringify(figures(page))}`);
  writeFileSync(
    baselineFile,
    `{\n  "commit": ${JSON.stringify(commit)},\n  "pages": {\n${lines.join(',\n')}\n  }\n}\n`,
  );
}

export function loadBaseline(): Baseline | undefined {
  return existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline) : undefined;
}

/**
 * One line per type that changed since the baseline, e.g.
 * `  css: 4 requests, 7,035 B -> 1 request, 6,017 B`; `  the same` when none did.
 */
export function changesSince(baseline: Baseline, page: PageMeasurement): string[] {
  const before = baseline.pages[page.path];
  if (!before) return [`  new since ${baseline.commit}`];
  const now = figures(page);
  const say = (f: { requests: number; gzip: number }) =>
    `${f.requests} ${f.requests === 1 ? 'request' : 'requests'}, ${bytes(f.gzip)}`;
  const changed = (Object.keys(now) as Array<keyof Figures>)
    .filter((type) => before[type].requests !== now[type].requests || before[type].gzip !== now[type].gzip)
    .map((type) => `  ${type}: ${say(before[type])} -> ${say(now[type])}`);
  return changed.length ? changed : ['  the same'];
}
