import type { APIRoute } from 'astro';
import type { Lang } from '../../../../lib/languages';
import { termEmbed } from '../../../../lib/oembed-routes';
export { termPaths as getStaticPaths } from '../../../../lib/static-paths';

/** The term page's oEmbed response, found through the page's discovery link. */
export const GET: APIRoute<{ lang: Lang; id: string }> = async ({ props: { lang, id }, site, url }) =>
  Response.json(await termEmbed(lang, id, site ?? url, import.meta.env.BASE_URL));
