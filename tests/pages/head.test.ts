import { describe, expect, test } from 'vitest';
import { languages, otherLang, type Lang } from '../../src/site/languages';
import { absolute, builtPages, href as hrefOf, loadPage } from '../support/site';

const localized: Array<[string, Lang, string]> = languages.flatMap((lang) => [
  [`/${lang}/`, lang, ''] as [string, Lang, string],
  [`/${lang}/glossary/`, lang, 'glossary/'] as [string, Lang, string],
  [`/${lang}/parallel/`, lang, 'parallel/'] as [string, Lang, string],
  [`/${lang}/glossary/drug-tolerant-persister-cell/`, lang, 'glossary/drug-tolerant-persister-cell/'] as [string, Lang, string],
]);

describe.each(localized)('%s', (path, lang, rest) => {
  const document = loadPage(path);
  const href = (selector: string) => document.querySelector(selector)?.getAttribute('href');

  test('declares its language', () => {
    expect(document.documentElement.getAttribute('lang')).toBe(lang);
  });

  test('has a canonical URL', () => {
    expect(href('link[rel="canonical"]')).toBe(absolute(path));
  });

  test('links its counterpart in each language, and the original as x-default', () => {
    expect(href(`link[rel="alternate"][hreflang="${lang}"]`)).toBe(absolute(path));
    expect(href(`link[rel="alternate"][hreflang="${otherLang(lang)}"]`)).toBe(absolute(`/${otherLang(lang)}/${rest}`));
    expect(href('link[rel="alternate"][hreflang="x-default"]')).toBe(absolute(`/ja/${rest}`));
  });

  test('offers a switch to the same page in the other language', () => {
    const link = document.querySelector('a[data-language-switch]');
    expect(link?.getAttribute('href')).toBe(hrefOf(`/${otherLang(lang)}/${rest}`));
    expect(link?.getAttribute('hreflang')).toBe(otherLang(lang));
  });
});

describe('the site', () => {
  test('builds the entry page, both editions, both glossaries and a 404 page', () => {
    expect(builtPages()).toEqual(expect.arrayContaining(['/', '/404.html', '/ja/', '/en/', '/ja/glossary/', '/en/glossary/']));
  });

  test('entry page links to both editions without JavaScript, Japanese first', () => {
    const links = [...loadPage('/').querySelectorAll('a[hreflang]')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([hrefOf('/ja/'), hrefOf('/en/')]);
  });

  test('404 page speaks both languages', () => {
    const document = loadPage('/404.html');
    expect([...document.querySelectorAll('[lang]')].map((el) => el.getAttribute('lang'))).toEqual(expect.arrayContaining(['ja', 'en']));
  });
});
