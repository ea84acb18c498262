import { resolve } from 'node:path';
import { describe } from 'vitest';
import { mdxParallel } from '../../../src/markdown/mdx-parallel';
import { partsKey } from '../../../src/parallel/parts';
import { compileMdx, testFixtures } from '../../support/mdx-fixtures';

const fixtures = resolve(import.meta.dirname, 'fixtures');

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

describe('mdxParallel', () => {
  testFixtures(fixtures, cases, ['output.jsx', 'parts.json'], async (source, file) => {
    const astro = { frontmatter: {} as Record<string, unknown> };
    const code = await compileMdx(source, file, { mdastPlugins: [mdxParallel()], data: { astro } });
    const parts = astro.frontmatter[partsKey];
    return {
      'output.jsx': code,
      ...(parts === undefined ? {} : { 'parts.json': `${JSON.stringify(parts, null, 2)}\n` }),
    };
  });
});
