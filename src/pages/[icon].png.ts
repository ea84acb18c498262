import type { APIRoute } from 'astro';
import { iconPng, rasterIcons, type RasterIcon } from '../site/icons';

/** One page per raster icon, named by its file. */
export const getStaticPaths = () =>
  rasterIcons.map((icon) => ({ params: { icon: icon.file.replace(/\.png$/, '') }, props: { icon } }));

/** A home screen icon, drawn when the site is built. */
export const GET: APIRoute<{ icon: RasterIcon }> = async ({ props: { icon } }) =>
  new Response(await iconPng(icon.shape, icon.size), { headers: { 'content-type': 'image/png' } });
