/**
 * The response headers every page needs, stated once: the `_headers` file that Netlify and
 * Cloudflare Pages read, written into each build under its base path, and the directives of the
 * Content-Security-Policy that Astro's `security.csp` also puts in every page's
 * `<meta http-equiv>`, for hosts that send no headers (GitHub Pages). Astro adds to that meta
 * policy the hashes of the site's own scripts and styles, inline `<style>` included; the header
 * carries the same hashes, read back from the built pages.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { embedScriptPath, withBase } from '../lib/urls.ts';
import { writeOutput } from './write-output.ts';

/**
 * The one policy of every page, directive by directive: scripts and styles are the site's own
 * (files, or inline styles by their hashes, never 'unsafe-inline'), and Trusted Types keep script
 * from turning strings into markup.
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

/** `security.csp.directives` as Astro types them: each a directive's name, then its sources. */
type CspDirectives = NonNullable<Extract<NonNullable<AstroUserConfig['security']>['csp'], object>['directives']>;

/** Directives Astro writes itself, with the hashes of the site's scripts and stylesheets. */
const astroDirectives = ['script-src', 'style-src'];

/**
 * The policy as a header's value, with `hashes` added to their directives.
 * @param hashes Hash sources by directive, as Astro wrote them into the pages' meta policy.
 * @example policyHeader({ 'style-src': ["'sha256-…'"] }) // "default-src 'self'; …; style-src 'self' 'sha256-…'; …"
 */
export function policyHeader(hashes: Readonly<Record<string, readonly string[]>> = {}): string {
  return contentSecurityPolicy.map(([name, ...sources]) => [name, ...sources, ...(hashes[name] ?? [])].join(' ')).join('; ');
}

/**
 * The hash sources of Astro's directives in one page's meta policy, by directive.
 * @example metaHashes(`<meta http-equiv="content-security-policy" content="style-src 'self' 'sha256-x';">`) // { 'style-src': ["'sha256-x'"] }
 */
export function metaHashes(html: string): Record<string, string[]> {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1] ?? '';
  const directives = policy.split(';').map((directive) => directive.trim().split(/\s+/));
  return Object.fromEntries(
    astroDirectives.map((name) => [name, directives.find(([directive]) => directive === name)?.filter((source) => /^'sha(256|384|512)-/.test(source)) ?? []]),
  );
}

/**
 * The directives for `security.csp.directives`: all that a `<meta>` policy can carry, but
 * `script-src` and `style-src`, which Astro writes as `'self'` and the hashes of the site's files.
 */
export function metaDirectives(): CspDirectives {
  return contentSecurityPolicy
    .filter(([name]) => !headerOnlyDirectives.includes(name) && !astroDirectives.includes(name))
    .map((directive) => directive.join(' ') as CspDirectives[number]);
}

/**
 * The `_headers` file for a site served under `base`: its paths start at the host's root, as
 * Netlify and Cloudflare Pages read them.
 * @param hashes Hash sources by directive: those of every page's meta policy.
 * @example headersFile('/alk-gsk3/') // '…/alk-gsk3/glossary.json\n  Access-Control-Allow-Origin: *…'
 */
export function headersFile(base: string, hashes: Readonly<Record<string, readonly string[]>> = {}): string {
  const rule = (path: string, ...headers: string[]) => [withBase(base, path), ...headers.map((header) => `  ${header}`)].join('\n');
  return `${[
    '# Response headers for hosts that read a _headers file (Netlify, Cloudflare Pages), written by',
    '# the build from src/integrations/host-headers.ts for the base path it was built for.',
    rule('*', `Content-Security-Policy: ${policyHeader(hashes)}`, 'X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'),
    '# Built assets carry a content hash in their names: a changed file gets a new name.',
    rule('_astro/*', 'Cache-Control: public, max-age=31536000, immutable'),
    "# Other sites' pages use the term card: they load its script and fetch the glossary data from",
    '# their own origin, which needs CORS.',
    rule('glossary.json', 'Access-Control-Allow-Origin: *'),
    rule(`${embedScriptPath.slice(0, embedScriptPath.lastIndexOf('/'))}/*`, 'Access-Control-Allow-Origin: *'),
  ].join('\n')}\n`;
}

/**
 * Astro integration: writes `_headers` into each build, for the base path it is built for.
 * @param options.file Whether to write it: a host that reads no `_headers` (GitHub Pages) would
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
      'astro:build:done': async ({ dir, pages }) => {
        if (!file) return;
        const root = fileURLToPath(dir);
        const html = await Promise.all(pages.map(({ pathname }) => readFile(join(root, pathname, 'index.html'), 'utf8').catch(() => '')));
        await writeOutput(join(root, '_headers'), headersFile(base, unionOf(html.map(metaHashes))));
      },
    },
  };
}

/** Every page's hash sources together, by directive, each once, in the order first met. */
function unionOf(pages: Array<Record<string, string[]>>): Record<string, string[]> {
  return Object.fromEntries(astroDirectives.map((name) => [name, [...new Set(pages.flatMap((page) => page[name] ?? []))]]));
}
