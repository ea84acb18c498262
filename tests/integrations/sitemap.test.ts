import { describe, expect, test } from 'vitest';
import { languageOf, withAlternates } from '../../src/integrations/sitemap';

const root = new URL('https://example.org/alk-gsk3/');
const url = (path: string) => new URL(path, root).href;
/** What `@astrojs/sitemap`'s i18n option gives every page of one path: the entry page counted as Japanese. */
const found = (path: string) => [
  ...(path === '' ? [{ lang: 'ja', url: url('') }] : []),
  { lang: 'ja', url: url(`ja/${path}`) },
  { lang: 'en', url: url(`en/${path}`) },
];

describe('languageOf', () => {
  test.each([
    ['ja/glossary/', 'ja'],
    ['en/', 'en'],
    // The entry page and files at the root are in no language's folder.
    ['', undefined],
    ['glossary.json', undefined],
    // A folder that merely starts like a language is not one.
    ['japan/', undefined],
  ])('%s is in %s', (path, lang) => {
    expect(languageOf(url(path), root)).toBe(lang);
  });

  test('reads nothing outside the site', () => {
    expect(languageOf('https://example.org/ja/', root)).toBeUndefined();
  });
});

describe('withAlternates', () => {
  test('lists both languages and the original as x-default', () => {
    expect(withAlternates({ url: url('en/glossary/'), links: found('glossary/') }, root).links).toEqual([
      { lang: 'ja', url: url('ja/glossary/') },
      { lang: 'en', url: url('en/glossary/') },
      { lang: 'x-default', url: url('ja/glossary/') },
    ]);
  });

  test('leaves the bilingual entry page out of the articles’ alternates', () => {
    expect(withAlternates({ url: url('ja/'), links: found('') }, root).links?.map((link) => link.url)).toEqual([url('ja/'), url('en/'), url('ja/')]);
  });

  test('gives the entry page no alternates: it is in both languages at once', () => {
    expect(withAlternates({ url: url(''), links: found('') }, root)).toEqual({ url: url('') });
  });

  test('gives a page without a counterpart no alternates', () => {
    expect(withAlternates({ url: url('en/only/'), links: [{ lang: 'en', url: url('en/only/') }] }, root)).toEqual({ url: url('en/only/') });
    expect(withAlternates({ url: url('en/only/') }, root)).toEqual({ url: url('en/only/') });
  });
});
