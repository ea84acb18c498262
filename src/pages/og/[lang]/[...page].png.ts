import type { APIRoute } from 'astro';
import type { ShareCard } from '../../../share-image/card';
import { renderShareImage } from '../../../share-image/draw';
export { shareImagePaths as getStaticPaths } from '../../../site/static-paths';

/** A page's share image, drawn when the site is built. */
export const GET: APIRoute<{ card: ShareCard }> = async ({ props }) =>
  new Response(await renderShareImage(props.card), { headers: { 'content-type': 'image/png' } });
