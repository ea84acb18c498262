// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { quietBuild } from './src/integrations/known-warnings.ts';
import { printPdf } from './src/pdf/print.ts';
import { contentPlugins } from './src/markdown/satteri.ts';
import { siteSitemap } from './src/integrations/sitemap.ts';

/**
 * Where the site is hosted, set at build time:
 * SITE_URL is the origin (canonical and share links), BASE_PATH the sub-path it is served under;
 * HEADERS_FILE=false leaves out `_headers`, for hosts that do not read it (README, "Publishing").
 */
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Every build prints the articles to PDF (needs Chromium), so their links to the PDFs always work.
  // <Term> and <AtAGlance /> in the content take their language from the folder of their file;
  // each block of the content gets its link to the parallel view.
  // A clean build prints no warning: the two known to be harmless are left out (known-warnings.ts).
  integrations: [
    quietBuild(),
    mdx(),
    contentPlugins(),
    printPdf(),
    siteSitemap(),
    hostHeaders({ file: process.env.HEADERS_FILE !== 'false' }),
  ],
  // Each page's stylesheet is inlined, so that the first response alone paints the first screen;
  // the script stays a file. One Content-Security-Policy without 'unsafe-inline' serves every page,
  // allowing each page's inline styles by their hashes: hostHeaders writes it into every page's
  // <meta http-equiv>, and what a meta cannot carry (frame-ancestors) into the `_headers` file.
  build: { inlineStylesheets: 'always' },
  // Code is highlighted by src/metadata/highlight.ts, into classes; Shiki's fences would write style
  // attributes, which the policy blocks (and Astro warns of with CSP on).
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: { assetsInlineLimit: 0 },
    server: {
      watch: {
        // The dev server watches no build output: a build beside it (a staging folder, `*.partial`, or
        // the tests' builds in tests/.tmp, all but the content copies its own tests edit) would otherwise
        // send it an event for every file written.
        ignored: ['**/dist/**', '**/*.partial/**', '**/*.previous/**', '**/tests/.tmp/!(content-*)/**'],
        // An editor may save a file twice in a moment (empty it, then write it; or format it on save).
        // Without this, the watcher passes on one change to a file per 50 ms and drops the rest: the
        // content was judged as first saved, and never as last saved. With it, a change is passed on
        // once the file has kept its size for 100 ms.
        awaitWriteFinish: { stabilityThreshold: 100, pollInterval: 20 },
      },
    },
  },
});
