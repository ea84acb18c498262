import type { APIRoute } from 'astro';
import { bundleEmbedScript } from '../../../embed/bundle';

/** The embeddable term card script, at a path other sites keep in their pages for good. */
export const GET: APIRoute = async () =>
  new Response(await bundleEmbedScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
