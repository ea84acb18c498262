import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { glanceReport, sectionReport } from '../../src/content/check/stages';
import { recheckOnChange } from '../../src/content/loaders/content';
import {
  copyEdition,
  DIR,
  loadEdition,
  printed,
  reportFailure,
  syncBrokenEdition,
  syncTimeout,
  type Change,
} from '../support/content';

const hint = 'Each line names the file (and line) to fix. The README lists the content rules.';

/** How the loaders fail on broken sections: every problem, the hint, and the first problem's file as location. */
const failure = (problems: readonly string[], location?: string) =>
  reportFailure("The edition's content", problems, hint, location);

/** Each case: a change to one file of the fixture, every problem reported (the root cause first), located at the first (see firstPlace). */
const cases: Array<[name: string, change: Change, problems: string[], location?: string]> = [
  // A <Term> naming no glossary entry: the typo, then what the other language has there.
  [
    'an unknown term',
    ['ja/overview.mdx', (t) => t.replace('term-one', 'term-two')],
    [
      `${DIR}/ja/overview.mdx:6: <Term id="term-two" /> names no glossary entry. Known ids: term-one.`,
      `${DIR}/ja/overview.mdx:6: <Term id="term-one" /> is missing from "overview-1": ${DIR}/en/overview.mdx:6 references it there. Both languages mark the same terms in the same places.`,
    ],
  ],
  [
    'a paragraph missing from one language',
    ['en/overview.mdx', (t) => t.replace(/<p id="overview-3">.*<\/p>/, '')],
    [`${DIR}/en/overview.mdx: id "overview-3" is missing here but present in ${DIR}/ja/overview.mdx:10.`],
  ],
  // Two blocks sharing an id: the duplicate, then the id the language now lacks.
  [
    'a duplicate id',
    ['ja/overview.mdx', (t) => t.replace('overview-2', 'overview-1')],
    [
      `${DIR}/ja/overview.mdx:8: duplicate id "overview-1": this block has the id of the block at ${DIR}/ja/overview.mdx:6. Every id must be unique within a language.`,
      `${DIR}/ja/overview.mdx: id "overview-2" is missing here but present in ${DIR}/en/overview.mdx:8.`,
    ],
  ],
  // Frontmatter of the wrong type: the line of the value and its field, not Astro's :0:0.
  [
    'bad frontmatter',
    ['en/overview.mdx', (t) => t.replace('order: 1', 'order: first')],
    [
      `${DIR}/en/overview.mdx:3: frontmatter "order": write a whole number from 1, its place among the sections, e.g. \`order: 3\`. Found: "first".`,
    ],
  ],
  // MDX that does not parse: the parser's words, line and column, as the MDX compiler would say them.
  [
    'an MDX syntax error',
    ['en/overview.mdx', (t) => t.replace('A second paragraph.</p>', 'A second paragraph.')],
    [
      `${DIR}/en/overview.mdx:8:1: the MDX does not parse: Expected a closing tag for \`<p>\` (8:1) before the end of \`paragraph\` (mdx-jsx:unexpected-character)`,
    ],
  ],
  [
    'an empty definition',
    ['ja/glossary.mdx', (t) => t.replace('用語の定義です。', '""')],
    [`${DIR}/ja/glossary.mdx:5: glossary entry "term-one" has an empty definition.`],
  ],
  // A glossary entry no <Term> references, in the original only.
  [
    'an unreferenced glossary entry',
    [
      'ja/glossary.mdx',
      (t) => t.replace(/\n---\n$/, '\n  - id: term-two\n    term: 二つ目\n    definition: 定義。\n---\n'),
    ],
    [
      `${DIR}/ja/glossary.mdx:8: glossary entry "term-two" is referenced nowhere. Add <Term id="term-two" /> where the release marks it, or remove the entry.`,
      `${DIR}/en/glossary.mdx: id "term-two" is missing here but present in ${DIR}/ja/glossary.mdx:8.`,
    ],
  ],
  [
    'two glossary entries with the same id',
    [
      'ja/glossary.mdx',
      (t) => t.replace(/\n---\n$/, '\n  - id: term-one\n    term: 用語\n    definition: 定義。\n---\n'),
    ],
    [
      `${DIR}/ja/glossary.mdx:8: duplicate id "term-one": this glossary entry has the id of the glossary entry at ${DIR}/ja/glossary.mdx:5. Every id must be unique within a language.`,
    ],
  ],
  [
    'a reference missing from one language',
    ['en/overview.mdx', (t) => t.replace('<Term id="term-one" />', '')],
    [
      `${DIR}/en/overview.mdx:6: <Term id="term-one" /> is missing from "overview-1": ${DIR}/ja/overview.mdx:6 references it there. Both languages mark the same terms in the same places.`,
    ],
  ],
  // A mistyped parent, which once dropped the whole subsection from both editions.
  [
    'a parent naming no section',
    ['ja/glossary.mdx', (t) => t.replace('order: 2', 'order: 2\nparent: overveiw')],
    [
      `${DIR}/ja/glossary.mdx:4: parent "overveiw" names no section of this language. Write the id of a section (its file's name without .mdx): overview.`,
      `${DIR}/en/glossary.mdx:3: parent is not set, but "overveiw" in ${DIR}/ja/glossary.mdx. Both languages give a section the same parent.`,
    ],
  ],
  // Two sections with one order, which were once ordered by file name without a word.
  [
    'two sections with the same order',
    ['ja/glossary.mdx', (t) => t.replace('order: 2', 'order: 1')],
    [
      `${DIR}/ja/overview.mdx:3: order 1 is also the order of "glossary" (${DIR}/ja/glossary.mdx): each section has its own. Give "overview" a free one; the orders now are glossary 1, overview 1.`,
      `${DIR}/en/glossary.mdx:3: order is 2, but 1 in ${DIR}/ja/glossary.mdx. Both languages give a section the same order.`,
    ],
  ],
  [
    'a section without an order',
    ['en/overview.mdx', (t) => t.replace('order: 1\n', '')],
    [
      `${DIR}/en/overview.mdx:2: frontmatter "order": write a whole number from 1, its place among the sections, e.g. \`order: 3\`.`,
    ],
  ],
  [
    'a link to no block',
    ['en/overview.mdx', (t) => t.replace('A third paragraph.', 'A third [paragraph](#overview-9).')],
    [
      `${DIR}/en/overview.mdx:10: the link to "#overview-9" names no section, block or glossary entry of this language. Write "#" and the id of one, e.g. "#overview-1".`,
      `${DIR}/ja/overview.mdx:10: a link to "#overview-9" in "overview-3" is missing here but present in ${DIR}/en/overview.mdx:10. Both languages link and show the same things in the same places.`,
    ],
  ],
  [
    'an order that differs between the languages',
    ['en/overview.mdx', (t) => t.replace('order: 1', 'order: 3')],
    [
      `${DIR}/en/overview.mdx:3: order is 3, but 1 in ${DIR}/ja/overview.mdx. Both languages give a section the same order.`,
    ],
  ],
  // A date that does not exist, which JavaScript once rolled over to 2 March.
  [
    'an impossible date',
    ['en/edition.yaml', (t) => t.replace('date: 2022-03-17', 'date: 2022-02-30')],
    [
      `${DIR}/en/edition.yaml:3: field "date": write a day that exists, as YYYY-MM-DD, e.g. 2022-03-17. Found: "2022-02-30".`,
    ],
  ],
  [
    'an impossible date of the paper',
    ['paper.yaml', (t) => t.replace('published: 2022-03-17', 'published: 2022-02-30')],
    [
      `${DIR}/paper.yaml:5: field "published": write a day that exists, as YYYY-MM-DD, e.g. 2022-03-17. Found: "2022-02-30".`,
    ],
  ],
  // A ※ typed by hand, which once shipped as a marker that opens nothing.
  [
    'a hand-typed ※ marker',
    ['ja/overview.mdx', (t) => t.replace('を使う段落', '※2を使う段落')],
    [
      `${DIR}/ja/overview.mdx:6:44: a hand-typed marker "※2": the ※ markers and their numbers come from the glossary. Mark the term with <Term id="…" /> where the release puts its ※.`,
    ],
  ],
  // Decomposed Japanese, which once shipped as other bytes than it looks.
  [
    'text not in NFC',
    ['ja/overview.mdx', (t) => t.replace('二つ目の段落です', '二つ目の段落て\u3099す')],
    [
      `${DIR}/ja/overview.mdx:8:26: "て\u3099" after "-2">二つ目の段落" is not in Unicode NFC: it is written as U+3066 U+3099. Write it as U+3067, the form readers' searches match (most editors can save a file as NFC).`,
    ],
  ],
  // A zero-width space in an id: the character first, then what it makes of the id.
  [
    'a zero-width space in an id',
    ['en/overview.mdx', (t) => t.replace('overview-2', 'overview\u200b-2')],
    [
      `${DIR}/en/overview.mdx:8:16: an invisible character, U+200B ZERO WIDTH SPACE, after "="overview". Delete it: it makes ids and quotes differ where they look the same.`,
      `${DIR}/en/overview.mdx:8:1: <p id="overview\u200b-2">: ids are lowercase letters and digits joined by single hyphens, readable in a URL; write id="overview-2", the same in both languages.`,
    ],
  ],
  // An upper-case id, once reported by Astro as `blocks.2.id` at :0:0.
  [
    'an upper-case id',
    ['en/overview.mdx', (t) => t.replace('overview-2', 'Overview-2')],
    [
      `${DIR}/en/overview.mdx:8:1: <p id="Overview-2">: ids are lowercase letters and digits joined by single hyphens, readable in a URL; write id="overview-2", the same in both languages.`,
    ],
  ],
  // A lowercase <term>, which MDX takes for an HTML element: once reported as a duplicate id.
  [
    'a lowercase component name',
    ['en/overview.mdx', (t) => t.replace('<Term id="term-one" />', '<term id="term-one" />')],
    [
      `${DIR}/en/overview.mdx:6:48: <term> is not a component: components start with a capital letter. Write <Term id="…" />.`,
    ],
  ],
  // A block without an id, and words outside any block: neither could be paired with the other language.
  [
    'a block without an id',
    ['en/overview.mdx', (t) => t.replace('<p id="overview-3">', '<p>')],
    [
      `${DIR}/en/overview.mdx:10:1: <p> without an id: every block carries one, the same in both languages, e.g. <p id="overview-1">.`,
    ],
  ],
  [
    'text outside any block',
    ['en/overview.mdx', (t) => `${t}\nA stray line.\n`],
    [
      `${DIR}/en/overview.mdx:12:1: text outside a block with an id; wrap it in <p id="…">…</p>, with the same id in both languages.`,
    ],
  ],
  // One language differing in anything but words: a block's element, a link, a component.
  [
    'a block that is another element in one language',
    ['en/overview.mdx', (t) => t.replace(/<p id="overview-3">(.*)<\/p>/, '<h3 id="overview-3">$1</h3>')],
    [
      `${DIR}/en/overview.mdx:10: "overview-3" is a <h3>, but a <p> in ${DIR}/ja/overview.mdx:10. Both languages use the same element for a block.`,
    ],
  ],
  [
    'a link in one language only',
    ['en/overview.mdx', (t) => t.replace('A third paragraph.', 'A third [paragraph](https://example.org/).')],
    [
      `${DIR}/ja/overview.mdx:10: a link to "https://example.org/" in "overview-3" is missing here but present in ${DIR}/en/overview.mdx:10. Both languages link and show the same things in the same places.`,
    ],
  ],
  [
    'a component in one language only',
    ['en/overview.mdx', (t) => `${t}\n<AtAGlance />\n`],
    [
      `${DIR}/ja/overview.mdx:10: <AtAGlance /> after "overview-3" is missing here but present in ${DIR}/en/overview.mdx:12. Both languages link and show the same things in the same places.`,
    ],
  ],
  [
    'a correction in no block',
    ['ja/edition.yaml', (t) => `${t}corrections:\n  - { source: 段落, corrected: 段落, where: overview-9 }\n`],
    [
      `${DIR}/ja/edition.yaml:9: correction 1 is "where": "overview-9", which is no block of this language. Name the id of the paragraph or list item the corrected word is in.`,
    ],
  ],
  // The paper's fields: a one-word author, once caught only while /paper.bib rendered; a DOI as a URL.
  [
    'a one-word author',
    ['paper.yaml', (t) => t.replace('[A. Author]', '[A. Author, Plato]')],
    [
      `${DIR}/paper.yaml:2: field "authors[1]": write a given and a family name, given first ("Yuki Shimizu"), so that references can list it as "Shimizu Y". Found: "Plato".`,
    ],
  ],
  [
    'a DOI written as a URL',
    ['paper.yaml', (t) => t.replace('doi: 10.1000/fixture', 'doi: https://doi.org/10.1000/fixture')],
    [
      `${DIR}/paper.yaml:6: field "doi": write the DOI alone, without "https://doi.org/" or "doi:", e.g. 10.1038/s41698-022-00260-0. Found: "https://doi.org/10.1000/fixture".`,
    ],
  ],
];

