import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lockBuild } from '../../scripts/build-lock';

describe('lockBuild', () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  /** A lock file of its own for each test, in a folder that exists. */
  const lockFile = () => {
    const file = join(dir, `${++n}`, 'build.lock');
    mkdirSync(dirname(file), { recursive: true });
    return file;
  };

  test('takes a free lock for this process, and gives it back', async () => {
    const file = lockFile();
    const release = await lockBuild(file, () => expect.unreachable('no build holds it'));
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });

  test('waits while a running build holds it, says which, and takes it once that build ends', async () => {
    const file = lockFile();
    // The parent process stands for the other build: it runs for as long as this test does.
    writeFileSync(file, String(process.ppid));
    let told: (pid: number) => void = () => undefined;
    const waiting = new Promise<number>((resolve) => (told = resolve));
    const taking = lockBuild(file, (pid) => told(pid), 5);
    expect(await waiting).toBe(process.ppid);
    rmSync(file);
    const release = await taking;
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });

  test('takes over a lock whose build is gone, without waiting', async () => {
    const file = lockFile();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(file, String(gone));
    const release = await lockBuild(file, () => expect.unreachable(`process ${gone} has ended`));
    expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
    release();
  });
});
