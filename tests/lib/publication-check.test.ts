import { describe, expect, test } from 'vitest';
import { buildPublication } from '../../src/content/model';
import { formatProblem } from '../../src/content/problem';
import { checkPublication } from '../../src/content/check/publication';

/**
 * A minimal valid edition: two paragraphs, each marking one of the glossary's two terms.
 * Line numbers in the expected messages below count lines of these files.
 */
const valid: Record<string, string> = {
  'content/ja/overview.mdx': `---
title: 概要
order: 1
---
<p id="overview-1">用語<Term id="term-one" />を使う段落です。</p>
<p id="overview-2">二つ目の用語<Term id="term-two" />の段落です。</p>
`,
  'content/ja/glossary.mdx': `---
title: 用語解説
order: 2
entries:
  - id: term-one
    term: 用語
    definition: 用語の定義です。
  - id: term-two
    term: 二つ目の用語
    definition: 二つ目の用語の定義です。
---
`,
  'content/en/overview.mdx': `---
title: Overview
order: 1
---
<p id="overview-1">A term<Term id="term-one" /> in a paragraph.</p>
<p id="overview-2">A second term<Term id="term-two" /> in a paragraph.</p>
`,
  'content/en/glossary.mdx': `---
title: Glossary
order: 2
entries:
  - id: term-one
    term: Term
    definition: The definition of the term.
  - id: term-two
    term: Second term
    definition: The definition of the second term.
---
`,
};

/** The content model of the files, as the loaders build it from a content directory `content`. */
function editionOf(files: Record<string, string>) {
  const content = Object.entries(files).map(([path, text]) => {
    const [, lang = '', name = ''] = path.split('/');
    return { path, lang, name, text };
  });
  const publication = buildPublication({ dir: 'content', files: content }, ['ja', 'en']);
  const unread = publication.languages.flatMap((l) => l.sections.flatMap((s) => s.problems));
  if (unread.length) throw new Error(`The fixture does not read: ${unread.map(formatProblem).join('; ')}`);
  return publication;
}

function problemsWith(changes: Record<string, (text: string) => string>): string[] {
  const files = { ...valid };
  for (const [file, change] of Object.entries(changes)) {
    const changed = change(files[file] ?? '');
    if (changed === files[file]) throw new Error(`The change to ${file} changed nothing.`);
    files[file] = changed;
  }
  return checkPublication(editionOf(files)).map(formatProblem);
}

