/** The paper the release reports, as CSL-JSON for reference managers (made in src/metadata/citation.ts). */
import type { APIRoute } from 'astro';
import { citationResponse } from '../metadata/citations';

export const GET: APIRoute = () => citationResponse('csl');
