import { AstroError } from 'astro/errors';
import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { citationParts, partWithin } from '../../src/components/citation/parts';
import { contentParts, pairParts, sectionParts, type PartNode, type SectionPart } from '../../src/parallel/parts';
import { byPosition, perLanguage } from '../../src/site/languages';
import { elementId } from '../../src/markdown/jsx';

/** The top-level nodes of some MDX, as the compile plugin hands them to `partsOf`. */
const nodes = (mdx: string) => (mdxToMdast(mdx) as PartNode).children ?? [];

// What partsOf makes of each kind of node: the mdx-parallel fixtures' parts.json and output.jsx
// (tests/integrations/mdx-parallel), one fixture for each.
describe('elementId', () => {
  test.each([
    ['<p id="a">A</p>', 'a'],
    // A component's id names something else: <Term id> a glossary entry.
    ['<Term id="a" />', undefined],
    // An id written as an expression is not known before the page renders.
    ['<p id={"a"}>A</p>', undefined],
    ['<p>A</p>', undefined],
  ])('of %s is %s', (mdx, id) => {
    expect(elementId(nodes(mdx)[0] as PartNode)).toBe(id);
  });
});

describe('sectionParts', () => {
  test("puts the heading first, then the MDX's parts, then what the section shows", () => {
    expect(sectionParts({ id: 'glossary', content: [{ id: 'g-1', line: 5 }], entries: ['a', 'b'] })).toEqual([
      { kind: 'heading', id: 'glossary-heading' },
      { kind: 'content', index: 0, id: 'g-1', line: 5 },
      { kind: 'entry', id: 'a' },
      { kind: 'entry', id: 'b' },
    ]);
  });

  test('adds the citation part by part, and the list of corrections whole', () => {
    expect(sectionParts({ id: 'p', content: [], shows: 'citation' }).slice(1)).toEqual(
      citationParts.map((id, index) => ({ kind: 'citation', index, id })),
    );
    expect(sectionParts({ id: 'n', content: [], shows: 'corrections' }).slice(1)).toEqual([
      { kind: 'corrections', id: undefined },
    ]);
  });
});

describe('pairParts', () => {
  const files = { ja: 'content/ja/s.mdx', en: 'content/en/s.mdx' };
  const content = (...ids: Array<string | undefined>) =>
    sectionParts({ id: 's', content: ids.map((id, i) => ({ id, line: 10 + i })) });

  test('pairs the parts of both languages in order', () => {
    const [ja, en] = [content('s-1', undefined), content('s-1', undefined)];
    expect(pairParts(files, { ja, en })).toEqual([
      { id: 's-heading', parts: { ja: ja[0], en: en[0] } },
      { id: 's-1', parts: { ja: ja[1], en: en[1] } },
      { id: undefined, parts: { ja: ja[2], en: en[2] } },
    ]);
  });

  test.each([
    // Ids in another order (the loader reports it first, with both files).
    [
      content('a', 'b'),
      content('b', 'a'),
      'content/en/s.mdx:10: block 2 of the section is "b" here but "a" in content/ja/s.mdx:10.',
    ],
    [
      content('a', 'b'),
      content('a'),
      'content/en/s.mdx: block 3 of the section is nothing here but "b" in content/ja/s.mdx:11.',
    ],
    // A block without id, a figure say, that only the translation has.
    [
      content('a'),
      content('a', undefined),
      'content/en/s.mdx:11: block 3 of the section is a block without id here but nothing in content/ja/s.mdx.',
    ],
  ] as Array<[SectionPart[], SectionPart[], string]>)(
    'refuses parts that do not match, naming file and line: %#',
    (ja, en, message) => {
      expect(() => pairParts(files, { ja, en })).toThrow(
        new AstroError(
          message,
          'Give both languages the same blocks, with the same ids, in the same order: the parallel view pairs them one by one.',
        ),
      );
    },
  );
});

describe('partWithin', () => {
  test.each([
    [undefined, undefined],
    [0, null],
    [1, 0],
    [4, 3],
    [5, null],
  ])('part %s of the container is part %s of the component at 1–4', (part, within) => {
    expect(partWithin(part, 1, 4)).toBe(within);
  });
});

describe('contentParts', () => {
  test('reads the parts the compile listed', () => {
    expect(contentParts({ title: 'T', parallelParts: [{ id: 'a', line: 5 }] }, 'content/ja/a.mdx')).toEqual([
      { id: 'a', line: 5 },
    ]);
  });

  test('refuses a section compiled without the plugin', () => {
    expect(() => contentParts({ title: 'T' }, 'content/ja/a.mdx')).toThrow(
      'content/ja/a.mdx was compiled without its parts for the parallel view.',
    );
  });
});

describe('perLanguage', () => {
  test('loads one value for each language', async () => {
    expect(await perLanguage((lang) => Promise.resolve(lang.toUpperCase()))).toEqual({ ja: 'JA', en: 'EN' });
  });
});

describe('byPosition', () => {
  test('lines up the lists item by item', () => {
    expect(byPosition({ ja: ['概要', '用語解説'], en: ['Overview', 'Glossary'] })).toEqual([
      { ja: '概要', en: 'Overview' },
      { ja: '用語解説', en: 'Glossary' },
    ]);
  });

  test('refuses lists of different lengths', () => {
    expect(() => byPosition({ ja: ['a', 'b'], en: ['a'] })).toThrow(
      'Cannot line up lists of different lengths: ja 2, en 1.',
    );
  });
});
