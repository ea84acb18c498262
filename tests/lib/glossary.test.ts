import { describe, expect, test } from 'vitest';
import { blocksReferencing } from '../../src/glossary/references';

describe('blocksReferencing', () => {
  const references = [
    { term: 'alk-inhibitor', block: 'points-1' },
    { term: 'alk-inhibitor', block: 'overview-1' },
    { term: 'gsk3-inhibitor', block: 'overview-1' },
    { term: 'alk-inhibitor', block: 'overview-1' },
  ];

  test('lists the blocks that reference a term, in reading order, each once', () => {
    expect(blocksReferencing(references, 'alk-inhibitor')).toEqual(['points-1', 'overview-1']);
  });

  test('is empty for a term nothing references', () => {
    expect(blocksReferencing(references, 'alk-fusion-gene')).toEqual([]);
  });
});
