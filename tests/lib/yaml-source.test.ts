import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { pathName, readYaml, validateYaml } from '../../src/content/read/yaml';

const text = ['title: T', 'entries:', '  - id: a', '    term: A', '  - { id: b, term: B }', 'flow: [1, 2]', ''].join(
  '\n',
);

describe('readYaml', () => {
  test('reads the data', () => {
    expect(readYaml(text, 'f.yaml').data).toEqual({
      title: 'T',
      entries: [
        { id: 'a', term: 'A' },
        { id: 'b', term: 'B' },
      ],
      flow: [1, 2],
    });
  });

  test.each<[string, readonly PropertyKey[], number]>([
    ['a top-level value', ['title'], 1],
    ['a nested value', ['entries', 0, 'term'], 4],
    // A value in a flow mapping, on the mapping's line.
    ['a value in a flow mapping', ['entries', 1, 'id'], 5],
    // A missing key: the mapping that lacks it.
    ['a missing key', ['entries', 1, 'definition'], 5],
    // A missing index: the sequence.
    ['a missing item', ['entries', 5], 3],
  ])('locates %s', (_, path, line) => {
    expect(readYaml(text, 'f.yaml').lineOf(path)).toBe(line);
  });

  test('counts lines from the line the text starts on', () => {
    expect(readYaml(text, 'f.mdx', 2).lineOf(['entries', 0, 'term'])).toBe(5);
  });

  test('locates a key', () => {
    expect(readYaml(text, 'f.yaml').lineOfKey([], 'flow')).toBe(6);
  });

  test('reports a syntax error at its line, and no data', () => {
    const source = readYaml('a: 1\nb: [\nc: 2\n', 'f.yaml', 10);
    expect(source.data).toBeUndefined();
    expect(source.problems.map((p) => [p.file, p.line])).toEqual([['f.yaml', 12]]);
    expect(source.problems[0]?.message).toMatch(/^YAML does not parse: /);
  });

  test('reports a duplicate key', () => {
    expect(readYaml('a: 1\na: 2\n', 'f.yaml').problems).toEqual([
      { file: 'f.yaml', line: 2, message: 'YAML does not parse: Map keys must be unique' },
    ]);
  });
});

describe('validateYaml', () => {
  const schema = z.strictObject({
    title: z.string().min(1, 'the title is empty'),
    entries: z.array(z.strictObject({ id: z.string(), term: z.string() })),
  });

  test('gives the data when valid', () => {
    expect(validateYaml(schema, readYaml('title: T\nentries: []\n', 'f.yaml'), 'f.yaml', 'frontmatter')).toEqual({
      data: { title: 'T', entries: [] },
      problems: [],
    });
  });

  test('says what to add for a field that is missing, at the mapping that lacks it', () => {
    expect(validateYaml(schema, readYaml('entries:\n  - id: a\n', 'f.yaml'), 'f.yaml', 'field').problems).toEqual([
      { file: 'f.yaml', line: 1, message: 'field "title": missing: add `title:` with a string.' },
      { file: 'f.yaml', line: 2, message: 'field "entries[0].term": missing: add `term:` with a string.' },
    ]);
  });

  test('locates every issue at the value it concerns, in the order of the lines', () => {
    const source = readYaml(
      ['entries:', '  - id: a', '    term: 1', '    extra: x', "title: ''", ''].join('\n'),
      'f.mdx',
      2,
    );
    expect(validateYaml(schema, source, 'f.mdx', 'frontmatter').problems).toEqual([
      {
        file: 'f.mdx',
        line: 4,
        message:
          'frontmatter "entries[0].term": Invalid input: expected string, received number. Found: 1. YAML reads it as a number: write it in quotes, "1".',
      },
      {
        file: 'f.mdx',
        line: 5,
        message: 'frontmatter "entries[0].extra": unknown field; remove it or check its spelling.',
      },
      { file: 'f.mdx', line: 6, message: 'frontmatter "title": the title is empty.' },
    ]);
  });
});

describe('pathName', () => {
  test.each<[readonly PropertyKey[], string]>([
    [['order'], 'order'],
    [['entries', 0, 'id'], 'entries[0].id'],
    [[], '(the whole file)'],
  ])('%j is %s', (path, name) => {
    expect(pathName(path)).toBe(name);
  });
});
