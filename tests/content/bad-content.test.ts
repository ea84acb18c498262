import { EventEmitter } from 'node:events';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { glanceReport, sectionReport } from '../../src/lib/content-check';
import { recheckOnChange } from '../../src/loaders/content';
import { copyEdition, DIR, loadEdition, syncBrokenEdition, type Change } from '../support/content';

/** `astro sync` takes 2–3 s alone; several at once on two cores take longer. */
const syncTimeout = 120_000;

const hint = 'Each line names the file (and line) to fix. The README lists the content rules.';

/** What `astro sync` prints for broken sections: the problems, the hint, and the first problem's file as location. */
function printed(problems: readonly string[], location: string): string {
  const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
  return [`[AstroUserError] The edition's content has ${count}:`, ...problems, '  Hint:', `    ${hint}`, '  Location:', `    ${location}`, '  Stack trace:', `    at ${location}`].join('\n');
}

/** Each case: a change to one file of the fixture, every problem reported (the root cause first), and the location. */
const cases: Array<[name: string, change: Change, problems: string[], location: string]> = [
  // A <Term> naming no glossary entry: the typo, then what the other language has there.
  [
    'an unknown term',
    ['ja/overview.mdx', (t) => t.replace('term-one', 'term-two')],
    [
      `${DIR}/ja/overview.mdx:6: <Term id="term-two" /> names no glossary entry. Known ids: term-one.`,
      `${DIR}/ja/overview.mdx:6: <Term id="term-one" /> is missing from "overview-1": ${DIR}/en/overview.mdx:6 references it there. Both languages mark the same terms in the same places.`,
    ],
    `${DIR}/ja/overview.mdx:6:1`,
  ],
  // A paragraph present in Japanese only.
  [
    'a paragraph missing from one language',
    ['en/overview.mdx', (t) => t.replace(/<p id="overview-3">.*<\/p>/, '')],
    [`${DIR}/en/overview.mdx: id "overview-3" is missing here but present in ${DIR}/ja/overview.mdx:10.`],
    `${DIR}/en/overview.mdx:1:1`,
  ],
  // Two blocks sharing an id: the duplicate, then the id the language now lacks.
  [
    'a duplicate id',
    ['ja/overview.mdx', (t) => t.replace('overview-2', 'overview-1')],
    [
      `${DIR}/ja/overview.mdx:8: duplicate id "overview-1": this block has the id of the block at ${DIR}/ja/overview.mdx:6. Every id must be unique within a language.`,
      `${DIR}/ja/overview.mdx: id "overview-2" is missing here but present in ${DIR}/en/overview.mdx:8.`,
    ],
    `${DIR}/ja/overview.mdx:8:1`,
  ],
  // Frontmatter of the wrong type: the line of the value and its field, not Astro's :0:0.
  [
    'bad frontmatter',
    ['en/overview.mdx', (t) => t.replace('order: 1', 'order: first')],
    [`${DIR}/en/overview.mdx:3: frontmatter "order": Invalid input: expected number, received string.`],
    `${DIR}/en/overview.mdx:3:1`,
  ],
  // MDX that does not parse: the parser's words, line and column, as the MDX compiler would say them.
  [
    'an MDX syntax error',
    ['en/overview.mdx', (t) => t.replace('A second paragraph.</p>', 'A second paragraph.')],
    [`${DIR}/en/overview.mdx:8:1: the MDX does not parse: Expected a closing tag for \`<p>\` (8:1) before the end of \`paragraph\` (mdx-jsx:unexpected-character)`],
    `${DIR}/en/overview.mdx:8:1`,
  ],
  // A glossary entry with nothing to say.
  [
    'an empty definition',
    ['ja/glossary.mdx', (t) => t.replace('用語の定義です。', '""')],
    [`${DIR}/ja/glossary.mdx:5: glossary entry "term-one" has an empty definition.`],
    `${DIR}/ja/glossary.mdx:5:1`,
  ],
  // A glossary entry no <Term> references, in the original only.
  [
    'an unreferenced glossary entry',
    ['ja/glossary.mdx', (t) => t.replace(/\n---\n$/, '\n  - id: term-two\n    term: 二つ目\n    definition: 定義。\n---\n')],
    [
      `${DIR}/ja/glossary.mdx:8: glossary entry "term-two" is referenced nowhere. Add <Term id="term-two" /> where the release marks it, or remove the entry.`,
      `${DIR}/en/glossary.mdx: id "term-two" is missing here but present in ${DIR}/ja/glossary.mdx:8.`,
    ],
    `${DIR}/ja/glossary.mdx:8:1`,
  ],
  // Two glossary entries sharing an id.
  [
    'two glossary entries with the same id',
    ['ja/glossary.mdx', (t) => t.replace(/\n---\n$/, '\n  - id: term-one\n    term: 用語\n    definition: 定義。\n---\n')],
    [`${DIR}/ja/glossary.mdx:8: duplicate id "term-one": this glossary entry has the id of the glossary entry at ${DIR}/ja/glossary.mdx:5. Every id must be unique within a language.`],
    `${DIR}/ja/glossary.mdx:8:1`,
  ],
  // A reference the original has and the translation lacks.
  [
    'a reference missing from one language',
    ['en/overview.mdx', (t) => t.replace('<Term id="term-one" />', '')],
    [`${DIR}/en/overview.mdx:6: <Term id="term-one" /> is missing from "overview-1": ${DIR}/ja/overview.mdx:6 references it there. Both languages mark the same terms in the same places.`],
    `${DIR}/en/overview.mdx:6:1`,
  ],
];

