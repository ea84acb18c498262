import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { diskFullMessage, lastWritten } from '../../scripts/disk-full';

const dir = mkdtempSync(join(tmpdir(), 'disk-full-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// Three files, written a second apart; the last one, in a subfolder, is the one a full disk stopped.
for (const [i, file] of ['index.html', 'ja/index.html', 'en/glossary/index.html'].entries()) {
  const path = join(dir, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, i === 2 ? '' : 'page');
  utimesSync(path, 1_000 + i, 1_000 + i);
}

describe('diskFullMessage', () => {
  test('names the file last written, when Node’s error for a full disk names none', () => {
    expect(lastWritten(dir)).toBe(join(dir, 'en/glossary/index.html'));
    // As Astro prints it, glued to the page it was writing.
    expect(diskFullMessage('  ├─ /en/glossary/index.htmlENOSPC: no space left on device, write', dir)).toBe(
      `Could not write ${join(dir, 'en/glossary/index.html')}: no space left on device (ENOSPC).`,
    );
  });

  test('says nothing of another failure, or of a full disk a message has already named a file for', () => {
    expect(diskFullMessage('[ERROR] Expected a closing tag', dir)).toBeUndefined();
    expect(diskFullMessage('Could not write dist/ja/a.pdf: no space left on device (ENOSPC).', dir)).toBeUndefined();
  });
});
