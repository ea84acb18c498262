/**
 * The response headers every page needs, stated once: the `_headers` file that Netlify and
 * Cloudflare Pages read, written into each build under its base path, and the
 * Content-Security-Policy that each page carries in a `<meta http-equiv>`.
 *
 * Each page inlines its first screen's styles, allowed by their hashes. The page's meta policy is
 * all of the policy that a meta can carry, with the hashes of that page's own styles, on every
 * host, those that send no headers (GitHub Pages) too; the header carries only what a meta cannot
 * (`frame-ancestors`). A browser enforces both. A header that named every page's hashes cost
 * every page 0.6 KB of its first response, which must fit the first round trip; and a header per
 * page cannot replace a site-wide one, as hosts apply every `_headers` rule that matches a path.
 * Astro's `security.csp` would also write the meta, but with the hashes of every page's styles and
 * of every script file 'self' already allows: 0.8 KB gzipped per page.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { embedScriptPath, withBase } from '../site/urls.ts';
import { writeOutput } from './write-output.ts';

/**
 * The one policy of every page, directive by directive: scripts are files of this site, styles
 * too or inline by their hashes, never 'unsafe-inline'; Trusted Types keep script from turning
 * strings into markup. Fonts and fetches are this site's too, by `default-src`.
 */
export const contentSecurityPolicy: ReadonlyArray<readonly [directive: string, ...sources: string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'self'"],
  ['require-trusted-types-for', "'script'"],
];

/**
 * Directives browsers ignore in a `<meta>` policy, so that only a header can carry them.
 * @see https://www.w3.org/TR/CSP3/#meta-element
 */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * A page's meta policy, with `styleHashes` allowed in `style-src`: every directive a `<meta>`
 * can carry.
 * @example metaPolicy(["'sha256-…'"]) // "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-…'; …"
 */
export function metaPolicy(styleHashes: readonly string[]): string {
  return policy((name) => !headerOnlyDirectives.includes(name), styleHashes);
}

/**
 * The header policy of every response: the directives a meta policy cannot carry.
 * @example headerPolicy() // "frame-ancestors 'self'"
 */
export function headerPolicy(): string {
  return policy((name) => headerOnlyDirectives.includes(name));
}

/** The directives of the policy that `keep` keeps, with `styleHashes` added to `style-src`. */
function policy(keep: (directive: string) => boolean, styleHashes: readonly string[] = []): string {
  return contentSecurityPolicy
    .filter(([name]) => keep(name))
    .map(([name, ...sources]) => [name, ...sources, ...(name === 'style-src' ? styleHashes : [])].join(' '))
    .join('; ');
}

/**
 * The hash sources of a page's inline styles, each once, in the order they come.
 * @example styleHashes('<style>a{}</style>') // ["'sha256-…'"]
 */
export function styleHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );
  return [...new Set(hashes)];
}

/**
 * A built page with its policy in a `<meta http-equiv>` right after its charset, before any
 * script or style, as a meta policy covers only what follows it.
 * @throws When the page has no `<meta charset>` to put it after.
 */
export function withPolicyMeta(html: string, file: string): string {
  const charset = /<meta charset="[^"]*">/i.exec(html);
  if (!charset) throw new Error(`${file} has no <meta charset> to put its Content-Security-Policy after.`);
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}<meta http-equiv="content-security-policy" content="${metaPolicy(styleHashes(html))}">${html.slice(end)}`;
}

/**
 * The `_headers` file for a site served under `base`: its paths start at the host's root, as
 * Netlify and Cloudflare Pages read them.
 * @example headersFile('/alk-gsk3/') // '…/alk-gsk3/glossary.json\n  Access-Control-Allow-Origin: *…'
 */
export function headersFile(base: string): string {
  const rule = (path: string, ...headers: string[]) =>
    [withBase(base, path), ...headers.map((header) => `  ${header}`)].join('\n');
  return `${[
    '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages), written by',
    '# the build from src/integrations/host-headers.ts for the base path it was built for.',
    "# Every response: the part of the policy that each page's <meta> policy cannot carry.",
    rule(
      '*',
      `Content-Security-Policy: ${headerPolicy()}`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ),
    '# Built assets and the stylesheets pages link after their first screen carry a content hash in',
    '# their names: a changed file gets a new name.',
    rule('_astro/*', 'Cache-Control: public, max-age=31536000, immutable'),
    rule('styles/*', 'Cache-Control: public, max-age=31536000, immutable'),
    "# Other sites' pages use the term card: they load its script and fetch the glossary data from",
    '# their own origin, which needs CORS.',
    rule('glossary.json', 'Access-Control-Allow-Origin: *'),
    rule(`${embedScriptPath.slice(0, embedScriptPath.lastIndexOf('/'))}/*`, 'Access-Control-Allow-Origin: *'),
  ].join('\n')}\n`;
}

/**
 * Astro integration: puts the policy in every built page, and writes `_headers` for the base path
 * the site is built for.
 * @param options.file Whether to write `_headers`: a host that reads none (GitHub Pages) would
 * only publish it as a file.
 */
export function hostHeaders({ file = true }: { file?: boolean } = {}): AstroIntegration {
  let base = '/';
  return {
    name: 'host-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((path) => path.endsWith('.html')).sort();
        for (const page of pages)
          await writeOutput(join(root, page), withPolicyMeta(await readFile(join(root, page), 'utf8'), page));
        if (file) await writeOutput(join(root, '_headers'), headersFile(base));
      },
    },
  };
}
