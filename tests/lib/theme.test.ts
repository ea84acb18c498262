import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cardCss } from '../../src/embed/card';
import { lightColour, readTheme, siteTheme, token } from '../../src/site/theme';

describe('readTheme', () => {
  test('reads the custom properties of @theme blocks only, values as written, each on one line', () => {
    const theme = readTheme(
      ':root { --outside: 1px; } @theme { --color-ink: light-dark(#111, #eee); --font-ja: "Noto Sans JP",\n    sans-serif; }',
    );
    expect([...theme]).toEqual([
      ['--color-ink', 'light-dark(#111, #eee)'],
      ['--font-ja', '"Noto Sans JP", sans-serif'],
    ]);
  });

  test('a missing token or a colour without both schemes is an error naming the file and the token', () => {
    const theme = readTheme(
      '@theme { --color-flat: #123456; --color-shade: light-dark(rgb(0 0 0 / 0.2), rgb(0 0 0 / 0.7)); }',
    );
    expect(() => token('--color-none', theme)).toThrow('src/styles/theme.css: the theme has no token --color-none.');
    expect(() => lightColour('--color-flat', theme)).toThrow(
      'src/styles/theme.css: --color-flat is "#123456", not light-dark(<light>, <dark>).',
    );
    expect(lightColour('--color-shade', theme)).toBe('rgb(0 0 0 / 0.2)');
  });
});

describe('the site theme is the one source of colour', () => {
  test('every colour token has a light and a dark value', () => {
    const colours = [...siteTheme].filter(([name]) => name.startsWith('--color-') && !name.endsWith('-*'));
    expect(colours.length).toBeGreaterThan(10);
    for (const [name] of colours) expect(() => lightColour(name)).not.toThrow();
  });

  test("the embeddable card draws with the theme's colours and Japanese fonts", () => {
    const css = cardCss(token);
    for (const name of [
      '--color-rule',
      '--color-paper',
      '--color-ink',
      '--color-accent',
      '--color-focus',
      '--shadow-card',
      '--font-ja',
    ])
      expect(css).toContain(token(name));
  });

  test('no other stylesheet or script writes a colour of its own; print draws in black on white', () => {
    const literal = /#[0-9a-f]{3,8}\b|\b(?:rgb|hsl|oklch)a?\(/gi;
    const files = ['src'].flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)),
    );
    const found = files
      .filter((file) => /\.(css|ts|astro)$/.test(file) && !/theme\.(css|ts)$/.test(file))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(literal)].map((match) => `${file}: ${match[0]}`))
      .filter((hit) => !/^src\/styles\/print\/[a-z-]+\.css: #(000|fff|333)$/.test(hit));
    expect(found).toEqual([]);
  });
});
