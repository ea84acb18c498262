import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/content/problem';
import { readGlance } from '../../src/glance/source';

const file = 'tests/fixtures/edition/en/at-a-glance.yaml';
const text = readFileSync(file, 'utf8');

describe('readGlance', () => {
  test('reads the fixture without problems', () => {
    const glance = readGlance(file, 'en', text);
    expect(glance.problems).toEqual([]);
    expect(glance.data?.numbers).toHaveLength(1);
    expect(glance.stepsLine).toBe(10);
  });

  test('gives each item what it shows, with lines, and the lines of its restates and quote', () => {
    const block = text.replace(
      '  - { figure: Second, label: paragraph, restates: overview-2, quote: A second paragraph }',
      '  - figure: Second\n    label: paragraph\n    restates: overview-2\n    quote: A second paragraph',
    );
    const number = readGlance(file, 'en', block).items.at(-1);
    expect(number).toEqual({
      name: 'number 1 ("Second")',
      key: 'number 1',
      restates: 'overview-2',
      quote: 'A second paragraph',
      shown: [
        { text: 'Second', line: 17 },
        { text: 'paragraph', line: 18 },
      ],
      line: 17,
      restatesLine: 19,
      quoteLine: 20,
    });
  });

  test('gives each step its id, its line and the lines of its labels', () => {
    const [treatment] = readGlance(file, 'en', text).steps;
    expect(treatment).toEqual({
      id: 'treatment',
      line: 11,
      title: [{ text: 'Treat', line: 11 }],
      labels: [
        { text: 'a', line: 11 },
        { text: 'b', line: 11 },
      ],
    });
  });

  // An unknown field and YAML that does not parse: tests/lib/yaml-source.test.ts. A number where
  // words belong: tests/content/bad-glance.test.ts.
  test.each([
    // A step the drawing has no panel for.
    [
      'an unknown step',
      (t: string) => t.replace('id: screen', 'id: scan'),
      [
        `${file}:13: field "figure.steps[2].id": Invalid option: expected one of "treatment"|"resistance"|"screen"|"combination"|"resensitised". Found: "scan".`,
      ],
    ],
  ])('reports %s at its line', (_, change, expected) => {
    const glance = readGlance(file, 'en', change(text));
    expect(glance.data).toBeUndefined();
    expect(glance.problems.map(formatProblem)).toEqual(expected);
  });
});
