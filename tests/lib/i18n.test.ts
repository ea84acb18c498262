import { describe, expect, test } from 'vitest';
import { en } from '../../src/site/i18n/en';
import { ja } from '../../src/site/i18n/ja';
import { formatDate } from '../../src/site/i18n';
import { isLang, otherLang } from '../../src/site/languages';

// Both dictionaries have the same keys by their types: `en` is a Record of `ja`'s keys.
describe('dictionaries', () => {
  test.each([
    ['ja', ja],
    ['en', en],
  ])('%s has no empty string', (_, dictionary) => {
    expect(Object.entries(dictionary).filter(([, value]) => !value.trim())).toEqual([]);
  });

  test.each([
    ['ja', ja],
    ['en', en],
  ])('%s uses the same placeholders as Japanese for each key', (_, dictionary) => {
    const placeholders = (text: string) => (text.match(/\{\{\w+\}\}/g) ?? []).sort();
    for (const key of Object.keys(ja) as Array<keyof typeof ja>)
      expect(placeholders(dictionary[key]), key).toEqual(placeholders(ja[key]));
  });
});

// useTranslations fills placeholders: the built names of the parallel view's links, checked word for word
// (tests/parallel/structure.test.ts), and the ※12 marker (tests/components/two-digit-markers.test.ts).
describe('languages', () => {
  test('know their counterpart', () => {
    expect(otherLang('ja')).toBe('en');
    expect(otherLang('en')).toBe('ja');
    expect(isLang('ja')).toBe(true);
    expect(isLang('fr')).toBe(false);
  });
});

describe('formatDate', () => {
  test.each([
    ['ja', '2022年3月17日'],
    ['en', '17 March 2022'],
  ] as const)('writes a content date as %s running text does, whatever the machine’s time zone', (lang, expected) => {
    expect(formatDate(new Date('2022-03-17'), lang)).toBe(expected);
  });
});
