/** Static paths shared by the routes that exist once per language. */
import { languages } from './languages';

/**
 * Static paths for a route with one `[lang]` parameter: one page per language.
 * @example languagePaths() // [{ params: { lang: 'ja' }, props: { lang: 'ja' } }, …]
 */
export function languagePaths() {
  return languages.map((lang) => ({ params: { lang }, props: { lang } }));
}
