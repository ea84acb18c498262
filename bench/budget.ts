import { languages } from '../src/site/languages.ts';
import { totalOf, type PageMeasurement } from './measure.ts';

/** What one page may cost a reader, compressed as a host sends it. */
export interface Budget {
  /** Bytes of every response the page loads (HTML, CSS, JS, fonts, images), gzipped. */
  totalGzip: number;
  /** Bytes of JavaScript, gzipped. */
  scriptGzip: number;
  /** Bytes of CSS, in stylesheets and in the page's `<style>`, gzipped. */
  styleGzip: number;
  /** Responses of every kind. */
  requests: number;
  /**
   * Bytes of the page's own response as it arrives, its headers and its body gzipped, where its
   * first screen must come in one round trip.
   */
  firstResponse?: number;
  /** Elements in the document, where they are counted. */
  elements?: number;
}

/**
 * The budget of every page. No request may hold up the first paint, no web font may block
 * rendering and nothing may shift: those hold for every page, without a number to tune.
 */
export const pageBudget: Budget = {
  totalGzip: 35_000,
  scriptGzip: 1_000,
  // The editions' stylesheet as it is (4.7 KB with "What this means"), so that it does not grow;
  // the aim is 4,000 B.
  styleGzip: 4_800,
  // The page, its stylesheet, its script and the favicon.
  requests: 4,
};

/**
 * The editions: their first screen from their first response, which fits the first round trip of
 * a new connection: ten TCP segments of 1,460 B, as Lighthouse's model of a phone's connection also
 * counts them, headers included; and the rest of the page at most 4 KiB more.
 * Their CSS is in two parts, the first screen's in the page (2.0 KB) and the rest in a stylesheet
 * (3.1 KB), which compress apart.
 */
export const articleBudget: Budget = {
  ...pageBudget,
  firstResponse: 10 * 1460,
  totalGzip: 18 * 1024,
  elements: 600,
  styleGzip: 5_200,
};

/**
 * A page's budget. The editions have their own; the embed demos run the embeddable card as another site would, so they also
 * load its script and, once a term link is near, the glossary data it fetches.
 */
export function budgetFor(path: string): Budget {
  if (languages.some((lang) => path === `/${lang}/`)) return articleBudget;
  if (/\/embed\/$/.test(path))
    return { ...pageBudget, scriptGzip: pageBudget.scriptGzip + 2_500, requests: pageBudget.requests + 2 };
  // The parallel view has the editions' parts, its rows of pairs, and its sentences' marks (100 B).
  if (/\/parallel\/$/.test(path)) return { ...pageBudget, styleGzip: pageBudget.styleGzip + 450 };
  return pageBudget;
}

/**
 * Each way a page breaks its budget, in words; none when it keeps it.
 * @example budgetProblems(measurement) // ['JavaScript: 3,412 B gzipped, over the budget of 3,000 B']
 */
export function budgetProblems(page: PageMeasurement, budget: Budget = budgetFor(page.path)): string[] {
  const problems: string[] = [];
  const total = totalOf(page);
  if (total.gzip > budget.totalGzip)
    problems.push(`total: ${bytes(total.gzip)} gzipped, over the budget of ${bytes(budget.totalGzip)}`);
  if (page.bytes.js.gzip > budget.scriptGzip)
    problems.push(`JavaScript: ${bytes(page.bytes.js.gzip)} gzipped, over the budget of ${bytes(budget.scriptGzip)}`);
  const style = page.bytes.css.gzip + page.inlineStyle.gzip;
  if (style > budget.styleGzip)
    problems.push(`CSS: ${bytes(style)} gzipped, over the budget of ${bytes(budget.styleGzip)}`);
  if (total.requests > budget.requests)
    problems.push(`requests: ${total.requests}, over the budget of ${budget.requests}`);
  if (budget.firstResponse !== undefined && page.firstResponse > budget.firstResponse) {
    problems.push(
      `first response: ${bytes(page.firstResponse)} with its headers, over the budget of ${bytes(budget.firstResponse)}`,
    );
  }
  if (budget.elements !== undefined && page.domNodes > budget.elements)
    problems.push(`elements: ${page.domNodes}, over the budget of ${budget.elements}`);
  for (const request of page.renderBlocking) problems.push(`request blocks rendering: ${request}`);
  for (const font of page.renderBlockingFonts) problems.push(`web font blocks rendering: ${font}`);
  if (page.layoutShift > 0) problems.push(`layout shifts while loading: CLS ${page.layoutShift.toFixed(4)}, budget 0`);
  return problems;
}

/** A byte count for people: `12,345 B`. */
export function bytes(count: number): string {
  return `${count.toLocaleString('en')} B`;
}
