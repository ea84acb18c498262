/**
 * The web app manifest of each language: what a phone shows for the site added to its home screen
 * (its name, its icons) and where it opens. Pure: the route passes the base path.
 */
import { useTranslations } from './i18n';
import type { Lang } from './languages';
import { manifestIcons } from './icons';
import { lightColour } from './theme';
import { withBase } from './urls';

/**
 * The manifest of one language's pages: it opens that language's article, in the browser, with
 * its address bar, as the site is a document to read and to link to.
 * @see https://www.w3.org/TR/appmanifest/
 */
export function webManifest(lang: Lang, base: string) {
  const start = withBase(base, `${lang}/`);
  return {
    id: start,
    name: useTranslations(lang)('site.name'),
    lang,
    dir: 'ltr',
    start_url: start,
    scope: withBase(base, ''),
    display: 'browser',
    theme_color: lightColour('--color-accent'),
    background_color: lightColour('--color-paper'),
    icons: [
      ...manifestIcons.map(({ file, size, purpose }) => ({
        src: withBase(base, file),
        sizes: `${size}x${size}`,
        type: 'image/png',
        ...(purpose && { purpose }),
      })),
      { src: withBase(base, 'favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}
