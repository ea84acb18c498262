import type { PageMeasurement } from './measure.ts';

/** What one page may cost a reader, compressed as a host sends it. */
export interface Budget {
  /** Bytes of every response the page loads (HTML, CSS, JS, fonts, images), gzipped. */
  totalGzip: number;
  /** Bytes of JavaScript, gzipped. */
  scriptGzip: number;
}

/**
 * The budget of every page. The article is the heaviest page, so the article's budget binds them
 * all. No web font may block rendering and nothing may shift: those hold for every page, without
 * a number to tune.
 */
export const pageBudget: Budget = {
  totalGzip: 35_000,
  scriptGzip: 3_000,
};

/**
 * Each way a page breaks its budget, in words; none when it keeps it.
 * @example budgetProblems(measurement) // ['JavaScript: 3,412 B gzipped, over the budget of 3,000 B']
 */
export function budgetProblems(page: PageMeasurement, budget: Budget = pageBudget): string[] {
  const problems: string[] = [];
  const total = Object.values(page.bytes).reduce((sum, type) => sum + type.gzip, 0);
  if (total > budget.totalGzip) problems.push(`total: ${bytes(total)} gzipped, over the budget of ${bytes(budget.totalGzip)}`);
  if (page.bytes.js.gzip > budget.scriptGzip) problems.push(`JavaScript: ${bytes(page.bytes.js.gzip)} gzipped, over the budget of ${bytes(budget.scriptGzip)}`);
  for (const font of page.renderBlockingFonts) problems.push(`web font blocks rendering: ${font}`);
  if (page.layoutShift > 0) problems.push(`layout shifts while loading: CLS ${page.layoutShift.toFixed(4)}, budget 0`);
  return problems;
}

/** A byte count for people: `12,345 B`. */
export function bytes(count: number): string {
  return `${count.toLocaleString('en')} B`;
}
