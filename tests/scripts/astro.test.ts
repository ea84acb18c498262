import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, test } from 'vitest';
import { astroScript, failedRun, runAstro } from '../support/build';

describe('npm run build without SITE_URL', () => {
  // Inside the project, as a build's output is; it stays empty, as no build starts.
  mkdirSync('tests/.tmp', { recursive: true });
  const out = mkdtempSync('tests/.tmp/no-site-url-');
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test.each([
    ['under CI', [], { CI: 'true' }],
    ['with --deploy', ['--deploy'], {}],
  ])('fails %s, in one line, before it builds anything', async (_, flags, env) => {
    const failure = await runAstro(['build', ...flags, '--outDir', out], { ...env, SITE_URL: '' }, astroScript).then(
      (output) => expect.unreachable(`it built:\n${output}`),
      failedRun,
    );
    expect(failure.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^error: SITE_URL is not set: every absolute URL .* will point at localhost; this build is for deployment \(CI=true or --deploy\)\. Set SITE_URL \(and BASE_PATH\)/,
      ),
    ]);
    expect(failure.stdout).toBe('');
  });
});
