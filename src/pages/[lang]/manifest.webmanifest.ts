import type { APIRoute } from 'astro';
import type { Lang } from '../../site/languages';
import { webManifest } from '../../site/manifest';
export { languagePaths as getStaticPaths } from '../../site/static-paths';

/** The web app manifest of this language's pages. */
export const GET: APIRoute<{ lang: Lang }> = ({ props }) =>
  new Response(JSON.stringify(webManifest(props.lang, import.meta.env.BASE_URL)), {
    headers: { 'content-type': 'application/manifest+json' },
  });
