import { describe, expect, test } from 'vitest';
import { meaningFiles } from '../../src/content/loaders/content';
import { sectionFiles } from '../../src/content/loaders/sections';
import {
  DIR,
  loadEditionWith,
  printed,
  reportFailure,
  syncBrokenEdition,
  syncTimeout,
  type Change,
} from '../support/content';

const hint =
  'Each statement names the paragraph it restates (`restates`) and quotes its words exactly (`quote`), or says that this site added it and from where (`added`).';
const en = `${DIR}/en/what-this-means.yaml`;
const ja = `${DIR}/ja/what-this-means.yaml`;

/** Each case: a change to one file of the fixture, every problem reported, located at the first (see firstPlace). */
const cases: Array<[name: string, change: Change, problems: string[], location?: string]> = [
  // A quote its block does not contain: the panel may say nothing its paragraph does not.
  [
    'a quote not in its block',
    ['en/what-this-means.yaml', (t) => t.replace('quote: A second paragraph }', 'quote: A second long paragraph }')],
    [
      `${en}:10: finding 1 quotes "A second long paragraph", which is not in "overview-2" (${DIR}/en/overview.mdx:8). Quote the block's words exactly.`,
    ],
  ],
  [
    'an unknown block',
    ['ja/what-this-means.yaml', (t) => t.replace('restates: overview-2', 'restates: overview-9')],
    [
      `${ja}:10: finding 1 restates "overview-9", which is no block of this language. Name the id of the paragraph or list item it comes from.`,
    ],
  ],
  [
    'a missing language',
    ['ja/what-this-means.yaml', () => null],
    [
      `${ja}: missing. Every language has its "What this means" panel; copy the original's and write it for this language's readers.`,
    ],
  ],
  // A finding this site would be inventing: marked as added instead of traced.
  [
    'a finding marked as added',
    [
      'en/what-this-means.yaml',
      (t) => t.replace('restates: overview-2, quote: A second paragraph }', 'added: this-site }'),
    ],
    [
      `${en}:10: finding 1 says what the study is or found, so it must restate the release: replace \`added: this-site\` with \`restates\` and \`quote\`. This site adds only the journal's record, the trial registries and what to do now.`,
    ],
  ],
  // Peer review is the journal's record, never a quote of the release.
  [
    'peer review traced to the release',
    [
      'en/what-this-means.yaml',
      (t) => t.replace('added: journal-record }', 'restates: overview-1, quote: A paragraph }'),
    ],
    [
      `${en}:4: label "peer-reviewed" comes from the journal's record, not the release: mark it \`added: journal-record\` instead of \`restates\` and \`quote\`.`,
    ],
  ],
  [
    'a statement without its quote',
    [
      'en/what-this-means.yaml',
      (t) =>
        t.replace(
          '{ text: Anything else., restates: overview-3, quote: A third paragraph }',
          '{ text: Anything else., restates: overview-3 }',
        ),
    ],
    [
      `${en}:15: not-shown 1 ("Anything else.") lacks \`quote\`. Name the block it restates and quote its words exactly, or mark it \`added\` with where it comes from.`,
    ],
  ],
  // The date the page was reviewed, which readers must see, left out.
  [
    'a dating text without its date',
    ['en/what-this-means.yaml', (t) => t.replace(' Reviewed on {reviewed}.', '')],
    [`${en}:24: current must hold "{reviewed}", which becomes the reviewed date of edition.yaml.`],
  ],
  // The share card and search results would say another finding than the page.
  [
    'a description that is not the finding',
    ['en/edition.yaml', (t) => t.replace('with a second paragraph.', 'with two paragraphs.')],
    [
      `${DIR}/en/edition.yaml:6: the description must say the finding of "What this means" (${en}), word for word, as search results and share cards show it: write\n  description: A minimal edition for tests, with a second paragraph. It follows every content rule and builds as it is; each test breaks a part of it.`,
    ],
  ],
];

const failure = (problems: readonly string[], location?: string) =>
  reportFailure('"What this means"', problems, hint, location);

/** The cases that need Astro itself: a missing file, and one that Astro's collections would otherwise read first. */
const synced = ['a quote not in its block', 'a missing language'];

describe('"What this means" not traced to sound sections fails `astro sync`, naming file, line and statement', () => {
  test.concurrent.each(cases.filter(([name]) => synced.includes(name)))(
    '%s',
    async (_, change, problems, location) => {
      expect(await syncBrokenEdition(change)).toBe(printed(failure(problems, location)));
    },
    syncTimeout,
  );
});

describe('the panel loader, called as Astro calls it, fails before storing anything; the sections load', () => {
  test.each(cases)('%s', async (_, change, problems, location) => {
    expect(await loadEditionWith([sectionFiles, meaningFiles], change)).toEqual([
      'stored',
      failure(problems, location),
    ]);
  });

  test('the valid fixture loads', async () => {
    expect(await loadEditionWith([sectionFiles, meaningFiles])).toEqual(['stored', 'stored']);
  });
});
