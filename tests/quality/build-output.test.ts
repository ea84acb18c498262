import { expect, test } from 'vitest';
import { buildLog } from '../support/site';

test('the build prints no warning, so that a new one is seen', () => {
  // Astro's own ("[WARN]"), Rolldown's and Vite's (through Astro's), Tailwind's ("Found 1 warning").
  const warnings = buildLog.split('\n').filter((line) => /\[WARN\]|\bwarnings?\b/i.test(line));
  expect(warnings).toEqual([]);
});
