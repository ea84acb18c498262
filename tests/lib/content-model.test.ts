import { describe, expect, test } from 'vitest';
import { numberEntries } from '../../src/content/model';
import { sectionFields } from '../../src/content/loaders/sections';
import { sectionEntrySchema } from '../../src/content/schema';
import { editionWith as fixture } from '../support/edition';

describe('buildPublication', () => {
  test('reads every language of the fixture, the original first', () => {
    const { languages } = fixture();
    expect(languages.map((l) => [l.lang, l.dir])).toEqual([
      ['ja', 'tests/fixtures/edition/ja'],
      ['en', 'tests/fixtures/edition/en'],
    ]);
  });

  test('orders the sections by `order`', () => {
    const [ja] = fixture().languages;
    expect(ja?.sections.map((s) => [s.section, s.file, s.data?.order])).toEqual([
      ['overview', 'tests/fixtures/edition/ja/overview.mdx', 1],
      ['glossary', 'tests/fixtures/edition/ja/glossary.mdx', 2],
    ]);
  });

  test('holds the blocks with id, element, text and position, and the references with term and block', () => {
    const [, en] = fixture().languages;
    expect(en?.blocks.map((b) => [b.id, b.element, b.text, `${b.file}:${b.position.start.line}`])).toEqual([
      ['overview-1', 'p', 'A paragraph that uses a term.', 'tests/fixtures/edition/en/overview.mdx:6'],
      ['overview-2', 'p', 'A second paragraph.', 'tests/fixtures/edition/en/overview.mdx:8'],
      ['overview-3', 'p', 'A third paragraph.', 'tests/fixtures/edition/en/overview.mdx:10'],
    ]);
    expect(en?.references.map((r) => [r.term, r.block, r.section, `${r.file}:${r.position.start.line}`])).toEqual([
      ['term-one', 'overview-1', 'overview', 'tests/fixtures/edition/en/overview.mdx:6'],
    ]);
  });

  test('numbers the glossary, each entry at the line of its id', () => {
    const [ja] = fixture().languages;
    expect(ja?.glossary).toEqual([
      {
        id: 'term-one',
        term: '用語',
        definition: '用語の定義です。',
        file: 'tests/fixtures/edition/ja/glossary.mdx',
        line: 5,
        number: 1,
      },
    ]);
  });

  test('reads at a glance with every traced item and its line', () => {
    const [, en] = fixture().languages;
    expect(en?.glance?.file).toBe('tests/fixtures/edition/en/at-a-glance.yaml');
    expect(en?.glance?.items.map((i) => [i.name, i.restates, i.line])).toEqual([
      ['legend "cell"', 'overview-1', 6],
      ['legend "dead"', 'overview-1', 7],
      ['legend "persister"', 'overview-1', 8],
      ['legend "resistant"', 'overview-1', 9],
      ['step "treatment"', 'overview-2', 11],
      ['step "resistance"', 'overview-2', 12],
      ['step "screen"', 'overview-2', 13],
      ['step "combination"', 'overview-2', 14],
      ['step "resensitised"', 'overview-2', 15],
      ['number 1 ("Second")', 'overview-2', 17],
    ]);
  });

  test('sorts a section whose frontmatter is invalid last, and keeps its problem', () => {
    const [en] = fixture({ 'en/overview.mdx': (t) => t.replace('order: 1', 'order: first') }, ['en']).languages;
    expect(en?.sections.map((s) => [s.section, s.problems.length])).toEqual([
      ['glossary', 0],
      ['overview', 1],
    ]);
  });

  test('leaves out a language without files, at a glance included', () => {
    const [fr] = fixture({}, ['fr']).languages;
    expect(fr).toMatchObject({
      lang: 'fr',
      dir: 'tests/fixtures/edition/fr',
      sections: [],
      glossary: [],
      glance: undefined,
    });
  });
});

describe('numberEntries', () => {
  test('numbers entries from 1, in their order: the number is never typed', () => {
    expect(numberEntries([{ id: 'b' }, { id: 'a' }])).toEqual([
      { id: 'b', number: 1 },
      { id: 'a', number: 2 },
    ]);
  });
});

describe('sectionFields', () => {
  const [ja, en] = fixture().languages;
  if (!ja || !en) throw new Error('The fixture has both languages.');
  const stored = (content: typeof ja, name: string) => {
    const section = content.sections.find((s) => s.section === name);
    if (!section?.data) throw new Error(`No sound section "${name}".`);
    return { ...section.data, ...sectionFields(content, section) };
  };

  test("stores a section's blocks and references as the model reads them, with the model's paths", () => {
    expect(stored(en, 'overview')).toMatchObject({
      file: 'tests/fixtures/edition/en/overview.mdx',
      dir: 'tests/fixtures/edition/en',
      blocks: [
        { id: 'overview-1', element: 'p', text: 'A paragraph that uses a term.' },
        { id: 'overview-2', element: 'p', text: 'A second paragraph.' },
        { id: 'overview-3', element: 'p', text: 'A third paragraph.' },
      ],
      references: [{ term: 'term-one', block: 'overview-1', offset: 28, line: 6 }],
    });
    expect(stored(en, 'overview')).not.toHaveProperty('entries');
  });

  test('stores the numbered glossary with the section that declares it, without file and line', () => {
    expect(stored(ja, 'glossary').entries).toEqual([
      { id: 'term-one', term: '用語', definition: '用語の定義です。', number: 1, marker: '※1' },
    ]);
  });

  test("passes the collection's schema as it is, for every section", () => {
    for (const content of [ja, en])
      for (const section of content.sections) {
        const data = stored(content, section.section);
        expect(sectionEntrySchema.parse(data)).toEqual(data);
      }
  });
});
