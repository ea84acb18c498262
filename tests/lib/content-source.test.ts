import { describe, expect, test } from 'vitest';
import { declaredEntries, declaredIds, lineAt, termReferences } from '../../src/lib/content-source';

describe('lineAt', () => {
  test.each([
    // The first character is on line 1.
    ['a\nb', 0, 1],
    // A newline belongs to the line it ends.
    ['a\nb', 1, 1],
    ['a\nb', 2, 2],
    // Offsets past the end stay on the last line.
    ['a\nb', 99, 2],
  ])('lineAt(%j, %i) is %i', (text, offset, line) => {
    expect(lineAt(text, offset)).toBe(line);
  });
});

describe('declaredIds', () => {
  test('finds ids on HTML elements, in order, with their lines', () => {
    const source = '---\ntitle: T\n---\n\n<p id="a">x</p>\n\n<ul>\n  <li class="c" id="b">y</li>\n</ul>\n';
    expect(declaredIds(source)).toEqual([
      { id: 'a', line: 5 },
      { id: 'b', line: 8 },
    ]);
  });

  test('ignores components: a <Term id> is a reference, not a declaration', () => {
    expect(declaredIds('<p id="a">x<Term id="t" /></p>')).toEqual([{ id: 'a', line: 1 }]);
  });
});

describe('declaredEntries', () => {
  const glossary = ['---', 'title: Glossary', 'order: 6', 'entries:', '  - id: first', '    term: First', '    definition: One.', '  - id: "second" # quoted', '    term: Second', '    definition: Two.', '---', '', 'Body with id: not-an-entry', ''].join('\n');

  test('finds the entries of the frontmatter with the line of each id', () => {
    expect(declaredEntries(glossary)).toEqual([
      { id: 'first', line: 5 },
      { id: 'second', line: 8 },
    ]);
  });

  test('keeps duplicates, so the n-th result is the n-th entry', () => {
    const source = '---\nentries:\n  - id: a\n    term: A\n  - id: a\n    term: A again\n---\n';
    expect(declaredEntries(source)).toEqual([
      { id: 'a', line: 3 },
      { id: 'a', line: 5 },
    ]);
  });

  test('finds an id that is not the first key of its entry', () => {
    expect(declaredEntries('---\nentries:\n  - term: A\n    id: a\n---\n')).toEqual([{ id: 'a', line: 4 }]);
  });

  test('reads Windows line ends', () => {
    expect(declaredEntries('---\r\nentries:\r\n  - id: a\r\n---\r\n')).toEqual([{ id: 'a', line: 3 }]);
  });

  test('finds nothing in a file without frontmatter', () => {
    expect(declaredEntries('<p id="a">- id: b</p>')).toEqual([]);
  });
});

describe('termReferences', () => {
  test('resolves each reference to its term, line and block', () => {
    const source = [
      '---',
      'title: T',
      '---',
      '<p id="p-1">A<Term id="alpha" /> and B<Term id="beta"/>.</p>',
      '<ul>',
      "  <li id=\"item-1\">C<Term id='gamma' /></li>",
      '</ul>',
    ].join('\n');
    expect(termReferences(source)).toEqual([
      { term: 'alpha', line: 4, block: 'p-1' },
      { term: 'beta', line: 4, block: 'p-1' },
      { term: 'gamma', line: 6, block: 'item-1' },
    ]);
  });

  test('attributes a reference before any block to no block', () => {
    expect(termReferences('Text<Term id="alpha" />')).toEqual([{ term: 'alpha', line: 1, block: undefined }]);
  });

  test('reports a <Term> without an id with an empty term', () => {
    expect(termReferences('<p id="p">x<Term /></p>')).toEqual([{ term: '', line: 1, block: 'p' }]);
  });

  test('does not mistake other components for references', () => {
    expect(termReferences('<p id="p"><Terms id="x" /><Terminal id="y" /></p>')).toEqual([]);
  });
});
