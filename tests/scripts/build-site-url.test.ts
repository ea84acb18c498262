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
  test('says in one line that every absolute URL will point at localhost, and what to set', () => {
    const problem = siteUrlProblem('warn', {}) ?? '';
    expect(problem).not.toContain('\n');
    expect(problem).toMatch(
      /^SITE_URL is not set: every absolute URL .* will point at localhost; .* Set SITE_URL \(and BASE_PATH\)/,
    );
  });

  test('says why it stops a build for deployment', () => {
    expect(siteUrlProblem('require', {})).toContain('this build is for deployment (CI=true or --deploy)');
  });

  test.each([
    ['a build with SITE_URL', 'require', { SITE_URL: 'https://example.org' }],
    ['a build for local preview', 'local', {}],
  ] as const)('has nothing to say of %s', (_, need, env) => {
    expect(siteUrlProblem(need, env)).toBeUndefined();
  });
});
