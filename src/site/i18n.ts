/** The interface text of both languages, looked up by key with `useTranslations`. */
import { en } from './i18n/en.ts';
import { ja } from './i18n/ja.ts';
import type { Lang } from './languages';

export type UiKey = keyof typeof ja;

const dictionaries: Record<Lang, Record<UiKey, string>> = { ja, en };

/**
 * Interface text in one language, with `{{name}}` placeholders filled in.
 * @example useTranslations('en')('term.open', { term: 'GSK3 inhibitor' }) // 'Glossary: GSK3 inhibitor'
 */
export function useTranslations(lang: Lang) {
  const dictionary = dictionaries[lang];
  return (key: UiKey, values: Record<string, string | number> = {}): string =>
    dictionary[key].replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/**
 * A date as each language writes it in running text, in UTC, since content dates have no time.
 * @example formatDate(new Date('2022-03-17'), 'ja') // '2022年3月17日'
 */
export function formatDate(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    date,
  );
}

/**
 * A day as machines read it (schema.org's `Date`, `<time datetime>`, YAML), in UTC as content dates are.
 * @example isoDate(new Date('2022-03-17')) // '2022-03-17'
 */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
