import { describe, expect, test } from 'vitest';
import { isKnownTailwindWarning, isKnownWarning } from '../../src/integrations/known-warnings';

const directive = (module: string, path: string) =>
  `[MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "${module}" in "${path}" may not be preserved when bundling.\n   ╭─[ ${path}:2:6 ]`;
const pseudo = (name: string) =>
  `'${name}' is not recognized as a valid pseudo-class. Did you mean '::${name}' (pseudo-element) or is this a typo?`;

describe('isKnownWarning', () => {
  test.each([
    [
      'Rolldown on the module Astro writes beside each MDX file',
      directive('use astro:head-inject', 'content/ja/study.mdx?astroPropagatedAssets'),
      true,
    ],
    [
      "Vite's minifier on :interest-source, in colour, with the CSS around it",
      `\x1b[33m[lightningcss minify] ${pseudo('interest-source')}\n1  |  /*! tailwindcss */`,
      true,
    ],
    [
      'the same directive in a module of our own, ours to look at',
      directive('use client', 'src/scripts/page.ts'),
      false,
    ],
    [
      'another pseudo-class lightningcss does not know, maybe a typo',
      `[lightningcss minify] ${pseudo('interest-sorce')}`,
      false,
    ],
    ['a known warning quoted inside another', `[vite] something else: ${pseudo('interest-source')}`, false],
  ])('%s', (_, message, known) => {
    expect(isKnownWarning(message)).toBe(known);
  });
});

describe('isKnownTailwindWarning', () => {
  /** Tailwind's message for the warnings of its optimiser, each after a pointer into the CSS. */
  const tailwind = (...warnings: string[]) =>
    [
      `Found ${warnings.length} warning${warnings.length === 1 ? '' : 's'} while optimizing generated CSS:`,
      ...warnings.flatMap((w) => ['', '│   .term-ref:interest-source {', `┆             ^-- ${w}`]),
    ].join('\n');

  test.each([
    ['the one known warning', tailwind(pseudo('interest-source')), true],
    ['another warning', tailwind(pseudo('interest-sorce')), false],
    ['the known warning and another', tailwind(pseudo('interest-source'), pseudo('interest-sorce')), false],
    [
      'something else Tailwind or a plugin prints',
      'warn - The `content` option in your Tailwind CSS configuration is missing',
      false,
    ],
  ])('%s', (_, message, known) => {
    expect(isKnownTailwindWarning(message)).toBe(known);
  });
});
