import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const run = promisify(execFile);
const fixture = 'tests/fixtures/edition';

/**
 * Builds the site from a copy of the minimal valid edition with one file changed, and returns what
 * the build printed; a build that succeeds fails the test.
 */
async function buildWith(file: string, change: (text: string) => string): Promise<string> {
  const dir = join('tests/.tmp', file.replace(/\W/g, '-') + Math.random().toString(36).slice(2, 8));
  cpSync(fixture, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  try {
    await run('astro', ['build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, EDITION_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    });
    throw new Error(`The build succeeded although ${file} was broken.`);
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    if (!stdout && !stderr) throw error;
    return `${stdout}\n${stderr}`.replace(/\u001b\[[\d;]*m/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a build from broken content fails, naming the file and the problem', () => {
  test('the valid fixture builds', async () => {
    const dir = join('tests/.tmp', 'valid');
    await run('astro', ['build', '--outDir', join(dir, 'dist')], {
      env: { ...process.env, EDITION_CONTENT_DIR: fixture, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    rmSync(dir, { recursive: true, force: true });
  });

  test.each([
    // A <Term> naming no glossary entry.
    ['an unknown term', 'ja/overview.mdx', (t: string) => t.replace('term-one', 'term-two'), /ja\/overview\.mdx:6: <Term id="term-two" \/> names no glossary entry/],
    // A paragraph present in Japanese only.
    ['a paragraph missing from one language', 'en/overview.mdx', (t: string) => t.replace(/<p id="overview-2">.*<\/p>/, ''), /en\/overview\.mdx: id "overview-2" is missing here/],
    // Two blocks sharing an id.
    ['a duplicate id', 'ja/overview.mdx', (t: string) => t.replace('overview-2', 'overview-1'), /ja\/overview\.mdx:8: duplicate id "overview-1"/],
    // Frontmatter of the wrong type.
    ['bad frontmatter', 'en/overview.mdx', (t: string) => t.replace('order: 1', 'order: first'), /order[\s\S]*en\/overview\.mdx/],
    // MDX that does not parse.
    ['an MDX syntax error', 'en/overview.mdx', (t: string) => t.replace('A second paragraph.</p>', 'A second paragraph.'), /en\/overview\.mdx/],
    // A glossary entry with nothing to say.
    ['an empty definition', 'ja/glossary.mdx', (t: string) => t.replace('用語の定義です。', '""'), /the definition is empty[\s\S]*ja\/glossary\.mdx/],
  ])('%s', async (_, file, change, message) => {
    expect(await buildWith(file, change)).toMatch(message);
  });
});
