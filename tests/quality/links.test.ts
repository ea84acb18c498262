import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build';
import { checkLinks, formatExternal } from '../support/links';
import { distDir } from '../support/site';

/** Where the build under test is hosted: the defaults of astro.config.mjs unless set. */
const site = new URL(process.env['BASE_PATH'] ?? '/', process.env['SITE_URL'] ?? 'http://localhost:4321');
/** A second build, hosted under a sub-path, next to the one under test. */
const subpathDir = `${distDir}-subpath`;
const subpathSite = new URL('https://example.org/alk-gsk3/');
const report = 'test-results/external-links.txt';

beforeAll(async () => {
  rmSync(subpathDir, { recursive: true, force: true });
  await buildSite(subpathDir, { SITE_URL: subpathSite.origin, BASE_PATH: subpathSite.pathname });
}, 600_000);

describe('the link checker', () => {
  test('reports a missing page, a missing fragment, a link outside the base and a dangling id reference', () => {
    const dir = 'tests/.tmp/links-control';
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'ja'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><a href="ja/#here">ok</a><a href="https://other.example/">out</a>');
    writeFileSync(
      join(dir, 'ja/index.html'),
      '<!doctype html><p id="here"><a href="/sub/en/">missing page</a><a href="#gone">missing fragment</a><a href="/ja/">outside base</a><button popovertarget="nope">x</button>',
    );
    const { broken, external } = checkLinks(dir, new URL('https://example.org/sub/'));
    expect(broken).toEqual([
      '/ja/: /sub/en/ leads to no built file',
      '/ja/: #gone names no element with id "gone" in /ja/index.html',
      '/ja/: /ja/ is outside the base path /sub/',
      '/ja/: popovertarget="nope" on <button> names no element of the page',
    ]);
    expect(external).toEqual([{ from: '/', url: 'https://other.example/' }]);
  });
});

describe.each([
  ['at the root', distDir, site],
  ['under the sub-path /alk-gsk3/', subpathDir, subpathSite],
])('every internal link and fragment resolves: build %s', (_, dir, at) => {
  test('in both languages', () => {
    const { broken, checked } = checkLinks(dir, at);
    expect(broken).toEqual([]);
    // Both editions link to each other and to their glossary, so a real check counts hundreds.
    expect(checked).toBeGreaterThan(100);
  });
});

describe('external links', () => {
  test('are listed in a report, never fetched, and use https', () => {
    const { external } = checkLinks(distDir, site);
    mkdirSync('test-results', { recursive: true });
    writeFileSync(report, `External links of ${distDir}/, not fetched:\n${formatExternal(external)}\n`);
    expect(external.filter(({ url }) => url.startsWith('http:')).map(({ from, url }) => `${from}: ${url}`)).toEqual([]);
  });
});
