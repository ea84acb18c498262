import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { markedGroups } from '../../../src/parallel/alignment/align';

test('the parallel view marks every group a block may have, and no more', () => {
  const css = readFileSync('src/styles/parallel-sentences.css', 'utf8');
  const marked = [...css.matchAll(/\.pair:has\(\.s(\d+):is\(:hover, :focus\)\) \.s(\d+)/g)].map(
    ([, pointed, marks]) => {
      expect(marks).toBe(pointed);
      return Number(pointed);
    },
  );
  expect(marked).toEqual(Array.from({ length: markedGroups }, (_, i) => i + 1));
});
