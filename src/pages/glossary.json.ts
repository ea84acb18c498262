import type { APIRoute } from 'astro';
import { getGlossaryContent } from '../content/query';
import { glossaryData } from '../glossary/data';
import { siteUrls } from '../site/urls';

/** The glossary for machines, in both languages; its format is described in the README. */
export const GET: APIRoute = async ({ site, url }) =>
  Response.json(glossaryData(await getGlossaryContent(), siteUrls(site ?? url, import.meta.env.BASE_URL)));
