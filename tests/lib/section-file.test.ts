import { describe, expect, test } from 'vitest';
import { readSection, sectionName } from '../../src/content/read/section-file';

const glossary = [
  '---',
  'title: Glossary',
  'order: 6',
  'entries:',
  '  - id: first',
  '    term: First',
  '    definition: One.',
  '  - id: "second" # quoted',
  '    term: Second',
  '    definition: Two.',
  '---',
  '',
  '<p id="glossary-note">Body with id: not-an-entry</p>',
  '',
].join('\n');

describe('readSection', () => {
  test('reads the frontmatter, the blocks and the references, each placed in its section and file', () => {
    const section = readSection(
      'content/en/overview.mdx',
      'en',
      '---\ntitle: Overview\norder: 1\n---\n\n<p id="overview-1">A<Term id="t" /></p>\n',
    );
    expect(section).toMatchObject({
      section: 'overview',
      lang: 'en',
      file: 'content/en/overview.mdx',
      data: { title: 'Overview', order: 1 },
      entries: [],
      problems: [],
    });
    expect(section.blocks).toEqual([
      expect.objectContaining({ id: 'overview-1', section: 'overview', file: 'content/en/overview.mdx' }),
    ]);
    expect(section.references).toEqual([
      expect.objectContaining({ term: 't', block: 'overview-1', section: 'overview', file: 'content/en/overview.mdx' }),
    ]);
  });

  test('finds the glossary entries of the frontmatter with the line of each id', () => {
    expect(readSection('content/en/glossary.mdx', 'en', glossary).entries).toEqual([
      { id: 'first', term: 'First', definition: 'One.', file: 'content/en/glossary.mdx', line: 5 },
      { id: 'second', term: 'Second', definition: 'Two.', file: 'content/en/glossary.mdx', line: 8 },
    ]);
  });

  test('keeps duplicate entries, so the n-th is the n-th entry', () => {
    const source =
      '---\ntitle: G\norder: 1\nentries:\n  - id: a\n    term: A\n    definition: D\n  - id: a\n    term: A again\n    definition: D\n---\n';
    expect(readSection('g.mdx', 'en', source).entries.map((e) => [e.id, e.term, e.line])).toEqual([
      ['a', 'A', 5],
      ['a', 'A again', 8],
    ]);
  });

  test('finds an id that is not the first key of its entry', () => {
    const source = '---\ntitle: G\norder: 1\nentries:\n  - term: A\n    id: a\n    definition: D\n---\n';
    expect(readSection('g.mdx', 'en', source).entries.map((e) => e.line)).toEqual([6]);
  });

  test('reads Windows line ends', () => {
    const source =
      '---\r\ntitle: G\r\norder: 1\r\nentries:\r\n  - id: a\r\n    term: A\r\n    definition: D\r\n---\r\n';
    expect(readSection('g.mdx', 'en', source)).toMatchObject({ problems: [], entries: [{ id: 'a', line: 5 }] });
  });

  // An unknown field and YAML that does not parse, reported by the same reader at the line it is
  // given: tests/lib/yaml-source.test.ts. A frontmatter value of the wrong type, and MDX that does
  // not parse: tests/content/bad-content.test.ts.
  test.each([
    [
      'an invalid glossary id',
      '---\ntitle: T\norder: 1\nentries:\n  - id: Alk\n    term: A\n    definition: D\n---\n',
      [
        'g.mdx:5: frontmatter "entries[0].id": ids are lowercase letters and digits joined by single hyphens, e.g. "alk-fusion-gene". Found: "Alk".',
      ],
    ],
    [
      'a glossary entry without an id',
      '---\ntitle: T\norder: 1\nentries:\n  - term: A\n    definition: D\n---\n',
      [
        'g.mdx:5: frontmatter "entries[0].id": write an id: lowercase letters and digits joined by single hyphens, e.g. "alk-fusion-gene".',
      ],
    ],
    [
      'a file without frontmatter',
      '<p id="a">x</p>\n',
      ['g.mdx:1: the file has no frontmatter: start it with `---`, a `title` and an `order`, and `---`.'],
    ],
  ])('reports %s at its line', (_, source, expected) => {
    const section = readSection('g.mdx', 'en', source);
    expect(section.data).toBeUndefined();
    expect(section.problems.map((p) => `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}: ${p.message}`)).toEqual(
      expected,
    );
  });
});

describe('sectionName', () => {
  test('is the file name without .mdx', () => {
    expect(sectionName('tests/.tmp/x/ja/overview.mdx')).toBe('overview');
  });
});
