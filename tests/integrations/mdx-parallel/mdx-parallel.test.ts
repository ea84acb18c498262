/**
 * Fixture tests for the mdx-parallel plugin (tests/support/mdx-fixtures.ts): each fixture is
 * compiled as the file the table below names, its JSX compared with `output.jsx`, the parts it
 * records for the page with `parts.json`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mdxParallel } from '../../../src/markdown/mdx-parallel';
import { partsKey } from '../../../src/parallel/parts';
import { compileMdx, expectFixture } from '../../support/mdx-fixtures';

const fixtures = resolve(import.meta.dirname, 'fixtures');

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
  // Each sentence of a block wrapped for its group, a marker with the sentence it ends; an
  // abbreviation ends none; each line of an address is one.
  ['sentences', 'content/en/overview.mdx'],
  // A file outside a language's folder belongs to no edition and compiles as written.
  ['outside-language-folder', 'src/pages/about.mdx'],
];

/**
 * Compiles a fixture's MDX with the plugin.
 * @returns The JSX, and the parts recorded in the frontmatter (undefined when none are).
 */
async function compile(source: string, file: string): Promise<{ code: string; parts: unknown }> {
  const astro = { frontmatter: {} as Record<string, unknown> };
  const code = await compileMdx(source, file, { mdastPlugins: [mdxParallel()], data: { astro } });
  return { code, parts: astro.frontmatter[partsKey] };
}

describe('mdxParallel', () => {
  test('has a row for every fixture', () => {
    expect(cases.map(([name]) => name).sort()).toEqual(readdirSync(fixtures).sort());
  });

  test.each(cases)('%s', async (name, file) => {
    const dir = join(fixtures, name);
    const { code, parts } = await compile(readFileSync(join(dir, 'input.mdx'), 'utf8'), file);
    const written: Record<string, string> = {
      'output.jsx': code,
      ...(parts === undefined ? {} : { 'parts.json': `${JSON.stringify(parts, null, 2)}\n` }),
    };
    expectFixture(dir, written, ['output.jsx', 'parts.json']);
  });
});
