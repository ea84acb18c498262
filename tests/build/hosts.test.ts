/**
 * The recipes for static hosts (README, "Publishing"): each sets where the site will live, and
 * the build made with a recipe's settings is right for its host. One extra build, with GitHub
 * Pages' settings (a sub-path, no `_headers`); the build under test, under a sub-path and with
 * `_headers`, stands for Netlify's and Cloudflare Pages', which differ from it only in their URL.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { headersFile } from '../../src/integrations/host-headers';
import { buildSite } from '../support/build';
import { headersFor, parseHeaders } from '../support/headers';
import { builtPages, distDir, loadPage } from '../support/site';

/** A recipe: the host's name, its file, the settings it builds with, and whether the host reads `_headers`. */
interface Recipe {
  host: string;
  file: string;
  env: Record<string, string>;
  readsHeaders: boolean;
}

/** The environment a GitHub Actions workflow's one job builds with. */
function workflowEnv(file: string): Record<string, string> {
  const { jobs } = parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { env?: Record<string, unknown> }> };
  const [env = {}] = Object.values(jobs).flatMap((job) => (job.env ? [job.env] : []));
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, String(value)]));
}

/** The `[build.environment]` of a netlify.toml, one `NAME = "value"` a line. */
function netlifyEnv(file: string): Record<string, string> {
  const section = /\[build\.environment\]([^[]*)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  return Object.fromEntries([...section.matchAll(/^\s*(\w+)\s*=\s*"([^"]*)"/gm)].map(([, name = '', value = '']) => [name, value]));
}

const recipes: Recipe[] = [
  { host: 'Netlify', file: 'netlify.toml', env: netlifyEnv('netlify.toml'), readsHeaders: true },
  { host: 'Cloudflare Pages', file: '.github/workflows/cloudflare-pages.yml', env: workflowEnv('.github/workflows/cloudflare-pages.yml'), readsHeaders: true },
  { host: 'GitHub Pages', file: '.github/workflows/github-pages.yml', env: workflowEnv('.github/workflows/github-pages.yml'), readsHeaders: false },
];

describe.each(recipes)('the recipe for $host ($file)', ({ file, env, readsHeaders }) => {
  test('says where the site will live: SITE_URL an https origin, BASE_PATH a path from the root to a folder', () => {
    const site = env['SITE_URL'] ?? '';
    expect(new URL(site).origin, file).toBe(site);
    expect(site).toMatch(/^https:/);
    expect(env['BASE_PATH']).toMatch(/^\/([\w.-]+\/)*$/);
  });

  test(readsHeaders ? 'keeps the _headers file, with every rule under BASE_PATH' : 'leaves out the _headers file, which the host would only publish', () => {
    expect(env['HEADERS_FILE'] !== 'false').toBe(readsHeaders);
    const base = env['BASE_PATH'] ?? '';
    const rules = parseHeaders(headersFile(base));
    expect(rules.filter((rule) => !rule.pattern.startsWith(base))).toEqual([]);
    expect(headersFor(rules, `${base}glossary.json`)['access-control-allow-origin']).toBe('*');
  });
});

test('the Netlify recipe builds with --deploy, so that a missing SITE_URL fails its build', () => {
  expect(readFileSync('netlify.toml', 'utf8')).toMatch(/^\s*command = "npm run build -- --deploy"$/m);
});

describe('a build with the GitHub Pages recipe\'s settings', () => {
  const recipe = recipes.find((r) => r.host === 'GitHub Pages')!;
  const root = new URL(recipe.env['BASE_PATH'] ?? '', recipe.env['SITE_URL']);
  // Inside the project, where the built server chunks find node_modules while pages render.
  mkdirSync('tests/.tmp', { recursive: true });
  const tmp = mkdtempSync('tests/.tmp/hosts-');
  const out = join(tmp, 'github-pages');
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // A whole build, printing its PDFs, beside the one under test; under CI=true, as in GitHub Actions.
  test('gives every page its canonical URL under the site and base, links only under the base, and carries the policy in each page, without _headers', async () => {
    await buildSite(out, { ...recipe.env, CI: 'true' });
    expect(existsSync(join(out, '_headers'))).toBe(false);
    const pages = builtPages(out);
    expect(pages).toEqual(builtPages(distDir));
    for (const path of pages) {
      const page = loadPage(path, out);
      if (path !== '/404.html') expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(new URL(path.slice(1), root).href);
      const local = [...page.querySelectorAll('[href^="/"], [src^="/"]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '');
      expect(local.filter((url) => !url.startsWith(root.pathname)), path).toEqual([]);
      expect(page.querySelector('meta[http-equiv="content-security-policy"]'), path).not.toBeNull();
    }
    expect(readFileSync(join(out, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${new URL('sitemap-0.xml', root).href}</loc>`);
  }, 600_000);
});
