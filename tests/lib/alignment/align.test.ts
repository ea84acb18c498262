import { describe, expect, test } from 'vitest';
import { align, groupNumbers } from '../../../src/parallel/alignment/align';
import { anchorsOf, tokens } from '../../../src/parallel/alignment/anchors';

const plain = (...lengths: number[]) => lengths.map((length) => ({ length, anchors: [] }));

describe('align', () => {
  test.each([
    // Sentences of like lengths pair one to one.
    [
      plain(40, 60),
      plain(100, 150),
      [
        [1, 1],
        [1, 1],
      ],
    ],
    // One long sentence translated as three.
    [plain(120), plain(100, 110, 90), [[1, 3]]],
    // The first of two translated as two, the second as one.
    [
      plain(80, 40),
      plain(110, 100, 100),
      [
        [1, 2],
        [1, 1],
      ],
    ],
    // Two short ones joined in the translation.
    [
      plain(20, 30, 50),
      plain(120, 130),
      [
        [2, 1],
        [1, 1],
      ],
    ],
  ])('%j and %j pair as %j', (original, translation, groups) => {
    expect(align(original, translation)).toEqual(groups);
  });

  test('pairs anchors with their counterparts, where lengths alone leave it open', () => {
    const original = [
      { length: 50, anchors: ['2022'] },
      { length: 50, anchors: ['ly2090314'] },
    ];
    const translation = (...anchors: string[]) =>
      anchors.map((anchor) => ({ length: 100, anchors: anchor ? [anchor] : [] }));
    expect(align(original, translation('2022', 'ly2090314', ''))).toEqual([
      [1, 1],
      [1, 2],
    ]);
    expect(align(original, translation('', '2022', 'ly2090314'))).toEqual([
      [1, 2],
      [1, 1],
    ]);
  });

  test('numbers each sentence by its group', () => {
    expect(
      groupNumbers([
        [1, 2],
        [2, 1],
      ]),
    ).toEqual({ original: [1, 2, 2], translation: [1, 1, 2] });
  });
});

describe('anchors', () => {
  test('are numbers, in digits or words, and Latin-script names; a code of letters and digits is one', () => {
    expect(tokens('Five ALK-positive lines, JFCR-028-3, 3–5%')).toEqual([
      '5',
      'alk',
      'positive',
      'lines',
      'jfcr-028-3',
      '3',
      '5',
    ]);
  });

  test('are kept to those the other language holds, with the ※ terms each sentence marks', () => {
    expect(anchorsOf(['ALK阻害薬は5種類。'], 'Five ALK inhibitors.', [['alk-inhibitor']])).toEqual([
      ['alk', '5', '※alk-inhibitor'],
    ]);
  });
});
