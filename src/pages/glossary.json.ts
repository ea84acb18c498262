import type { APIRoute } from 'astro';
import { getGlossaryContent } from '../lib/edition';
import { glossaryData } from '../lib/glossary-data';
import { siteUrls } from '../lib/urls';

/** The glossary for machines, in both languages; its format is described in the README. */
export const GET: APIRoute = async ({ site, url }) =>
  Response.json(glossaryData(await getGlossaryContent(), siteUrls(site ?? url, import.meta.env.BASE_URL)));
