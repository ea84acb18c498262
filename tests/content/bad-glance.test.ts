import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';

const fixture = 'tests/fixtures/edition';

/** Builds the minimal valid edition with its English summary changed; returns what the failed build printed. */
async function buildWithSummary(change: (text: string) => string): Promise<string> {
  const dir = join('tests/.tmp', `glance-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'en/at-a-glance.yaml');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  try {
    await buildSite(join(dir, 'dist'), { EDITION_CONTENT_DIR: dir });
    throw new Error('The build succeeded although the summary was broken.');
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    if (!stdout && !stderr) throw error;
    return `${stdout}\n${stderr}`.replace(/\u001b\[[\d;]*m/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('a build whose summary at a glance is not traced to the text fails, naming the file', () => {
  test.each([
    // A key number restating a paragraph the text does not have.
    ['an unknown paragraph', (t: string) => t.replace('label: paragraph, restates: overview-2', 'label: paragraph, restates: overview-9'), /en\/at-a-glance\.yaml:17: number 1 \("Second"\) restates "overview-9", which is no block of this language/],
    // A key number its paragraph does not contain.
    ['a number not in its paragraph', (t: string) => t.replace('figure: Second', 'figure: "12%"'), /en\/at-a-glance\.yaml:17: number 1 \("12%"\) shows the number 12%/],
  ])('%s', async (_, change, message) => {
    expect(await buildWithSummary(change)).toMatch(message);
  });
});
