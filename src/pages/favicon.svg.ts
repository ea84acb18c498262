import type { APIRoute } from 'astro';
import { iconSvg } from '../site/icons';

/** The tab icon, drawn when the site is built; every page links it first. */
export const GET: APIRoute = async () =>
  new Response(await iconSvg('rounded'), { headers: { 'content-type': 'image/svg+xml' } });
