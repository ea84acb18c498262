import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'yaml';

const run = promisify(execFile);
/** Astro's command line, run with this very Node rather than whatever `astro` the PATH holds. */
export const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
/** The project's wrapper of it, which `npm run build` runs: it stages, locks and checks SITE_URL. */
export const astroScript = fileURLToPath(new URL('../../scripts/astro.ts', import.meta.url));

/**
 * Variables Vitest sets in its own process. A build must not inherit them: Astro reads
 * `import.meta.env` values such as BASE_URL from the environment, so a build spawned from a test
 * would link every page under `/` whatever its BASE_PATH, and build in mode "test".
 */
const testOnly = /^(BASE_URL|MODE|DEV|PROD|SSR|TEST|NODE_ENV|VITEST(_\w+)?)$/;

/**
 * Runs Astro's command line (`astro sync`, `astro build` …) with this Node, without colours,
 * telemetry or update check, with extra environment variables on top of this process's, Vitest's
 * own left out.
 * Resolves with what it printed; rejects, with that output as `stdout` and `stderr`, when it fails.
 * @param cli The command line: Astro's own, or the project's wrapper of it (`astroScript`).
 * @example await runAstro(['sync'], { EDITION_CONTENT_DIR: 'tests/.tmp/edition' })
 */
export async function runAstro(args: string[], env: Record<string, string> = {}, cli = astro): Promise<string> {
  const { stdout, stderr } = await run(process.execPath, [cli, ...args], {
    env: astroEnv(env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return `${stdout}\n${stderr}`;
}

/** What a failed run printed, from the error `runAstro` rejects with (execFile's, which holds it). */
export function failedRun(error: unknown): { message: string; stdout: string; stderr: string } {
  const { message = '', stdout = '', stderr = '' } = error as Partial<Record<'message' | 'stdout' | 'stderr', string>>;
  return { message, stdout, stderr };
}

/** The environment Astro's command line runs in: this process's, Vitest's own left out, no colours, telemetry or update check, and `env` on top. */
export function astroEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !testOnly.test(name))),
    ASTRO_TELEMETRY_DISABLED: '1',
    ASTRO_DISABLE_UPDATE_CHECK: 'true',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...env,
  };
}

/**
 * Builds the site into `outDir` as `npm run build` does, with extra environment variables (e.g.
 * `SITE_URL`, `BASE_PATH`): the test suite's build (tests/setup/site.ts), its other builds, the
 * bench's. Without `SITE_URL`, it builds for a look on this machine (`--local`), as the bench does.
 * @example await buildSite('tests/.tmp/site', { SITE_URL: 'https://example.org', BASE_PATH: '/alk-gsk3/' })
 */
export function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  return runAstro(['build', '--outDir', outDir, ...(env['SITE_URL'] ? [] : ['--local'])], env, astroScript);
}

/** The environment a GitHub Actions workflow's one job builds with: a host recipe's settings. */
export function workflowEnv(file: string): Record<string, string> {
  const { jobs } = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { env?: Record<string, unknown> }> };
  const [env = {}] = Object.values(jobs).flatMap((job) => (job.env ? [job.env] : []));
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, String(value)]));
}

/** Every file in a built folder, by path relative to it, sorted. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
