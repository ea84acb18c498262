import type { APIRoute } from 'astro';
import { glossaryData } from '../lib/glossary-data';
import { editionContent, siteUrls } from '../lib/glossary-routes';

/** The glossary for machines, in both languages; its format is described in the README. */
export const GET: APIRoute = async ({ site, url }) =>
  Response.json(glossaryData(await editionContent(), siteUrls(site ?? url, import.meta.env.BASE_URL)));
