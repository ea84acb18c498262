import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AstroError } from 'astro/errors';
import type { MdastPluginEntry } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxContentLanguage } from '../../../src/markdown/mdx-content-language';
import { compileMdx, projectRoot as root, testFixtures } from '../../support/mdx-fixtures';

const fixtures = resolve(import.meta.dirname, 'fixtures');

/** Each fixture, and the file it is compiled as (undefined: MDX without a file). */
const cases: Array<[name: string, file: string | undefined]> = [
  // Japanese content: each <Term> in running text gets lang="ja".
  ['term-ja', 'content/ja/overview.mdx'],
  // English content, in a paragraph and a list: lang="en".
  ['term-en', 'content/en/points.mdx'],
  // At a glance, a block of its own.
  ['at-a-glance', 'content/en/overview.mdx'],
  // A <Term> on a line of its own is a block (a flow element), and gets its language all the same.
  ['flow-term', 'content/ja/study.mdx'],
  // Only Term and AtAGlance: HTML elements and other components keep the attributes written.
  ['other-elements', 'content/en/notes.mdx'],
  // A file that uses neither needs no language, wherever it is.
  ['no-components', 'src/pages/about.mdx'],
  // Errors, each naming the file, line and column.
  ['error-outside-language-folder', 'content/overview.mdx'],
  ['error-no-file', undefined],
  ['error-lang-written', 'content/ja/overview.mdx'],
  ['error-term-without-id', 'content/en/overview.mdx'],
  ['error-term-id-expression', 'content/en/overview.mdx'],
];

/** Compiles a fixture's MDX with these mdast plugins; the JSX. */
function compile(source: string, file: string | undefined, plugins: MdastPluginEntry[]): Promise<string> {
  return compileMdx(source, file, { mdastPlugins: plugins });
}

describe('mdxContentLanguage', () => {
  // The JSX, or the error's message and hint.
  testFixtures(fixtures, cases, ['output.jsx', 'error.txt'], async (source, file) => {
    try {
      return { 'output.jsx': await compile(source, file, [mdxContentLanguage({ root })]) };
    } catch (error) {
      if (!(error instanceof AstroError)) throw error;
      return { 'error.txt': `${error.message}\nHint: ${error.hint}\n` };
    }
  });

  test("locates an error at the element, for Astro's error overlay", async () => {
    const source = readFileSync(join(fixtures, 'error-term-without-id', 'input.mdx'), 'utf8');
    const compiling = compile(source, 'content/en/overview.mdx', [mdxContentLanguage({ root })]);
    await expect(compiling).rejects.toMatchObject({ line: 8, column: 26 });
  });
});
