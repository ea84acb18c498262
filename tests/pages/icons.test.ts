import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { decodePng } from '../support/png';
import { base, builtPages, distDir, href, loadPage } from '../support/site';

/** The built file a site-absolute href (under the base) names. */
const fileOf = (url: string) => join(distDir, url.slice(base.length));

test('every page links icons and, in one language, a manifest, all of them files of the build', () => {
  for (const path of builtPages()) {
    const document = loadPage(path);
    const hrefs = [
      ...document.querySelectorAll('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]'),
    ].map((link) => link.getAttribute('href') ?? '');
    expect(hrefs, path).toHaveLength(languages.some((lang) => path.startsWith(`/${lang}/`)) ? 4 : 3);
    const lang = languages.find((each) => path.startsWith(`/${each}/`));
    if (lang) expect(hrefs, path).toContain(href(`/${lang}/manifest.webmanifest`));
    for (const url of hrefs) expect(existsSync(fileOf(url)), `${path} links ${url}`).toBe(true);
  }
});

test("Apple's home screen icon is 180 px square", () => {
  const image = decodePng(readFileSync(fileOf(href('/apple-touch-icon.png'))));
  expect([image.width, image.height]).toEqual([180, 180]);
});

describe.each(languages)('the %s web app manifest', (lang) => {
  const manifest = JSON.parse(readFileSync(join(distDir, lang, 'manifest.webmanifest'), 'utf8')) as Record<
    string,
    unknown
  > & {
    icons: Array<{ src: string; sizes: string; type: string; purpose?: string }>;
  };

  test("names the site in the language and opens that language's article, within the site", () => {
    const document = loadPage(`/${lang}/`);
    expect(manifest).toMatchObject({
      lang,
      name: document.querySelector('.site-name')?.textContent,
      start_url: href(`/${lang}/`),
      scope: base,
    });
  });

  test('offers icons of 192 and 512 px, one of them maskable, each the size it says', () => {
    expect(
      manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => [icon.sizes, icon.purpose ?? 'any']),
    ).toEqual([
      ['192x192', 'any'],
      ['512x512', 'any'],
      ['512x512', 'maskable'],
    ]);
    for (const icon of manifest.icons.filter((each) => each.type === 'image/png')) {
      const image = decodePng(readFileSync(fileOf(icon.src)));
      expect(`${image.width}x${image.height}`).toBe(icon.sizes);
    }
  });
});
