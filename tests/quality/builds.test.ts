import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { buildLockFile, lockBuild } from '../../scripts/build-lock';
import { astroScript, buildSite, failedRun, filesIn } from '../support/build';
import { distDir, siteUrl } from '../support/site';

const contents = (dir: string) => new Map(filesIn(dir).map((file) => [file, readFileSync(join(dir, file))]));

// Inside the project, where the built server chunks find node_modules while pages render.
mkdirSync('tests/.tmp', { recursive: true });
const root = mkdtempSync('tests/.tmp/builds-');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build that fails', () => {
  // A build up to its first page, beside the one under test. Astro writes its pages itself, with
  // Node's error, which names no file: the build's own files (PDFs) name themselves (write-output.ts).
  test('when the disk fills as it writes a page, names that file, and leaves the previous site byte for byte as it was', async () => {
    // The previous site: a copy of the build under test.
    const out = join(root, 'site');
    cpSync(distDir, out, { recursive: true });
    const before = contents(out);
    const env = {
      SITE_URL: siteUrl.origin,
      BASE_PATH: siteUrl.pathname,
      FAIL_WRITES: '.html',
      NODE_OPTIONS: `--import ${pathToFileURL('tests/support/fail-writes.mjs').href}`,
    };
    const output = await buildSite(out, env).then(
      (printed) => expect.unreachable(`the build succeeded:\n${printed}`),
      (error: unknown) => `${failedRun(error).stdout}\n${failedRun(error).stderr}`,
    );
    expect(output).toMatch(/Could not write \S+\.partial\/\S+\.html: no space left on device \(ENOSPC\)\./);
    expect(output).toContain(`The build failed: ${out}/ is as it was.`);
    expect(contents(out)).toEqual(before);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 600_000);
});

describe('a second build in the same project', () => {
  test('waits for the one running, and says so; without SITE_URL it first warns, in one line', async () => {
    const out = join(root, 'waiting');
    // This test holds the lock, as a running build would (once any build of the suite has ended).
    const release = await lockBuild(buildLockFile(process.cwd()), () => undefined);
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => name !== 'SITE_URL' && name !== 'CI'),
    );
    const second = spawn(process.execPath, [astroScript, 'build', '--outDir', out], { env: { ...env, NO_COLOR: '1' } });
    try {
      let printed = '';
      const waiting = `Another build is running in this project (process ${process.pid}): this one waits for it to end.`;
      await new Promise<void>((resolve, reject) => {
        const read = (chunk: Buffer) => {
          printed += chunk.toString();
          if (printed.includes(waiting)) resolve();
        };
        for (const stream of [second.stdout, second.stderr]) stream.on('data', read);
        second.on('close', () => reject(new Error(`it ended without waiting:\n${printed}`)));
      });
      expect(printed.trim().split('\n')).toEqual([
        expect.stringMatching(/^warning: SITE_URL is not set: every absolute URL .* will point at localhost/),
        waiting,
      ]);
      expect(existsSync(`${out}.partial`)).toBe(false);
    } finally {
      second.kill();
      release();
    }
  }, 600_000);
});
