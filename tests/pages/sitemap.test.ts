import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { absolute, builtPages, distDir, loadPage } from '../support/site';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const xml = (path: string) => new DOMParser().parseFromString(read(path), 'text/xml') as unknown as Document;
const pathOf = (url: string) => `/${url.slice(absolute('/').length)}`;

type Alternates = Record<string, string>;

function sitemapEntries(): Map<string, Alternates> {
  const entries = new Map<string, Alternates>();
  for (const sitemap of xml('/sitemap-index.xml').getElementsByTagName('loc')) {
    for (const url of xml(pathOf(sitemap.textContent)).getElementsByTagName('url')) {
      const loc = url.getElementsByTagName('loc')[0]?.textContent ?? '';
      expect(entries.has(loc), `${loc} is listed twice`).toBe(false);
      const links = [...url.getElementsByTagName('xhtml:link')].map(
        (link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? ''] as const,
      );
      for (const link of url.getElementsByTagName('xhtml:link')) expect(link.getAttribute('rel')).toBe('alternate');
      entries.set(loc, Object.fromEntries(links));
    }
  }
  return entries;
}

/** The pages search engines may index (a canonical link; the 404 page has none), by canonical URL, with the alternates their heads declare. */
function indexablePages(): Map<string, Alternates> {
  const pages = new Map<string, Alternates>();
  for (const path of builtPages()) {
    const document = loadPage(path);
    const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!canonical) continue;
    expect(canonical, path).toBe(absolute(path));
    const links = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map(
      (link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? ''] as const,
    );
    pages.set(canonical, Object.fromEntries(links));
  }
  return pages;
}

describe('robots.txt', () => {
  const robots = read('/robots.txt');

  test('lets every crawler in', () => {
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \S/m);
  });

  test('names the sitemap index by its absolute URL under the base, and it exists', () => {
    expect(robots).toMatch(new RegExp(`^Sitemap: ${absolute('/sitemap-index.xml').replace(/[.?]/g, '\\$&')}$`, 'm'));
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(true);
  });
});

describe('the sitemap', () => {
  const entries = sitemapEntries();
  const pages = indexablePages();

  test('lists sitemaps of this build, under the base', () => {
    const sitemaps = [...xml('/sitemap-index.xml').getElementsByTagName('loc')].map((loc) => loc.textContent);
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const url of sitemaps) {
      expect(url.startsWith(absolute('/'))).toBe(true);
      expect(existsSync(join(distDir, pathOf(url)))).toBe(true);
    }
  });

  test('lists every indexable page of the build by its canonical URL, and nothing else', () => {
    expect([...entries.keys()].sort()).toEqual([...pages.keys()].sort());
    // Every page but the 404 page, which search engines must not index.
    expect([...pages.keys()].sort()).toEqual(
      builtPages()
        .filter((path) => path !== '/404.html')
        .map(absolute)
        .sort(),
    );
    expect(entries.has(absolute('/404.html'))).toBe(false);
  });

  test('gives each page the alternates its own head declares: each language and x-default', () => {
    for (const [url, alternates] of pages) expect(entries.get(url), url).toEqual(alternates);
    expect(entries.get(absolute('/en/glossary/gsk3-inhibitor/'))).toEqual({
      ja: absolute('/ja/glossary/gsk3-inhibitor/'),
      en: absolute('/en/glossary/gsk3-inhibitor/'),
      'x-default': absolute('/ja/glossary/gsk3-inhibitor/'),
    });
  });

  test('pairs pages both ways: each alternate is listed, and lists the same alternates', () => {
    for (const [url, alternates] of entries) {
      for (const alternate of Object.values(alternates))
        expect(entries.get(alternate), `${url} → ${alternate}`).toEqual(alternates);
    }
  });

  test('gives the bilingual entry page no alternates, and makes it no page’s alternate', () => {
    expect(entries.get(absolute('/'))).toEqual({});
    for (const alternates of entries.values()) expect(Object.values(alternates)).not.toContain(absolute('/'));
  });
});
