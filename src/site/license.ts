/**
 * The licences this project grants. The Japanese text is not among them: it is JFCR's press
 * release, which the site reproduces with its corrections; the rest is this site's own work.
 */
import type { Lang } from './languages';

/** The licence of this site's own texts, drawing and data: the translation, the glossary data, the notes. */
export const contentLicense = {
  name: 'CC BY 4.0',
  /** The licence's canonical URL, as machine-readable data gives it. */
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * The licence's summary for readers of a language (Creative Commons' "deed").
 * @example licenseDeed('ja') // 'https://creativecommons.org/licenses/by/4.0/deed.ja'
 */
export function licenseDeed(lang: Lang): string {
  return `${contentLicense.url}deed.${lang}`;
}
