import { readFileSync } from 'node:fs';
import type { AxeResults, ElementContext } from 'axe-core';
import type { Page } from 'playwright-core';

/** axe-core's rule tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/**
 * Runs axe's WCAG A and AA rules on a page as it is now, or on the part `include` picks (a
 * selector, or `{ fromShadowDom: [host, inner] }` for a shadow tree); the rules that failed and
 * those that passed, each by id, the failures with their elements and axe's summary.
 */
export async function axeRules(
  page: Page,
  include?: ElementContext,
): Promise<{ violations: string[]; passes: string[] }> {
  // axe's source goes only to a document that lacks it: sent with every run, its half a megabyte
  // took longer to pass than many runs take.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((source) => void (0, eval)(source), axeSource);
  const run = (selectors: boolean) =>
    page.evaluate(
      async ({ tags, include, selectors }) => {
        const { axe } = window as unknown as {
          axe: { run: (context: object, options: object) => Promise<AxeResults> };
        };
        return axe.run(include ? { include } : document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
          selectors,
        });
      },
      { tags: wcagTags, include, selectors },
    );
  // Selectors only name the failing elements in the report, and cost a third of a run: a page that
  // passes is audited without them, one that fails again with them.
  const first = await run(false);
  const results = first.violations.length ? await run(true) : first;
  return {
    violations: results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`).join('\n    ')}`,
    ),
    passes: results.passes.map((rule) => rule.id),
  };
}

/** The WCAG A and AA violations axe finds (see {@link axeRules}), one line per rule. */
export async function audit(page: Page, include?: ElementContext): Promise<string[]> {
  return (await axeRules(page, include)).violations;
}
