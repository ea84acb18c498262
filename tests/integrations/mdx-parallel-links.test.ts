/**
 * Tests for the mdx-parallel-links plugin, through Sätteri alone, with no Astro build: MDX is
 * compiled to JSX with the options Astro's MDX compiles with, as though it were a file of the
 * content, and the JSX shows where `<ParallelLink />` stands.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxParallelLinks } from '../../src/integrations/mdx-parallel-links';

/** The project root, as in a build. */
const root = resolve(import.meta.dirname, '../..');

/**
 * The JSX that MDX compiles to, with the plugin.
 * @param source The MDX.
 * @param file The file it stands for, relative to the root.
 */
async function compile(source: string, file = 'content/ja/overview.mdx'): Promise<string> {
  const { code } = await mdxToJs(source, { mdastPlugins: [mdxParallelLinks()], fileURL: pathToFileURL(resolve(root, file)), jsx: true, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
  return code;
}

describe('mdxParallelLinks', () => {
  test('appends a link, last, to each list item and address with an id, in the language of its file', async () => {
    const code = await compile('<ul>\n  <li id="a">A<Term id="t" /></li>\n</ul>\n\n<address id="b">B<br />C</address>\n\n<p id="c">C</p>');
    expect(code).toContain('<li id="a">{"A"}<Term id="t" /><ParallelLink id="a" lang="ja" /></li>');
    expect(code).toMatch(/<address id="b">\{"B"\}<_components\.br \/>\{"C"\}<ParallelLink id="b" lang="ja" \/><\/address>/);
    expect(code).toContain('<p id="c">{"C"}<ParallelLink id="c" lang="ja" /></p>');
  });

  test('links to the view in the language of the file', async () => {
    expect(await compile('<p id="a">A</p>', 'content/en/points.mdx')).toContain('<ParallelLink id="a" lang="en" />');
  });

  test.each([
    // A heading, whose name would take in the link's.
    ['<h3 id="c">C</h3>'],
    // Parts of a figure, which is a block as a whole.
    ['<figure id="f"><p id="f-1">1</p><ul><li id="f-2">2</li></ul></figure>'],
    // A block without id, which has no place to link to.
    ['<p>P</p>'],
  ])('leaves %s alone', async (source) => {
    expect(await compile(source)).not.toContain('ParallelLink');
  });

  test('links nothing in a file outside a language folder, which belongs to no edition', async () => {
    expect(await compile('<p id="a">A</p>', 'src/pages/about.mdx')).not.toContain('ParallelLink');
  });
});
