import type { APIRoute } from 'astro';
import type { ShareCard } from '../../../lib/share-card';
import { renderShareImage } from '../../../lib/share-image';
export { shareImagePaths as getStaticPaths } from '../../../lib/static-paths';

/** A page's share image, drawn when the site is built. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(await renderShareImage(props.card), { headers: { 'content-type': 'image/png' } });
