import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { builtPages, loadPage } from '../support/site';

// Each page's head (canonical URL, alternates, the language switch) is Page's markup
// (tests/layouts/Page.test.ts), the sitemap test holds every built page's to it; the entry and 404
// pages' choice of language is LanguageChoice's (tests/components/LanguageChoice.test.ts).
describe('the site', () => {
  // Every other page it builds is in the URL contract: tests/url-contract.test.ts.
  test('builds a 404 page', () => {
    expect(builtPages()).toContain('/404.html');
  });

  test("every page in a language's folder declares that language", () => {
    for (const lang of languages) {
      const pages = builtPages().filter((path) => path.startsWith(`/${lang}/`));
      expect(pages.filter((path) => loadPage(path).documentElement.getAttribute('lang') !== lang)).toEqual([]);
    }
  });
});
