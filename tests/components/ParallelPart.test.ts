import { describe, expect, test } from 'vitest';
import ParallelPart from '../../src/components/parallel/ParallelPart.astro';
import { render } from '../support/render';

describe('ParallelPart', () => {
  test.each([
    // The article selects no part: every part shows.
    [undefined, [2], 'x'],
    // The parallel view's cell for part 2 shows it, and a list around parts 1 and 2.
    [2, [2], 'x'],
    [2, [1, 2], 'x'],
    // Any other part shows nothing.
    [1, [2], ''],
  ])('with part %s selected, children of parts %j show "%s"', async (part, parts, shown) => {
    const body = await render(ParallelPart, { props: { part, parts }, slots: { default: 'x' } });
    expect(body.textContent.trim()).toBe(shown);
  });
});