/** The cases that need Astro itself: its own frontmatter check and MDX compiler would otherwise speak first. */
const synced = ['bad frontmatter', 'an MDX syntax error'];
/** The cases whose message once depended on which loader finished first. */
const flipped = ['a duplicate id', 'an unknown term'];

describe('broken sections fail `astro sync`, leading with the root cause, naming file, line and id', () => {
  test.concurrent.each(cases.filter(([name]) => synced.includes(name)))('%s', async (_, change, problems, location) => {
    expect(await syncBrokenEdition(change)).toBe(printed(problems, location));
  }, syncTimeout);

  // Which loader failed first once decided whether the author saw the section's problem or ten
  // consequential ones from at a glance. Now both loaders judge the whole edition before storing
  // anything, and fail alike (the loader cases below), so whichever ends first prints the same.
  test.concurrent.each(cases.filter(([name]) => flipped.includes(name)))(
    '%s, which once printed what at a glance made of it first',
    async (_, change, problems, location) => {
      const run = await syncBrokenEdition(change);
      expect(run).toBe(printed(problems, location));
      expect(run).not.toContain('at-a-glance.yaml');
    },
    syncTimeout,
  );
});

describe('either content loader, called as Astro calls it, fails on broken sections the same way before storing anything', () => {
  test('the valid fixture: both go on to store it', async () => {
    expect(await loadEdition()).toEqual(['stored', 'stored']);
  });

  test.each(cases)('%s', async (_, change, problems, location) => {
    const [sections, glance] = await loadEdition(change);
    const count = `${problems.length} problem${problems.length > 1 ? 's' : ''}`;
    expect(sections).toEqual({ message: [`The edition's content has ${count}:`, ...problems].join('\n'), hint, location });
    expect(glance).toEqual(sections);
  });
});

describe('in `astro dev`, an edit that breaks the content', () => {
  test('is reported once, by the sections loader, after the edit; an edit elsewhere is not looked at', () => {
    const dir = copyEdition();
    try {
      const watcher = new EventEmitter();
      const errors: string[] = [];
      const context = { config: { root: pathToFileURL(`${process.cwd()}/`) }, watcher, logger: { error: (message: string) => errors.push(message) } };
      // What each loader registers once it has stored its entries.
      recheckOnChange(context as unknown as LoaderContext, dir, sectionReport);
      recheckOnChange(context as unknown as LoaderContext, dir, glanceReport);
      const file = join(dir, 'ja/overview.mdx');
      writeFileSync(file, readFileSync(file, 'utf8').replace('overview-2', 'overview-1'));
      watcher.emit('change', resolve('src/lib/content-model.ts'));
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