describe('checkPublication', () => {
  test('finds nothing wrong with a valid edition', () => {
    expect(problemsWith({})).toEqual([]);
  });

  test("refuses an address in edition.yaml that is no line of the contacts' address, naming file, line and value", () => {
    const contacts = (line: string) => (t: string) =>
      `${t}<address id="contact-research-address">Institute<br />${line}</address>\n`;
    const blocks = {
      'content/ja/overview.mdx': contacts('〒100-0001 東京都'),
      'content/en/overview.mdx': contacts('Tokyo 100-0001'),
    };
    const edition = (address: string) => () =>
      `headline: H\ndateline: 17 March 2022\ndate: 2022-03-17\nreviewed: 2026-12-06\ninstitution: Institute\naddress: ${address}\ndescription: A description of the edition, long enough for its schema.\n`;
    expect(problemsWith({ ...blocks, 'content/en/edition.yaml': edition('Tokyo 100-0001') })).toEqual([]);
    expect(problemsWith({ ...blocks, 'content/en/edition.yaml': edition('Tokyo 100-0002') })).toEqual([
      'content/en/edition.yaml:6: "address" is "Tokyo 100-0002", which is no line of <address id="contact-research-address"> in content/en/overview.mdx. Copy its line with the postal code.',
    ]);
  });

  // A reference to an unknown term, and one the translation has and the original lacks:
  // tests/content/bad-content.test.ts.
  test.each<[string, Record<string, (text: string) => string>, string[]]>([
    // A glossary entry whose id is already a paragraph's: the entry's anchor would clash.
    [
      'a glossary entry with the id of a paragraph',
      {
        'content/ja/glossary.mdx': (t) => t.replace('id: term-two', 'id: overview-2'),
        'content/en/glossary.mdx': (t) => t.replace('id: term-two', 'id: overview-2'),
        'content/ja/overview.mdx': (t) => t.replace('term-two', 'overview-2'),
        'content/en/overview.mdx': (t) => t.replace('term-two', 'overview-2'),
      },
      [
        'content/ja/glossary.mdx:8: duplicate id "overview-2": this glossary entry has the id of the block at content/ja/overview.mdx:6. Every id must be unique within a language.',
        'content/en/glossary.mdx:8: duplicate id "overview-2": this glossary entry has the id of the block at content/en/overview.mdx:6. Every id must be unique within a language.',
      ],
    ],
    [
      'an empty term',
      { 'content/en/glossary.mdx': (t) => t.replace('term: Term\n', 'term: ""\n') },
      ['content/en/glossary.mdx:5: glossary entry "term-one" has an empty term.'],
    ],
    [
      'a reference repeated in one language only',
      { 'content/ja/overview.mdx': (t) => t.replace('を使う', '<Term id="term-one" />を使う') },
      [
        'content/en/overview.mdx:5: <Term id="term-one" /> is missing from "overview-1": content/ja/overview.mdx:5 references it there 2 times, here 1. Both languages mark the same terms in the same places.',
      ],
    ],
    [
      'a reference moved to another paragraph',
      {
        'content/en/overview.mdx': (t) =>
          t.replace('<Term id="term-one" />', '').replace('A second term', 'A second term<Term id="term-one" />'),
      },
      [
        'content/en/overview.mdx:5: <Term id="term-one" /> is missing from "overview-1": content/ja/overview.mdx:5 references it there. Both languages mark the same terms in the same places.',
        'content/ja/overview.mdx:6: <Term id="term-one" /> is missing from "overview-2": content/en/overview.mdx:6 references it there. Both languages mark the same terms in the same places.',
      ],
    ],
    [
      'references in another order',
      {
        'content/ja/overview.mdx': (t) =>
          t.replace('<Term id="term-one" />', '<Term id="term-one" /><Term id="term-two" />'),
        'content/en/overview.mdx': (t) =>
          t.replace('<Term id="term-one" />', '<Term id="term-two" /><Term id="term-one" />'),
      },
      [
        'content/en/overview.mdx:5: "overview-1" references its terms in the order term-two, term-one, but content/ja/overview.mdx in the order term-one, term-two.',
      ],
    ],
    [
      'a <Term> without an id',
      {
        'content/ja/overview.mdx': (t) => t.replace('を使う', '<Term />を使う'),
        'content/en/overview.mdx': (t) => t.replace(' in a paragraph.', '<Term /> in a paragraph.'),
      },
      [
        'content/ja/overview.mdx:5: <Term> without an id: write <Term id="…" /> naming a glossary entry.',
        'content/en/overview.mdx:5: <Term> without an id: write <Term id="…" /> naming a glossary entry.',
      ],
    ],
    [
      'paragraphs in another order',
      { 'content/en/overview.mdx': (t) => t.replace(/(<p id="overview-1">.*\n)(<p id="overview-2">.*\n)/, '$2$1') },
      [
        'content/en/overview.mdx:5: ids are in a different order than in content/ja/overview.mdx: "overview-2" stands where "overview-1" does there (content/ja/overview.mdx:5).',
      ],
    ],
    // A <Term> outside any block: its marker would have no paragraph to link back to.
    [
      'a <Term> outside any block',
      {
        'content/ja/overview.mdx': (t) => `${t}\n<Term id="term-one" />\n`,
        'content/en/overview.mdx': (t) => `${t}\n<Term id="term-one" />\n`,
      },
      [
        'content/ja/overview.mdx:8: <Term id="term-one" /> stands outside any block with an id; put it inside one, e.g. <p id="…">.',
        'content/en/overview.mdx:8: <Term id="term-one" /> stands outside any block with an id; put it inside one, e.g. <p id="…">.',
      ],
    ],
    // Two sections declaring glossary entries: the ※ numbers would be ambiguous.
    [
      'two glossaries',
      {
        'content/ja/notes.mdx': () =>
          '---\ntitle: 注記\norder: 3\nentries:\n  - id: term-three\n    term: 三つ目\n    definition: 定義。\n---\n',
        'content/en/notes.mdx': () => '---\ntitle: Notes\norder: 3\n---\n',
      },
      [
        'content/ja/notes.mdx: expected exactly one glossary section (a section with `entries` in its frontmatter), found 2: content/ja/glossary.mdx, content/ja/notes.mdx.',
        'content/ja/notes.mdx:5: glossary entry "term-three" is referenced nowhere. Add <Term id="term-three" /> where the release marks it, or remove the entry.',
        'content/en/notes.mdx: id "term-three" is missing here but present in content/ja/notes.mdx:5.',
      ],
    ],
    // Sections nest one level deep, under another section.
    [
      'a section that is its own parent',
      {
        'content/ja/overview.mdx': (t) => t.replace('order: 1', 'order: 1\nparent: overview'),
        'content/en/overview.mdx': (t) => t.replace('order: 1', 'order: 1\nparent: overview'),
      },
      [
        'content/ja/overview.mdx:4: parent "overview" names no other section of this language. Write the id of a section (its file\'s name without .mdx): glossary.',
        'content/en/overview.mdx:4: parent "overview" names no other section of this language. Write the id of a section (its file\'s name without .mdx): glossary.',
      ],
    ],
    [
      'a parent that is a subsection itself',
      {
        'content/ja/overview.mdx': (t) => t.replace('order: 1', 'order: 1\nparent: glossary'),
        'content/ja/glossary.mdx': (t) => t.replace('order: 2', 'order: 2\nparent: overview'),
      },
      [
        'content/ja/overview.mdx:4: parent "glossary" is itself a subsection (of "overview"): sections nest one level deep. Name a top-level section.',
        'content/ja/glossary.mdx:4: parent "overview" is itself a subsection (of "glossary"): sections nest one level deep. Name a top-level section.',
        'content/en/overview.mdx:3: parent is not set, but "glossary" in content/ja/overview.mdx. Both languages give a section the same parent.',
        'content/en/glossary.mdx:3: parent is not set, but "overview" in content/ja/glossary.mdx. Both languages give a section the same parent.',
      ],
    ],
    [
      'shown content in one language only',
      { 'content/en/glossary.mdx': (t) => t.replace('order: 2', 'order: 2\nshows: citation') },
      [
        'content/en/glossary.mdx:4: shows is "citation", but not set in content/ja/glossary.mdx. Both languages give a section the same shows.',
      ],
    ],
    [
      'a section missing from the translation',
      { 'content/ja/notes.mdx': () => '---\ntitle: 注記\norder: 3\n---\n<p id="notes-1">注記です。</p>\n' },
      ['content/ja/notes.mdx: section "notes" has no counterpart in language "en": add content/en/notes.mdx.'],
    ],
  ])('reports %s with its file, line and id', (_, changes, expected) => {
    expect(problemsWith(changes)).toEqual(expected);
  });
});
