// ShareMeta: the Open Graph and Twitter tags a link preview is drawn from: title, description, URL, language, and the page's own image.
import { describe, expect, test } from 'vitest';
import ShareMeta from '../../src/components/ShareMeta.astro';
import { useTranslations } from '../../src/lib/i18n';
import { languages } from '../../src/lib/languages';
import type { PageKind } from '../../src/lib/urls';
import { absolute, render } from '../support/render';

/** Each row: the page, its path under the language, its share image's name, and the Open Graph type. */
const pages: Array<[PageKind, string, string, string]> = [
  // The article is the one Open Graph `article`; its image is named after its kind.
  ['article', '', 'article', 'article'],
  ['glossary', 'glossary/', 'glossary', 'website'],
  ['glossary/gsk3-inhibitor', 'glossary/gsk3-inhibitor/', 'glossary/gsk3-inhibitor', 'website'],
];

describe.each(languages)('ShareMeta in %s', (lang) => {
  const locales = { ja: 'ja_JP', en: 'en_US' };
  const title = `Title (${lang})`;
  const description = `Description (${lang})`;

  test.each(pages)('on the %s page, points previews at the page and its own image', async (page, path, image, type) => {
    const body = await render(ShareMeta, { props: { lang, page, title, description } });
    const meta = (key: string) => body.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect([meta('og:url'), meta('og:type')]).toEqual([absolute(`/${lang}/${path}`), type]);
    expect(meta('og:image')).toBe(absolute(`/og/${lang}/${image}.png`));
  });

  test('gives the title and description once, for Open Graph and X alike, and describes the image by the title', async () => {
    const body = await render(ShareMeta, { props: { lang, page: 'article', title, description } });
    const meta = (key: string) => body.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
    expect(['og:title', 'og:image:alt', 'twitter:image:alt'].map(meta)).toEqual([title, title, title]);
    expect(meta('og:description')).toBe(description);
    // X falls back to Open Graph's title, description and image.
    expect(['twitter:title', 'twitter:description', 'twitter:image'].map(meta)).toEqual([undefined, undefined, undefined]);
    expect(meta('og:site_name')).toBe(useTranslations(lang)('site.name'));
  });

  test('gives the language, the other as alternate, and a large 1200×630 PNG card', async () => {
    const body = await render(ShareMeta, { props: { lang, page: 'article', title, description } });
    const all = (key: string) => [...body.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)].map((m) => m.getAttribute('content'));
    expect([all('og:locale'), all('og:locale:alternate')]).toEqual([[locales[lang]], [locales[lang === 'ja' ? 'en' : 'ja']]]);
    expect(['og:image:type', 'og:image:width', 'og:image:height', 'twitter:card'].map(all)).toEqual([['image/png'], ['1200'], ['630'], ['summary_large_image']]);
  });
});
