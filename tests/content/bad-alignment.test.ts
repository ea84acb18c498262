import { describe, expect, test } from 'vitest';
import { alignmentFiles } from '../../src/content/loaders/alignment';
import { DIR, loadEditionWith, reportFailure, syncBrokenEdition, syncTimeout, type Change } from '../support/content';

const hint =
  "A block whose sentences do not pair one to one needs its groups in the content's alignment.yaml, each the number of Japanese sentences, a colon, and the number of English ones, in order (study-2: [1:2, 1:1]). The README explains the alignment.";

/**
 * Copies the fixture, with one file changed if a change is given, and calls the alignment's loader
 * on it as Astro does: resolves with 'stored', or with the message, hint and location it failed with.
 */
async function loadAlignment(change?: Change) {
  const [outcome] = await loadEditionWith([alignmentFiles], ...(change ? [change] : []));
  return outcome;
}

/** Each case: a change to one file of the fixture, the problems the alignment's loader reports, located at the first (see firstPlace). */
const cases: Array<[name: string, change: Change, problems: string[], location?: string]> = [
  // A sentence's end added in English: the block no longer pairs one to one, and the build proposes its groups.
  [
    "a sentence's end added",
    ['en/overview.mdx', (t) => t.replace('A second paragraph.', 'A second paragraph. And a sentence more.')],
    [
      `${DIR}/en/overview.mdx:8: the sentences of "overview-2" do not pair one to one (ja: 1 "二つ目の段落です。"; en: 1 "A second paragraph." 2 "And a sentence more."). By length and anchors they pair as 1:2: check that, and write \`overview-2: [1:2]\` (corrected if need be) in ${DIR}/alignment.yaml.`,
    ],
  ],
  // A sentence's end added to a block whose groups alignment.yaml writes: they no longer hold its sentences.
  [
    "a sentence's end added to an authored block",
    ['ja/overview.mdx', (t) => t.replace('三つ目の段落です。', '三つ目の段落です。もう一文です。')],
    [
      `${DIR}/ja/overview.mdx:10: the sentences of "overview-3" no longer match its alignment in ${DIR}/alignment.yaml:3: its groups hold 1 ja and 1 en sentences, the block has 2 and 1 (ja: 1 "三つ目の段落です。" 2 "もう一文です。"; en: 1 "A third paragraph."). Write the groups again for the sentences as they are now, or remove the entry to let the build align the block by length.`,
    ],
  ],
  [
    'an entry naming no block',
    ['alignment.yaml', (t) => t.replace('overview-3', 'overview-9')],
    [`${DIR}/alignment.yaml:3: "overview-9" names no block or glossary entry. Correct the id, or remove the entry.`],
  ],
  [
    'groups that hold a sentence too many',
    ['alignment.yaml', (t) => t.replace('[1:1]', '[1:2]')],
    [
      `${DIR}/en/overview.mdx:10: the sentences of "overview-3" no longer match its alignment in ${DIR}/alignment.yaml:3: its groups hold 1 ja and 2 en sentences, the block has 1 and 1 (ja: 1 "三つ目の段落です。"; en: 1 "A third paragraph."). Write the groups again for the sentences as they are now, or remove the entry to let the build align the block by length.`,
    ],
  ],
];

describe('the sentence alignment of the parallel view', () => {
  test('of the fixture holds, and the loader goes on to store it', async () => {
    expect(await loadAlignment()).toBe('stored');
  });

  test.each(cases)(
    '%s: the load fails, naming the block, its file and line, and what to do',
    async (_name, change, problems, location) => {
      expect(await loadAlignment(change)).toEqual(
        reportFailure('The sentence alignment of the parallel view', problems, hint, location),
      );
    },
  );

  test(
    "a sentence's end added stops `astro sync`, as it stops the build",
    async () => {
      const printed = await syncBrokenEdition(cases[0]![1]);
      expect(printed).toContain(
        `[AstroUserError] The sentence alignment of the parallel view has 1 problem:\n${cases[0]![2][0]}`,
      );
    },
    syncTimeout,
  );
});
