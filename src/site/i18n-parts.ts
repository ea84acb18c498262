/** Interface text with an element in the middle of a sentence, split at its placeholder. */
import { useTranslations, type UiKey } from './i18n';
import type { Lang } from './languages';

/**
 * Interface text split where one placeholder goes, so that an element (a link in another language)
 * can stand there while each language's dictionary keeps its own word order and punctuation.
 * @param key Dictionary key whose text holds the placeholder once.
 * @param name The placeholder's name.
 * @throws When the text has no such placeholder.
 * @example textAround('ja', 'term.otherName', 'term') // ['英語：', '']
 */
export function textAround(lang: Lang, key: UiKey, name: string): [before: string, after: string] {
  const mark = '\u0000';
  const parts = useTranslations(lang)(key, { [name]: mark }).split(mark);
  if (parts.length !== 2) throw new Error(`The ${lang} text of "${key}" must hold {{${name}}} exactly once.`);
  return [parts[0] ?? '', parts[1] ?? ''];
}
