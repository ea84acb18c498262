import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { joinPath, readContentFiles } from '../../src/content/read/files';

describe('readContentFiles', () => {
  test('reads the sections and the YAML files the model checks, by language, then by name, then the paper, named from the project root', () => {
    const { dir, files } = readContentFiles(process.cwd(), './tests/fixtures/edition', ['ja', 'en']);
    expect(dir).toBe('tests/fixtures/edition');
    expect(files.map((f) => [f.path, f.lang, f.name])).toEqual([
      ['tests/fixtures/edition/ja/at-a-glance.yaml', 'ja', 'at-a-glance.yaml'],
      ['tests/fixtures/edition/ja/edition.yaml', 'ja', 'edition.yaml'],
      ['tests/fixtures/edition/ja/glossary.mdx', 'ja', 'glossary.mdx'],
      ['tests/fixtures/edition/ja/overview.mdx', 'ja', 'overview.mdx'],
      ['tests/fixtures/edition/ja/what-this-means.yaml', 'ja', 'what-this-means.yaml'],
      ['tests/fixtures/edition/en/at-a-glance.yaml', 'en', 'at-a-glance.yaml'],
      ['tests/fixtures/edition/en/edition.yaml', 'en', 'edition.yaml'],
      ['tests/fixtures/edition/en/glossary.mdx', 'en', 'glossary.mdx'],
      ['tests/fixtures/edition/en/overview.mdx', 'en', 'overview.mdx'],
      ['tests/fixtures/edition/en/what-this-means.yaml', 'en', 'what-this-means.yaml'],
      ['tests/fixtures/edition/paper.yaml', '', 'paper.yaml'],
    ]);
    expect(files[3]?.text).toContain('<p id="overview-1">');
  });

  test('names files the same whether the directory is given absolute or relative', () => {
    const absolute = readContentFiles(process.cwd(), join(process.cwd(), 'tests/fixtures/edition'), ['en']);
    expect(absolute.files.map((f) => f.path)).toEqual(
      readContentFiles(process.cwd(), 'tests/fixtures/edition', ['en']).files.map((f) => f.path),
    );
  });

  test("skips a language without a folder; the paper is no language's", () => {
    expect(readContentFiles(process.cwd(), 'tests/fixtures/edition', ['fr']).files.map((f) => f.path)).toEqual([
      'tests/fixtures/edition/paper.yaml',
    ]);
  });
});

describe('joinPath', () => {
  test.each([
    ['./content', 'ja', 'content/ja'],
    ['content/', 'ja', 'content/ja'],
    ['.', 'ja', 'ja'],
  ])('joinPath(%j, %j) is %j', (dir, name, path) => {
    expect(joinPath(dir, name)).toBe(path);
  });
});
