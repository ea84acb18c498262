import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** The built site the tests read: `dist/` unless SITE_DIST names another build. */
export const distDir = process.env['SITE_DIST'] ?? 'dist';

if (!existsSync(join(distDir, 'index.html'))) {
  throw new Error(`No built site in ${distDir}/: run "npm test", which builds first, or "npm run build".`);
}

/** Site-relative URL paths of every built HTML page, e.g. `/ja/glossary/`. */
export function builtPages(dir = distDir): string[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
  return files
    .map((f) => `/${relative(dir, join(dir, f)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The HTML of a built page, by its URL path. */
export function readPage(path: string, dir = distDir): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dir, file), 'utf8');
}

/** A built page parsed into a DOM document. */
export function loadPage(path: string, dir = distDir): Document {
  return parseHTML(readPage(path, dir)).document as unknown as Document;
}
