import { describe, expect, test } from 'vitest';
import { at, formatProblem, where } from '../../src/content/problem';

describe('where', () => {
  test.each([
    // What editors and terminals link to, as precise as known.
    [{ file: 'content/en/a.mdx', line: 3, column: 5 }, 'content/en/a.mdx:3:5'],
    [{ file: 'content/en/a.mdx', line: 3 }, 'content/en/a.mdx:3'],
    [{ file: 'content/en/a.mdx' }, 'content/en/a.mdx'],
  ])('%j is %s', (location, text) => {
    expect(where(location)).toBe(text);
  });
});

describe('formatProblem', () => {
  test('puts the location first', () => {
    expect(formatProblem({ file: 'content/en/a.mdx', line: 3, message: 'x' })).toBe('content/en/a.mdx:3: x');
  });
});

describe('at', () => {
  test('leaves out what is unknown', () => {
    expect([at('a.mdx'), at('a.mdx', 2), at('a.mdx', 2, 4)]).toEqual([
      { file: 'a.mdx' },
      { file: 'a.mdx', line: 2 },
      { file: 'a.mdx', line: 2, column: 4 },
    ]);
  });
});
