import { describe, expect, test } from 'vitest';
import { tocTree } from '../../src/components/article/toc';

describe('tocTree', () => {
  test('nests subsections under their parent and keeps reading order', () => {
    const tree = tocTree([
      { id: 'overview', title: 'Overview' },
      { id: 'details', title: 'Details' },
      { id: 'background', title: 'Background', parent: 'details' },
      { id: 'study', title: 'The study', parent: 'details' },
      { id: 'glossary', title: 'Glossary' },
    ]);
    expect(tree.map((item) => item.id)).toEqual(['overview', 'details', 'glossary']);
    expect(tree[1]?.children.map((item) => item.id)).toEqual(['background', 'study']);
  });

  test('keeps a section whose parent is unknown at the top level rather than dropping it', () => {
    expect(tocTree([{ id: 'orphan', title: 'Orphan', parent: 'missing' }])).toEqual([{ id: 'orphan', title: 'Orphan', children: [] }]);
  });
});
