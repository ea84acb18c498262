/**
 * The recipes for static hosts (README, "Publishing"): each sets where the site will live, and
 * what its host reads. The build under test, under a sub-path and with `_headers`, stands for
 * Netlify's and Cloudflare Pages', which differ from it only in their URL; GitHub Pages' settings
 * are built, and compared with it, by tests/quality/reproducible.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFile } from '../../src/integrations/host-headers';
import { workflowEnv } from '../support/build';
import { headersFor, parseHeaders } from '../support/headers';

/** A recipe: the host's name, its file, the settings it builds with, and whether the host reads `_headers`. */
interface Recipe {
  host: string;
  file: string;
  env: Record<string, string>;
  readsHeaders: boolean;
}

/** The `[build.environment]` of a netlify.toml, one `NAME = "value"` a line. */
function netlifyEnv(file: string): Record<string, string> {
  const section = /\[build\.environment\]([^[]*)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries(
    [...section.matchAll(/^\s*(\w+)\s*=\s*"([^"]*)"/gm)].map(([, name = '', value = '']) => [name, value]),
  );
}

const recipes: Recipe[] = [
  { host: 'Netlify', file: 'netlify.toml', env: netlifyEnv('netlify.toml'), readsHeaders: true },
  {
    host: 'Cloudflare Pages',
    file: '.github/workflows/cloudflare-pages.yml',
    env: workflowEnv('.github/workflows/cloudflare-pages.yml'),
    readsHeaders: true,
  },
  {
    host: 'GitHub Pages',
    file: '.github/workflows/github-pages.yml',
    env: workflowEnv('.github/workflows/github-pages.yml'),
    readsHeaders: false,
  },
];

describe.each(recipes)('the recipe for $host ($file)', ({ file, env, readsHeaders }) => {
  test('says where the site will live: SITE_URL an https origin, BASE_PATH a path from the root to a folder', () => {
    const site = env['SITE_URL'] ?? '';
    expect(new URL(site).origin, file).toBe(site);
    expect(site).toMatch(/^https:/);
    expect(env['BASE_PATH']).toMatch(/^\/([\w.-]+\/)*$/);
  });

  test(
    readsHeaders
      ? 'keeps the _headers file, with every rule under BASE_PATH'
      : 'leaves out the _headers file, which the host would only publish',
    () => {
      expect(env['HEADERS_FILE'] !== 'false').toBe(readsHeaders);
      const base = env['BASE_PATH'] ?? '';
      const rules = parseHeaders(headersFile(base));
      expect(rules.filter((rule) => !rule.pattern.startsWith(base))).toEqual([]);
      expect(headersFor(rules, `${base}glossary.json`)['access-control-allow-origin']).toBe('*');
    },
  );
});

test('the Netlify recipe builds with --deploy, so that a missing SITE_URL fails its build', () => {
  expect(readFileSync('netlify.toml', 'utf8')).toMatch(/^\s*command = "npm run build -- --deploy"$/m);
});
