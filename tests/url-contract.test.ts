import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { distDir } from './support/site';

/** The URLs the site promises to keep, from the committed list. */
const contract = readFileSync('tests/url-contract.txt', 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));

/** The file a static host serves for a URL path. */
const fileFor = (path: string) => join(distDir, path.endsWith('/') ? `${path}index.html` : path);

/**
 * What the build publishes for others to link to: pages and data, scripts and images outside the
 * hashed assets; not the 404 page or the host's `_headers`.
 */
function published(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .map((file) => `/${relative(distDir, join(distDir, file)).split(sep).join('/')}`)
    .filter(
      (path) =>
        !path.startsWith('/_astro/') &&
        /\.(html|json|js|png|pdf|svg|ico|webmanifest)$/.test(path) &&
        path !== '/404.html',
    )
    .map((path) => path.replace(/index\.html$/, ''))
    .sort();
}

describe('the URL contract', () => {
  test('lists each URL once, as a site-relative path', () => {
    expect(new Set(contract).size).toBe(contract.length);
    for (const path of contract) expect(path).toMatch(/^\/[^\s#?]*$/);
  });

  test.each(contract)('%s is still there', (path) => {
    expect(
      existsSync(fileFor(path)) && statSync(fileFor(path)).isFile(),
      `${path} disappeared: restore it or redirect it`,
    ).toBe(true);
  });

  test('lists every page and file the build publishes', () => {
    expect(
      published().filter((path) => !contract.includes(path)),
      'add new public URLs to tests/url-contract.txt',
    ).toEqual([]);
  });
});
