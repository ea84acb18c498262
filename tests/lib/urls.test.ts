import { describe, expect, test } from 'vitest';
import { absoluteUrl, pageHref, pagePath, siteUrls, withBase } from '../../src/site/urls';

describe('withBase', () => {
  test.each([
    ['/', 'ja/', '/ja/'],
    // Sub-path with and without its trailing slash.
    ['/alk-gsk3/', 'ja/', '/alk-gsk3/ja/'],
    ['/alk-gsk3', 'ja/', '/alk-gsk3/ja/'],
    // A leading slash on the path is not doubled.
    ['/alk-gsk3/', '/favicon.svg', '/alk-gsk3/favicon.svg'],
  ])('joins %s and %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('pageHref', () => {
  test('builds each page of each language under the base', () => {
    expect(pagePath('ja', 'article')).toBe('ja/');
    expect(pageHref('/x/', 'en', 'glossary')).toBe('/x/en/glossary/');
  });

  test('appends a fragment', () => {
    expect(pageHref('/', 'ja', 'glossary', 'gsk3-inhibitor')).toBe('/ja/glossary/#gsk3-inhibitor');
  });
});

describe('absoluteUrl', () => {
  test('resolves a path against the site', () => {
    expect(absoluteUrl('https://example.org', '/alk-gsk3/ja/')).toBe('https://example.org/alk-gsk3/ja/');
  });
});

describe('siteUrls', () => {
  const urls = siteUrls('https://example.org', '/alk-gsk3/');

  test('gives absolute URLs of pages under the base', () => {
    expect(urls.article('ja')).toBe('https://example.org/alk-gsk3/ja/');
    expect(urls.term('en', 'alk-inhibitor')).toBe('https://example.org/alk-gsk3/en/glossary/alk-inhibitor/');
    expect(urls.page('en', 'parallel')).toBe('https://example.org/alk-gsk3/en/parallel/');
  });

  test("gives absolute URLs of files: the glossary's schema and share images", () => {
    expect(urls.schema).toBe('https://example.org/alk-gsk3/glossary.schema.json');
    expect(urls.image('ja', 'glossary/gsk3-inhibitor')).toBe(
      'https://example.org/alk-gsk3/og/ja/glossary/gsk3-inhibitor.png',
    );
  });
});
