import { describe, expect, test } from 'vitest';
import LanguageSwitch from '../../src/components/site/LanguageSwitch.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages, otherLang } from '../../src/site/languages';
import type { PageKind } from '../../src/site/urls';
import { href, render } from '../support/render';

const pages: Array<[PageKind, string]> = [
  ['article', ''],
  ['parallel', 'parallel/'],
  ['glossary', 'glossary/'],
  ['glossary/gsk3-inhibitor', 'glossary/gsk3-inhibitor/'],
];

describe.each(languages)('LanguageSwitch in %s', (lang) => {
  const other = otherLang(lang);

  test.each(pages)('on the %s page, links the same page in the other language', async (page, path) => {
    const body = await render(LanguageSwitch, { props: { lang, page } });
    const link = body.querySelector('a');
    expect(link?.getAttribute('href')).toBe(href(`/${other}/${path}`));
    expect(link?.getAttribute('hreflang')).toBe(other);
  });

  test('is named in the language it leads to, and marked with it, so screen readers say it right', async () => {
    const body = await render(LanguageSwitch, { props: { lang, page: 'article' } });
    const link = body.querySelector('a');
    expect([link?.textContent.trim(), link?.getAttribute('lang')]).toEqual([
      useTranslations(lang)('nav.switch'),
      other,
    ]);
    expect(link?.textContent.trim()).toBe(other === 'ja' ? '日本語' : 'English');
  });
});
