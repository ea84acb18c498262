import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site-relative URL paths, without the base, of every HTML page in a built site, e.g. `/ja/glossary/`. */
export function builtPages(dir: string): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files
    .map((f) => `/${relative(dir, join(dir, f)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}
