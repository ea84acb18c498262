import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks, formatExternal } from '../support/links';
import { distDir, siteUrl as site } from '../support/site';

const report = 'test-results/external-links.txt';

describe('the link checker', () => {
  test('reports a missing page, a missing fragment, a link outside the base and a dangling id reference', () => {
    const dir = 'tests/.tmp/links-control';
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'ja'), { recursive: true });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><a href="ja/#here">ok</a><a href="https://other.example/">out</a>',
    );
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

// The build under test is hosted under a sub-path: a link that forgets the base path is caught,
// which a build at the host's root would hide.
describe(`every internal link and fragment resolves in the build for ${site.href}`, () => {
  test('in both languages', () => {
    const { broken, checked } = checkLinks(distDir, site);
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
