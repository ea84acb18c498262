import type { APIRoute } from 'astro';
import type { Lang } from '../../../../site/languages';
import { termEmbed } from '../../../../glossary/term-oembed';
export { termPaths as getStaticPaths } from '../../../../site/static-paths';

/** The term page's oEmbed response, found through the page's discovery link. */
export const GET: APIRoute<{ lang: Lang; id: string }> = async ({ props: { lang, id }, site, url }) =>
  Response.json(await termEmbed(lang, id, site ?? url, import.meta.env.BASE_URL));
