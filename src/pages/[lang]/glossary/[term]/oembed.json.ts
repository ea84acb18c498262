import type { APIRoute } from 'astro';
import { termEmbed } from '../../../../lib/glossary-routes';
import type { Lang } from '../../../../lib/languages';
export { termPaths as getStaticPaths } from '../../../../lib/glossary-routes';

/** The term page's oEmbed response, found through the page's discovery link. */
export const GET: APIRoute<{ lang: Lang; id: string }> = async ({ props: { lang, id }, site, url }) =>
  Response.json(await termEmbed(lang, id, site ?? url, import.meta.env.BASE_URL));
