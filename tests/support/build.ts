import { execFile } from 'node:child_process';
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