/**
 * The cases that need Astro itself: its own frontmatter check and MDX compiler, and its own schema
 * check of the title blocks and the paper (at :0:0, without the value), would otherwise speak first.
 */
const synced = ['bad frontmatter', 'an MDX syntax error', 'an impossible date', 'a DOI written as a URL'];
/** The cases whose message once depended on which loader finished first. */
const flipped = ['a duplicate id', 'an unknown term'];

describe('broken sections fail `astro sync`, leading with the root cause, naming file, line and id', () => {
  test.concurrent.each(cases.filter(([name]) => synced.includes(name)))(
    '%s',
    async (_, change, problems, location) => {
      expect(await syncBrokenEdition(change)).toBe(printed(failure(problems, location)));
    },
    syncTimeout,
  );

  // Which loader failed first once decided whether the author saw the section's problem or ten
  // consequential ones from at a glance. Now both loaders judge the whole edition before storing
  // anything, and fail alike (the loader cases below), so whichever ends first prints the same.
  test.concurrent.each(cases.filter(([name]) => flipped.includes(name)))(
    '%s, which once printed what at a glance made of it first',
    async (_, change, problems, location) => {
      const run = await syncBrokenEdition(change);
      expect(run).toBe(printed(failure(problems, location)));
      expect(run).not.toContain('at-a-glance.yaml');
    },
    syncTimeout,
  );
});

