// Page: every page's frame in a language (each built page in one uses it): its language, title, canonical and
// alternate URLs, skip link, site navigation, content, and footer with the rights.
import { describe, expect, test } from 'vitest';
import Page from '../../src/layouts/Page.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import type { PageKind } from '../../src/site/urls';
import { absolute, href, renderDocument } from '../support/render';

/** Each row: the page, its path under the language, and the site navigation's link that is the current page (none for a term's page). */
const pages: Array<[PageKind, string, string | undefined]> = [
  ['article', '', ''],
  ['parallel', 'parallel/', 'parallel/'],
  ['glossary', 'glossary/', 'glossary/'],
  ['glossary/gsk3-inhibitor', 'glossary/gsk3-inhibitor/', undefined],
];

describe.each(languages)('Page in %s', (lang) => {
  const t = useTranslations(lang);
  const props = { lang, title: `Title (${lang})`, description: `Description (${lang})` };
  const slots = { default: '<h1>Content</h1>', head: '<meta name="from-head-slot" content="yes">' };

  describe.each(pages)('as the %s page', (page, path, current) => {
    const load = () => renderDocument(Page, { props: { ...props, page }, slots });

    test('declares its language, title and description', async () => {
      const document = await load();
      expect(document.documentElement.getAttribute('lang')).toBe(lang);
      expect(document.querySelector('head > title')?.textContent).toBe(props.title);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(props.description);
    });

    test('gives its canonical URL, its counterpart in each language, and the original as x-default', async () => {
      const document = await load();
      const link = (selector: string) => document.querySelector(`head > link${selector}`)?.getAttribute('href');
      expect(link('[rel="canonical"]')).toBe(absolute(`/${lang}/${path}`));
      expect(languages.map((l) => link(`[rel="alternate"][hreflang="${l}"]`))).toEqual(
        languages.map((l) => absolute(`/${l}/${path}`)),
      );
      expect(link('[rel="alternate"][hreflang="x-default"]')).toBe(absolute(`/ja/${path}`));
      expect(document.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
        link('[rel="canonical"]'),
      );
    });

    test('names the site navigation, marks the current page in it, and holds the language switch', async () => {
      const document = await load();
      const nav = document.querySelector('header nav');
      expect(nav?.getAttribute('aria-label')).toBe(t('nav.label'));
      const links = [...(nav?.querySelectorAll('a:not([data-language-switch])') ?? [])];
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
        [t('nav.article'), href(`/${lang}/`)],
        [t('nav.parallel'), href(`/${lang}/parallel/`)],
        [t('nav.glossary'), href(`/${lang}/glossary/`)],
      ]);
      const marked = links.filter((a) => a.getAttribute('aria-current') === 'page').map((a) => a.getAttribute('href'));
      expect(marked).toEqual(current === undefined ? [] : [href(`/${lang}/${current}`)]);
      // Its language switch, to the same page: tests/components/LanguageSwitch.test.ts.
      expect(nav?.querySelector('a[data-language-switch]')).not.toBeNull();
    });

    test('names the site in its header, linking to the release in the same language', async () => {
      const name = (await load()).querySelector('header a.site-name');
      expect([name?.textContent, name?.getAttribute('href')]).toEqual([t('site.name'), href(`/${lang}/`)]);
    });
  });

  test('opens with a skip link to the main content, which holds the page’s content', async () => {
    const document = await renderDocument(Page, { props: { ...props, page: 'article' }, slots });
    const skip = document.body.querySelector('a');
    expect([skip?.textContent, skip?.getAttribute('href')]).toEqual([t('nav.skip'), '#main']);
    expect(document.querySelector('main#main')?.innerHTML).toBe(slots.default);
    expect(document.querySelector('head > meta[name="from-head-slot"]')).not.toBeNull();
  });

  test("names in its footer its source, whose the Japanese text is and under which licences this site's own work and code are", async () => {
    const document = await renderDocument(Page, { props: { ...props, page: 'article' }, slots });
    expect(document.querySelector('footer p')?.textContent.trim()).toBe(t('footer.source'));
    const rights = [...document.querySelectorAll('footer p')].find((p) => p.querySelector('a[rel="license"]'));
    expect(rights?.textContent).toBe(t('footer.rights', { license: 'CC BY 4.0' }));
    expect(rights?.querySelector('a')?.getAttribute('href')).toBe(
      `https://creativecommons.org/licenses/by/4.0/deed.${lang}`,
    );
  });
});
