import { describe, expect, test } from 'vitest';
import { buildBrokenEdition } from '../support/build';

/** Builds the minimal valid edition with its English summary changed; resolves with what the failed build printed. */
const buildWithSummary = (change: (text: string) => string) => buildBrokenEdition('en/at-a-glance.yaml', change);

describe('a build whose summary at a glance is not traced to the text fails, naming the file', () => {
  test.each([
    // A key number restating a paragraph the text does not have.
    ['an unknown paragraph', (t: string) => t.replace('label: paragraph, restates: overview-2', 'label: paragraph, restates: overview-9'), /en\/at-a-glance\.yaml:17: number 1 \("Second"\) restates "overview-9", which is no block of this language/],
    // A key number its paragraph does not contain.
    ['a number not in its paragraph', (t: string) => t.replace('figure: Second', 'figure: "12%"'), /en\/at-a-glance\.yaml:17: number 1 \("12%"\) shows the number 12%/],
  ])('%s', async (_, change, message) => {
    expect(await buildWithSummary(change)).toMatch(message);
  });
});
