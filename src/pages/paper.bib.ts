/** The paper the release reports, as BibTeX for reference managers (made in src/lib/citation.ts). */
import type { APIRoute } from 'astro';
import { citationResponse } from '../lib/citation-routes';

export const GET: APIRoute = () => citationResponse('bibtex');
