import { describe, expect, test } from 'vitest';
import { DIR, loadEdition, printed, reportFailure, syncBrokenEdition, syncTimeout } from '../support/content';

const hint =
  'Each item names the paragraph it restates (`restates`) and quotes its words exactly (`quote`); every number it shows must be in the quote.';
const glance = `${DIR}/en/at-a-glance.yaml`;

/** Each case: a change to the English at-a-glance file, every problem reported, located at the first (see firstPlace). */
const cases: Array<[name: string, change: (text: string) => string, problems: string[], location?: string]> = [
  [
    'an unknown paragraph',
    (t) => t.replace('label: paragraph, restates: overview-2', 'label: paragraph, restates: overview-9'),
    [
      `${glance}:17: number 1 ("Second") restates "overview-9", which is no block of this language. Name the id of the paragraph or list item it comes from.`,
    ],
  ],
  [
    'a number not in its paragraph',
    (t) => t.replace('figure: Second', 'figure: "12%"'),
    [
      `${glance}:17: number 1 ("12%") shows the number 12%, which its quote from "overview-2" (${DIR}/en/overview.mdx:8) does not contain.`,
    ],
  ],
  [
    'a misquote',
    (t) => t.replace('quote: A paragraph that uses a term }', 'quote: A paragraph that uses two terms }'),
    [
      `${glance}:6: legend "cell" quotes "A paragraph that uses two terms", which is not in "overview-1" (${DIR}/en/overview.mdx:6). Quote the block's words exactly.`,
    ],
  ],
  // A value the schema rejects: its line and field, not Astro's :0:0.
  [
    'a value that breaks the schema',
    (t) => t.replace('figure: Second', 'figure: 12'),
    [
      `${glance}:17: field "numbers[0].figure": Invalid input: expected string, received number. Found: 12. YAML reads it as a number: write it in quotes, "12".`,
    ],
  ],
  // A zero-width space in a quote: the character, not a misquote of the paragraph it looks the same as.
  [
    'a zero-width space in a quote',
    (t) => t.replace('quote: A second paragraph }\nnumbers', 'quote: A second\u200b paragraph }\nnumbers'),
    [
      `${glance}:15:120: an invisible character, U+200B ZERO WIDTH SPACE, after ": A second". Delete it: it makes ids and quotes differ where they look the same.`,
    ],
  ],
];

const failure = (problems: readonly string[], location?: string) =>
  reportFailure('At a glance', problems, hint, location);

/** The cases that need Astro itself: its own schema check would otherwise speak first. */
const synced = ['a number not in its paragraph', 'a value that breaks the schema'];

describe('at a glance not traced to sound sections fails `astro sync`, naming file, line and item', () => {
  test.concurrent.each(cases.filter(([name]) => synced.includes(name)))(
    '%s',
    async (_, change, problems, location) => {
      expect(await syncBrokenEdition(['en/at-a-glance.yaml', change])).toBe(printed(failure(problems, location)));
    },
    syncTimeout,
  );
});

describe('the at-a-glance loader, called as Astro calls it, fails before storing anything; the other collections load', () => {
  test.each(cases)('%s', async (_, change, problems, location) => {
    expect(await loadEdition(['en/at-a-glance.yaml', change])).toEqual([
      'stored',
      failure(problems, location),
      'stored',
      'stored',
    ]);
  });
});
