import type { APIRoute } from 'astro';
import { icoOf, iconPng } from '../site/icons';

/** The tab icon at 32 px, for what asks for `/favicon.ico` by name. */
export const GET: APIRoute = async () =>
  new Response(icoOf(await iconPng('rounded', 32), 32), { headers: { 'content-type': 'image/x-icon' } });
