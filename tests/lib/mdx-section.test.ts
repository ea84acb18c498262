import { describe, expect, test } from 'vitest';
import { parseMdx } from '../../src/content/read/mdx-section';

/** Each block as `id element line:column`, to compare positions at a glance. */
const blocksOf = (source: string) =>
  parseMdx(source).blocks.map((b) => `${b.id} ${b.element} ${b.position.start.line}:${b.position.start.column}`);
/** Each reference as `term@block line`. */
const referencesOf = (source: string) =>
  parseMdx(source).references.map((r) => `${r.term}@${r.block ?? '(none)'} ${r.position.start.line}`);

describe('parseMdx: blocks', () => {
  test('finds every HTML element with an id, in order, with its element and position', () => {
    const source = '---\ntitle: T\n---\n\n<p id="a">x</p>\n\n<ul>\n  <li class="c" id="b">y</li>\n</ul>\n';
    expect(blocksOf(source)).toEqual(['a p 5:1', 'b li 8:3']);
  });

  test('finds list items written on one line, in text', () => {
    expect(blocksOf('<ul><li id="a">x</li><li id="b">y</li></ul>')).toEqual(['a li 1:5', 'b li 1:22']);
  });

  test('ignores components: a <Term id> is a reference, not a block', () => {
    expect(blocksOf('<p id="a">x<Term id="t" /></p>')).toEqual(['a p 1:1']);
  });

  test('ignores elements without a literal id', () => {
    expect(blocksOf('<p>x</p>\n\n<p id={"a"}>y</p>')).toEqual([]);
  });

  test('gives each block the text a reader sees: no markup, no marker, a line break for <br />', () => {
    const [paragraph, item, address] = parseMdx(
      '<p id="a">one<Term id="t" /> *two* `three` &amp; [four](https://example.org)</p>\n\n<ul>\n  <li id="b">five</li>\n</ul>\n\n<address id="c">A<br />B</address>',
    ).blocks;
    expect(paragraph?.text).toBe('one two three & four');
    expect(item?.text).toBe('five');
    expect(address?.text).toBe('A\nB');
  });
});

describe('parseMdx: references', () => {
  test('resolves each reference to its term, line and block', () => {
    const source = [
      '---',
      'title: T',
      '---',
      '<p id="p-1">A<Term id="alpha" /> and B<Term id="beta"/>.</p>',
      '<ul>',
      '  <li id="item-1">C<Term id=\'gamma\' /></li>',
      '</ul>',
    ].join('\n');
    expect(referencesOf(source)).toEqual(['alpha@p-1 4', 'beta@p-1 4', 'gamma@item-1 6']);
  });

  test('places each marker in the text of its block', () => {
    const [first, second] = parseMdx('<p id="a">One<Term id="x" /> two<Term id="y" />.</p>').references;
    expect([first?.textOffset, second?.textOffset]).toEqual([3, 7]);
  });

  test('attributes a reference to the innermost block', () => {
    expect(referencesOf('<ul id="list">\n  <li id="item">x<Term id="t" /></li>\n</ul>')).toEqual(['t@item 2']);
  });

  test('attributes a reference outside any block to no block', () => {
    expect(parseMdx('Text<Term id="alpha" />').references).toEqual([
      expect.objectContaining({ term: 'alpha', block: undefined, textOffset: undefined }),
    ]);
  });

  test('reports a <Term> without a literal id with an empty term', () => {
    expect(referencesOf('<p id="p">x<Term /><Term id={"y"} /></p>')).toEqual(['@p 1', '@p 1']);
  });

  test('does not mistake other components for references', () => {
    expect(parseMdx('<p id="p"><Terms id="x" /><Terminal id="y" /></p>').references).toEqual([]);
  });
});

describe('parseMdx: frontmatter', () => {
  test('gives the raw YAML and the line it starts on', () => {
    expect(parseMdx('---\ntitle: T\norder: 1\n---\n<p id="a">x</p>').frontmatter).toEqual({
      yaml: 'title: T\norder: 1',
      line: 2,
    });
  });

  test('is undefined without frontmatter', () => {
    expect(parseMdx('<p id="a">- id: b</p>').frontmatter).toBeUndefined();
  });
});

describe('parseMdx: syntax errors', () => {
  // The parser's words with their line and column, through the loaders: tests/content/bad-content.test.ts.
  test('locates an unclosed component at its closing mismatch', () => {
    expect(() => parseMdx('<p id="a">x<Term id="t" >y</p>')).toThrow(
      '1:27: Unexpected closing tag `</p>`, expected corresponding closing tag for `<Term>` (1:12)',
    );
  });
});
