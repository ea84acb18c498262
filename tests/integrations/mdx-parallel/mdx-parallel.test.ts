/**
 * Fixture tests for the mdx-parallel plugin, through Sätteri alone, with no Astro build: each
 * `fixtures/<case>/input.mdx` is compiled to JSX with the options Astro's MDX compiles with, as
 * though it were the file the table below names, and the JSX is compared with `output.jsx` beside
 * it, the parts it records for the page with `parts.json`. Set UPDATE to write those files anew
 * (`UPDATE=1 npx vitest run tests/integrations/mdx-parallel`); without it, a missing or different
 * file fails the test.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { mdxParallel } from '../../../src/integrations/mdx-parallel';
import { partsKey } from '../../../src/lib/parallel';

const fixtures = resolve(import.meta.dirname, 'fixtures');
/** The project root, as in a build. */
const root = resolve(import.meta.dirname, '../../..');
const update = Boolean(process.env['UPDATE']);

/** Each fixture, and the file it is compiled as, relative to the root. */
const cases: Array<[name: string, file: string]> = [
  // Paragraphs around at a glance: each a part, its id prefixed, its link last; the
  // components that render ids get the prefix; line breaks between parts in the article only.
  ['paragraphs', 'content/ja/overview.mdx'],
  // A list without id: a part per item, the list around each, in the language of the file.
  ['list', 'content/en/points.mdx'],
  // A heading gets no link to the view (its name would take in the link's), an address does.
  ['headings-addresses', 'content/ja/contacts.mdx'],
  // Fragment links and id references take the prefix; links to other pages, and "#", do not.
  ['id-references', 'content/en/notes.mdx'],
  // An element with an id is one part whole, and no block inside it links; Markdown is a part too.
  ['figure', 'content/ja/study.mdx'],
  // Frontmatter and imports stay at the top of the file, where MDX reads them.
  ['frontmatter-imports', 'content/en/notes.mdx'],
  // A file outside a language's folder belongs to no edition and compiles as written.
  ['outside-language-folder', 'src/pages/about.mdx'],
];

/**
 * Compiles MDX as `@astrojs/mdx` does with Sätteri, keeping the JSX so that the output reads.
 * @param source The MDX.
 * @param file The file it stands for, relative to the root.
 * @returns The JSX, and the parts recorded in the frontmatter (undefined when none are).
 */
async function compile(source: string, file: string): Promise<{ code: string; parts: unknown }> {
  const astro = { frontmatter: {} as Record<string, unknown> };
  const { code } = await mdxToJs(source, {
    mdastPlugins: [mdxParallel()],
    fileURL: pathToFileURL(resolve(root, file)),
    jsx: true,
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: { astro },
  });
  return { code, parts: astro.frontmatter[partsKey] };
}

describe('mdxParallel', () => {
  test('has a row for every fixture', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(readdirSync(fixtures).sort());
  });

  test.each(cases)('%s', async (name, file) => {
    const dir = join(fixtures, name);
    const { code, parts } = await compile(readFileSync(join(dir, 'input.mdx'), 'utf8'), file);
    const written: Record<string, string> = { 'output.jsx': code, ...(parts === undefined ? {} : { 'parts.json': `${JSON.stringify(parts, null, 2)}\n` }) };
    if (update) {
      for (const stale of ['output.jsx', 'parts.json']) rmSync(join(dir, stale), { force: true });
      for (const [out, text] of Object.entries(written)) writeFileSync(join(dir, out), text);
    }
    expect(readdirSync(dir).sort(), `${name}: its files (run with UPDATE=1 to write them)`).toEqual(['input.mdx', ...Object.keys(written)].sort());
    for (const [out, text] of Object.entries(written)) expect(text, `${name}/${out}`).toBe(readFileSync(join(dir, out), 'utf8'));
  });
});
