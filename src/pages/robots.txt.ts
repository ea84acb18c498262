/** robots.txt, naming the sitemap (see src/site/robots.ts and the README on hosting under a sub-path). */
import type { APIRoute } from 'astro';
import { robotsTxt, sitemapIndexPath } from '../site/robots';
import { absoluteUrl, withBase } from '../site/urls';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(absoluteUrl(site ?? url, withBase(import.meta.env.BASE_URL, sitemapIndexPath))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
