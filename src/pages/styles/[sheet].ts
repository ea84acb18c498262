import type { APIRoute } from 'astro';
import { laterStylePath, laterStyles, type LaterStyle } from '../../site/later-styles';

/** Every stylesheet a page links after its first screen (site/later-styles.ts). */
export function getStaticPaths() {
  return (Object.keys(laterStyles) as LaterStyle[]).map((name) => ({
    params: { sheet: laterStylePath(name).replace('styles/', '') },
    props: { name },
  }));
}

export const GET: APIRoute<{ name: LaterStyle }> = ({ props }) =>
  new Response(laterStyles[props.name], { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
