import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite, filesIn, workflowEnv } from '../support/build';
import { distDir, siteUrl } from '../support/site';

/** Where two files first differ, with up to 40 bytes of each either side; undefined when they are equal. */
function firstDifference(a: Buffer, b: Buffer): string | undefined {
  if (a.equals(b)) return undefined;
  let at = 0;
  while (a[at] === b[at]) at++;
  const around = (file: Buffer) => JSON.stringify(file.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `at byte ${at}: ${around(a)} ≠ ${around(b)}`;
}

/**
 * One second whole build, printing its PDFs, checks two promises at once: that a build is
 * reproducible, and that the GitHub Pages recipe's settings (no `_headers`, under CI) change
 * nothing else. Its site URL is the build under test's, so that every other file must match byte
 * for byte; every check of that build (canonical URLs under the site and base, links only under the
 * base, the policy in each page) then holds for GitHub Pages too.
 */
describe("a second build of the same commit, with the GitHub Pages recipe's settings", () => {
  // Inside the project, where the built server chunks find node_modules while pages render.
  mkdirSync('tests/.tmp', { recursive: true });
  const root = mkdtempSync('tests/.tmp/reproducible-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const recipe = workflowEnv('.github/workflows/github-pages.yml');

  test('is byte for byte the build under test, without its _headers file', async () => {
    expect(recipe['BASE_PATH']).toBe(siteUrl.pathname);
    // Another folder on purpose: where the output goes must not leak into it.
    const [first, second] = [distDir, join(root, 'github-pages')];
    await buildSite(second, { ...recipe, SITE_URL: siteUrl.origin, CI: 'true' });

    const files = filesIn(first);
    expect(files).toContain('_headers');
    expect(filesIn(second)).toEqual(files.filter((file) => file !== '_headers'));
    const differing = files.flatMap((file) => {
      if (file === '_headers') return [];
      const at = firstDifference(readFileSync(join(first, file)), readFileSync(join(second, file)));
      return at ? [`${file} ${at}`] : [];
    });
    expect(differing, 'files that differ between the two builds').toEqual([]);
  }, 600_000);
});
