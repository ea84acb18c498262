import { describe, expect, test } from 'vitest';
import { blocksReferencing, resolveTerm, termNumber } from '../../src/lib/glossary';

const entries = [
  { id: 'alk-fusion-gene', term: 'ALK fusion gene', definition: 'A gene fused with ALK.' },
  { id: 'alk-inhibitor', term: 'ALK inhibitor', definition: 'A drug against ALK.' },
  { id: 'gsk3-inhibitor', term: 'GSK3 inhibitor', definition: 'A drug against GSK3.' },
];

describe('resolveTerm', () => {
  test('numbers a term by its place in the glossary and links its entry and card', () => {
    expect(resolveTerm(entries, 'alk-inhibitor')).toEqual({
      n: 2,
      term: 'ALK inhibitor',
      definition: 'A drug against ALK.',
      href: '#alk-inhibitor',
      card: 'card-alk-inhibitor',
    });
  });

  test('follows the glossary when its order changes: the number is never typed', () => {
    expect(resolveTerm([...entries].reverse(), 'alk-fusion-gene').n).toBe(3);
  });

  test('throws, naming the id, for a term the glossary lacks', () => {
    expect(() => resolveTerm(entries, 'egfr')).toThrow('No glossary entry "egfr".');
  });
});

describe('termNumber', () => {
  test('is the position in the glossary, from 1', () => {
    expect(entries.map((entry) => termNumber(entries, entry.id))).toEqual([1, 2, 3]);
  });

  test('throws, naming the id, for a term the glossary lacks', () => {
    expect(() => termNumber(entries, 'egfr')).toThrow('"egfr"');
  });
});

describe('blocksReferencing', () => {
  const sections = [
    { id: 'points', body: '<ul>\n<li id="points-1">A<Term id="alk-inhibitor" /></li>\n</ul>' },
    { id: 'overview', body: '<p id="overview-1">B<Term id="alk-inhibitor" /> C<Term id="gsk3-inhibitor" /> D<Term id="alk-inhibitor" /></p>' },
    { id: 'study', body: 'E<Term id="gsk3-inhibitor" />' },
  ];

  test('lists the blocks that reference a term, in reading order, each once', () => {
    expect(blocksReferencing(sections, 'alk-inhibitor')).toEqual(['points-1', 'overview-1']);
  });

  test('falls back to the section for a reference outside any block', () => {
    expect(blocksReferencing(sections, 'gsk3-inhibitor')).toEqual(['overview-1', 'study']);
  });

  test('is empty for a term nothing references', () => {
    expect(blocksReferencing(sections, 'alk-fusion-gene')).toEqual([]);
  });
});
