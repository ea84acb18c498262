import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { phrases } from '../../src/markdown/phrases';

const { headline } = parse(readFileSync('content/ja/edition.yaml', 'utf8')) as { headline: string };

describe('phrases', () => {
  test.each([
    // The headline: no phrase ends inside a word (薬|剤, 遺伝|子), as Chromium's own auto-phrase does.
    [headline, ['ALK融合遺伝子陽性肺がんに', 'おける', '薬剤耐性がん細胞の', '新たな', '治療標的候補を', '発見']],
    // A section's title.
    ['研究の概要', ['研究の', '概要']],
    // A term: a compound noun is one phrase.
    ['薬剤抵抗性残存細胞', ['薬剤抵抗性残存細胞']],
    // A key number's label, with its punctuation.
    [
      'スクリーニングに用いた薬剤（既承認薬や臨床試験中の薬剤が中心）',
      ['スクリーニングに', '用いた', '薬剤', '（既承認薬や', '臨床試験中の', '薬剤が', '中心）'],
    ],
  ])('%s', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  test('joins to the text, every character kept, spaces too', () => {
    const text = '研究の 概要、ALK阻害薬（ロルラチニブ）とGSK3 inhibitor。';
    expect(phrases(text).join('')).toBe(text);
  });

  test('finds no phrase in no text', () => {
    expect(phrases('')).toEqual([]);
  });
});
