import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildBrokenEdition, buildSite } from '../support/build';

describe('a build from broken content fails, naming the file and the problem', () => {
  test('the valid fixture builds', async () => {
    const dir = join('tests/.tmp', 'valid');
    await buildSite(join(dir, 'dist'), { EDITION_CONTENT_DIR: 'tests/fixtures/edition' });
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    // A <Term> naming no glossary entry.
    ['an unknown term', 'ja/overview.mdx', (t: string) => t.replace('term-one', 'term-two'), /ja\/overview\.mdx:6: <Term id="term-two" \/> names no glossary entry/],
    // A paragraph present in Japanese only.
    ['a paragraph missing from one language', 'en/overview.mdx', (t: string) => t.replace(/<p id="overview-3">.*<\/p>/, ''), /en\/overview\.mdx: id "overview-3" is missing here/],
    // Two blocks sharing an id.
    ['a duplicate id', 'ja/overview.mdx', (t: string) => t.replace('overview-2', 'overview-1'), /ja\/overview\.mdx:8: duplicate id "overview-1"/],
    // Frontmatter of the wrong type.
    ['bad frontmatter', 'en/overview.mdx', (t: string) => t.replace('order: 1', 'order: first'), /order[\s\S]*en\/overview\.mdx/],
    // MDX that does not parse.
    ['an MDX syntax error', 'en/overview.mdx', (t: string) => t.replace('A second paragraph.</p>', 'A second paragraph.'), /en\/overview\.mdx/],
    // A glossary entry with nothing to say.
    ['an empty definition', 'ja/glossary.mdx', (t: string) => t.replace('用語の定義です。', '""'), /ja\/glossary\.mdx:5: glossary entry "term-one" has an empty definition/],
    // A glossary entry no <Term> references.
    ['an unreferenced glossary entry', 'ja/glossary.mdx', (t: string) => t.replace(/\n---\n$/, '\n  - id: term-two\n    term: 二つ目\n    definition: 定義。\n---\n'), /ja\/glossary\.mdx:8: glossary entry "term-two" is referenced nowhere/],
    // Two glossary entries sharing an id.
    ['two glossary entries with the same id', 'ja/glossary.mdx', (t: string) => t.replace(/\n---\n$/, '\n  - id: term-one\n    term: 用語\n    definition: 定義。\n---\n'), /ja\/glossary\.mdx:8: duplicate id "term-one"/],
    // A reference the original has and the translation lacks.
    ['a reference missing from one language', 'en/overview.mdx', (t: string) => t.replace('<Term id="term-one" />', ''), /en\/overview\.mdx:6: <Term id="term-one" \/> is missing from "overview-1": [^\n]*ja\/overview\.mdx:6 references it there/],
  ])('%s', async (_, file, change, message) => {
    expect(await buildBrokenEdition(file, change)).toMatch(message);
  });
});
