import { execFile } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Variables Vitest sets in its own process. A build must not inherit them: Astro reads
 * `import.meta.env` values such as BASE_URL from the environment, so a build spawned from a test
 * would link every page under `/` whatever its BASE_PATH, and build in mode "test".
 */
const testOnly = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST(_\w+)?)$/;

/**
 * Builds the site into `outDir` with extra environment variables (e.g. `BASE_PATH`, `SITE_URL`,
 * `EDITION_CONTENT_DIR`), for tests that need a build other than the one `npm test` makes.
 * Resolves with what the build printed; rejects, with that output, when the build fails.
 * @example await buildSite('dist-subpath', { BASE_PATH: '/alk-gsk3/' })
 */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  // From other content, a fresh content store: the cached one keeps, for an entry whose text is
  // unchanged, the file path of an earlier build's copy, which may be deleted by now.
  const fresh = env['EDITION_CONTENT_DIR'] ? ['--force'] : [];
  const { stdout, stderr } = await run('astro', ['build', ...fresh, '--outDir', outDir], {
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !testOnly.test(name))),
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return `${stdout}\n${stderr}`;
}

/**
 * Builds the site from a copy of the minimal valid edition (tests/fixtures/edition) with one file
 * changed, and resolves with what the build printed, colours removed; a build that succeeds rejects.
 * @example await buildBrokenEdition('en/overview.mdx', (text) => text.replace('</p>', ''))
 */
export async function buildBrokenEdition(file: string, change: (text: string) => string): Promise<string> {
  const dir = join('tests/.tmp', `${file.replace(/\W/g, '-')}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync('tests/fixtures/edition', dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  try {
    await buildSite(join(dir, 'dist'), { EDITION_CONTENT_DIR: dir });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    if (!stdout && !stderr) throw error;
    return `${stdout}\n${stderr}`.replace(/\u001b\[[\d;]*m/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  throw new Error(`The build succeeded although ${file} was broken.`);
}