describe('every content loader, called as Astro calls it, fails on broken sections the same way before storing anything', () => {
  test('the valid fixture: every one goes on to store it', async () => {
    expect(await loadEdition()).toEqual(['stored', 'stored', 'stored', 'stored']);
  });

  test.each(cases)('%s', async (_, change, problems, location) => {
    const failed = failure(problems, location);
    expect(await loadEdition(change)).toEqual([failed, failed, failed, failed]);
  });
});

describe('in `astro dev`, an edit that breaks the content', () => {
  test('is reported once, by the sections loader, after the edit; an edit elsewhere is not looked at', () => {
    const dir = copyEdition();
    try {
      const watcher = new EventEmitter();
      const errors: string[] = [];
      const context = {
        config: { root: pathToFileURL(`${process.cwd()}/`) },
        watcher,
        logger: { error: (message: string) => errors.push(message) },
      };
      // What each loader registers once it has stored its entries.
      recheckOnChange(context as unknown as LoaderContext, dir, sectionReport);
      recheckOnChange(context as unknown as LoaderContext, dir, glanceReport);
      const file = join(dir, 'ja/overview.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('overview-2', 'overview-1'));
      watcher.emit('change', resolve('src/content/model.ts'));
      expect(errors).toEqual([]);
      watcher.emit('change', resolve(file));
      expect(errors).toEqual([
        [
          "The edition's content has 2 problems:",
          `${dir}/ja/overview.mdx:8: duplicate id "overview-1": this block has the id of the block at ${dir}/ja/overview.mdx:6. Every id must be unique within a language.`,
          `${dir}/ja/overview.mdx: id "overview-2" is missing here but present in ${dir}/en/overview.mdx:8.`,
          hint,
        ].join('\n'),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
