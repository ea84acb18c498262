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

/**
 * Loads one value per language.
 * @example await perLanguage(async (lang) => lang.toUpperCase()) // { ja: 'JA', en: 'EN' }
 */
export async function perLanguage<T>(load: (lang: Lang) => Promise<T>): Promise<Record<Lang, T>> {
  return Object.fromEntries(await Promise.all(languages.map(async (lang) => [lang, await load(lang)]))) as Record<
    Lang,
    T
  >;
}

/**
 * Lines up lists kept per language, item by item. Throws when their lengths differ.
 * @example byPosition({ ja: ['概要'], en: ['Overview'] }) // [{ ja: '概要', en: 'Overview' }]
 */
export function byPosition<T>(lists: Record<Lang, readonly T[]>): Array<Record<Lang, T>> {
  const [original] = languages;
  const lengths = languages.map((lang) => `${lang} ${lists[lang].length}`);
  if (languages.some((lang) => lists[lang].length !== lists[original].length))
    throw new Error(`Cannot line up lists of different lengths: ${lengths.join(', ')}.`);
  return lists[original].map(
    (_, index) => Object.fromEntries(languages.map((lang) => [lang, lists[lang][index]])) as Record<Lang, T>,
  );
}
