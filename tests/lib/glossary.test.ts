import { describe, expect, test } from 'vitest';
import { numberEntries } from '../../src/lib/content-model';
import { blocksReferencing, resolveTerm } from '../../src/lib/glossary';

const entries = [
  { id: 'alk-fusion-gene', term: 'ALK fusion gene', definition: 'A gene fused with ALK.' },
  { id: 'alk-inhibitor', term: 'ALK inhibitor', definition: 'A drug against ALK.' },
  { id: 'gsk3-inhibitor', term: 'GSK3 inhibitor', definition: 'A drug against GSK3.' },
];

/** The entries as the sections' loader stores them: numbered by the content model, with their markers. */
const stored = (list: typeof entries) => numberEntries(list).map((entry) => ({ ...entry, marker: `※${entry.number}` }));
const numbered = stored(entries);

describe('resolveTerm', () => {
  // Each marker's number, entry and card as built: tests/pages/term-cards.test.ts.
  test('follows the glossary when its order changes: the number is never typed', () => {
    expect(resolveTerm(stored([...entries].reverse()), 'alk-fusion-gene').marker).toBe('※3');
  });

  test('throws, naming the id, for a term the glossary lacks', () => {
    expect(() => resolveTerm(numbered, 'egfr')).toThrow('No glossary entry "egfr".');
  });
});

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
