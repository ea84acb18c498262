import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';

/** Every file in a folder, by path relative to it, sorted. */
function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('two builds of the same commit', () => {
  // Inside the project, where the built server chunks find node_modules while pages render.
  mkdirSync('tests/.tmp', { recursive: true });
  const root = mkdtempSync('tests/.tmp/reproducible-');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('are byte for byte identical', async () => {
    // Different folders on purpose: where the output goes must not leak into it.
    const [first, second] = [join(root, 'first'), join(root, 'second')];
    await buildSite(first);
    await buildSite(second);

    const files = filesIn(first);
    expect(filesIn(second)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(join(first, file)).equals(readFileSync(join(second, file))));
    expect(differing, 'files that differ between the two builds').toEqual([]);
  });
});
