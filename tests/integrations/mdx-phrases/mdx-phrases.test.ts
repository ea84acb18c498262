import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineHastPlugin, type MdastPluginEntry } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxPhrases } from '../../../src/markdown/mdx-phrases';
import { compileMdx, testFixtures } from '../../support/mdx-fixtures';

const fixtures = resolve(import.meta.dirname, 'fixtures');

const cases: Array<[name: string, file: string]> = [
  // Headings written as JSX, as the contacts are: a <wbr> between phrases, also where an element
  // inside the heading starts or ends; a heading of one phrase stays as written.
  ['jsx-headings', 'content/ja/contacts.mdx'],
  // Markdown's headings, emphasis inside one too.
  ['markdown-headings', 'content/ja/overview.mdx'],
  // Paragraphs, list items and captions are running text, which breaks as the browser breaks it.
  ['other-text', 'content/ja/overview.mdx'],
  // English content is left alone, even where it quotes Japanese.
  ['english', 'content/en/contacts.mdx'],
  // A file outside a language's folder belongs to no edition and compiles as written.
  ['outside-language-folder', 'src/pages/about.mdx'],
];

/**
 * Compiles a fixture's MDX with these mdast plugins.
 * @returns The JSX, and the text of each Markdown heading as Astro reads it to make the heading's
 *   id and its entry in `headings` (its plugin takes the hast element's `textContent`).
 */
async function compile(
  source: string,
  file: string,
  plugins: MdastPluginEntry[],
): Promise<{ code: string; headings: string[] }> {
  const headings: string[] = [];
  const read = defineHastPlugin({
    name: 'heading-text',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit: (node, ctx) => void headings.push(ctx.textContent(node)),
    },
  });
  return { code: await compileMdx(source, file, { mdastPlugins: plugins, hastPlugins: [read] }), headings };
}

describe('mdxPhrases', () => {
  testFixtures(fixtures, cases, ['output.jsx'], async (source, file) => ({
    'output.jsx': (await compile(source, file, [mdxPhrases()])).code,
  }));

  test('leaves the text of headings, from which Astro makes their ids, as it was', async () => {
    const source = readFileSync(join(fixtures, 'markdown-headings', 'input.mdx'), 'utf8');
    const [without, withPhrases] = await Promise.all([
      compile(source, 'content/ja/overview.mdx', []),
      compile(source, 'content/ja/overview.mdx', [mdxPhrases()]),
    ]);
    expect(withPhrases.headings).toEqual([
      '研究の概要',
      '背景と経緯',
      'ALK融合遺伝子陽性肺がんにおける薬剤耐性がん細胞',
    ]);
    expect(withPhrases.headings).toEqual(without.headings);
    expect(withPhrases.code).toContain('{"研究の"}<_components.wbr />{"概要"}');
  });
});
