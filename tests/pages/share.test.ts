import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { languages, type Lang } from '../../src/site/languages';
import { cardText, termCard } from '../../src/share-image/card';
import { drawCard, fontsFor } from '../../src/share-image/draw';
import type { EditionData } from '../../src/content/schema';
import { representatives } from '../support/pages';
import { decodePng, inkCoverage, pixelDifference } from '../support/png';
import { absolute, base, builtGlossary, builtPages, distDir, loadPage } from '../support/site';

/** Pages in one language: each must preview well when shared. */
const pages = builtPages().filter((path) => languages.some((lang) => path.startsWith(`/${lang}/`)));
const meta = (document: Document, key: string) =>
  document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
const imageFile = (url: string) => join(distDir, new URL(url).pathname.slice(base.length));

test('every article, glossary and term page is covered', () => {
  for (const lang of languages)
    expect(pages).toEqual(
      expect.arrayContaining([`/${lang}/`, `/${lang}/glossary/`, `/${lang}/glossary/gsk3-inhibitor/`]),
    );
});

describe.each(pages)('%s', (path) => {
  const document = loadPage(path);
  const lang = document.documentElement.getAttribute('lang') as Lang;
  const title = document.querySelector('title')?.textContent ?? '';
  const description = meta(document, 'description') ?? '';

  test('has a title and a description fit for search results', () => {
    expect(title.length).toBeGreaterThan(5);
    expect(description.length).toBeGreaterThan(lang === 'ja' ? 25 : 50);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).not.toMatch(/…$/);
  });

  test('has Open Graph tags that repeat the title, description and canonical URL', () => {
    for (const key of ['og:title', 'og:image:alt', 'twitter:image:alt']) expect(meta(document, key), key).toBe(title);
    expect(meta(document, 'og:description')).toBe(description);
    expect(meta(document, 'og:url')).toBe(absolute(path));
    expect([meta(document, 'og:locale'), meta(document, 'og:locale:alternate')]).toEqual(
      lang === 'ja' ? ['ja_JP', 'en_US'] : ['en_US', 'ja_JP'],
    );
    expect(meta(document, 'og:site_name')).toBe(useTranslations(lang)('site.name'));
    expect(meta(document, 'og:type')).toBe(path === `/${lang}/` ? 'article' : 'website');
  });

  test("has an X large-image card, whose title, description and image are Open Graph's", () => {
    expect(meta(document, 'twitter:card')).toBe('summary_large_image');
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
      expect(meta(document, key), key).toBeUndefined();
  });

  test('has its own share image: a 1200×630 PNG with something drawn on it', () => {
    const url = meta(document, 'og:image') ?? '';
    expect(url).toBe(absolute(`/og${path.replace(/\/$/, '')}${path === `/${lang}/` ? '/article' : ''}.png`));
    expect([
      meta(document, 'og:image:width'),
      meta(document, 'og:image:height'),
      meta(document, 'og:image:type'),
    ]).toEqual(['1200', '630', 'image/png']);
    const image = decodePng(readFileSync(imageFile(url)));
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(inkCoverage(image, [0xfd, 0xfc, 0xf9])).toBeGreaterThan(0.03);
  });
});

test('no two pages share an image', () => {
  const images = pages.map((path) => meta(loadPage(path), 'og:image') ?? '');
  const hashes = images.map((url) =>
    createHash('sha256')
      .update(readFileSync(imageFile(url)))
      .digest('hex'),
  );
  expect(new Set(hashes).size).toBe(pages.length);
});

describe('Japanese share images', () => {
  const data = builtGlossary();
  const article = loadPage('/ja/');
  const edition = {
    institution: article.querySelector('.title-institution')?.textContent.trim(),
    dateline: article.querySelector('.title-meta time')?.textContent.trim(),
  } as EditionData;
  /** Fonts for Latin text only: Japanese drawn with them comes out as tofu. */
  const latinOnly = fontsFor('ALK');

  // Each card is drawn twice again here: the first, the last and the longest term's, so that the
  // suite does not grow with the glossary (every image is checked above for its size and ink).
  test.each(representatives(data.terms, ({ ja }) => ja.term.length + ja.definition.length))(
    '$id is drawn with Japanese glyphs, not tofu',
    async ({ id, number, ja }) => {
      const card = termCard('ja', edition, {
        id,
        number,
        marker: `※${number}`,
        term: ja.term,
        definition: ja.definition,
      });
      const built = decodePng(readFileSync(join(distDir, `og/ja/glossary/${id}.png`)));
      const withFonts = decodePng(await drawCard(card, fontsFor(cardText(card))));
      const withTofu = decodePng(await drawCard(card, latinOnly));
      expect(pixelDifference(built, withFonts), 'the build drew this card with the fonts its text needs').toBe(0);
      expect(pixelDifference(built, withTofu), 'a render without Japanese fonts looks different').toBeGreaterThan(0.01);
    },
  );
});
