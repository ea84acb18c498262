/**
 * The middleware `astro dev` runs before every page (registered by `contentPlugins`): while the
 * content has problems, every page fails with the very error `astro build` prints, so that Astro's
 * overlay shows its message, hint, file and line, instead of whatever a page breaks on first when it
 * renders broken content (an "Unhandled rejection" in src/, a follow-on error).
 */
import { root } from 'astro:config/server';
import { defineMiddleware } from 'astro:middleware';
import { glanceReport, meaningReport, sectionReport } from './check/stages';
import { contentDir } from './loaders/content-dir';
import { alignmentIn } from './loaders/alignment';
import { contentError, publicationIn } from './loaders/content';

/** Throws the content's report, the sections' first, as the loaders fail with it; else renders the page. */
export const onRequest = defineMiddleware((_, next) => {
  const publication = publicationIn({ config: { root } }, contentDir);
  const report =
    sectionReport(publication) ??
    glanceReport(publication) ??
    meaningReport(publication) ??
    alignmentIn({ config: { root } }, contentDir, publication)?.report;
  if (report) throw contentError(report, root);
  return next();
});
