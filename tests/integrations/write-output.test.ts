import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { writeOutput } from '../../src/integrations/write-output';

const dir = mkdtempSync(join(tmpdir(), 'write-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a write that fails names its file and the reason in words, and leaves no file behind', async () => {
  const file = join(dir, 'missing-folder', 'alk-gsk3-press-release-ja.pdf');
  await expect(writeOutput(file, 'x')).rejects.toThrow(`Could not write ${file}: no such file or directory (ENOENT).`);
  expect(existsSync(file)).toBe(false);
});
