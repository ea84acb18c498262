import { describe, expect, test } from 'vitest';
import { siteUrlNeed, siteUrlProblem } from '../../scripts/build-site-url';

describe('siteUrlNeed', () => {
  test.each([
    // npm start builds for a look on this machine: localhost is right.
    [['--local'], { CI: 'true' }, 'local'],
    [[], {}, 'warn'],
    // CI, or the flag the README names, means the build will be deployed.
    [[], { CI: 'true' }, 'require'],
    [['--deploy'], {}, 'require'],
    [[], { CI: 'false' }, 'warn'],
  ] as const)('%j with %j: %s', (args, env, need) => {
    expect(siteUrlNeed(args, env)).toBe(need);
  });
});

describe('siteUrlProblem', () => {
  // What it says, in one line: tests/scripts/astro.test.ts (for deployment) and tests/quality/builds.test.ts (a warning).
  test.each([
    ['a build with SITE_URL', 'require', { SITE_URL: 'https://example.org' }],
    ['a build for local preview', 'local', {}],
  ] as const)('has nothing to say of %s', (_, need, env) => {
    expect(siteUrlProblem(need, env)).toBeUndefined();
  });
});
