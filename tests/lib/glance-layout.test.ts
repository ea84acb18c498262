import { describe, expect, test } from 'vitest';
import {
  clusterCells,
  glancePanels,
  glanceSizes,
  hatchPath,
  panelLayout,
  shapeId,
  textWidth,
} from '../../src/glance/layout';
import { locateBlock } from '../../src/glance/locate-block';

describe('panelLayout', () => {
  test.each(glancePanels.map((p) => [p.id]))(
    'keeps every cell of "%s" inside the panel and clear of the labels',
    (id) => {
      const at = panelLayout(id, { title: 2, from: 3, to: 1 });
      const r = glanceSizes.cellRadius;
      for (const cell of [...at.from.cells, ...at.to.cells]) {
        expect(cell.x - r).toBeGreaterThanOrEqual(0);
        expect(cell.x + r).toBeLessThanOrEqual(glanceSizes.width);
        expect(cell.y - r).toBeGreaterThan(at.title.y + glanceSizes.titleLeading);
        expect(cell.y + r).toBeLessThan(at.from.y - glanceSizes.labelSize);
      }
      expect(at.height).toBeGreaterThanOrEqual(at.from.y + 2 * glanceSizes.labelLeading);
    },
  );

  test('makes room for more lines', () => {
    const short = panelLayout('treatment', { title: 1, from: 1, to: 1 });
    const tall = panelLayout('treatment', { title: 2, from: 1, to: 3 });
    expect(tall.from.y - short.from.y).toBe(glanceSizes.titleLeading);
    expect(tall.height - short.height).toBe(glanceSizes.titleLeading + 2 * glanceSizes.labelLeading);
  });

  test('draws the arrow between the clusters, dashed only where the release says "thought to"', () => {
    const dashed = glancePanels
      .filter((p) => panelLayout(p.id, { title: 1, from: 1, to: 1 }).arrow.dashed)
      .map((p) => p.id);
    expect(dashed).toEqual(['resistance']);
    const at = panelLayout('screen', { title: 1, from: 1, to: 1 });
    expect(at.arrow.x1).toBeGreaterThan(Math.max(...at.from.cells.map((c) => c.x)) + glanceSizes.cellRadius);
    expect(at.arrow.x2).toBeLessThan(Math.min(...at.to.cells.map((c) => c.x)) - glanceSizes.cellRadius);
  });

  test('leaves some persisters alive after the screen, as the text reports growth suppressed and more cell death, not all killed', () => {
    const at = panelLayout('screen', { title: 1, from: 1, to: 1 });
    const count = (cells: typeof at.to.cells, kind: string) => cells.filter((c) => c.kind === kind).length;
    expect(count(at.to.cells, 'persister')).toBeGreaterThan(0);
    expect(count(at.to.cells, 'persister')).toBeLessThan(count(at.from.cells, 'persister'));
    expect(count(at.to.cells, 'dead')).toBeGreaterThan(0);
  });

  test('shows fewer persisters after the combination than after an ALK inhibitor alone', () => {
    const persisters = (id: 'treatment' | 'combination') =>
      panelLayout(id, { title: 1, from: 1, to: 1 }).to.cells.filter((c) => c.kind === 'persister').length;
    expect(persisters('combination')).toBeLessThan(persisters('treatment'));
    expect(persisters('combination')).toBeGreaterThan(0);
  });
});

describe('clusterCells', () => {
  test('defines each cluster once, as every panel that shows it places it around its centre', () => {
    const defined = new Map(clusterCells().map(({ name, cells }) => [name, cells]));
    for (const panel of glancePanels) {
      const at = panelLayout(panel.id, { title: 1, from: 1, to: 1 });
      for (const side of [at.from, at.to]) {
        const moved = defined
          .get(side.cluster)
          ?.map((cell) => ({ ...cell, x: cell.x + side.centre.x, y: cell.y + side.centre.y }));
        expect(moved, `${panel.id}: ${side.cluster}`).toEqual(side.cells);
      }
    }
  });
});

describe('shapeId', () => {
  test('keeps cells and clusters of the same name apart, and each language apart', () => {
    expect(shapeId('', 'cell', 'resistant')).not.toBe(shapeId('', 'cluster', 'resistant'));
    expect(shapeId('ja-', 'cell', 'persister')).toBe('ja-glance-cell-persister');
  });
});

describe('textWidth', () => {
  test('counts a Japanese character as one em and Latin letters as less', () => {
    expect(textWidth('阻害薬')).toBe(3);
    expect(textWidth('inhibitor')).toBeLessThan(9 * 0.7);
    expect(textWidth('mm')).toBeGreaterThan(textWidth('ii'));
  });

  test('counts bold wider', () => {
    expect(textWidth('persister', true)).toBeGreaterThan(textWidth('persister'));
  });
});

describe('hatchPath', () => {
  test('draws only inside the circle', () => {
    const points = [...hatchPath(50, 50, 9, 3.5).matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    expect(points.length).toBeGreaterThanOrEqual(8);
    for (const [x = 0, y = 0] of points) expect(Math.hypot(x - 50, y - 50)).toBeLessThanOrEqual(9.01);
  });
});

describe('locateBlock', () => {
  const sections = [
    {
      title: 'Key points',
      blocks: [
        { id: 'points-1', element: 'li' },
        { id: 'points-2', element: 'li' },
      ],
    },
    {
      title: 'Overview',
      blocks: [
        { id: 'overview-1', element: 'p' },
        { id: 'overview-h', element: 'h3' },
        { id: 'overview-2', element: 'p' },
      ],
    },
  ];

  test('names a paragraph by its section and position', () => {
    expect(locateBlock(sections, 'overview-2')).toEqual({ section: 'Overview', n: 2, kind: 'paragraph' });
  });

  test('names a list item as an item', () => {
    expect(locateBlock(sections, 'points-2')).toEqual({ section: 'Key points', n: 2, kind: 'item' });
  });

  test('names only paragraphs and list items', () => {
    expect(() => locateBlock(sections, 'overview-h')).toThrow('No paragraph or list item "overview-h"');
  });

  test('refuses an unknown block', () => {
    expect(() => locateBlock(sections, 'overview-9')).toThrow('No paragraph or list item "overview-9"');
  });
});
