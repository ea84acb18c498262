/**
 * The response headers every page needs, stated once: the `_headers` file that Netlify and
 * Cloudflare Pages read, written into each build under its base path, and the
 * Content-Security-Policy that each page also carries in a `<meta http-equiv>`, for hosts that send
 * no headers (GitHub Pages).
 *
 * Each page inlines its stylesheet, allowed by its hash. The build writes each page's meta policy
 * with the hashes of that page's own styles, and the header with those of every page. Astro's
 * `security.csp` would do the first, but writes into every page the hashes of every page's styles
 * and of every script file 'self' already allows: 0.8 KB gzipped per page, of the 14 KB that the
 * first response may hold.
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
 * strings into markup.
 */
export const contentSecurityPolicy: ReadonlyArray<readonly [directive: string, ...sources: string[]]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'", 'data:'],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
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
 * The policy with `styleHashes` allowed in `style-src`.
 * @param options.meta Leave out the directives a `<meta>` policy cannot carry.
 * @example policy(["'sha256-…'"]) // "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-…'; …"
 */
export function policy(styleHashes: readonly string[] = [], { meta = false } = {}): string {
  return contentSecurityPolicy
    .filter(([name]) => !(meta && headerOnlyDirectives.includes(name)))
    .map(([name, ...sources]) => [name, ...sources, ...(name === 'style-src' ? styleHashes : [])].join(' '))
    .join('; ');
}

/**
 * The hash sources of a page's inline styles, each once, in the order they come.
 * @example styleHashes('<style>a{}</style>') // ["'sha256-…'"]
 */
export function styleHashes(html: string): string[] {
  const hashes = [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
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
  return `${html.slice(0, end)}<meta http-equiv="content-security-policy" content="${policy(styleHashes(html), { meta: true })}">${html.slice(end)}`;
}

/**
 * The `_headers` file for a site served under `base`: its paths start at the host's root, as
 * Netlify and Cloudflare Pages read them.
 * @param hashes The hash sources of every page's inline styles.
 * @example headersFile('/alk-gsk3/') // '…/alk-gsk3/glossary.json\n  Access-Control-Allow-Origin: *…'
 */
export function headersFile(base: string, hashes: readonly string[] = []): string {
  const rule = (path: string, ...headers: string[]) => [withBase(base, path), ...headers.map((header) => `  ${header}`)].join('\n');
  return `${[
    '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages), written by',
    '# the build from src/integrations/host-headers.ts for the base path it was built for.',
    rule('*', `Content-Security-Policy: ${policy(hashes)}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'),
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
        const hashes = new Set<string>();
        for (const page of pages) {
          const html = await readFile(join(root, page), 'utf8');
          styleHashes(html).forEach((hash) => hashes.add(hash));
          await writeOutput(join(root, page), withPolicyMeta(html, page));
        }
        if (file) await writeOutput(join(root, '_headers'), headersFile(base, [...hashes]));
      },
    },
  };
}
