/**
 * Stylesheets a page links after its first screen, so that its first response paints that screen
 * without waiting for them: a `<link rel="stylesheet">` in the body holds up only what follows it.
 * Astro inlines every stylesheet a page imports (`build.inlineStylesheets: 'always'`), so these
 * are compiled by Vite and Tailwind as strings (`?inline`) and published by `pages/styles/`, each
 * under a name that carries a hash of its content.
 */
import { createHash } from 'node:crypto';
import articleBelow from '../styles/pages/article-below.css?inline';

/** Each later stylesheet's CSS, by name. */
export const laterStyles = { 'article-below': articleBelow } as const;

export type LaterStyle = keyof typeof laterStyles;

/**
 * Site-relative path of a later stylesheet, without the base; a change to its CSS changes its name.
 * @example laterStylePath('article-below') // 'styles/article-below.3Fh1c0aZ.css'
 */
export function laterStylePath(name: LaterStyle): string {
  const hash = createHash('sha256').update(laterStyles[name]).digest('base64url').slice(0, 8);
  return `styles/${name}.${hash}.css`;
}
