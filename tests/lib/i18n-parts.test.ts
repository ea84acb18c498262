import { describe, expect, test } from 'vitest';
import { textAround } from '../../src/site/i18n-parts';

describe('textAround', () => {
  test('splits each language’s text where the placeholder stands', () => {
    expect(textAround('ja', 'term.otherName', 'term')).toEqual(['英語：', '']);
    expect(textAround('en', 'term.otherName', 'term')).toEqual(['Japanese: ', '']);
  });

  test('refuses a text without the placeholder', () => {
    expect(() => textAround('en', 'term.more', 'term')).toThrow(
      'The en text of "term.more" must hold {{term}} exactly once.',
    );
  });
});
