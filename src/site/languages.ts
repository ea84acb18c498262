/** Languages of the edition, in the order the site lists them. The first is the original. */
export const languages = ['ja', 'en'] as const;

export type Lang = (typeof languages)[number];

/** The language of the original release; it prevails over any translation. */
export const originalLang: Lang = 'ja';

/**
 * Narrows a string to a supported language.
 * @example isLang('ja') // true
 */
export function isLang(value: string): value is Lang {
  return (languages as readonly string[]).includes(value);
}

/**
 * The other language of this bilingual edition.
 * @example otherLang('ja') // 'en'
 */
export function otherLang(lang: Lang): Lang {
  return lang === 'ja' ? 'en' : 'ja';
}
