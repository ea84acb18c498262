/**
 * Whether a build knows where it will live. Without `SITE_URL`, every absolute URL the site
 * publishes (canonical links, share tags, citations, the sitemap, oEmbed) points at localhost:
 * right for `npm start`, wrong for anything deployed.
 */

/** How strictly a build needs `SITE_URL`. */
export type SiteUrlNeed = 'local' | 'warn' | 'require';

/**
 * What a build asks of `SITE_URL`: nothing when built for local preview (`--local`, as `npm start`
 * does); it must be set under CI (`CI=true`) or with `--deploy`; else its absence is warned of.
 */
export function siteUrlNeed(args: readonly string[], env: NodeJS.ProcessEnv): SiteUrlNeed {
  if (args.includes('--local')) return 'local';
  return env['CI'] === 'true' || args.includes('--deploy') ? 'require' : 'warn';
}

/**
 * The one line to print when `SITE_URL` is missing, or undefined when all is well.
 * @example siteUrlProblem('require', {}) // 'SITE_URL is not set: every absolute URL … Set SITE_URL …'
 */
export function siteUrlProblem(need: SiteUrlNeed, env: NodeJS.ProcessEnv): string | undefined {
  if (need === 'local' || env['SITE_URL']) return undefined;
  const why =
    need === 'require' ? 'this build is for deployment (CI=true or --deploy)' : 'fine for a look on this machine only';
  return `SITE_URL is not set: every absolute URL (canonical links, share tags, citations, sitemap, oEmbed) will point at localhost; ${why}. Set SITE_URL (and BASE_PATH) to where the site will live.`;
}
