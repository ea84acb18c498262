import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { inject } from 'vitest';
import { glossaryDataSchema, type GlossaryData } from '../../src/glossary/data-schema';
import { withBase } from '../../src/site/urls';
import { headersFor, readHeaders } from './headers';
import { builtPages as pagesIn, representativePages as representativesIn } from './pages';
import { serveStatic, type StaticServer } from './server';

/** The build under test (tests/setup/site.ts made it): its folder, and the URL it is built for. */
const built = inject('site');
export const distDir = built.dir;
/** Where the build is hosted: origin and base path, e.g. `https://example.org/alk-gsk3/`. */
export const siteUrl = new URL(built.url);
/** The base path every link of the build starts with, e.g. `/alk-gsk3/`. */
export const base = siteUrl.pathname;

// The global setup builds on while the first files run; every site file starts once it has built.
// node:http, not fetch: fetch gives up on an answer after 300 s, and a slow machine builds longer.
const ready = await new Promise<{ ok: boolean; text: string }>((resolve, reject) => {
  get(inject('siteReady'), (response) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (text += chunk));
    response.on('end', () => resolve({ ok: response.statusCode === 200, text }));
  }).on('error', reject);
});
if (!ready.ok) throw new Error(`The build under test failed:\n${ready.text}`);
/** What the build under test printed, stdout and stderr. */
export const buildLog = ready.text;
if (!existsSync(join(distDir, 'index.html')))
  throw new Error(`No built site in ${distDir}/: the global setup should have built it.`);

/**
 * The href a page of the build links to a site-relative path with: under the base.
 * @example href('/ja/glossary/') // '/alk-gsk3/ja/glossary/'
 */
export function href(path: string): string {
  return withBase(base, path);
}

/**
 * The absolute URL of a site-relative path, as canonical links and share tags give it.
 * @example absolute('/ja/') // 'https://example.org/alk-gsk3/ja/'
 */
export function absolute(path: string): string {
  return new URL(href(path), siteUrl).href;
}

// The build under test's pages, and one of each kind: see tests/support/pages.ts.
export const builtPages = (dir = distDir): string[] => pagesIn(dir);
export const representativePages = (dir = distDir): string[] => representativesIn(dir);

/** The glossary data of the build (`/glossary.json`), read through its schema. */
export function builtGlossary(dir = distDir): GlossaryData {
  return glossaryDataSchema.parse(JSON.parse(readFileSync(join(dir, 'glossary.json'), 'utf8')));
}

/** The HTML of a built page, by its site-relative URL path. */
export function readPage(path: string, dir = distDir): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(dir, file), 'utf8');
}

export function loadPage(path: string, dir = distDir): Document {
  return parseHTML(readPage(path, dir)).document;
}

/** The build under test, served under its base path. */
export interface SiteServer extends StaticServer {
  /**
   * The address of a site-relative path on this server.
   * @example server.url('/en/') // 'http://127.0.0.1:40123/alk-gsk3/en/'
   */
  url(path: string): string;
}

/**
 * Serves the build under test under its base path; with `headers`, sends what its `_headers`
 * file gives each path, as Netlify and Cloudflare Pages do.
 */
export async function serveSite(options: { headers?: boolean } = {}): Promise<SiteServer> {
  const rules = options.headers ? readHeaders(distDir) : [];
  const server = await serveStatic(distDir, base, (path) => headersFor(rules, path));
  return { ...server, url: (path) => server.origin + href(path) };
}
