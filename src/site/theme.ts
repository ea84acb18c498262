/**
 * The design tokens of src/styles/theme.css, for what draws outside the site's stylesheet (the
 * share images, the embeddable card): read with PostCSS when the site builds, so that a colour
 * changed in the theme changes everywhere.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import postcss from 'postcss';

/** The theme's file, from the project root (Astro runs endpoints from its build folder). */
export const themeFile = 'src/styles/theme.css';

/** Every custom property of the `@theme` blocks, by name, its value as written but on one line (a formatter may wrap it). */
export type Theme = ReadonlyMap<string, string>;

/**
 * The custom properties declared in the `@theme` blocks of a stylesheet.
 * @example readTheme('@theme { --color-ink: #000; }').get('--color-ink') // '#000'
 */
export function readTheme(css: string, file = themeFile): Theme {
  const theme = new Map<string, string>();
  postcss.parse(css, { from: file }).walkAtRules('theme', (rule) => {
    rule.walkDecls(/^--/, (declaration) => void theme.set(declaration.prop, declaration.value.replace(/\s+/g, ' ')));
  });
  return theme;
}

export const siteTheme: Theme = readTheme(readFileSync(resolve(themeFile), 'utf8'));

/** A token's value; throws, naming the file, when the theme has no such token. */
export function token(name: string, theme: Theme = siteTheme): string {
  const value = theme.get(name);
  if (value === undefined) throw new Error(`${themeFile}: the theme has no token ${name}.`);
  return value;
}

/**
 * A colour token's value in the light scheme: the first argument of its `light-dark()`.
 * @example lightColour('--color-ink') // '#1b1b1f'
 */
export function lightColour(name: string, theme: Theme = siteTheme): string {
  const value = token(name, theme);
  const light = /^light-dark\(\s*([^,()]+(?:\([^()]*\))?)\s*,/.exec(value)?.[1];
  if (!light) throw new Error(`${themeFile}: ${name} is "${value}", not light-dark(<light>, <dark>).`);
  return light.trim();
}
