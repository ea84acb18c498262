import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';
import { distDir, siteUrl } from '../support/site';

/** Every file in a folder, by path relative to it, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

/** Where two files first differ, with up to 40 bytes of each either side; undefined when they are equal. */
function firstDifference(a: Buffer, b: Buffer): string | undefined {
  if (a.equals(b)) return undefined;
  let at = 0;
  while (a[at] === b[at]) at++;
  const around = (file: Buffer) => JSON.stringify(file.subarray(Math.max(0, at - 40), at + 40).toString('utf8'));
  return `at byte ${at}: ${around(a)} ≠ ${around(b)}`;
}

describe('two builds of the same commit', () => {
  // Inside the project, where the built server chunks find node_modules while pages render.
  mkdirSync('tests/.tmp', { recursive: true });
  const root = mkdtempSync('tests/.tmp/reproducible-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  // A second whole build, printing its PDFs in Chromium, beside the one under test.
  test('are byte for byte identical', async () => {
    // Another folder on purpose: where the output goes must not leak into it.
    const [first, second] = [distDir, join(root, 'second')];
    await buildSite(second, { SITE_URL: siteUrl.origin, BASE_PATH: siteUrl.pathname });

    const files = filesIn(first);
    expect(filesIn(second)).toEqual(files);
    const differing = files.flatMap((file) => {
      const at = firstDifference(readFileSync(join(first, file)), readFileSync(join(second, file)));
      return at ? [`${file} ${at}`] : [];
    });
    expect(differing, 'files that differ between the two builds').toEqual([]);
  }, 600_000);
});
