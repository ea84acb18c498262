/**
 * robots.txt: every page may be crawled, and the sitemap is named, as an absolute URL that
 * honours SITE_URL and BASE_PATH.
 */

/** The sitemap index under the site's base, as `@astrojs/sitemap` names it (src/integrations/sitemap.ts). */
export const sitemapIndexPath = 'sitemap-index.xml';

/**
 * The text of robots.txt.
 * @example robotsTxt('https://example.org/sitemap-index.xml') // 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap-index.xml\n'
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
