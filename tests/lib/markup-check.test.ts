import { mdxToMdast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkMarkup } from '../../src/content/check/markup';
import type { MdxNode } from '../../src/content/read/mdx-section';

/** The check of an MDX body, its problems as `line:column message` (the column where it is known). */
function check(mdx: string) {
  const report = checkMarkup(mdxToMdast(mdx) as MdxNode, 'a.mdx');
  return { ...report, problems: report.problems.map((p) => `${p.line}${p.column ? `:${p.column}` : ''} ${p.message}`) };
}

describe('checkMarkup', () => {
  test('accepts what the content model knows: blocks with ids, lists of items with ids, phrasing, https, mailto, tel and fragment links, comments', () => {
    const mdx = [
      '<h3 id="a">Heading</h3>',
      '<p id="b">Text with *emphasis*, <span lang="ja">日本語</span>, <a href="https://example.org/">a link</a>, [mail](mailto:a@example.org), <a href="tel:+81335200111">a number</a>, [back](#a){/* a comment */}.</p>',
      '<ul>\n  <li id="c">One<Term id="t" /></li>\n</ul>',
      '<address id="d">Street<br />Town</address>',
      '<AtAGlance />',
    ].join('\n\n');
    expect(check(mdx).problems).toEqual([]);
  });

  // An http: link, refused unless it is listed as intended: tests/content/bad-markup.test.ts.
  test('refuses an element where it does not belong: phrasing alone, something other than items in a list, blocks in blocks', () => {
    expect(
      check('<span id="a">x</span>\n\n<ul>\n  <p id="b">x</p>\n  loose words\n</ul>\n\n<p id="c"><p id="d">x</p></p>')
        .problems,
    ).toEqual([
      '1:1 <span> stands outside a block; put it inside a <p id="…"> or another block with an id.',
      '4:3 <p> stands directly in a list; a list holds <li id="…"> items only.',
      '5 text directly in a list; put it in an <li id="…">.',
      "8:11 <p> stands inside another block; blocks are not nested (a list's items excepted).",
    ]);
  });

  test('gives the links and components with the block they stand in or follow, to compare languages', () => {
    const { links, components } = check('<p id="a">[x](https://example.org/)</p>\n\n<AtAGlance />');
    expect({ links, components }).toEqual({
      links: [{ url: 'https://example.org/', block: 'a', line: 1 }],
      components: [{ name: 'AtAGlance', after: 'a', line: 3 }],
    });
  });
});
