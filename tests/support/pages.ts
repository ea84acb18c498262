import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site-relative URL paths, without the base, of every HTML page in a built site, e.g. `/ja/glossary/`. */
export function builtPages(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files.map((f) => `/${relative(dir, join(dir, f)).split(sep).join('/')}`.replace(/index\.html$/, '')).sort();
}

/**
 * The first, the last and the longest of a list (by `size`), each once: what a browser test tries
 * of a kind that grows with the content, so that the suite does not grow with it. A static check
 * of the built HTML covers every one.
 */
export function representatives<T>(items: readonly T[], size: (item: T) => number): T[] {
  const longest = items.reduce<T | undefined>(
    (best, item) => (best === undefined || size(item) > size(best) ? item : best),
    undefined,
  );
  return [...new Set([items[0], items.at(-1), longest])].filter((item): item is T => item !== undefined);
}

/**
 * One page of each kind in a built site, every kind in each language: of the pages one template
 * makes for each term (`/ja/glossary/<id>/`), the first, the last and the largest.
 */
export function representativePages(dir: string): string[] {
  const kinds = Map.groupBy(builtPages(dir), (path) => path.replace(/^(\/\w+\/glossary\/)[^/]+\/$/, '$1*/'));
  const bytes = (path: string) => statSync(join(dir, path.endsWith('/') ? `${path}index.html` : path)).size;
  return [...kinds.values()].flatMap((paths) => representatives(paths, bytes)).sort();
}
